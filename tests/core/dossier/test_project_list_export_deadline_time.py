"""The Projects list as a workbook and CSV (the window's Export… and ``petdesk report projects
--out``) keeps its deadlines real date cells now that the list shows a timed deadline as text: a
timed one is the office's moment as a date-and-time cell, a whole-day one stays a date
(0072_project_deadline_time)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import projects as project_service


@pytest.fixture(autouse=True)
def in_beijing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Asia/Shanghai")


DEADLINE = dt.date.today() + dt.timedelta(days=20)


@pytest.fixture
def projects(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            title: project_service.create_project(
                s, title_en=title, stage=ProjectStatus.PREPARING, deadline=DEADLINE,
                deadline_time=time, deadline_zone=zone,
            ).id
            for title, time, zone in (("GEF", "17:00", "America/New_York"), ("Whole day", "", ""))
        }  # fmt: skip


def _gef_here() -> dt.datetime:
    from zoneinfo import ZoneInfo

    at = dt.datetime.combine(DEADLINE, dt.time(17, 0), ZoneInfo("America/New_York"))
    return at.astimezone(ZoneInfo("Asia/Shanghai")).replace(tzinfo=None)


def test_the_workbook_has_date_and_moment_cells(
    db: Database, projects: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "projects.xlsx"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 0
    sheet = load_workbook(out)["projects"]
    rows = list(sheet.iter_rows())
    headers = [c.value for c in rows[0]]
    cells = {row[0].value: dict(zip(headers, row, strict=True)) for row in rows[1:]}
    gef, whole = cells[projects["GEF"]], cells[projects["Whole day"]]
    for column in ("Application deadline", "Next deadline"):
        assert gef[column].is_date and gef[column].value == _gef_here(), column
        assert gef[column].number_format == "yyyy-mm-dd hh:mm"
        assert whole[column].is_date and whole[column].value == dt.datetime.combine(DEADLINE, dt.time())


def test_the_csv_writes_the_moment_plainly(db: Database, projects: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "projects.csv"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = {row["ID"]: row for row in csv.DictReader(fh)}
    # with the office's UTC offset, as other exports write moments (field projfollow60)
    here = _gef_here().isoformat(timespec="minutes") + "+08:00"  # Beijing
    assert rows[projects["GEF"]]["Application deadline"] == here
    assert rows[projects["GEF"]]["Next deadline"] == here
    assert rows[projects["Whole day"]]["Next deadline"] == DEADLINE.isoformat()
