"""The "due" filter and the overview's next deadline follow the reminders' rule (``project_dates``):
an ended project has no due dates, an open project's passed date is overdue and shown, marked
(field test 37, §3–4: the list showed a rejected and a closed project, and left out an overdue one)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.project_report import gather_projects
from petdesk.models.enums import ProjectStatus
from petdesk.services import projects as project_service
from petdesk.services.home import project_deadlines
from petdesk.services.reminders import reminders
from tests.helpers.project_filters import make_due_projects

TODAY = dt.date.today()


def _days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def projects(db: Database) -> dict[str, str]:
    return make_due_projects(db)


def test_the_due_list_holds_what_the_reminders_flag(db: Database, projects: dict[str, str]) -> None:
    with db.reading() as s:
        due = {r.id for r in project_service.list_projects(s, due=project_service.due_window("30d", TODAY))}
        flagged = {r.ref_id for r in reminders(s, today=TODAY, days=30) if r.ref_kind == "project"}
    assert due == flagged == {projects["overdue"], projects["soon"]}


def test_the_overviews_next_deadline_is_overdue_or_none_as_the_reminders_say(
    db: Database, projects: dict[str, str]
) -> None:
    with db.reading() as s:
        lines = {x.id: (x.next_deadline, x.overdue) for x in gather_projects(s, today=TODAY).projects}
    assert lines[projects["overdue"]] == (_days(-4), True)  # its deadline was met: it was submitted
    assert lines[projects["soon"]] == (_days(12), False)
    assert (
        lines[projects["rejected"]]
        == lines[projects["closed"]]
        == lines[projects["long_ago"]]
        == (None, False)
    )


def test_the_due_command_and_the_printed_overview_list_the_same_projects(
    db: Database, projects: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "--lang", "en", "projects", "--due", "30d"]) == 0
    out = capsys.readouterr().out
    assert "Overdue" in out and "Soon" in out
    assert not any(word in out for word in ("Rejected", "Closed", "Long Ago"))
    chosen = project_service.ProjectFilter(due=project_service.due_window("30d", TODAY))
    with db.reading() as s:
        printed = gather_projects(s, chosen, today=TODAY)
    assert {x.id for x in printed.projects} == {projects["overdue"], projects["soon"]}
    assert printed.selection.en == f"Due by {_days(30).day} {_days(30):%b %Y}, overdue included"


def test_a_submitted_projects_passed_deadline_was_met_not_missed(db: Database) -> None:
    """Field test 37, §9: the home page and the reminders said "the deadline passed" of a submitted
    project; only one still preparing its application has missed it."""
    with db.transaction() as s:
        ids = {}
        for stage in (ProjectStatus.SUBMITTED, ProjectStatus.PREPARING):
            p = project_service.create_project(s, title_en=stage.value.title())
            p.status, p.deadline = stage, _days(-5)
            ids[stage] = p.id
    with db.reading() as s:
        flagged = {r.ref_id for r in reminders(s, today=TODAY, days=30) if r.ref_kind == "project"}
        home = {e.ref.id for e in project_deadlines(s, today=TODAY, days=30)}
        due = {r.id for r in project_service.list_projects(s, due=project_service.due_window("30d", TODAY))}
        lines = {x.id: x.next_deadline for x in gather_projects(s, today=TODAY).projects}
    assert flagged == home == due == {ids[ProjectStatus.PREPARING]}
    assert lines == {ids[ProjectStatus.PREPARING]: _days(-5), ids[ProjectStatus.SUBMITTED]: None}


def _line_of(out: str, title: str) -> str:
    [line] = [line for line in out.splitlines() if line.rstrip().endswith(title) or f"{title}  [" in line]
    return line


def test_the_due_command_marks_overdue_rows_as_the_printed_overview(
    db: Database, projects: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 37: ``projects --due 30d`` listed an overdue project like one due later; the PDF
    marks it "(overdue)"."""
    from petdesk.i18n import format_date

    assert main(["--db", str(db.path), "--lang", "en", "projects", "--due", "30d"]) == 0
    out = capsys.readouterr().out
    assert f"{format_date(_days(-4), 'en')} (overdue)" in _line_of(out, "Overdue")
    soon = _line_of(out, "Soon")
    assert format_date(_days(12), "en") in soon and "overdue" not in soon
    # without --due the list has no date column
    assert main(["--db", str(db.path), "--lang", "en", "projects"]) == 0
    assert "overdue" not in capsys.readouterr().out
