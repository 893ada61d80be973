"""The note on a shortlisted match in the match view (field test 26, §2: no field to write why a
technology was shortlisted): typed, saved, undone with Ctrl+Z, and not lost when moving on."""

from __future__ import annotations

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from tests.gui.pipeline.test_pipeline_window import pipeline_db  # noqa: F401  (the fixture)

NOTE = "Pilot in Kunming: 水务集团已试用，效果好。"


def _notes(db: Database) -> list[str]:
    with db.reading() as s:
        return [x.notes for x in s.query(m.TechMatch).filter(m.TechMatch.deleted_at.is_(None))]


def test_a_note_is_typed_saved_and_undone(qtbot, pipeline_db: Database) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = MainWindow(pipeline_db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("needs")
    page.list.table.selectRow(0)
    view = page.match_view
    assert not view.notes_edit.isEnabled()  # no match chosen: nothing to write on
    view.ranked.selectRow(0)
    qtbot.mouseClick(view.shortlist_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.matches.rowCount() == 1, timeout=5000)
    view.matches.selectRow(0)
    assert view.notes_edit.isEnabled() and not view.save_note_button.isEnabled()
    view.notes_edit.setFocus()
    qtbot.keyClicks(view.notes_edit, "Pilot in Kunming: ")
    view.notes_edit.insertPlainText(NOTE.split(": ")[1])  # as an input method does (QTest types Latin-1)
    assert view.save_note_button.isEnabled()
    qtbot.mouseClick(view.save_note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _notes(pipeline_db) == [NOTE], timeout=5000)
    qtbot.waitUntil(lambda: "Saved the note" in view.status.text(), timeout=5000)
    assert view.notes_edit.toPlainText() == NOTE and view.selected_match() is not None
    # Ctrl+Z puts the note it had back
    window.edit_actions["edit_undo"].trigger()
    qtbot.waitUntil(lambda: _notes(pipeline_db) == [""], timeout=5000)
    qtbot.waitUntil(lambda: view.notes_edit.toPlainText() == "", timeout=5000)


def test_a_note_typed_and_not_saved_is_kept_when_the_view_moves_on(  # type: ignore[no-untyped-def]
    qtbot,
    pipeline_db: Database,  # noqa: F811
) -> None:
    window = MainWindow(pipeline_db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("needs")
    page.list.table.selectRow(0)
    view = page.match_view
    view.ranked.selectRow(0)
    qtbot.mouseClick(view.shortlist_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.matches.rowCount() == 1, timeout=5000)
    view.matches.selectRow(0)
    qtbot.keyClicks(view.notes_edit, "half a thought")
    # a state move reads the shortlist again: the typed text stays in the field
    combo = view.matches.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findData("introduced"))
    qtbot.waitUntil(lambda: "Introduced" in view.status.text(), timeout=5000)
    assert view.notes_edit.toPlainText() == "half a thought"
    # choosing nothing (the need deleted or left) saves it rather than dropping it
    view.clear()
    qtbot.waitUntil(lambda: _notes(pipeline_db) == ["half a thought"], timeout=5000)
