"""The mapping step says when a column that holds data is left out, and preselects the fields of a
header merged over two columns (field test 26, §7: "技术简介 Description" and its unnamed second
column were set to "(leave out)" with Import enabled and no word, and every description was lost)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.technologies.import_file import map_catalogue_columns

# the offscreen platform says so whenever a dialog is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _wps_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "技术名称", "技术简介 Description", None, "备注"])
    ws.merge_cells("C1:D1")
    ws.append(["1", "膜生物反应器", "占地小，出水好。", "Small footprint.", "重点推荐"])
    ws.append(["2", "超滤净水", "村镇饮用水净化。", "Drinking water for villages.", ""])
    wb.save(path)
    return path


def test_a_left_out_column_with_data_is_said_and_the_merged_header_is_mapped(
    qtbot, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("technologies")
    page.catalogue_mapping = None
    map_catalogue_columns(page, db, _wps_workbook(tmp_path / "wps.xlsx"), "technologies", lambda: None)
    qtbot.waitUntil(lambda: page.catalogue_mapping is not None and page.catalogue_mapping.isVisible())
    dialog = page.catalogue_mapping

    assert [c.currentData() for c in dialog.combos] == ["", "name_zh", "description_zh", "description_en", ""]
    # 备注 holds data and no field: said (序号, row numbers, is left out on purpose), not refused
    assert dialog.warning.isVisible()
    assert dialog.warning.text() == (
        "These columns hold data but are set to “(leave out)”, so they will not be imported: “备注”. "
        "Choose a field for each, or leave them out on purpose."
    )
    assert dialog.import_button.isEnabled()
    dialog.set_field(4, "tags")
    assert not dialog.warning.isVisible()
    dialog.set_field(3, "")
    assert "“(column 4)”" in dialog.warning.text()
    dialog.reject()
