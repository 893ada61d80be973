"""The attendance grid shows the people of the sign-in sheet (field test 36): the attendees, not the
trainers, who do not sign and are in none of the printed sheets, the report or the dossier."""

from __future__ import annotations

from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.services import trainings as ts
from tests.gui.visits.test_training_substitute import open_editor
from tests.helpers import trainings_data

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def row_names(editor: Any) -> list[str]:
    model = editor.attendance_model
    return [
        model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    ]


def test_the_grid_lists_the_attendees_of_the_sign_in_sheet(qtbot: Any, db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)  # Erik trains, Lars and Anna attend
    editor = open_editor(qtbot, db, ids["training"])
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, ids["training"])
    assert len(sheet.rows) == 3 and len(sheet.attendees) == 2
    names = row_names(editor)
    assert len(names) == 2 and not any("Erik" in n for n in names)
    assert editor.attendance_model.cell_of(editor.attendance_model.index(1, 0)) == (
        sheet.attendees[1].contact_id,
        ids["s1"],
    )
