"""The projects list as CSV and XLSX, from ``petdesk report projects`` (field test 37, §7–8): money as
numbers with two decimals and thousands separators, the currency in its own column."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.project_report import MONEY_FORMAT
from petdesk.services import projects as project_service


@pytest.fixture
def db_with_money(db: Database) -> Database:
    with db.transaction() as s:
        project_service.create_project(
            s, title_en="Sponge city", title_zh="海绵城市", amount=0.1, currency="EUR"
        )
        project_service.create_project(
            s, title_en="Biogas", amount=1000000.01, amount_approved=1200000, currency="USD"
        )
    return db


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_report_projects_writes_the_list_as_csv(
    db_with_money: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.csv"
    assert (
        main(["--db", str(db_with_money.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 0
    )
    rows = {r["Project"]: r for r in _rows(out)}
    assert (rows["Sponge city"]["Currency"], rows["Sponge city"]["Requested"]) == ("EUR", "0.10")
    assert (rows["Biogas"]["Requested"], rows["Biogas"]["Approved"]) == ("1000000.01", "1200000.00")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese of a bilingual file
    assert (
        main(["--db", str(db_with_money.path), "report", "projects", "--out", str(tmp_path / "p.txt")]) == 1
    )
    assert "choose a .pdf, .xlsx or .csv file name" in capsys.readouterr().err


def test_xlsx_money_cells_have_a_number_format(db_with_money: Database, tmp_path: Path) -> None:
    out = tmp_path / "p.xlsx"
    assert (
        main(["--db", str(db_with_money.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 0
    )
    sheet = load_workbook(out)["projects"]
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        cells = dict(zip(header, row, strict=True))
        assert cells["Currency"].value in ("EUR", "USD")
        for column in ("Requested", "Approved", "Co-financing"):
            assert cells[column].number_format == MONEY_FORMAT == "#,##0.00"
    money = load_workbook(out)["money"]
    assert {money.cell(r, 2).number_format for r in range(2, money.max_row + 1)} == {MONEY_FORMAT}
