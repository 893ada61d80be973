"""A timed project deadline is read by its real moment on the office's clock everywhere it is listed:
the reminders (``petdesk reminders``), the home page's deadlines, the calendar's day and the project
overview PDF, each worded as ``deadline_time.describe`` words it (0072_project_deadline_time). A
GEF call closing 17:00 Washington on 17 March is 05:00 on 18 March in Beijing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import calendar as calendar_service
from petdesk.services import home as home_service
from petdesk.services import projects as project_service
from petdesk.services import reminders as reminder_service
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

FUNDERS_DAY = dt.date(2027, 3, 17)
OFFICE_DAY = dt.date(2027, 3, 18)
WORDED = "18 Mar 2027 05:00 (17 Mar 17:00 New York)"
WORDED_ZH = "2027年3月18日 05:00（3月17日 17:00 纽约）"


@pytest.fixture(autouse=True)
def in_beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


@pytest.fixture
def gef(db: Database) -> str:
    with db.transaction() as s:
        return project_service.create_project(
            s, title_en="GEF-9 chemicals", stage=ProjectStatus.PREPARING, deadline=FUNDERS_DAY,
            deadline_time="17:00", deadline_zone="America/New_York",
        ).id  # fmt: skip


def test_the_reminders_give_the_office_day_and_moment(db: Database, gef: str) -> None:
    with db.reading() as s:
        # a week from the 10th ends on the 17th: the deadline is the 18th here, not yet listed
        assert not reminder_service.reminders(s, today=dt.date(2027, 3, 10), days=7)
        (found,) = reminder_service.reminders(s, today=dt.date(2027, 3, 10), days=8)
        # on the funder's date it is still to come here (it was called passed)
        (coming,) = reminder_service.reminders(s, today=FUNDERS_DAY.replace(day=18), days=1)
    assert found.date == OFFICE_DAY and WORDED in found.describe("en", dt.date(2027, 3, 10))
    assert WORDED_ZH in found.describe("zh_CN", dt.date(2027, 3, 10))
    assert coming.kind == reminder_service.PROJECT_DEADLINE and coming.describe("en", OFFICE_DAY).startswith(
        "Project “GEF-9 chemicals”: deadline today (18 Mar 2027 05:00"
    )


def test_the_reminders_command_prints_the_moment(
    db: Database, gef: str, capsys: pytest.CaptureFixture[str]
) -> None:
    days = (OFFICE_DAY - dt.date.today()).days
    if days < 1:  # pragma: no cover - after March 2027 the deadline is history
        pytest.skip("the deadline is past")
    assert main(["--db", str(db.path), "reminders", "--days", str(days), "--lang", "en"]) == 0
    assert WORDED in capsys.readouterr().out


def test_the_home_page_lists_it_on_the_office_day(db: Database, gef: str) -> None:
    with db.reading() as s:
        assert not home_service.project_deadlines(s, today=dt.date(2027, 3, 10), days=7)
        (entry,) = home_service.project_deadlines(s, today=dt.date(2027, 3, 10), days=8)
    assert entry.date == OFFICE_DAY and entry.timed == (FUNDERS_DAY, "17:00", "America/New_York")


def test_the_calendar_shows_it_on_the_office_day(db: Database, gef: str) -> None:
    beijing = ZoneInfo("Asia/Shanghai")
    with db.reading() as s:
        found = calendar_service.events_between_dates(
            s, FUNDERS_DAY, OFFICE_DAY, beijing, today=dt.date(2027, 3, 1)
        )
    days = calendar_service.by_day(found, FUNDERS_DAY, OFFICE_DAY, beijing)
    assert [e.parent_id for e in days[OFFICE_DAY]] == [gef] and days[FUNDERS_DAY] == []


def test_the_overview_pdf_prints_the_moment(db: Database, gef: str, tmp_path: Path) -> None:
    for lang, words in (("en", WORDED), ("zh_CN", WORDED_ZH)):
        out = tmp_path / f"{lang}.pdf"
        assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", lang]) == 0
        assert flat(words) in flat("".join(pdftotext_pages(out))), lang
