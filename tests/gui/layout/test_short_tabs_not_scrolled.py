"""A short tab of the visit and training editors is not scrolled by its tallest tab's height (field
test 83: a 1366×768 laptop at 125 % with Windows' "make text bigger" at 120 % gives the window
about 1093×614; the Participants tab took the height of Details, and Register, Replace and Remove
sat below the window's edge, found only by scrolling a tab that looked whole)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget
from petdesk.gui.trainings.edit import TrainingEditor
from tests.helpers import trainings_data
from tests.helpers.big_font import big_font

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: A 1366×768 screen at 125 % leaves an editor about 1077×574 (text 20 % larger); since Details puts
#: English and Chinese side by side it fits there, so the room is shorter (a docked panel beside the
#: taskbar) to keep a tab taller than the room, else this test could not fail.
EDITOR_SIZE, TEXT_SCALE = (1077, 500), 1.2


def _buttons_out_of_sight(area: QScrollArea, page: QWidget) -> list[str]:
    """The page's shown buttons whose bottom lies below what the scroll area shows."""
    bottom = area.viewport().height()
    out = []
    for button in page.findChildren(QPushButton):
        if button.isVisibleTo(page):
            below = button.mapTo(area.viewport(), button.rect().bottomLeft()).y()
            if below > bottom:
                out.append(f"{button.text()} ends at {below} of {bottom}")
    return out


def test_each_page_scrolls_inside_its_tab(qtbot: QtBot) -> None:
    """A tall page scrolls inside itself, a short one does not, and the tab bar stays above both."""
    from petdesk.gui.screen_fit import pages_scrolled

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tall, short = QWidget(), QWidget()
    for page, height in ((tall, 600), (short, 100)):  # as a page's rows ask: through its layout
        inside = QWidget(page)
        inside.setMinimumHeight(height)
        QVBoxLayout(page).addWidget(inside)
    tabs.addTab(tall, "Tall")
    tabs.addTab(short, "Short")
    pages_scrolled(tabs)
    assert tabs.widget(0) is tall and tabs.indexOf(short) == 1  # the pages keep their places
    assert tabs.minimumSizeHint().height() < 300  # the tall page no longer stretches the tabs
    tabs.resize(400, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    areas = [tabs.widget(i).findChild(QScrollArea, "screen_fit_scroll") for i in range(2)]
    qtbot.waitUntil(lambda: areas[0].verticalScrollBar().maximum() > 0)
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: short.isVisible())
    assert areas[1].verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_register_and_remove_in_sight_on_a_small_scaled_screen(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, translators, locale: str
) -> None:
    translators(locale)
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with big_font(TEXT_SCALE):
        editor = TrainingEditor(db, locale=locale, training_id=ids["training"])
        qtbot.addWidget(editor)
        editor.resize(*EDITOR_SIZE)
        with qtbot.waitSignal(editor.loaded, timeout=10000):
            editor.show()
        details = editor.tabs.widget(0)
        area = details.findChild(QScrollArea, "screen_fit_scroll")  # each tab scrolls inside itself
        assert area is not None
        qtbot.waitUntil(lambda: details.isVisible())
        QApplication.processEvents()
        # the Details tab is taller than the room: it scrolls (else this test could not fail)
        assert area.verticalScrollBar().maximum() > 0
        editor.tabs.setCurrentIndex(2)
        page = editor.tabs.widget(2)
        qtbot.waitUntil(lambda: page.isVisible())
        area = page.findChild(QScrollArea, "screen_fit_scroll")
        assert area is not None
        # (its area laid out once shown: until then it is empty and "fits")
        qtbot.waitUntil(lambda: area.widget().height() >= area.widget().minimumSizeHint().height())
        qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)
        qtbot.waitUntil(lambda: _buttons_out_of_sight(area, page) == [], timeout=3000)
        editor.close()
