"""A language a roster gave by name ("英语", not "en") is shown as given: babel's UnknownLocaleError
is no ValueError, and ``petdesk contact`` and ``petdesk history`` failed with "an unexpected error"
once such a person's languages changed, by a second import of the roster (field test 94)."""

from __future__ import annotations

from petdesk.cli import main
from petdesk.db import Database
from petdesk.labels import language_name
from tests.core.visits.data import person


def test_a_language_name_stays_as_given() -> None:
    assert language_name("英语", "en") == "英语"
    assert language_name("Deutsch", "zh_CN") == "Deutsch"
    assert language_name("de", "zh_CN") == "德语"


def test_history_of_a_changed_language_list(db: Database, capsys) -> None:
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True)
        li.languages = ["德语", "中文"]
        li_id = li.id
    with db.transaction() as s:
        s.get(type(li), li_id).languages = ["德语", "中文", "英语"]
    assert main(["--db", str(db.path), "--lang", "en", "history", li_id]) == 0
    assert "德语, 中文 → 德语, 中文, 英语" in capsys.readouterr().out
