"""The restore question's warning lists the kinds the database holds more of as the window's
language lists things: "合作机构、联系人" in Chinese (shots57: "合作机构, 联系人, 项目")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.gui.backups.dialog import comparison_text
from petdesk.services.restore_compare import Comparison, Held

NOW = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.UTC)
FOUND = Comparison(
    backup={"organisation": Held(70, NOW), "contact": Held(300, NOW)},
    current={"organisation": Held(73, NOW), "contact": Held(312, NOW)},
)


@pytest.mark.parametrize(
    ("locale", "kinds"), [("zh_CN", "合作机构、联系人"), ("en", "Organisations, Contacts")]
)
def test_the_kinds_in_the_warning_are_listed_in_the_windows_language(  # type: ignore[no-untyped-def]
    translators, tmp_path: Path, locale: str, kinds: str
) -> None:
    translators(locale)
    text = comparison_text(FOUND, tmp_path / "office.sqlite")
    warning = text.splitlines()[0]
    assert kinds in warning, warning
