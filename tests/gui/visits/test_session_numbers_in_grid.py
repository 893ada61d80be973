"""The attendance grid and the sign-in tab number the sessions as the command line and the dossier
do (field test 41, defect 5: a colleague's "S2" meant counting columns, two breakouts at 09:00)."""

from __future__ import annotations

from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.services import trainings as ts
from tests.gui.visits.test_attendance_parallel_marks import _breakouts
from tests.gui.visits.test_training_substitute import open_editor

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_columns_and_the_sign_in_sheet_say_s1_s2_in_the_one_order(qtbot: Any, db: Database) -> None:
    ids = _breakouts(db)
    editor = open_editor(qtbot, db, ids["training"])
    model = editor.attendance_model
    horizontal = Qt.Orientation.Horizontal
    headers = [str(model.headerData(c, horizontal, Qt.ItemDataRole.DisplayRole)) for c in range(2)]
    assert [h.split("\n")[0] for h in headers] == ["S1 · 31 Dec", "S2 · 31 Dec"]
    assert "Sponge" in headers[1]  # room B after room A: the one order
    tip = str(model.headerData(1, horizontal, Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("S2 · ") and "09:00" in tip
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, ids["training"])
    assert [x.id for x in sheet.sessions] == [ids["s1"], ids["s2"]]
    html = editor.sheet_html(sheet)
    assert html.index("<th>S1<br/>") < html.index("<th>S2<br/>")
