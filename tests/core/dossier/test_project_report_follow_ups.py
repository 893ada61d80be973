"""The project overview lists each project's open follow-ups with their owner (field test 106: the
partner letters to be signed were follow-ups of the project, and the overview handed to the
director, in Chinese, said nothing of who still had to do what by when)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import follow_ups
from petdesk.services import projects as project_service
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

DUE = dt.date.today() + dt.timedelta(days=9)


def _project_with_follow_ups(db: Database) -> str:
    with db.transaction() as s:
        chen = m.Contact(family_name="Chen", given_name="Jing", family_name_zh="陈", given_name_zh="静")
        s.add(chen)
        s.flush()
        p = project_service.create_project(
            s, title_en="Industrial park energy audits", title_zh="工业园区能源审计"
        )
        follow_ups.add(
            s,
            kind="project",
            record_id=p.id,
            title_en="Letter of support signed by Kunming Water Group",
            title_zh="昆明水务集团签署支持函",
            due_date=DUE,
            owner_id=chen.id,
        )
        done = follow_ups.add(s, kind="project", record_id=p.id, title_en="Call GIZ desk", title_zh="致电GIZ")
        follow_ups.mark_done(s, done.id)
        return p.id


def test_the_chinese_pdf_lists_the_open_follow_ups_with_owner_and_date(db: Database, tmp_path: Path) -> None:
    _project_with_follow_ups(db)
    out = tmp_path / "zh.pdf"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "zh_CN"]) == 0
    text = flat("".join(pdftotext_pages(out)))
    for words in ("后续行动", "昆明水务集团签署支持函", "陈静", DUE.strftime("%Y年%-m月%-d日")):
        assert flat(words) in text, words
    assert "致电GIZ" not in text  # done


def test_the_workbook_has_them_on_their_own_sheet(db: Database, tmp_path: Path) -> None:
    project = _project_with_follow_ups(db)
    out = tmp_path / "p.xlsx"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 0
    rows = list(load_workbook(out)["follow-ups"].iter_rows(values_only=True))
    assert rows[0] == ("ID", "Project", "Due", "Follow-up", "Owner")
    assert [r[0] for r in rows[1:]] == [project]
    assert rows[1][2].date() == DUE and rows[1][3:] == (
        "Letter of support signed by Kunming Water Group",
        "Jing Chen",
    )
