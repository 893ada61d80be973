"""The Projects list at 1024×640 shows an amount requested and a timed next deadline whole (shots56:
"US$19,310,00…" could be read as any amount, "15 Dec 2026 16:00 (…" lost the funder's time); the
title, stage and funder give way, their whole text in the tooltip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.column_fit import ColumnFitter
from petdesk.gui.main_window import MainWindow
from petdesk.gui.projects.page import PROJECT_HEADERS
from petdesk.gui.qt import QSettings
from petdesk.models.enums import ProjectStatus
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
KEYS = [key for key, _title in PROJECT_HEADERS]


@pytest.fixture(autouse=True)
def _no_saved_choice() -> Iterator[None]:
    QSettings().remove("columns/projects")
    yield
    QSettings().remove("columns/projects")


def test_amount_and_next_deadline_whole(qtbot: QtBot, db: Database) -> None:
    day = dt.date.today() + dt.timedelta(days=40)
    with db.transaction() as s:
        for n, title in enumerate(
            ("Green buildings capacity building in Qingdao", "Market analysis of air pollution control")
        ):
            project_service.create_project(
                s, title_en=title, stage=ProjectStatus.PREPARING, funder="Global Environment Facility",
                amount=19_310_000 + n, currency="USD", deadline=day,
                deadline_time="17:00", deadline_zone="Europe/Berlin",
            )  # fmt: skip
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    page = window.show_page("projects")
    page.tabs.setCurrentIndex(1)
    table = page.list.table
    fitter = table.findChild(ColumnFitter)
    assert fitter is not None
    qtbot.waitUntil(
        lambda: table.model().rowCount() == 2 and table.isVisible() and not fitter._refit.isActive(),
        timeout=10_000,
    )
    metrics = table.fontMetrics()
    for key in ("requested", "next_date", "deadline"):
        column = KEYS.index(key)
        texts = [str(table.model().index(r, column).data()) for r in range(2)]
        assert texts[0].startswith("US$19,310,000") or "(17:00 Berlin)" in texts[0], texts
        widest = max(metrics.horizontalAdvance(t) for t in texts)
        assert table.columnWidth(column) >= widest + 6, (key, texts, table.columnWidth(column))
    assert table.horizontalScrollBar().maximum() == 0  # the rest gave way, no sideways scrolling
