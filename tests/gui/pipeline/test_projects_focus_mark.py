"""Ctrl+7 puts the focus on the Projects page's Board tab bar, and the tab shows it clearly (field
test 13, defect 9: Fusion's faint tint went unseen)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QImage, QPalette, Qt, QTabBar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def highlight_pixels(bar: QTabBar) -> int:
    """How many pixels of the tab bar are in the highlight colour."""
    image = bar.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colour = bar.palette().color(QPalette.ColorRole.Highlight).rgb()
    return sum(image.pixel(x, y) == colour for x in range(image.width()) for y in range(image.height()))


def test_the_focused_board_tab_shows_a_focus_mark(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    row = [window.nav.item(r).text() for r in range(window.nav.count())].index("Projects")
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, getattr(Qt.Key, f"Key_{row + 1}"), Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QTabBar))
    bar = QApplication.focusWidget()
    assert isinstance(bar, QTabBar)
    assert bar.tabText(bar.currentIndex()) == "Board"
    # A frame round the Board tab: at least its width in highlight pixels, none once the focus moves.
    assert highlight_pixels(bar) >= bar.tabRect(0).width()
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert not bar.hasFocus()
    assert highlight_pixels(bar) == 0
