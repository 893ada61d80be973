"""Edit › Manage Tags…: rename, merge and delete through the real widgets, with the counts named
in the confirmation, Undo, and the lists' Tag filter following (field test 25)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QComboBox, QMessageBox, Qt
from petdesk.gui.tags.manage import ManageTagsDialog
from petdesk.services import contacts, organisations

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    with db.transaction() as s:
        organisations.create_organisation(s, name_en="Bonn Water", tags=["媒体", "water"])
        contacts.create_contact(s, family_name="Zhang", given_name="Wei", tags=["media", "媒体"])
        contacts.create_contact(s, family_name="Li", given_name="Na", tags=["媒体", "press"])
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The confirmations shown, each answered Yes."""
    questions: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def _open(qtbot: QtBot, window: MainWindow) -> ManageTagsDialog:
    action = window.manage_tags_action  # type: ignore[attr-defined]
    assert action in window.menu("edit").actions()
    action.trigger()
    dialog = window.findChild(ManageTagsDialog)
    assert isinstance(dialog, ManageTagsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=5000)
    return dialog


def _all_tags(db: Database) -> list[list[str]]:
    con = sqlite3.connect(db.path)
    try:
        rows = con.execute("SELECT tags FROM organisation UNION ALL SELECT tags FROM contact").fetchall()
        return [json.loads(t) for (t,) in rows]
    finally:
        con.close()


def _listed(dialog: ManageTagsDialog) -> dict[str, tuple[int, int, int]]:
    m = dialog.model
    return {
        m.index(r, 0).data(): (m.index(r, 1).data(), m.index(r, 2).data(), m.index(r, 3).data())
        for r in range(m.rowCount())
    }


def test_rename_by_keyboard_names_the_counts_and_undo_puts_it_back(
    qtbot: QtBot, window: MainWindow, db: Database, asked: list[str]
) -> None:
    dialog = _open(qtbot, window)
    assert _listed(dialog)["媒体"] == (1, 2, 3)
    assert dialog.table.accessibleName() and dialog.new_name.accessibleName()
    # Find the tag, go to the list, select it, type the new name, Alt+R.
    dialog.find_field.setFocus()
    dialog.find_field.insert("媒")  # typed (QTest types ASCII only)
    assert dialog.proxy.rowCount() == 1
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.selected_tags() == ["媒体"] and dialog.new_name.text() == "媒体"
    dialog.new_name.clear()
    qtbot.keyClicks(dialog.new_name, "media")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert asked == [
        "Rename “媒体” to “media” on 1 organisation and 2 contacts?\n\nYou can undo this right after."
    ]
    assert dialog.status.text() == "Renamed “媒体” to “media” on 1 organisation and 2 contacts."
    assert sorted(map(sorted, _all_tags(db))) == [["media"], ["media", "press"], ["media", "water"]]
    dialog.find_field.clear()
    assert _listed(dialog)["media"] == (1, 2, 3) and "媒体" not in _listed(dialog)

    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Undone."
    assert sorted(map(sorted, _all_tags(db))) == [["media", "媒体"], ["press", "媒体"], ["water", "媒体"]]
    assert not dialog.undo_button.isEnabled()
    dialog.close()


def test_merge_several_and_delete_refresh_the_tag_filter(
    qtbot: QtBot, window: MainWindow, db: Database, asked: list[str]
) -> None:
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    box = page.filter_widgets["tag"]
    assert isinstance(box, QComboBox)

    def offered() -> list[str]:
        return sorted(str(box.itemData(i)) for i in range(1, box.count()))

    qtbot.waitUntil(lambda: offered() == ["media", "press", "water", "媒体"], timeout=5000)
    dialog = _open(qtbot, window)
    dialog.select_tags("媒体", "media", "press")
    assert not dialog.rename_button.isEnabled() and dialog.merge_button.isEnabled()
    dialog.new_name.setText("Media")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert asked[-1].startswith(
        "Merge “媒体”, “media”, “press” into “Media” on 1 organisation and 2 contacts?"
    )
    assert sorted(map(sorted, _all_tags(db))) == [["Media"], ["Media"], ["Media", "water"]]
    qtbot.waitUntil(lambda: offered() == ["Media", "water"], timeout=5000)  # the filter follows

    dialog.select_tags("water")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked[-1].startswith("Take the tag “water” off 1 organisation?")
    assert dialog.status.text() == "Took the tag “water” off 1 organisation."
    assert list(_listed(dialog)) == ["Media"]
    qtbot.waitUntil(lambda: offered() == ["Media"], timeout=5000)
    dialog.close()


def test_a_cancelled_confirmation_changes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel)
    dialog = _open(qtbot, window)
    before = _all_tags(db)
    dialog.select_tags("press")
    dialog.delete_selected()
    qtbot.waitUntil(lambda: dialog.operation is None and dialog.delete_button.isEnabled(), timeout=5000)
    assert _all_tags(db) == before and not dialog.undo_button.isEnabled()
    dialog.close()
