"""The project overview prints each project's application deadline, not only its next date (field
test 106: Ms Chen's ADB application was due on 18 December; the overview she handed the director
said "Next deadline 11 December" — the concept note's date — and the application deadline
appeared nowhere, in the PDF, the workbook or the CSV)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.layout import bi_date
from petdesk.models.enums import MilestoneKind, OrgKind, ProjectStatus
from petdesk.services import projects as project_service
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

TODAY = dt.date.today()
CONCEPT_NOTE = TODAY + dt.timedelta(days=5)
APPLICATION = TODAY + dt.timedelta(days=12)


def _adb_application(db: Database) -> str:
    with db.transaction() as s:
        adb = m.Organisation(name_en="Asian Development Bank", name_zh="亚洲开发银行", kind=OrgKind.FUND)
        s.add(adb)
        s.flush()
        project = project_service.create_project(
            s,
            title_en="Kunming sludge-to-energy pilot",
            title_zh="昆明污泥能源化试点",
            stage=ProjectStatus.PREPARING,
            funder_organisation_id=adb.id,
            amount=750_000,
            currency="USD",
            deadline=APPLICATION,
        )
        project_service.add_milestone(
            s,
            project.id,
            title_en="Concept note",
            title_zh="概念说明",
            due=CONCEPT_NOTE,
            kind=MilestoneKind.DEADLINE,
        )
        return project.id


def test_the_pdf_prints_the_application_deadline_beside_the_next_date(db: Database, tmp_path: Path) -> None:
    _adb_application(db)
    for lang, words, day in (
        ("en", "Application deadline", bi_date(APPLICATION).en),
        ("zh_CN", "申请截止日期", bi_date(APPLICATION).zh),
    ):
        out = tmp_path / f"{lang}.pdf"
        assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", lang]) == 0
        text = flat("".join(pdftotext_pages(out)))
        assert flat(words) in text, lang
        assert flat(day) in text, lang  # the next date (the concept note) is the earlier one


def test_the_workbook_and_the_csv_carry_the_application_deadline(db: Database, tmp_path: Path) -> None:
    project = _adb_application(db)
    out = tmp_path / "projects.xlsx"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 0
    rows = list(load_workbook(out)["projects"].iter_rows(values_only=True))
    line = dict(zip(rows[0], next(r for r in rows if r[0] == project), strict=True))
    assert line["Application deadline"].date() == APPLICATION
    assert line["Next deadline"].date() == CONCEPT_NOTE
    out = tmp_path / "projects.csv"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "zh_CN"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["申请截止日期"] == APPLICATION.isoformat()
