"""Columns of past-project sheets from New Delhi and Jakarta (field tests 107, 108) that were dropped:
a start date (开始日期 / Start date / Tanggal mulai) dates the project's move to running, a year alone
(Tahun) dates the row, and an Indonesian sheet's headers (Judul, Sumber Dana, Anggaran, Status, Tahun)
and statuses (Berjalan, Disetujui …) are read; ``import-projects --help`` says so."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ProjectStatus
from petdesk.services import past_projects

RUNNING, CLOSED, SUBMITTED = ProjectStatus.RUNNING, ProjectStatus.CLOSED, ProjectStatus.SUBMITTED


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "proyek.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_indonesian_sheet(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "Judul,Sumber Dana,Anggaran,Status,Tahun,Tanggal mulai\n"
        "Semarang Waste Bank Scale-up,UNDP,750 juta,Berjalan,2025,17/03/2025\n"
        'Bali Coastal Resilience,GIZ,"Rp1,5 miliar",Disetujui,2022,\n',
    )
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, path)
    assert plan.skipped == []
    semarang, bali = plan.planned
    assert (semarang.title, semarang.funder, semarang.amount, semarang.currency) == (
        "Semarang Waste Bank Scale-up",
        "UNDP",
        750_000_000.0,
        "IDR",
    )
    assert (semarang.stage, semarang.started, semarang.moves) == (
        RUNNING,
        dt.date(2025, 3, 17),
        ((RUNNING, dt.date(2025, 3, 17)),),
    )
    # the year alone dates the row: approved in 2022, nothing later, so over at the end of 2022
    assert bali.moves[0] == (ProjectStatus.APPROVED, dt.date(2022, 1, 1))
    assert bali.stage == CLOSED and bali.currency == "IDR"
    assert plan.statuses == {"Berjalan": RUNNING, "Disetujui": ProjectStatus.APPROVED}
    lines = past_projects.report_lines(plan, "en", dry_run=True)
    assert any("only the year 2022 is given: 1 Jan 2022 is taken" in line for line in lines)


def test_a_start_date_dates_the_run(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "项目名称,资金来源,状态,申报日期,开始日期,结束日期\n"
        "长沙海绵城市,ADB,已结项,2019.3.1,2019.9.1,2022.6.30\n",
    )
    with db.transaction() as s:
        result = past_projects.import_past_projects(s, path)
    (plan,) = result.planned
    assert plan.moves == (
        (SUBMITTED, dt.date(2019, 3, 1)),
        (RUNNING, dt.date(2019, 9, 1)),
        (CLOSED, dt.date(2022, 6, 30)),
    )
    with db.reading() as s:
        project = s.scalars(select(m.Project)).one()
        moves = s.scalars(select(m.ProjectStageChange).order_by(m.ProjectStageChange.changed_on)).all()
        assert [(c.stage, c.changed_on) for c in moves] == list(plan.moves)
        assert "开始日期 / Started: 2019-09-01" in project.description_zh


def test_an_english_start_date_and_an_approved_one_ending(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "Project,Funder,Status,Start date,End date\nPune Heat Action,GCF,approved,2021-04-01,2023-03-31\n",
    )
    with db.reading() as s:
        (plan,) = past_projects.plan_past_projects(s, path).planned
    assert plan.stage == CLOSED
    assert plan.moves == ((RUNNING, dt.date(2021, 4, 1)), (CLOSED, dt.date(2023, 3, 31)))


def test_the_help_names_the_columns(capsys) -> None:
    with contextlib.suppress(SystemExit):  # argparse ends after --help
        main(["--lang", "en", "import-projects", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for words in (
        "amount approved (批复金额, Approved amount, Sanctioned amount)",
        "Rs. in lakh, ₹ crore",
        "Start date, Tanggal mulai",
        "End date",
        "状态日期, 批复日期",
        # the languages read, no longer Indonesian alone (its columns are in --headers' list)
        "Headers read: Chinese, English, Japanese, Indonesian, Portuguese, Spanish, Turkish,",
        "--headers lists them.",
    ):
        assert words in text
