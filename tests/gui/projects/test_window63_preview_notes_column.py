"""Round 63 (window63): the past projects preview's Warnings column listed the years rule's plain
notes ("taken as closed at the end of 2018"), and "Only the rows with warnings" counted their rows.
The notes have a column of their own; the filter counts and shows the real warnings alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.core.test_window63_preview_notes_apart import _sheet

from petdesk.db import Database
from petdesk.gui.projects.past_import import NOTES, WARNINGS, PastProjectsDialog
from petdesk.gui.qt import Qt
from petdesk.services import past_projects

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_window63_the_preview_table_shows_notes_in_their_own_column(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, _sheet(tmp_path / "ledger.xlsx"))
    dialog = PastProjectsDialog(plan, "en", preview=True)
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    across = Qt.Orientation.Horizontal
    assert (model.headerData(NOTES, across), model.headerData(WARNINGS, across)) == ("Notes", "Warnings")
    cells = {
        model.index(r, 1).data(): (model.index(r, NOTES).data(), model.index(r, WARNINGS).data())
        for r in (0, 1)
    }
    assert "taken as closed" in cells["Old wetland survey"][0] and cells["Old wetland survey"][1] == ""
    assert "TBC" in cells["Sludge pilot"][1] and cells["Sludge pilot"][0] == ""
    assert "(1)" in dialog.only_warned.text()
    dialog.only_warned.setChecked(True)
    assert model.rowCount() == 1 and model.index(0, 1).data() == "Sludge pilot"
