"""The organisation editor keeps a renamed organisation's former names, one a line (field test 102):
renamed in the editor, the old name is among the other names (defect 1); a former name with a
comma in it stays one name when the editor saves again, and every one shows whole (defect 3)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.services import organisations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

OLD = "University of Stuttgart, Institute of Sanitary Engineering, Water Quality and Solid Waste Management"
NEW = "University of Stuttgart, Institute for Sanitary Engineering, Water Quality and Resource Management"


def _open(qtbot: QtBot, db: Database, org_id: str) -> OrganisationEditDialog:
    dialog = OrganisationEditDialog(db, "en", org_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.edits["name_en"].text() != "")
    return dialog


def _save(qtbot: QtBot, dialog: OrganisationEditDialog) -> None:
    with qtbot.waitSignal(dialog.save_finished, timeout=10000) as done:
        dialog.save()
    assert done.args == [True]


def test_a_rename_in_the_editor_keeps_the_former_name_whole(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en=OLD, name_zh="斯图加特大学卫生工程研究所").id
    dialog = _open(qtbot, db, org_id)
    dialog.edits["name_en"].clear()
    qtbot.keyClicks(dialog.edits["name_en"], NEW)
    _save(qtbot, dialog)
    with db.reading() as s:
        assert organisations.get_organisation(s, org_id).aliases == [OLD]
    again = _open(qtbot, db, org_id)  # the old name on its own line, whole
    assert again.other_names.toPlainText() == OLD
    qtbot.keyClicks(again.edits["website"], "https://www.iswa.uni-stuttgart.de")
    _save(qtbot, again)
    with db.reading() as s:
        assert organisations.get_organisation(s, org_id).aliases == [OLD]  # not cut at its commas


def _answer(qtbot: QtBot, button: str) -> list[str]:
    """Click ``button`` in the new-name-or-correction question once it is open; returns its texts."""
    from petdesk.gui.qt import QApplication, QMessageBox, QPushButton, QTimer

    seen: list[str] = []

    def click(tries: int = 500) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "new_name_or_correction":
            if tries:
                QTimer.singleShot(20, lambda: click(tries - 1))
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        [target] = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button]
        target.click()

    QTimer.singleShot(0, click)
    return seen


@pytest.mark.parametrize(("button", "kept"), [("New name", ["Beijing EPB"]), ("Correction", [])])
def test_an_acronym_changed_by_a_letter_is_asked_once(
    qtbot: QtBot, db: Database, button: str, kept: list[str]
) -> None:
    """orgrename56: the rule sync uses cannot tell "EPB" → "EPD": the editor asks once, then saves."""
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en="Beijing EPB").id
    dialog = _open(qtbot, db, org_id)
    dialog.edits["name_en"].setText("Beijing EPD")
    seen = _answer(qtbot, button)
    # the first save stops at the question (False), the answer saves again (True)
    with qtbot.waitSignal(dialog.save_finished, timeout=10000, check_params_cb=lambda ok: ok):
        dialog.save()
    assert len(seen) == 1 and seen[0].startswith("Is this a new name or a correction?")
    assert "Beijing EPB → Beijing EPD" in seen[0]
    with db.reading() as s:
        org = organisations.get_organisation(s, org_id)
        assert (org.name_en, org.aliases) == ("Beijing EPD", kept)


def test_a_typo_fixed_in_the_editor_is_not_asked_and_leaves_no_former_name(
    qtbot: QtBot, db: Database
) -> None:
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en="Shenzen Water Group", name_zh="生太环境局").id
    dialog = _open(qtbot, db, org_id)
    dialog.edits["name_en"].setText("Shenzhen Water Group")
    dialog.edits["name_zh"].setText("生态环境局")
    _save(qtbot, dialog)  # no question: it would wait for an answer and the save would not finish
    with db.reading() as s:
        assert organisations.get_organisation(s, org_id).aliases == []
