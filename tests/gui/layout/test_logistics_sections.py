"""The logistics tab at 1366×768 (field test 6, defect 19): vehicles and gifts were reached only by
scrolling a scroll area nested in the editor's own. Each section is now a sub-tab that fits."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QPushButton, QRect, QScrollArea, QWidget
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import visits as vs
from tests.helpers import editors
from tests.helpers.settled import settled

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: Each section's list and its add (or save) button.
SECTIONS = (
    ("legs_view", "add_leg"),
    ("stays_view", "add_stay"),
    ("cars_view", "add_car"),
    ("gifts_view", "add_gift"),
    (None, "save_emergency"),
)


def _in_sight(editor: QWidget, widget: QWidget) -> bool:
    """Shown and wholly inside the editor's window, without scrolling anything."""
    top_left = widget.mapTo(editor, widget.rect().topLeft())
    area = QRect(top_left, widget.size()).adjusted(0, 0, -1, -1)
    return widget.isVisible() and editor.rect().contains(area)


def _out_of_sight(editor: QWidget, widgets: dict[str, QWidget]) -> list[str]:
    return [name for name, widget in widgets.items() if not _in_sight(editor, widget)]


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_every_logistics_section_shows_its_list_and_add_button(
    qtbot: QtBot, translators, db: Database, locale: str
) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    with db.transaction() as s:
        day = dt.date(2026, 12, 14)
        visit_id = vs.create_visit(s, title_en="Study tour", start_date=day, end_date=day).id
    editor = VisitEditor(db, locale=locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    tab = editor.logistics
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    # no scrolling nested inside the tab's own (``screen_fit.pages_scrolled``: the page's, below its tab bar)
    assert [a for a in tab.findChildren(QScrollArea) if a.objectName() != "screen_fit_scroll"] == []
    outer = [a for a in editor.findChildren(QScrollArea) if a.isVisible()]
    for index, (view, button) in enumerate(SECTIONS):
        tab.sections.setCurrentIndex(index)
        shown = {button: tab.findChild(QPushButton, button)} | ({view: getattr(tab, view)} if view else {})
        # the section's layout settles in posted passes: under load, a moment later
        assert settled(qtbot, partial(_out_of_sight, editor, shown)) == []
        # the clash pane gives its room back through posted layout requests: under load, a moment later
        qtbot.waitUntil(lambda: not any(a.verticalScrollBar().isVisible() for a in outer), timeout=5000)
    tab.sections.setCurrentWidget(tab.precedence)
    assert _in_sight(editor, tab.precedence)
