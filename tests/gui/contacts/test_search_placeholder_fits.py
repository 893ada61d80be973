"""The contacts page's search box shows its whole placeholder at 1024 px, in English and Chinese: the
English one was cut off after "tags" and lost its "(Ctrl+F)" (shots58)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QLineEdit


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_whole_placeholder_shows_at_1024(qtbot, db: Database, translators, request, locale: str) -> None:  # type: ignore[no-untyped-def]
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")  # this tree's Chinese words
    else:
        translators("en")
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("contacts")
    box: QLineEdit = page.search  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: box.isVisible())
    text = box.placeholderText()
    assert "Ctrl+F" in text
    # the text's room: the box less its frame and Qt's margins of 2 px a side, less the clear button
    room = box.width() - 2 * box.style().pixelMetric(box.style().PixelMetric.PM_DefaultFrameWidth) - 4
    assert box.fontMetrics().horizontalAdvance(text) <= room, (text, room)
