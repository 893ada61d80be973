"""The Chinese reminders call a project milestone 里程碑, as the project, its dialog and the printed
overview do (field test 106: ``petdesk reminders`` said 项目节点, a word used nowhere else, so Ms
Chen could not tell that "项目节点 概念说明" was the milestone listed under 里程碑)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import projects as project_service


def test_the_chinese_reminders_say_milestone_as_the_project_does(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        p = project_service.create_project(s, title_en="Sludge pilot", title_zh="污泥试点")
        project_service.add_milestone(
            s, p.id, title_en="Concept note", title_zh="概念说明", due=dt.date.today() + dt.timedelta(days=5)
        )
        project_service.add_milestone(
            s, p.id, title_en="Budget", title_zh="预算", due=dt.date.today() - dt.timedelta(days=2)
        )
    assert main(["--db", str(db.path), "--lang", "zh_CN", "reminders", "--days", "14"]) == 0
    out = capsys.readouterr().out
    assert "项目节点" not in out
    assert "项目里程碑“概念说明（污泥试点）”" in out and "项目里程碑“预算（污泥试点）”" in out
    assert main(["--db", str(db.path), "--lang", "zh_CN", "projects", p.id]) == 0
    assert "里程碑" in capsys.readouterr().out
