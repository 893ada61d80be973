"""The project dialog's funder box follows ``projects add --funder``: a part of one funder's name is
that funder (said under the box), a new name says a funder organisation will be made, and a name in
several funders' names is refused with them listed (field test 7)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QDialogButtonBox, Qt
from petdesk.models.enums import OrgKind

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def adb(db: Database) -> str:
    with db.transaction() as s:
        bank = m.Organisation(name_en="Asian Development Bank (ADB)", kind=OrgKind.FUND)
        s.add_all([bank, m.Organisation(name_en="New Development Bank", kind=OrgKind.FUND)])
        s.flush()
        return bank.id


def _new(qtbot: QtBot, db: Database, funder: str) -> ProjectDialog:
    dialog = ProjectDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_en, "Rural wastewater Chongqing")
    dialog.funder.lineEdit().clear()
    qtbot.keyClicks(dialog.funder.lineEdit(), funder)
    return dialog


def _ok(qtbot: QtBot, dialog: ProjectDialog) -> bool:
    box = dialog.findChild(QDialogButtonBox)
    with qtbot.waitSignal(dialog.save_finished, timeout=10_000) as saved:
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return bool(saved.args[0])


def _organisations(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(m.Organisation))


def test_a_part_of_one_funders_name_is_that_funder(qtbot: QtBot, db: Database, adb: str) -> None:
    dialog = _new(qtbot, db, "Asian Development Bank")
    assert dialog.funder_note.text() == "The funder: Asian Development Bank (ADB)"
    assert _ok(qtbot, dialog)
    with db.reading() as s:
        assert s.get(m.Project, dialog.created_id).funder_organisation_id == adb
    assert _organisations(db) == 2


def test_a_new_name_says_a_funder_will_be_made(qtbot: QtBot, db: Database, adb: str) -> None:
    dialog = _new(qtbot, db, "BMUV IKI")
    assert dialog.funder_note.text() == "A new funder organisation will be created: BMUV IKI"
    assert _ok(qtbot, dialog)
    assert _organisations(db) == 3


def test_a_name_in_several_funders_is_refused_with_them_listed(qtbot: QtBot, db: Database, adb: str) -> None:
    dialog = _new(qtbot, db, "Development Bank")
    listed = "Asian Development Bank (ADB); New Development Bank"
    assert listed in dialog.funder_note.text()
    assert not _ok(qtbot, dialog) and dialog.isVisible()
    assert dialog.message.text() == f"Development Bank names several funders: {listed}; give more of the name"
    assert _organisations(db) == 2
