"""The window's list filter boxes find Traditional and Simplified alike: 台北 typed in the visits
page's search box lists the visit a Taipei partner titled 臺北…, and 污水处理 on the technologies
page the technology written 污水處理 (the services below are tested in
tests/core/contacts/test_traditional_followup.py and tests/core/pipeline/test_catalogue_traditional.py)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.services import technologies as tech_service
from petdesk.services import visits as visit_service


def _rows(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_simplified_typed_in_a_filter_box_finds_traditional(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    day = dt.date(2026, 5, 4)
    with db.transaction() as s:
        visit_service.create_visit(
            s, title_en="Taipei EPB", title_zh="臺北環境保護局來訪", start_date=day, end_date=day
        )
        visit_service.create_visit(
            s, title_en="HK EPD", title_zh="香港环境局来访", start_date=day, end_date=day
        )
        tech_service.create_technology(s, name_zh="污水處理膜技術", sector="air")
        tech_service.create_technology(s, name_en="Sludge drying", sector="air")
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    visits = window.show_page("visits")
    model = visits.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    visits.search.setText("台北环境")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert _rows(model) == ["臺北環境保護局來訪"]

    catalogue = window.show_page("technologies").list
    tech_model = catalogue.model
    qtbot.waitUntil(lambda: tech_model.rowCount() == 2, timeout=10_000)
    catalogue.search.setText("污水处理")
    qtbot.waitUntil(lambda: tech_model.rowCount() == 1, timeout=10_000)
