"""The Technologies and City needs pages' filter boxes (remembered across restarts), the sector
column sorted by its label, and the match view's sortable tables (field test 26, defect 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QComboBox, QSettings, Qt
from petdesk.models.enums import NeedStatus, OrgKind
from petdesk.services import needs as need_service
from petdesk.services import tech_matching
from petdesk.services import technologies as tech_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def filled(db: Database) -> Database:
    QSettings().remove("filters")  # nothing remembered from another test
    with db.transaction() as s:
        german = m.Organisation(name_en="Aqua GmbH", kind=OrgKind.ENTERPRISE, country="DE")
        hangzhou = m.Organisation(
            name_zh="杭州市", city_zh="杭州", kind=OrgKind.CITY_GOVERNMENT, country="CN"
        )
        bonn = m.Organisation(name_en="Bonn", city_en="Bonn", kind=OrgKind.CITY_GOVERNMENT, country="DE")
        s.add_all([german, hangzhou, bonn])
        s.flush()
        for name, sector, trl in (
            ("Membrane bioreactor for sewage", "wastewater", 8),
            ("Sand filter for drinking water", "water", 5),
            ("Electric bus charging", "transport", 2),
        ):
            tech_service.create_technology(
                s, name_en=name, sector=sector, trl=trl, provider_organisation_id=german.id
            )
        for title, sector, status, city in (
            ("Sewage plant upgrade", "wastewater", NeedStatus.OPEN, hangzhou),
            ("Drinking water filters", "water", NeedStatus.SOLVED, hangzhou),
            ("Electric buses", "transport", NeedStatus.OPEN, bonn),
        ):
            need_service.create_need(
                s,
                title_en=title,
                problem_en=title,
                sector=sector,
                status=status,
                city_organisation_id=city.id,
            )
    return db


def _window(qtbot: QtBot, db: Database, locale: str = "en") -> MainWindow:
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _choose(qtbot: QtBot, box: QComboBox, value: str) -> None:
    qtbot.waitUntil(lambda: box.findData(value) >= 0)
    box.setCurrentIndex(box.findData(value))


def _column(page, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.list.model
    col = [k for k, _t in model._headers].index(key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_technology_filters_narrow_the_list_and_are_remembered(qtbot: QtBot, filled: Database) -> None:
    window = _window(qtbot, filled)
    page = window.show_page("technologies")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3)
    _choose(qtbot, page.filters.boxes["trl"], "4-6")
    qtbot.waitUntil(lambda: _column(page, "name") == ["Sand filter for drinking water"])
    _choose(qtbot, page.filters.boxes["trl"], "")
    _choose(qtbot, page.filters.boxes["country"], "DE")
    _choose(qtbot, page.filters.boxes["sector"], "transport")
    qtbot.waitUntil(lambda: _column(page, "name") == ["Electric bus charging"])
    window.close()

    again = _window(qtbot, filled).show_page("technologies")  # a restart keeps the choice
    assert again.filters.boxes["sector"].currentData() == "transport"
    qtbot.waitUntil(lambda: _column(again, "name") == ["Electric bus charging"])


def test_need_filters_by_status_and_city(qtbot: QtBot, filled: Database) -> None:
    page = _window(qtbot, filled).show_page("needs")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3)
    _choose(qtbot, page.filters.boxes["status"], "open")
    qtbot.waitUntil(lambda: sorted(_column(page, "title")) == ["Electric buses", "Sewage plant upgrade"])
    box = page.filters.boxes["city_id"]
    qtbot.waitUntil(lambda: box.findText("杭州") >= 0)
    box.setCurrentIndex(box.findText("杭州"))
    qtbot.waitUntil(lambda: _column(page, "title") == ["Sewage plant upgrade"])


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_sector_sorts_by_the_shown_label(qtbot: QtBot, filled: Database, locale: str, tmp_path: Path) -> None:
    page = _window(qtbot, filled, locale).show_page("technologies")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 3)
    col = [k for k, _t in page.list.model._headers].index("sector")
    page.list.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    expected = (
        ["Sustainable transport", "Wastewater", "Water treatment"]
        if locale == "en"
        else ["绿色交通", "水处理", "污水处理"]  # lü, shui, wu: pinyin order, not the codes'
    )
    qtbot.waitUntil(lambda: _column(page, "sector") == expected)


def test_match_view_tables_sort(qtbot: QtBot, filled: Database) -> None:
    with filled.reading() as s:
        need = need_service.list_needs(s, "sewage")[0]
        techs = tech_service.list_technologies(s)
    with filled.transaction() as s:
        for tech in techs:
            tech_matching.shortlist(s, need.id, tech.id)
    page = _window(qtbot, filled).show_page("needs")
    page.match_view.show_need(need.id)
    ranked, matches = page.match_view.ranked, page.match_view.matches
    assert ranked.isSortingEnabled() and matches.isSortingEnabled()
    # the cell shows the score over its sector tier ("7.3\nSame sector"), which orders the list first
    scores = [float(ranked.item(r, 0).text().split("\n")[0]) for r in range(ranked.rowCount())]
    assert scores == sorted(scores, reverse=True)  # best first (one sector tier here)
    ranked.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [float(ranked.item(r, 0).text().split("\n")[0]) for r in range(ranked.rowCount())] == sorted(
        scores
    )
    matches.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown = [matches.item(r, 0).text() for r in range(matches.rowCount())]
    assert shown == sorted((t.name_en for t in techs), reverse=True)
