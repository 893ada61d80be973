"""shots59: the English menus mixed "Export Changes for Another Office…" with "Export contacts…"
and "Verify Certificate…" with "Find duplicates…": every entry is in title case, as most were."""

from __future__ import annotations

import re

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: Words a title leaves in lower case (unless first).
SMALL = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)


def lower_words(text: str) -> list[str]:
    """The words of a menu entry that title case would capitalise but are not ("Find duplicates…")."""
    words = re.findall(r"[^\s…/()]+", text.replace("&", ""))
    return [w for i, w in enumerate(words) if w[0].islower() and (i == 0 or w not in SMALL)]


def test_lower_words_finds_sentence_case() -> None:
    assert lower_words("Find &duplicates…") == ["duplicates"]
    assert lower_words("Export Changes for Another Office…") == []
    assert lower_words("About petdesk") == ["petdesk"]


def test_every_menu_entry_is_in_title_case(qtbot, translators, db: Database) -> None:  # type: ignore[no-untyped-def]
    translators("en")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    bad = []
    for top in window.menuBar().actions():
        top.menu().aboutToShow.emit()  # menus that fill themselves on show
        for action in top.menu().actions():
            words = [w for w in lower_words(action.text()) if w != "petdesk"]  # the program's name
            if not action.isSeparator() and words:
                bad.append(f"{top.text()} › {action.text()}: {words}")
    assert not bad, "\n".join(bad)
