"""The window's mapping step reads the agency's WPS catalogue as the import does: the 中文 | 英文 row
under "技术名称" and "技术简介" names the columns, and the first preview row is a technology (field
test 81: the English names were set to "(leave out)" and the preview began with a technology "中文")."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.technologies.import_file import map_catalogue_columns
from tests.core.pipeline.test_catalogue_agency_layout import agency_workbook

# the offscreen platform says so whenever a dialog is shown
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_language_row_names_the_columns_in_the_window(qtbot, db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("technologies")
    page.catalogue_mapping = None
    map_catalogue_columns(page, db, agency_workbook(tmp_path / "目录.xlsx"), "technologies", lambda: None)
    qtbot.waitUntil(lambda: page.catalogue_mapping is not None and page.catalogue_mapping.isVisible())
    dialog = page.catalogue_mapping
    assert [c.currentData() for c in dialog.combos] == [
        "",
        "name_zh",
        "name_en",
        "provider",
        "sector",
        "description_zh",
        "description_en",
        "trl",
        "",
    ]
    assert "内部备注" in dialog.warning.text()  # the hidden column holds data: said, left out
    assert dialog.import_button.isEnabled()
    dialog.reject()
