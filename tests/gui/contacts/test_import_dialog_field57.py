"""The import window with the Chengdu partner's WPS list (field test 57): the plan names the repeated
row as a repeat of the earlier row, as the command line does, and imports seven rows as six people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.qt import Qt
from tests.helpers.chengdu_lists import wps_attendees

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _next(qtbot: Any, dialog: ImportDialog, signal: Any) -> list[Any]:
    with qtbot.waitSignal(signal, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return list(blocker.args)


def test_the_plan_names_the_repeated_row(qtbot: Any, translators: Any, db: Database, tmp_path: Path) -> None:
    translators("en")
    dialog = ImportDialog(db, "en", path=wps_attendees(tmp_path / "参会人员名单.xlsx"))
    qtbot.addWidget(dialog)
    dialog.resize(1024, 640)
    dialog.show()
    _next(qtbot, dialog, dialog.loaded)
    assert dialog.stack.currentIndex() == ImportDialog.PAGE_MAPPING
    assert _next(qtbot, dialog, dialog.planned) == [7]
    assert dialog.plan_summary.text() == "7 rows: 6 to add, 0 to update, 1 to skip"
    model = dialog.plan_model
    rows = [tuple(model.index(r, c).data() for c in (1, 2, 3)) for r in range(model.rowCount())]
    skipped = [r for r in rows if r[1] == "Skip"]
    assert len(skipped) == 1 and skipped[0][0] == "王磊"
    assert "as line 3 of the file (王磊): the row repeats it" in skipped[0][2]
    dialog.grab().save(str(tmp_path / "plan.png"))
    (report,) = _next(qtbot, dialog, dialog.imported)
    assert (report.count("added"), report.count("skipped")) == (6, 1)
