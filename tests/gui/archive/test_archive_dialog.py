"""File > Export Yearly Archive… (field test 69): the window writes the same workbook as
``petdesk export-archive``, in the background, its progress bar filling meanwhile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from petdesk.db import Database
from petdesk.gui.archive import ArchiveDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.stored_times import stored_time

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_window_exports_the_yearly_archive(qtbot, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.transaction() as s:  # every demo person changed in 2025
        at = stored_time(dt.datetime(2025, 7, 1, tzinfo=dt.UTC))
        s.connection().exec_driver_sql("UPDATE contact SET updated_at = ? WHERE deleted_at IS NULL", (at,))
        live = (
            s.connection().exec_driver_sql("SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL").scalar()
        )
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    action = next(a for a in window.menu("file").actions() if a.objectName() == "action_export_archive")
    action.trigger()
    dialog = window.archive_dialog
    assert isinstance(dialog, ArchiveDialog)
    seen: list[int] = []
    dialog.bar.valueChanged.connect(seen.append)
    dialog.year.setValue(2025)
    out = tmp_path / "archive-2025.xlsx"
    qtbot.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.written is not None and dialog.written["contact"] == live
    assert str(out) in dialog.result_label.text() and "record" in dialog.result_label.text()
    assert seen and max(seen) == sum(dialog.written.values())  # the bar went to the end
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        assert wb.sheetnames[:2] == ["organisations", "contacts"]
        assert len(list(wb["contacts"].iter_rows(values_only=True))) == live + 1
    finally:
        wb.close()
    assert dialog.export_button.isEnabled()
