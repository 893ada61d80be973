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
