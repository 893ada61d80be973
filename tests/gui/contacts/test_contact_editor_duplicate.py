"""Saving a new contact that is likely someone already known asks first (field test 38, defect 3):
open the existing one, save anyway, or go back; nothing typed is lost."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.services import contacts as cs
from tests.core.contacts.test_duplicate_on_save import make_bureau

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def bureau(db: Database) -> str:
    return make_bureau(db)


def _new_zhang_wei(qtbot: QtBot, db: Database, bureau_id: str) -> ContactEditDialog:
    dialog = ContactEditDialog(db, "en", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.family_name_zh.insert("张")  # (keyClicks types Latin letters only)
    dialog.given_name_zh.insert("伟")
    row = dialog.method_rows[0]
    row.channel.setCurrentIndex(row.channel.findData("phone"))
    qtbot.keyClicks(row.value, "138 0013 8000")
    dialog.organisation.set_organisation(bureau_id, "Chengdu Ecology Bureau")
    return dialog


def _save(qtbot: QtBot, dialog: ContactEditDialog) -> list[bool]:
    with qtbot.waitSignal(dialog.save_finished, timeout=10000) as finished:
        dialog.save()
    return list(finished.args)


def _phones(db: Database) -> int:
    with db.reading() as s:
        return len(cs.find_contacts(s, phone="13800138000"))


def _button(box: QMessageBox, text: str):  # type: ignore[no-untyped-def]
    (button,) = [b for b in box.buttons() if b.text() == text]
    return button


def test_the_question_names_the_existing_contact_and_save_anyway_saves(
    qtbot: QtBot, db: Database, bureau: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="petdesk.gui.operations")
    dialog = _new_zhang_wei(qtbot, db, bureau)
    assert _save(qtbot, dialog) == [False]
    # a question, not a fault: no "operation failed" with a traceback in the log
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    box = dialog.duplicate_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "This may be the same person as the existing contact 张伟 (Chengdu Ecology Bureau)."
    assert "same phone" in box.informativeText()
    assert _phones(db) == 1 and dialog.isVisible()
    box.grab().save(str(tmp_path / "duplicate_box.png"))

    with qtbot.waitSignal(dialog.save_finished, timeout=10000) as finished:
        qtbot.mouseClick(_button(box, "Save Anyway"), Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    assert _phones(db) == 2


def test_open_the_existing_one_keeps_the_new_form(qtbot: QtBot, db: Database, bureau: str) -> None:
    dialog = _new_zhang_wei(qtbot, db, bureau)
    _save(qtbot, dialog)
    qtbot.mouseClick(_button(dialog.duplicate_box, "Open the Existing One"), Qt.MouseButton.LeftButton)
    existing = dialog.kept_editor
    qtbot.addWidget(existing)
    assert existing.contact_id is not None and existing.isVisible()
    assert dialog.isVisible() and dialog.given_name_zh.text() == "伟"
    assert _phones(db) == 1
