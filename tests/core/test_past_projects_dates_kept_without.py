"""projfollow61: an ``import-projects`` row whose submitted, started or ended date could not be
read was skipped whole ("no date that can be read"), its project lost; the deadline column already
kept its row. Now the row is kept without that date, said with its row, column and text, and the
text stays in the description as written."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import past_projects

SHEET = (
    "Project,Funder,Status,Date submitted,Start date,End date\n"
    "Lake sensors,GIZ,submitted,TBC,,\n"
    "Sludge drying,GIZ,approved,2026-02-01,early spring,2026-13-45\n"
    "Rainwater tanks,GIZ,approved,2026-01-10,2026-03-01,\n"
)


def _plan(db: Database, sheet: Path) -> past_projects.PastProjects:
    with db.reading() as s:
        return past_projects.plan_past_projects(s, sheet)


def test_an_unreadable_date_keeps_its_row_and_says_where(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "projects.csv"
    sheet.write_text(SHEET, "utf-8")
    plan = _plan(db, sheet)
    assert not plan.skipped
    got = {p.title: p for p in plan.planned}
    assert set(got) == {"Lake sensors", "Sludge drying", "Rainwater tanks"}
    lake, sludge = got["Lake sensors"], got["Sludge drying"]
    assert lake.submitted is None
    assert [n.values for n in lake.notes if n.sentence == past_projects.DATE_UNREAD] == [
        {"row": 2, "column": "Date submitted", "text": "TBC"}
    ]
    assert sludge.submitted is not None and sludge.started is None and sludge.ended is None
    assert [n.values for n in sludge.notes if n.sentence == past_projects.DATE_UNREAD] == [
        {"row": 3, "column": "End date", "text": "2026-13-45"},
        {"row": 3, "column": "Start date", "text": "early spring"},
    ]
    # kept as written in the description: nothing the sheet said is lost
    assert "Date submitted: TBC" in lake.remark
    assert "Start date: early spring" in sludge.remark and "End date: 2026-13-45" in sludge.remark
    said = "row 2, column “Date submitted”: “TBC” is not a date petdesk can read: added without this date"
    assert any(line.strip() == said for line in past_projects.report_lines(plan, "en"))


def test_importing_the_same_sheet_again_changes_nothing(db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "projects.csv"
    sheet.write_text(SHEET, "utf-8")
    with db.transaction() as s:
        first = past_projects.import_past_projects(s, sheet)
    assert len(first.planned) == 3
    with db.transaction() as s:
        again = past_projects.import_past_projects(s, sheet)
    assert not again.planned and len(again.skipped) == 3
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(m.Project)) == 3


def test_a_stage_date_that_cannot_be_read_keeps_its_row_undated(db: Database, tmp_path: Path) -> None:
    """The stage date dates the project's year on the board: without it no year is guessed (projstage62:
    the row was skipped whole; tests/core/test_past_projects_stage_date_kept.py)."""
    sheet = tmp_path / "projects.csv"
    sheet.write_text("Project,Funder,Status,Approval date\nA,GIZ,approved,soon\n", "utf-8")
    plan = _plan(db, sheet)
    assert not plan.skipped and len(plan.planned) == 1
    assert plan.planned[0].moves == () and plan.planned[0].stage_unread
