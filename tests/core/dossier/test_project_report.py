"""A project overview for a steering meeting (field test 16, defect 1: there was no PDF, no XLSX and
no print of the projects, only an image of the page)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions
from petdesk.dossier.project_report import build_project_report
from petdesk.models.enums import MilestoneKind, OrgKind, PartnerRole, ProjectStatus
from petdesk.services import projects as project_service
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

PRINTED = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.UTC)
SOON = dt.date.today() + dt.timedelta(days=30)


def _projects(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        funder = m.Organisation(name_en="BMUV Export Initiative", name_zh="环保出口倡议", kind=OrgKind.FUND)
        city = m.Organisation(name_en="Chengdu Municipal Government", name_zh="成都市人民政府")
        s.add_all([funder, city])
        s.flush()
        plant = project_service.create_project(
            s,
            title_en="Waste-to-energy plant Chengdu",
            title_zh="成都垃圾焚烧发电厂",
            stage=ProjectStatus.SUBMITTED,
            funder_organisation_id=funder.id,
            amount=1_800_000,
            currency="EUR",
            cofinancing=600_000,
        )
        project_service.add_partner(s, plant.id, organisation_id=city.id, role=PartnerRole.BENEFICIARY_CITY)
        project_service.add_milestone(
            s, plant.id, title_en="Interim report", title_zh="中期报告", due=SOON, kind=MilestoneKind.REPORT
        )
        done = project_service.add_milestone(
            s, plant.id, title_en="Application deadline", title_zh="申请截止", due=dt.date(2026, 1, 31)
        )
        project_service.set_milestone_done(s, done.id)
        other = project_service.create_project(
            s, title_en="Sponge city pilot", title_zh="海绵城市试点", amount=4_600_000, currency="CNY"
        )
        return {"plant": plant.id, "other": other.id, "funder": funder.id}


def test_the_pdf_lists_stage_funder_partners_money_and_milestones_in_both_languages(
    db: Database, tmp_path: Path
) -> None:
    _projects(db)
    out = tmp_path / "projects.pdf"
    options = DossierOptions(generated_at=PRINTED, restricted=False, contents=False)
    build_project_report(db, out, options=options)
    text = flat("".join(pdftotext_pages(out)))
    for words in (
        "Project overview", "项目概览",
        "Waste-to-energy plant Chengdu", "成都垃圾焚烧发电厂",
        "Submitted", "已提交",
        "BMUV Export Initiative", "环保出口倡议",
        "Chengdu Municipal Government", "成都市人民政府", "Beneficiary city", "受益城市",
        "€1,800,000.00", "€600,000.00",
        "Interim report", "中期报告", "Application deadline", "申请截止", "Done", "已完成",
        "Sponge city pilot", "海绵城市试点",
    ):  # fmt: skip
        assert flat(words) in text, words
    # the next deadline is the open milestone's, not the ticked-off one
    assert SOON.strftime("%Y年%-m月%-d日") in text
    # the Done column's marks are words, not the lowercase codes (review of round 56)
    words = set(" ".join(pdftotext_pages(out)).split())
    assert "open" not in words and "done" not in words
    assert {"Open", "未完成"} <= words, sorted(words)
    fonts = pdffonts(out)
    assert fonts and all(f.embedded for f in fonts)


def test_the_cli_narrows_by_stage_and_funder_and_prints_one_language(db: Database, tmp_path: Path) -> None:
    _projects(db)
    out = tmp_path / "en.pdf"
    argv = ["--db", str(db.path), "report", "projects", "--stage", "submitted", "--funder", "BMUV"]
    assert main([*argv, "--out", str(out), "--lang", "en"]) == 0
    text = flat("".join(pdftotext_pages(out)))
    assert flat("Waste-to-energy plant Chengdu") in text
    assert flat("Sponge city pilot") not in text
    assert "成都垃圾焚烧发电厂" not in text  # English only (the running header keeps the office's names)
    out = tmp_path / "zh.pdf"
    assert main([*argv, "--out", str(out), "--lang", "zh_CN"]) == 0
    text = flat("".join(pdftotext_pages(out)))
    assert "成都垃圾焚烧发电厂" in text and flat("Waste-to-energy plant Chengdu") not in text


@pytest.mark.parametrize("command", [["projects"], ["match", "abcd"]])
@pytest.mark.parametrize(("given", "meant"), [("zh_CN", "zh_CN"), ("zh", "zh_CN"), ("en", "en")])
def test_both_reports_take_the_same_lang_values(command: list[str], given: str, meant: str) -> None:
    """``report projects`` took en/zh/both, ``report match`` en/zh_CN (field test 22, §8): both take
    zh_CN as every other --lang does, and zh as before."""
    from petdesk.cli import build_parser

    args = build_parser().parse_args(["report", *command, "--out", "r.pdf", "--lang", given])
    assert (args.report_lang if command == ["projects"] else args.lang) == meant


def test_the_xlsx_has_the_same_rows_with_amounts_as_numbers(db: Database, tmp_path: Path) -> None:
    ids = _projects(db)
    out = tmp_path / "projects.xlsx"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 0
    wb = load_workbook(out)
    rows = list(wb["projects"].iter_rows(values_only=True))
    assert rows[0][:3] == ("ID", "Project", "Stage")
    plant = next(r for r in rows if r[0] == ids["plant"])
    assert plant[1:4] == ("Waste-to-energy plant Chengdu", "Submitted", "BMUV Export Initiative")
    assert plant[5] == "Chengdu Municipal Government (Beneficiary city)"
    assert plant[6:10] == ("EUR", 1_800_000, None, 600_000)
    milestones = list(wb["milestones"].iter_rows(values_only=True))
    # words as in the PDF, capitalised like the stage beside them (round 56 printed "open"/"done")
    assert {(r[3], r[5]) for r in milestones[1:]} == {
        ("Interim report", "Open"),
        ("Application deadline", "Done"),
    }
    money = list(wb["money"].iter_rows(values_only=True))
    assert ("CNY", 4_600_000, None) in money and ("EUR", 1_800_000, None) in money


@pytest.mark.parametrize("name", ["x.png", "x.docx"])
def test_other_file_kinds_are_refused_in_plain_words(db: Database, tmp_path: Path, name: str) -> None:
    assert main(["--db", str(db.path), "report", "projects", "--out", str(tmp_path / name)]) == 1


def test_a_file_that_cannot_be_written_is_said_in_plain_words(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As for every other export: the system's "No space left on device" becomes what to do."""
    import errno

    from petdesk.dossier import project_report

    def full(*_args: object, **_kwargs: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(project_report, "build_project_report", full)
    out = tmp_path / "projects.pdf"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "the disk is full: free some space" in err, err


def test_a_title_that_starts_with_a_formula_sign_is_text_in_the_xlsx(db: Database, tmp_path: Path) -> None:
    """openpyxl wrote a project titled "=1+1" as a formula Excel runs on opening (and "#N/A" as an
    error): every text cell of the report's workbooks is text."""
    ids = _projects(db)
    with db.transaction() as s:
        project_service.update_project(s, ids["plant"], title_en="=1+1")
    out = tmp_path / "projects.xlsx"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 0
    sheet = load_workbook(out)["projects"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert "=1+1" in [c.value for c in cells]
    text = tmp_path / "projects.csv"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(text), "--lang", "en"]) == 0
    assert "'=1+1" in text.read_text(encoding="utf-8-sig")
