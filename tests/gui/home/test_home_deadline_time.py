"""The home page's project deadlines word a timed deadline by its moment on the office's clock, the
funder's beside it, and list it on the office's day (0072_project_deadline_time)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.home.page import HomePage
from petdesk.models.enums import ProjectStatus
from petdesk.services import deadline_time
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_timed_deadline_is_worded_on_the_office_clock(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")
    funders_day = dt.date.today() + dt.timedelta(days=10)
    with db.transaction() as s:
        project_service.create_project(
            s, title_en="GEF-9 chemicals", stage=ProjectStatus.PREPARING, deadline=funders_day,
            deadline_time="17:00", deadline_zone="America/New_York",
        )  # fmt: skip
    home = HomePage(db, "en")
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.reload()
    (text,) = [t for t in home.entry_texts("deadlines") if "GEF-9" in t]
    worded = deadline_time.describe(funders_day, "17:00", "America/New_York", "en")
    assert "17:00 New York)" in worded and f"in 11 days: {worded}" in text, text
    assert "))" not in text  # no brackets in brackets (shots56)


@pytest.mark.usefixtures("tree_window_catalogue")
def test_in_chinese_no_brackets_in_brackets(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")
    funders_day = dt.date.today() + dt.timedelta(days=10)
    with db.transaction() as s:
        project_service.create_project(
            s, title_en="GEF-9 chemicals", stage=ProjectStatus.PREPARING, deadline=funders_day,
            deadline_time="09:00", deadline_zone="Europe/Berlin",
        )  # fmt: skip
    home = HomePage(db, "zh_CN")
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.reload()
    (text,) = [t for t in home.entry_texts("deadlines") if "GEF-9" in t]
    worded = deadline_time.describe(funders_day, "09:00", "Europe/Berlin", "zh_CN")
    assert worded.endswith("（09:00 柏林）") and f"10天后：{worded}" in text, text
    assert "））" not in text
