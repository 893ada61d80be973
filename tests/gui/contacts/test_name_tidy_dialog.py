"""Tools > Tidy Names… (tidynamesgui60): the preview lists each person's given name before → after,
the honorific and the notes line; Tidy asks first, then moves the titles, says so in the window's
status bar, and Undo Last Tidy puts every name back as stored. In English and in Chinese."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.name_tidy import NameTidyDialog
from petdesk.gui.qt import QAbstractButton, QMessageBox, Qt
from petdesk.services import contacts as cs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _people(db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, given_name="Mr. John", family_name="Smith")
        cs.create_contact(s, given_name="Mr. and Mrs. Peter", family_name="Brown")
        cs.create_contact(s, given_name="Hua", family_name="Li")


def _stored(db: Database) -> list[tuple[str, str, str, str]]:
    with db.reading() as s:
        people = s.query(m.Contact).order_by(m.Contact.family_name)
        return [(p.family_name, p.given_name, p.honorific_en, p.notes) for p in people]


BEFORE = [("Brown", "Mr. and Mrs. Peter", "", ""), ("Li", "Hua", "", ""), ("Smith", "Mr. John", "", "")]
AFTER = [
    ("Brown", "Peter", "", "Written as: Mr. and Mrs. Peter Brown"),
    ("Li", "Hua", "", ""),
    ("Smith", "John", "Mr.", ""),
]


def _rows(dialog: NameTidyDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _click(qtbot: QtBot, box: QMessageBox | None, name: str) -> None:
    assert box is not None and box.isVisible()
    button = next(b for b in box.findChildren(QAbstractButton) if b.objectName() == name or b.text() == name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_preview_tidy_with_question_and_undo(qtbot: QtBot, db: Database) -> None:
    _people(db)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    names = [a.objectName() for a in window.menu("tools").actions()]
    assert names.index("action_tidy_names") == names.index("action_tidy_phone_numbers") + 1  # beside it
    # every status-bar message is kept: under load the window's own start-up line (the file's path)
    # may come after the tidy's and replace it on the bar
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.menu("tools").actions()[names.index("action_tidy_names")].trigger()
    dialog = window.name_tidy_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, NameTidyDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    assert _rows(dialog) == [
        [
            "Mr. and Mrs. Peter Brown",
            "Mr. and Mrs. Peter → Peter",
            "none",
            "Written as: Mr. and Mrs. Peter Brown",
            "a couple's titles in the name",
        ],
        ["Mr. John Smith", "Mr. John → John", "Mr. / 先生", "", "a title in the given name"],
    ]
    assert dialog.table.accessibleName() == "People whose names would change"
    assert dialog.apply_button.text().startswith("&Tidy 2 Name")
    assert not dialog.undo_button.isEnabled()
    # Cancel (the default button) changes nothing
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.box is not None and dialog.box.defaultButton().text() != dialog.apply_button.text()
    assert "2 people" in dialog.box.text() or "2 person" in dialog.box.text()
    dialog.box.reject()
    assert _stored(db) == BEFORE
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    _click(qtbot, dialog.box, "name_tidy_dialog_go")
    qtbot.waitUntil(lambda: dialog.undo_button.isEnabled(), timeout=30_000)
    assert _stored(db) == AFTER
    assert "tidied" in dialog.status.text() and dialog.status.text().startswith("2 p")
    assert any("tidied" in line for line in said)  # the result in the status bar
    assert not dialog.apply_button.isEnabled() and dialog.model.rowCount() == 0
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=30_000)
    assert _stored(db) == BEFORE
    assert "The last tidy of names was undone" in dialog.status.text()
    assert any("undone" in line for line in said)
    assert not dialog.undo_button.isEnabled()
    dialog.close()


def test_in_chinese(qtbot: QtBot, tree_window_catalogue, db: Database) -> None:  # type: ignore[no-untyped-def]
    _people(db)
    dialog = NameTidyDialog(db, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    assert dialog.windowTitle() == "整理姓名"
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "人员",
        "名",
        "称谓",
        "备注行",
    ]
    assert _rows(dialog)[0][2:4] == ["无", "原写法：Mr. and Mrs. Peter Brown"]
    assert dialog.status.text() == "2 人待整理。"
    assert dialog.apply_button.text() == "整理 2 个姓名(&T)"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    _click(qtbot, dialog.box, "name_tidy_dialog_go")
    qtbot.waitUntil(lambda: dialog.undo_button.isEnabled(), timeout=30_000)
    assert (
        dialog.status.text() == "已整理 2 人。“撤销上次整理”可将其复原。0 人待整理。"
    )  # no space after "。"
