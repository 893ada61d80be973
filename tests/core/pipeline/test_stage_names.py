"""A project's stage is named on the command line as the lists and the help show it, in English or
Chinese (field test 58: ``projects stage ID 已提交`` was refused, though the help lists
"submitted（已提交）" and ``needs --status`` takes 待对接)."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import projects as project_service
from petdesk.services.projects import PipelineError


@pytest.mark.parametrize(
    ("typed", "stage"),
    [
        ("已提交", ProjectStatus.SUBMITTED),
        ("概念说明", ProjectStatus.PREPARING),
        ("未获批准", ProjectStatus.REJECTED),
        ("Concept note", ProjectStatus.PREPARING),
        (" running ", ProjectStatus.RUNNING),
        ("Closed", ProjectStatus.CLOSED),
        ("concept_note", ProjectStatus.PREPARING),
    ],
)
def test_a_stage_by_its_code_or_its_name(typed: str, stage: ProjectStatus) -> None:
    assert project_service.parse_stage(typed) is stage


def test_a_word_that_names_no_stage_is_refused() -> None:
    with pytest.raises(PipelineError):
        project_service.parse_stage("已通过")


def test_projects_stage_takes_the_chinese_name(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        project_id = project_service.create_project(s, title_zh="保定污泥处置示范项目", amount=5_000_000).id
    base = ["--db", str(db.path), "--lang", "en", "projects"]
    assert main([*base, "stage", project_id[:8], "已提交"]) == 0
    with db.reading() as s:
        assert project_service.get_project(s, project_id).row.stage is ProjectStatus.SUBMITTED
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_code:
        main([*base, "stage", project_id[:8], "已通过"])
    assert exit_code.value.code == 2
    err = capsys.readouterr().err
    assert "unknown stage “已通过”; choose one of idea, concept_note, submitted" in err
    with db.reading() as s:
        assert project_service.get_project(s, project_id).row.stage is ProjectStatus.SUBMITTED
