"""The attendance grid shows the people of the sign-in sheet (field test 36): the attendees, not the
trainers, who do not sign and are in none of the printed sheets, the report or the dossier."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.gui.trainings.edit import TrainingEditor
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import person
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


def test_the_chinese_window_names_the_rows_chinese_first(qtbot: Any, db: Database, tmp_path: Path) -> None:
    """Field test 36, polish: "Bai Bin 白彬" in the Chinese window; and one kind of bracket in a
    Chinese sentence naming a substitute ("贾东（Jia Dong）… 贾东刚 (Jia Donggang)")."""
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        bai = person(s, "Bin", "Bai", "白彬", family_first=True)
        ts.register(s, ids["training"], bai.id)
    editor = TrainingEditor(db, locale="zh_CN", training_id=ids["training"])
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        editor.show()
    assert "白彬 Bai Bin" in row_names(editor)
    with db.reading() as s:
        found = vs.find_contacts(s, "Bai Bin", language="zh_CN")
    assert found[0].label("zh_CN") == "白彬（Bai Bin）" and found[0].label("en") == "Bai Bin (白彬)"
    editor.tabs.setCurrentIndex(3)
    editor.resize(1000, 600)
    editor.grab().save(str(tmp_path / "attendance_zh.png"))


def test_an_organiser_signs_but_the_grid_says_not_graded(qtbot: Any, db: Database) -> None:
    """Field test 65: the organiser signs the sheet, so the grid keeps the row, but the attendance
    report does not grade them; the row's tooltip says so."""
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        olga = person(s, "Olga", "Organiser")
        ts.register(s, ids["training"], olga.id, "organiser")
    editor = open_editor(qtbot, db, ids["training"])
    model = editor.attendance_model
    tips = [model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) for r in range(3)]
    assert len([t for t in tips if "not graded" in t]) == 1
    assert next(t for t in tips if "not graded" in t).startswith("Olga Organiser")
