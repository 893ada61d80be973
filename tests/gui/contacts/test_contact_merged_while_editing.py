"""The command line merges the contact the window is editing: the save says into whom and by whom,
keeps what was typed, and offers to open the kept contact (field test 20, defect 7: the window said
only "no contact with id …" and the typed change was lost)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.i18n import format_datetime
from petdesk.services import merge
from tests.core.contacts.test_merged_into import _two_fleurs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_saving_a_contact_merged_meanwhile_says_into_whom_and_keeps_the_typing(
    qtbot: QtBot, db: Database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    keep_id, other_id = _two_fleurs(db)
    dialog = ContactEditDialog(db, "en", other_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):  # read off the GUI thread
        dialog.show()
    dialog.position_zh.insert("循环经济处处长")  # (keyClicks types Latin letters only)
    with db.transaction() as s:  # what `petdesk merge KEEP OTHER` does meanwhile
        merge.merge(s, "contact", keep_id, other_id, author="Chen Yu")

    with qtbot.waitSignal(dialog.save_finished, timeout=10000) as finished:
        dialog.save()
    assert finished.args == [False]
    assert dialog.isVisible() and dialog.position_zh.text() == "循环经济处处长"  # nothing typed is lost
    box = dialog.merged_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "merged into Fleur Visser" in box.text() and "by Chen Yu" in box.text()
    # The time in the window's locale by babel, in the user's zone (it was strftime by hand).
    with db.reading() as s:
        done = merge.merged_into(s, "contact", other_id)
    assert done is not None
    assert f"on {format_datetime(done.merged_at.astimezone(), 'en')} by" in box.text()
    assert "not saved" in dialog.error.text()
    dialog.grab().save(str(tmp_path / "editor.png"))
    box.grab().save(str(tmp_path / "box.png"))

    (open_kept,) = [b for b in box.buttons() if b.text() == "Open Fleur Visser"]
    qtbot.mouseClick(open_kept, Qt.MouseButton.LeftButton)
    kept = dialog.kept_editor
    qtbot.addWidget(kept)
    assert kept.contact_id == keep_id and kept.isVisible()
    assert dialog.isVisible() and dialog.position_zh.text() == "循环经济处处长"
