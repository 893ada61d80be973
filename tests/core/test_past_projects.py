"""Past projects from an office workbook's 项目 sheet (after field test 101): statuses mapped to
stages (unknown ones shown), funders and partners matched or made, amounts in 万元 or with their own
currency, the workbook's date forms; a preview that writes nothing, one import that import-undo takes
back, and a second import that adds nothing twice."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import OrgKind, PartnerRole, ProjectStatus
from petdesk.services import import_undo, past_projects
from petdesk.services.past_visits import PastVisitsError
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

SAMPLE = Path(__file__).parents[1] / "data" / "import" / "projects" / "office_ledger_projects.xlsx"
D = dt.date


@pytest.mark.parametrize(
    ("status", "stage"),
    [
        ("已申报", ProjectStatus.SUBMITTED),
        ("评审中", ProjectStatus.SUBMITTED),
        ("已批准", ProjectStatus.APPROVED),
        ("未通过", ProjectStatus.REJECTED),
        ("实施中", ProjectStatus.RUNNING),
        ("已结项", ProjectStatus.CLOSED),
        ("Under review", ProjectStatus.SUBMITTED),
        ("Approved", ProjectStatus.APPROVED),
        ("已提交", ProjectStatus.SUBMITTED),  # petdesk's own label
        ("暂缓", None),
    ],
)
def test_statuses_map_to_stages(status: str, stage: ProjectStatus | None) -> None:
    assert past_projects.stage_of(status) == stage


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (500, (5_000_000.0, "CNY")),  # the header says 万元
        ("USD 1,200,000", (1_200_000.0, "USD")),  # its own currency: not in 万
        ("80万欧元", (800_000.0, "EUR")),
        ("200万美元", (2_000_000.0, "USD")),
        ("300-500", (5_000_000.0, "CNY")),  # a range: its upper end, said
        ("", (None, "CNY")),
    ],
)
def test_amounts_in_wan_or_with_their_currency(cell: object, expected: tuple[object, str]) -> None:
    amount, currency, _notes = past_projects.parse_money(cell, 10_000.0, "CNY")
    assert (amount, currency) == expected


def test_dates_as_the_workbook_writes_them() -> None:
    assert past_projects.parse_day("2019.5.12") == (D(2019, 5, 12), None)
    assert past_projects.parse_day(43646)[0] == D(2019, 6, 30)  # an Excel serial
    day, note = past_projects.parse_day("2019年5月")
    assert day == D(2019, 5, 1) and note is not None
    assert past_projects.parse_day("2019年5月", last=True)[0] == D(2019, 5, 31)
    with pytest.raises(ValueError, match="待定"):
        past_projects.parse_day("待定")


def _known_organisations(db: Database) -> dict[str, str]:
    """Funders the office has already (English names with acronyms, one with its Chinese name) and a
    partner."""
    orgs = {
        "adb": m.Organisation(
            name_en="Asian Development Bank", name_zh="亚洲开发银行", short_name_en="ADB", kind=OrgKind.FUND
        ),
        "gef": m.Organisation(name_en="Global Environment Facility (GEF)", kind=OrgKind.FUND),
        "giz": m.Organisation(
            name_en="Deutsche Gesellschaft für Internationale Zusammenarbeit",
            short_name_en="GIZ",
            kind=OrgKind.FUND,
            country="DE",
        ),
        "hnu": m.Organisation(name_zh="湖南大学", name_en="Hunan University", country="CN"),
    }
    with db.transaction() as s:
        s.add_all(orgs.values())
        s.flush()
        return {key: org.id for key, org in orgs.items()}


def _live_projects(db: Database) -> list[m.Project]:
    with db.reading() as s:
        return list(
            s.scalars(select(m.Project).where(m.Project.deleted_at.is_(None)).order_by(m.Project.title_zh))
        )


def _count(db: Database, model: type) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0


def test_preview_says_everything_and_writes_nothing(db: Database) -> None:
    known = _known_organisations(db)
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, SAMPLE)
    assert plan.sheet == "项目"  # found by its columns, under the merged title row
    assert [p.row for p in plan.planned] == [3, 4, 5, 6, 7, 8, 9]
    assert plan.statuses["评审中"] == ProjectStatus.SUBMITTED and plan.statuses["暂缓"] is None
    funders = {p.funder: p.funder_id for p in plan.planned}
    assert funders == {
        "亚洲开发银行": known["adb"],
        "GEF": known["gef"],
        "GIZ": known["giz"],
        "全球环境基金": known["gef"],  # the English-only record, by the funder's other names
        "中央财政": None,
    }
    assert plan.new_funders == ["中央财政"]
    assert plan.planned[0].partners[1].organisation_id == known["hnu"]
    # the footnote under the table is said, not lost or taken for a project
    assert [(k.row, k.values) for k in plan.skipped] == [
        (11, {"text": "注：申报金额单位为万元（另注币种者除外）；状态以当年年底为准。"})
    ]
    lines = "\n".join(past_projects.report_lines(plan, "zh_CN", dry_run=True))
    assert "暂缓 →" in lines and "评审中 → 已提交" in lines
    english = past_projects.report_lines(plan, "en", dry_run=True)
    assert "status “暂缓” is not a stage petdesk has: added at the first stage, idea" in "\n".join(english)
    assert english[-1].startswith(
        "Dry run, nothing changed: 7 projects would be added from 项目 (1 new funder,"
    )
    assert _count(db, m.Project) == 0 and _count(db, m.Organisation) == 4


def test_import_undo_and_no_doubles(db: Database, tmp_path: Path) -> None:
    known = _known_organisations(db)
    book = shutil.copy(SAMPLE, tmp_path / "ledger.xlsx")
    with db.transaction() as s:
        result = past_projects.import_past_projects(s, Path(book))
    assert len(result.added) == 7
    projects = {p.title_zh: p for p in _live_projects(db)}
    xiang = projects["湘江流域重金属污染治理技术示范"]
    # approved in 2019 with no later date in the sheet: closed at the end of 2019 (the years rule)
    assert (xiang.status, xiang.amount, xiang.currency) == (ProjectStatus.CLOSED, 5_000_000.0, "CNY")
    assert xiang.funder_organisation_id == known["adb"] and xiang.deadline == D(2019, 6, 30)
    assert (
        "负责人 / Manager: 胡晶" in xiang.description_zh
        and "备注 / Remark: 分两期拨付" in xiang.description_zh
    )
    gef = projects["长沙经开区工业节能改造"]
    assert (gef.status, gef.amount, gef.currency, gef.deadline) == (
        ProjectStatus.REJECTED,  # submitted in 2019, no later date: not approved by the end of 2019
        1_200_000.0,
        "USD",
        D(2019, 6, 30),
    )
    paused = projects["工业固废资源化利用"]
    assert (
        paused.status == ProjectStatus.IDEA
        and "原表状态 / Status in the sheet: 暂缓" in paused.description_zh
    )
    with db.reading() as s:
        central = s.scalars(select(m.Organisation).where(m.Organisation.name_zh == "中央财政")).one()
        assert central.kind == OrgKind.FUND
        assert projects["农村污水分散处理技术推广"].funder_organisation_id == central.id
        assert paused.funder_organisation_id == central.id  # made once, used twice
        roles = s.execute(
            select(m.ProjectPartner.organisation_id, m.ProjectPartner.role).where(
                m.ProjectPartner.project_id == xiang.id
            )
        ).all()
        assert (known["hnu"], PartnerRole.PARTNER) in roles and len(roles) == 2
        hnu_count = s.scalar(select(func.count()).where(m.Organisation.name_zh == "湖南大学"))
        assert hnu_count == 1  # the known university, used by two projects, not made again
        moves = s.scalars(
            select(m.ProjectStageChange.changed_on).where(m.ProjectStageChange.project_id == xiang.id)
        )
        # dated when it was submitted, not today, and over at the end of that year
        assert sorted(moves) == [D(2019, 5, 12), D(2019, 12, 31)]
    organisations = _count(db, m.Organisation)

    with db.transaction() as s:  # the same sheet again adds nothing twice
        again = past_projects.import_past_projects(s, Path(book))
    assert again.added == [] and len(_live_projects(db)) == 7 and _count(db, m.Organisation) == organisations
    assert {k.reason for k in again.skipped} >= {"already in petdesk: {title}"}

    with db.reading() as s:  # the second import changed nothing: the first is the one in the history
        mark = import_undo.history(s)[0].mark
        plan = import_undo.plan_undo(s, mark)
        assert (plan.mark.kind, plan.mark.file) == ("projects", "ledger.xlsx")
    with db.transaction() as s:
        import_undo.undo_import(s, import_undo.plan_undo(s, mark))
    assert _live_projects(db) == [] and _count(db, m.Organisation) == 4  # the known ones stay


def test_english_headers_and_partner_country(db: Database, tmp_path: Path) -> None:
    """An English sheet (CSV) with a country column: a partner of the same name in another country is
    another organisation, as the contact import matches an employer."""
    with db.transaction() as s:
        s.add(m.Organisation(name_en="Ministry of Environment", country="VN"))
    path = tmp_path / "projects.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(
            ["Project title", "Applicant", "Country", "Funder", "Amount requested", "Deadline", "Status"]
        )
        writer.writerow(
            [
                "Clean Air Almaty",
                "Ministry of Environment",
                "Kazakhstan",
                "ADB",
                "USD 300,000",
                "2024-05-31",
                "Under review",
            ]
        )
        writer.writerow(["Mekong Wetlands", "Ministry of Environment", "Vietnam", "ADB", "", "", "Approved"])
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, path)
    almaty, mekong = plan.planned
    assert almaty.partners[0].organisation_id is None and almaty.partners[0].country == "KZ"
    assert mekong.partners[0].organisation_id is not None
    assert almaty.funder_id is None and almaty.funder == "ADB"  # no ADB yet: made once
    with db.transaction() as s:
        past_projects.import_past_projects(s, path)
    funders = {p.funder_organisation_id for p in _live_projects(db)}
    assert len(funders) == 1


def test_a_sheet_without_project_columns_is_refused_in_plain_words(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Name,Phone\nLi,123\n", encoding="utf-8")
    with db.reading() as s, pytest.raises(PastVisitsError, match="no row names the columns of a project"):
        past_projects.plan_past_projects(s, path)


def _project_titles(db: Database) -> list[str]:
    return sorted(p.title_zh or p.title_en for p in _live_projects(db))


def test_command_line_dry_run_import_undo(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.cli import main

    cli = ["--db", str(db.path)]
    book = str(shutil.copy(SAMPLE, tmp_path / "台账.xlsx"))
    assert main([*cli, "import-projects", "--dry-run", "--lang", "en", book]) == 0
    out = capsys.readouterr().out
    assert "暂缓 → not known: kept at the first stage, idea" in out
    assert "评审中 → Submitted" in out
    assert "Dry run, nothing changed: 7 projects would be added from 项目 (4 new funders" in out
    assert _project_titles(db) == []
    assert main([*cli, "import-projects", "--sheet", "项目", book]) == 0
    assert len(_project_titles(db)) == 7
    assert main([*cli, "import-undo", "--yes"]) == 0
    assert _project_titles(db) == []
    assert main([*cli, "import-projects", "--sheet", "来访", book]) == 1  # the wrong sheet: said
    assert "no row names the columns of a project" in capsys.readouterr().err


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_rows_that_cannot_be_read_are_skipped_with_the_reason(db: Database, tmp_path: Path) -> None:
    """An amount or a date that is none, and a funder that could be two: each row said, the rest added."""
    with db.transaction() as s:
        s.add_all(
            [
                m.Organisation(name_en="Asian Development Bank (ADB)", kind=OrgKind.FUND),
                m.Organisation(name_en="Asian Development Bank Institute (ADBI)", kind=OrgKind.FUND),
            ]
        )
    path = tmp_path / "projects.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["项目名称", "资金来源", "申报金额（万元）", "截止日期", "状态"])
        writer.writerow(["甲项目", "中央财政", "待定", "2020.1.1", "已申报"])
        writer.writerow(["乙项目", "中央财政", "100", "明年", "已申报"])
        writer.writerow(["丙项目", "Asian Development Bank", "100", "2020.1.1", "已申报"])
        writer.writerow(["丁项目", "中央财政", "100", "2020.1.1", "已申报"])
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, path)
    # a deadline that is no date is said under its row, which is kept (projdeadline61: it was skipped)
    assert [p.title for p in plan.planned] == ["乙项目", "丁项目"]
    assert plan.planned[0].deadline is None
    assert (past_projects.DEADLINE_UNREAD, {"row": 3, "text": "明年"}) in [
        (n.sentence, n.values) for n in plan.planned[0].notes
    ]
    assert [(k.row, k.reason, k.values) for k in plan.skipped] == [
        (2, "the amount is not a number: “{amount}”", {"amount": "待定"}),
        (
            4,
            "the funder {funder} could be any of {names}",
            {
                "funder": "Asian Development Bank",
                "names": "Asian Development Bank (ADB); Asian Development Bank Institute (ADBI)",
            },
        ),
    ]
    zh = "\n".join(past_projects.report_lines(plan, "zh_CN", dry_run=True))
    assert "第 2 行已跳过：金额不是数字：“待定”" in zh
    assert "第 3 行：截止日期“明年”不是 petdesk 能识别的日期：该项目已添加，但未设截止日期" in zh
    assert (
        "试运行，未做任何更改：将从“projects”添加 2 个项目（新资助方 1 个，新合作伙伴 0 个），跳过 2 行。"
        in zh
    )


def test_a_closed_or_rejected_project_without_a_date_is_in_no_year_of_the_annual_summary(
    db: Database, tmp_path: Path
) -> None:
    """A ledger row with no date says nothing of its year: a closed or rejected one was counted under
    way this year in ``report year`` and ``projects --year`` (its only stage move dated the day of
    the import). It is now counted in no year; a dated one in its own year, an open one from now."""
    from petdesk.services.projects import ProjectFilter, year_days
    from petdesk.services.year_summary import year_summary

    sheet = tmp_path / "old.csv"
    sheet.write_text(
        "Project,Funder,Status,Amount,Submitted\n"
        "Old wetland survey,GIZ,closed,100000,\n"
        "Old sludge pilot,GIZ,rejected,50000,\n"
        "Lake pilot,GIZ,closed,70000,2019-05-12\n"
        "River monitoring,GIZ,running,90000,\n",
        encoding="utf-8",
    )
    with db.transaction() as s:
        assert len(past_projects.import_past_projects(s, sheet).added) == 4

    def titles(year: int) -> set[str]:
        with db.reading() as s:
            return {p.title_en for p in ProjectFilter(active=year_days(year)).rows(s)}

    this_year = dt.date.today().year
    assert titles(this_year) == {"River monitoring"}
    assert titles(2019) == {"Lake pilot"}
    with db.reading() as s:
        assert sum(year_summary(s, this_year).stages.values()) == 1
