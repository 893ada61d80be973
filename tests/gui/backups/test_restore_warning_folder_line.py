"""The restore question's warning ends its sentence, and names the folder of the copy made first on
a line of its own: "…made first, in /home/li/backups" lacked its full stop, and a "." after a path
reads as part of it (shots58)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.gui.backups.dialog import comparison_text
from petdesk.services import backups
from petdesk.services.restore_compare import Comparison, Held

NOW = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.UTC)
LOSING = Comparison(backup={"contact": Held(300, NOW)}, current={"contact": Held(312, NOW)})
SAME = Comparison(backup={"contact": Held(300, NOW)}, current={"contact": Held(300, NOW)})


@pytest.mark.parametrize("found", [LOSING, SAME], ids=["lost", "same"])
@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_warning_ends_its_sentence_and_the_folder_stands_alone(  # type: ignore[no-untyped-def]
    translators, request, tmp_path: Path, locale: str, found: Comparison
) -> None:
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")  # this tree's Chinese words
    else:
        translators(locale)
    db_path = tmp_path / "office.sqlite"
    lines = comparison_text(found, db_path).splitlines()
    assert lines[-1] == str(backups.folder_for(db_path))
    assert all(line.endswith((".", "。")) for line in lines[:-1]), lines
    assert ("文件夹" in lines[-2]) == (locale == "zh_CN"), lines  # in the window's language
