"""The Projects page's Year box lists the projects ``petdesk projects --year`` lists, with the same
totals (field test 65: only the command line had a year)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.models.enums import ProjectStatus
from petdesk.services import projects as ps

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _titles(page) -> set[str]:  # type: ignore[no-untyped-def]
    model = page.list.model
    return {model.index(row, 0).data() for row in range(model.rowCount())}


def test_the_year_box_keeps_the_years_projects(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:

        def project(title: str, on: dt.date, amount: float) -> str:
            made = ps.create_project(
                s, title_en=title, title_zh=f"{title}项目", on=on, funder="Sida", amount=amount,
                currency="SEK",
            )  # fmt: skip
            return made.id

        running = project("Running", dt.date(2023, 3, 1), 1_000_000)
        ps.move_project(s, running, ProjectStatus.RUNNING, on=dt.date(2024, 2, 1))
        rejected = project("Rejected", dt.date(2023, 1, 1), 2_000_000)
        ps.move_project(s, rejected, ProjectStatus.REJECTED, on=dt.date(2023, 11, 30))
        project("Later idea", dt.date(2025, 1, 5), 8_000_000)

    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("projects")
    page.tabs.setCurrentIndex(1)
    this_year = dt.date.today().year
    qtbot.waitUntil(lambda: page.year_filter.findData(2023) > 0, timeout=10000)
    offered = [page.year_filter.itemData(i) for i in range(1, page.year_filter.count())]
    assert offered == list(range(max(this_year, 2025), 2022, -1))  # newest first, to this year
    assert _titles(page) == {"Running", "Rejected", "Later idea"}

    page.year_filter.setCurrentIndex(page.year_filter.findData(2024))
    assert _titles(page) == {"Running"}
    qtbot.waitUntil(lambda: "1,000,000.00" in page.totals.text() and "8,000,000" not in page.totals.text())
    with db.reading() as s:  # the service's rule, as the command line's --year
        assert [r.title_en for r in ps.ProjectFilter(active=ps.year_days(2024)).rows(s)] == ["Running"]
    assert page.chosen_filter().active == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))

    page.year_filter.setCurrentIndex(page.year_filter.findData(2023))
    assert _titles(page) == {"Running", "Rejected"}
    page.refresh()  # the years offered again: the choice stays
    qtbot.waitUntil(lambda: page.year_filter.count() > 1)
    assert page.year_filter.currentData() == 2023
    page.year_filter.setCurrentIndex(0)
    assert _titles(page) == {"Running", "Rejected", "Later idea"}
