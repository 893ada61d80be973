"""Delete and Ctrl+Z in the visit editor, as on the list pages (field test 11, defect 7).

The itinerary table ignored the Delete key, and Ctrl+Z did not bring back an item deleted and not
yet saved: the editor holds changes until Save, so undo there drops the last held change.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QApplication, Qt
from petdesk.gui.visits.edit import VisitEditor
from petdesk.models import ItineraryItem
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

D = dt.date(2027, 3, 8)


@pytest.fixture
def editor(qtbot: QtBot, db: Database) -> VisitEditor:
    with db.transaction() as s:
        v = vs.create_visit(s, title_en="Stuttgart delegation", start_date=D, end_date=D)
        for n, title in enumerate(("Welcome meeting", "Meeting with Chongqing EPIA")):
            start = dt.datetime.combine(D, dt.time(9 + 3 * n))
            vs.add_item(s, v.id, title_en=title, start=start, end=start + dt.timedelta(hours=2))
    shown = VisitEditor(db, locale="en", visit_id=v.id)
    qtbot.addWidget(shown)
    shown.show()
    editors.loaded(qtbot, shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


def _titles(editor: VisitEditor) -> list[str]:
    return [editor._form.item(i).title_en for i in editor.items_model.ids()]  # type: ignore[union-attr]


def test_delete_in_the_itinerary_deletes_and_ctrl_z_brings_it_back(
    qtbot: QtBot, db: Database, editor: VisitEditor
) -> None:
    editor.tabs.setCurrentIndex(2)
    view = editor.items_view
    view.setFocus()
    view.selectRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _titles(editor) == ["Welcome meeting"] and len(editor.pending) == 1
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(editor) == ["Welcome meeting", "Meeting with Chongqing EPIA"]
    assert editor.pending == []
    assert "Undone" in editor.message.text()
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        assert s.query(ItineraryItem).filter(ItineraryItem.deleted_at.is_(None)).count() == 2


def test_ctrl_z_in_a_text_box_undoes_the_typing_not_a_held_change(qtbot: QtBot, editor: VisitEditor) -> None:
    editor.tabs.setCurrentIndex(2)
    editor.items_view.setFocus()
    editor.items_view.selectRow(0)
    qtbot.keyClick(editor.items_view, Qt.Key.Key_Delete)
    assert len(editor.pending) == 1
    editor.tabs.setCurrentIndex(0)
    editor.title_en.setFocus()
    qtbot.keyClicks(editor.title_en, " 2027")
    qtbot.keyClick(editor.title_en, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.title_en.text() == "Stuttgart delegation"
    assert len(editor.pending) == 1  # the held delete stays


def test_delete_in_the_delegation_removes_and_ctrl_z_brings_them_back(qtbot: QtBot, db: Database) -> None:
    """Delete in the delegation table is its "Remove selected" button, held until Save."""
    with db.transaction() as s:
        v = vs.create_visit(s, title_en="Stuttgart delegation", start_date=D, end_date=D)
        for given in ("Anna", "Jonas"):
            vs.add_participant(s, v.id, person(s, given, "Schmidt").id, "delegate")
    shown = VisitEditor(db, locale="en", visit_id=v.id)
    qtbot.addWidget(shown)
    shown.show()
    editors.loaded(qtbot, shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    shown.tabs.setCurrentIndex(1)
    view = shown.people_view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert shown.people_model.rowCount() == 1 and len(shown.pending) == 1
    with db.reading() as s:
        assert len(vs.get_visit(s, v.id).participants) == 2  # held until Save
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown.people_model.rowCount() == 2 and shown.pending == []
    view.selectRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert editors.save(qtbot, shown)
    with db.reading() as s:
        assert len([p for p in vs.get_visit(s, v.id).participants if p.deleted_at is None]) == 1
