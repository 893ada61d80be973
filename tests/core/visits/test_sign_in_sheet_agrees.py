"""The training's sign-in sheet lists the same people in the window, on the command line and in the
printed PDF: the attendees, not the trainers (field test 6, defect 17: the window and ``petdesk
trainings ID`` listed 10 rows with the two trainers, the PDF the 8 attendees)."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import person
from tests.helpers import trainings_data

#: Erik Andersson and Wang Mei (王梅) teach; Anna Becker and Cai Jianfan (蔡健帆) attend.
TRAINERS = ("Erik Andersson", "王梅")


@pytest.fixture
def training(db: Database) -> dict[str, str]:
    ids = trainings_data.co_trained(db)
    with db.transaction() as s:
        cai = person(s, "Jianfan", "Cai", "蔡健帆")
        ts.register(s, ids["training"], cai.id)
    return {**ids, "cai": cai.id}


def test_the_sheet_lists_the_attendees_named_in_both_scripts(db: Database, training: dict) -> None:
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, training["training"])
    assert [r.contact_id for r in sheet.attendees] == [training["anna"], training["cai"]]
    assert len(sheet.rows) == 4  # the attendance grid still has everyone registered
    cai = sheet.attendees[1]
    assert cai.name("zh") == "蔡健帆（Jianfan Cai）" and cai.name("en") == "Jianfan Cai (蔡健帆)"
    assert sheet.attendees[0].name("zh") == "Anna Becker"


def _sheet_rows(out: str, heading: str) -> list[str]:
    lines = out.splitlines()
    return lines[lines.index(heading) + 2 :]


def test_the_command_line_and_the_pdf_list_the_same_people(
    db: Database, training: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tid = training["training"]
    assert main(["--db", str(db.path), "--lang", "zh_CN", "trainings", tid]) == 0
    rows = _sheet_rows(capsys.readouterr().out, "签到表：")
    assert len(rows) == 2, rows
    assert rows[0].strip().startswith("Anna Becker") and rows[1].strip().startswith("蔡健帆（Jianfan Cai）")
    pdf = tmp_path / "sheet.pdf"
    build_training_dossier(db, tid, pdf, DossierOptions(sections=frozenset({"signin"}), contents=False))
    printed = flat(" ".join(pdftotext_pages(pdf)))
    assert flat("Anna Becker") in printed and "蔡健帆" in printed
    for trainer in TRAINERS:
        assert flat(trainer) not in printed and not any(trainer in r for r in rows), trainer


def test_a_dossier_of_the_sign_in_sheet_alone_opens_on_a_landscape_page(
    db: Database, training: dict, tmp_path: Path
) -> None:
    """It began on a portrait page with the landscape table cut off at both sides ("a Becker")."""
    pdf = tmp_path / "sheet.pdf"
    build_training_dossier(
        db, training["training"], pdf, DossierOptions(sections=frozenset({"signin"}), contents=False)
    )
    (page,) = pypdf.PdfReader(str(pdf)).pages
    assert page.mediabox.width > page.mediabox.height
    assert "Anna Becker" in pdftotext_pages(pdf)[0]
