"""The Projects page's list filtered by partner and by what falls due (field test 16 §9)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from tests.helpers.project_filters import make_projects

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _titles(page) -> set[str]:  # type: ignore[no-untyped-def]
    model = page.list.model
    return {model.index(row, 0).data() for row in range(model.rowCount())}  # the Title column


def test_projects_list_filters_by_partner_and_due(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    make_projects(db)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("projects")
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.partner_filter.count() == 3, timeout=5000)  # "All", BMUV, Chengdu
    assert _titles(page) == {"Sponge city", "Biogas", "River", "Solar"}

    page.partner_filter.setCurrentIndex(
        page.partner_filter.findText("BMUV Export Initiative Environmental Protection")
    )
    assert _titles(page) == {"Sponge city", "Biogas", "River"}
    page.due_filter.setCurrentIndex(page.due_filter.findData("30d"))
    assert _titles(page) == {"Sponge city", "Biogas"}
    page.partner_filter.setCurrentIndex(0)
    assert _titles(page) == {"Sponge city", "Biogas", "Solar"}
    if shots := os.environ.get("PETDESK_SHOTS"):
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.grab().save(str(Path(shots) / "projects_filters.png"))
