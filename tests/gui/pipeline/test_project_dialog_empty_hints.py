"""The project editor's hints under the Funder and Deadline boxes take no room while they have
nothing to say: an empty label kept its line, a blank line under each row (shots56)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QDate

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


@pytest.fixture(autouse=True)
def in_beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


def test_empty_hints_take_no_room(qtbot: QtBot, db: Database) -> None:
    dialog = ProjectDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note, here = dialog.funder_note, dialog.deadline_row.here
    assert note.text() == "" and here.text() == ""
    assert not note.isVisible() and not here.isVisible()
    # the Deadline row as high as its boxes, the Lead row right under the Funder box
    row = dialog.deadline_row
    assert row.height() == max(w.height() for w in (row.date, row.time, row.zone))
    spacing = dialog.funder.parentWidget().layout().verticalSpacing()
    lead_top = dialog.lead.geometry().top()
    assert lead_top - dialog.funder.geometry().bottom() - 1 <= spacing + 1

    # with something to say, each shows under its box
    qtbot.keyClicks(dialog.funder.lineEdit(), "BMUV IKI")
    assert note.isVisible() and "BMUV IKI" in note.text()
    qtbot.keyClicks(dialog.deadline_row.time, "23:59")
    dialog.deadline_row.zone.set_code("Europe/Berlin")
    dialog.deadline.setDate(QDate(2027, 3, 17))
    qtbot.waitUntil(lambda: here.text() != "")
    assert here.isVisible()
    # and goes again when emptied
    dialog.funder.lineEdit().clear()
    dialog.deadline_row.time.clear()
    assert not note.isVisible() and not here.isVisible()
