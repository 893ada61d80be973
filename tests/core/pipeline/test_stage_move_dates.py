"""A stage move cannot be dated before the project's last move (field test 37, §6: a backdated move
left a history, sorted by date, that ended at another stage than the project's)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import projects as project_service
from petdesk.services.projects import PipelineError

DEC_1 = dt.date(2026, 12, 1)


@pytest.fixture
def pid(db: Database) -> str:
    with db.transaction() as s:
        project_id = project_service.create_project(s, title_en="Sludge to energy Wuhan").id
        for change in s.query(m.ProjectStageChange).filter_by(project_id=project_id):
            change.changed_on = dt.date(2026, 10, 1)  # entered in October
        project_service.move_project(s, project_id, ProjectStatus.REJECTED, on=DEC_1)
    return project_id


def test_a_move_dated_before_the_last_one_is_refused(db: Database, pid: str) -> None:
    with db.transaction() as s, pytest.raises(PipelineError, match="last stage move was on 2026-12-01"):
        project_service.move_project(s, pid, ProjectStatus.SUBMITTED, on=dt.date(2026, 11, 20))
    with db.transaction() as s:  # the same day is fine, and the history ends at the project's stage
        project_service.move_project(s, pid, ProjectStatus.SUBMITTED, on=DEC_1)
        detail = project_service.get_project(s, pid)
    assert detail.row.stage == ProjectStatus.SUBMITTED


def test_the_command_line_says_so_and_moves_nothing(
    db: Database, pid: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "--db",
        str(db.path),
        "--lang",
        "en",
        "projects",
        "stage",
        pid[:8],
        "submitted",
        "--on",
        "2026-11-20",
    ]
    assert main(args) == 1
    assert capsys.readouterr().err.strip() == (
        "petdesk: error: the project's last stage move was on 1 Dec 2026: date this move on that day or later"
    )
    with db.reading() as s:
        assert s.get(m.Project, pid).status == ProjectStatus.REJECTED
