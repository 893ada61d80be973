"""``petdesk contact`` shows a person's working languages (field test 94: an interpreter's language
pair was stored from the roster but never shown): by name in the command's language, a name the file
gave as it was."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


@pytest.mark.usefixtures("tree_catalogue")
def test_contact_shows_the_languages(db: Database, capsys) -> None:
    with db.transaction() as s:
        person(s, "Na", "Li", "李娜", family_first=True).languages = ["de", "zh"]
        wang = person(s, "Lei", "Wang", "王磊", family_first=True)
        wang.languages = ["英语", "中文"]
        wang_id = wang.id
    assert main(["--db", str(db.path), "--lang", "zh_CN", "contact", "李娜"]) == 0
    assert "语言：           德语、中文" in capsys.readouterr().out
    assert main(["--db", str(db.path), "--lang", "en", "contact", wang_id]) == 0
    assert "Languages:              英语, 中文" in capsys.readouterr().out
