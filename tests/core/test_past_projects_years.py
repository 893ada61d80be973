"""Past projects counted only in the years they ran, approved amounts in their own field, and funder
names in Korean or Japanese kept out of the Chinese name field (after field test 101's import): each on
a real .xlsx workbook as a Chinese office leaves one (a merged title row, amounts in 万元)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.chinese_names import written_in_chinese
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import past_projects
from petdesk.services.year_summary import year_summary

D = dt.date


def _workbook(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    """A 项目 sheet under a merged title row, as Excel and WPS leave an office's ledger."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "项目"
    sheet.append(["国际合作项目台账（2018—2022）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _projects(db: Database) -> dict[str, m.Project]:
    with db.reading() as s:
        return {p.title_zh or p.title_en: p for p in s.scalars(select(m.Project))}


YEARS_HEADER = [
    "序号",
    "项目名称",
    "资金来源",
    "申请金额（万元）",
    "申报日期",
    "批复日期",
    "结项日期",
    "状态",
]
YEARS_ROWS: list[list[object]] = [
    [1, "湘江湿地调查", "中央财政", 50, "2019.5.12", None, None, "已申报"],
    [2, "污泥处置试点", "中央财政", 80, "2020.3.1", "2020.9.1", None, "已批复"],
    [3, "城市空气监测", "中央财政", 120, "2019年4月", "2019.10.8", "2021.6.30", "实施中"],
    [4, "农村污水示范", "中央财政", 60, "2018.3.1", None, "2020.12.31", "已结项"],
]


def test_past_projects_count_only_in_the_years_they_ran(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 2019 已申报 row with nothing later counted under way in every later year of ``report year``;
    now a submitted or approved one without an end is over at the end of its last date's year, an end
    date that has passed closes it, and a stage date dates its stage."""
    from petdesk.cli import main

    book = _workbook(tmp_path / "台账.xlsx", YEARS_HEADER, YEARS_ROWS)
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, book)
    lines = "\n".join(past_projects.report_lines(plan, "en", dry_run=True))
    assert past_projects.YEARS_RULE in lines  # the rule is said in the preview, and each row it changed
    assert "no later date in the sheet than" in lines and "taken as not approved at the end of 2019" in lines
    with db.transaction() as s:
        assert len(past_projects.import_past_projects(s, book).added) == 4
    projects = _projects(db)
    assert {t: p.status for t, p in projects.items()} == {
        "湘江湿地调查": ProjectStatus.REJECTED,
        "污泥处置试点": ProjectStatus.CLOSED,
        "城市空气监测": ProjectStatus.CLOSED,
        "农村污水示范": ProjectStatus.CLOSED,
    }
    assert "原表状态 / Status in the sheet: 已申报" in projects["湘江湿地调查"].description_zh  # not lost
    with db.reading() as s:
        moves = s.execute(
            select(m.ProjectStageChange.stage, m.ProjectStageChange.changed_on)
            .where(m.ProjectStageChange.project_id == projects["城市空气监测"].id)
            .order_by(m.ProjectStageChange.changed_on)
        ).all()
    assert [tuple(x) for x in moves] == [
        (ProjectStatus.SUBMITTED, D(2019, 4, 1)),
        (ProjectStatus.RUNNING, D(2019, 10, 8)),
        (ProjectStatus.CLOSED, D(2021, 6, 30)),
    ]

    def under_way(year: int) -> int:
        with db.reading() as s:
            return sum(year_summary(s, year).stages.values())

    assert [under_way(y) for y in (2017, 2018, 2019, 2020, 2021, 2022)] == [0, 1, 3, 3, 1, 0]
    assert under_way(dt.date.today().year) == 0  # none of them under way years later

    cli = ["--db", str(db.path), "report", "year"]
    for year, expected in ((2019, 3), (2022, 0)):
        out = tmp_path / f"{year}.csv"
        assert main([*cli, str(year), "--lang", "en", "--out", str(out)]) == 0
        assert under_way(year) == expected
        text = out.read_text(encoding="utf-8-sig")
        assert ("Projects under way by stage" in text) or expected == 0
    capsys.readouterr()


def test_a_running_project_without_an_end_and_a_recent_application_stay_open(
    db: Database, tmp_path: Path
) -> None:
    """The rule closes nothing the sheet does not show as past: a running row without an end date,
    and an application of the last year."""
    recent = dt.date.today() - dt.timedelta(days=30)
    book = _workbook(
        tmp_path / "open.xlsx",
        ["项目名称", "资金来源", "申报日期", "状态"],
        [["流域治理", "中央财政", "2019.5.12", "实施中"], ["光伏扶贫", "中央财政", recent, "已申报"]],
    )
    with db.transaction() as s:
        past_projects.import_past_projects(s, book)
    assert {t: p.status for t, p in _projects(db).items()} == {
        "流域治理": ProjectStatus.RUNNING,
        "光伏扶贫": ProjectStatus.SUBMITTED,
    }


def test_requested_and_approved_amounts_fill_their_own_fields(db: Database, tmp_path: Path) -> None:
    """申请金额 and 批复金额 side by side: the approved amount was read as (or lost beside) the amount
    requested."""
    book = _workbook(
        tmp_path / "both.xlsx",
        ["项目名称", "资金来源", "申请金额（万元）", "批复金额（万元）", "申报日期", "状态"],
        [["湘江治理", "亚洲开发银行", 500, 420, "2019.5.12", "已批复"]],
    )
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, book)
    assert "approved CN¥4,200,000.00" in "\n".join(past_projects.report_lines(plan, "en", dry_run=True))
    with db.transaction() as s:
        past_projects.import_past_projects(s, book)
    project = _projects(db)["湘江治理"]
    assert (project.amount, project.amount_approved, project.currency) == (5_000_000.0, 4_200_000.0, "CNY")


@pytest.mark.parametrize("header", ["资助金额（万元）", "Grant amount", "Approved"])
def test_an_approved_amount_alone_is_the_amount_approved(db: Database, tmp_path: Path, header: str) -> None:
    factor = 10_000 if "万元" in header else 1
    book = _workbook(
        tmp_path / "approved.xlsx",
        ["项目名称", "资金来源", header, "状态"],
        [["城市更新", "中央财政", 300, "已批复"]],
    )
    with db.transaction() as s:
        past_projects.import_past_projects(s, book)
    project = _projects(db)["城市更新"]
    assert (project.amount, project.amount_approved) == (None, 300.0 * factor)


def test_names_in_chinese_are_han_without_hangul_or_kana() -> None:
    assert written_in_chinese("中央财政") and written_in_chinese("国际合作司")
    assert not written_in_chinese("한국환경공단")  # Korean: Hangul
    assert not written_in_chinese("トヨタ財団")  # Japanese: kana beside the Han 財団
    assert not written_in_chinese("GIZ")


def test_korean_and_japanese_funders_are_not_given_chinese_names(db: Database, tmp_path: Path) -> None:
    """East-asian width, which the import used, is wide for Hangul and kana too: a Korean funder's
    name landed in the Chinese name field."""
    book = _workbook(
        tmp_path / "foreign.xlsx",
        ["项目名称", "资金来源", "申报日期", "状态"],
        [
            ["水环境合作", "한국환경공단", "2024.3.1", "已申报"],
            ["里山保全交流", "トヨタ財団", "2024.3.1", "已申报"],
            ["海洋垃圾", "中央财政", "2024.3.1", "已申报"],
        ],
    )
    assert past_projects.funder_names("한국환경공단") == ("", "한국환경공단", "")
    with db.transaction() as s:
        past_projects.import_past_projects(s, book)
    with db.reading() as s:
        funders = {
            (o.name_en, o.name_zh)
            for o in s.scalars(
                select(m.Organisation).where(m.Organisation.id.in_(select(m.Project.funder_organisation_id)))
            )
        }
    assert funders == {("한국환경공단", ""), ("トヨタ財団", ""), ("", "中央财政")}
