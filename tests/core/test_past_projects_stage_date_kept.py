"""projstage62: an ``import-projects`` row whose stage date (批复日期 / "Approval date") could not be
read was skipped whole, its project lost, where an unreadable deadline, submitted, started or ended
date keeps its row. Now it keeps its row too: the text stays in the description, the report names the
row, column and text in both languages, and no year is guessed for the stage (no move to it is dated
from another column, nor today)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import past_projects
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

DATA = Path(__file__).parents[1] / "data" / "import" / "projstage62"
EXCEL = DATA / "approvals_excel.xlsx"
WPS = DATA / "colleague_wps.xlsx"


def _unread(plan: past_projects.PastProjects) -> dict[str, list[dict[str, object]]]:
    return {
        p.title: [n.values for n in p.notes if n.sentence == past_projects.DATE_UNREAD] for p in plan.planned
    }


def test_an_unreadable_approval_date_keeps_its_row(db: Database) -> None:
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, EXCEL)
    assert not plan.skipped
    assert _unread(plan) == {
        "Mekong river monitoring": [],
        "Hanoi landfill gas": [{"row": 3, "column": "Approval date", "text": "Q3 (board meeting)"}],
        "Hue rainwater harvesting": [{"row": 4, "column": "Approval date", "text": "TBC"}],
    }
    got = {p.title: p for p in plan.planned}
    assert got["Mekong river monitoring"].stage_date == dt.date(2025, 9, 1)
    hanoi, hue = got["Hanoi landfill gas"], got["Hue rainwater harvesting"]
    assert hanoi.stage_date is None and "Approval date: Q3 (board meeting)" in hanoi.remark
    assert hue.stage_date is None and "Approval date: TBC" in hue.remark
    # the submission is dated by its own cell; the approval by nothing the sheet gives
    assert hanoi.moves == ((ProjectStatus.SUBMITTED, dt.date(2025, 3, 10)),)
    assert hanoi.stage == ProjectStatus.APPROVED and hue.moves == ()
    with db.transaction() as s:
        past_projects.import_past_projects(s, EXCEL)
    with db.reading() as s:
        hue_id = s.scalar(select(m.Project.id).filter_by(title_en="Hue rainwater harvesting"))
        # not dated today either: the import's day would put its approval in this year
        assert not list(s.scalars(select(m.ProjectStageChange).filter_by(project_id=hue_id)))


def test_a_day_without_its_year_is_not_given_one(db: Database) -> None:
    with db.transaction() as s:
        result = past_projects.import_past_projects(s, WPS)
    assert not result.skipped and len(result.added) == 3
    with db.reading() as s:
        projects = {p.title_zh: p for p in s.scalars(select(m.Project))}
        changes = {t: select(m.ProjectStageChange).filter_by(project_id=p.id) for t, p in projects.items()}
        moves = {t: [(c.stage, c.changed_on) for c in s.scalars(q)] for t, q in changes.items()}
        descriptions = {title: p.description_zh for title, p in projects.items()}
    # "9月15日" is in no year: no 15 September of any year is stored, the text is kept
    assert moves["昆明滇池蓝藻监测"] == [(ProjectStatus.SUBMITTED, dt.date(2025, 5, 10))]
    assert "批复日期: 9月15日" in descriptions["昆明滇池蓝藻监测"]
    assert moves["兰州污水再生利用"] == [(ProjectStatus.SUBMITTED, dt.date(2025, 5, 10))]
    assert "批复日期: 待定" in descriptions["兰州污水再生利用"]
    # approved, and not taken as over: the approval may have come any year
    assert {projects[t].status for t in ("昆明滇池蓝藻监测", "兰州污水再生利用")} == {ProjectStatus.APPROVED}
    # importing again adds nothing
    with db.transaction() as s:
        again = past_projects.import_past_projects(s, WPS)
    assert not again.planned and len(again.skipped) == 3


@pytest.mark.parametrize(
    ("locale", "sheet", "said"),
    [
        (
            "en",
            EXCEL,
            "row 4, column “Approval date”: “TBC” is not a date petdesk can read: added without this date",
        ),
        (
            "zh_CN",
            WPS,
            "第 3 行，“批复日期”列：“9月15日”不是 petdesk 能识别的日期：该项目已添加，但未填此日期",
        ),
    ],
)
def test_the_command_names_the_row_column_and_text(
    db: Database,
    capsys: pytest.CaptureFixture[str],
    tree_catalogue: Path,  # noqa: F811 (the fixture: this tree's Chinese)
    locale: str,
    sheet: Path,
    said: str,
) -> None:
    assert main(["--db", str(db.path), "--lang", locale, "import-projects", str(sheet)]) == 0
    out = capsys.readouterr().out
    assert said in [line.strip() for line in out.splitlines()]
    with db.reading() as s:
        assert len(list(s.scalars(select(m.Project)))) == 3  # no row lost
