"""A visit's delegation list for hotel and police registration: head and delegates with names in both
scripts, nationality, passport and date of birth, as CSV or XLSX from ``petdesk visits ID
--registration-list``, and a warning for a passport expiring within six months of the visit's end."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import registration_list as rl
from petdesk.services import visits as vs
from tests.helpers import german_excel
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _visit(db: Database) -> str:
    """Anna (head, passport valid long enough), Lars (expires four months after the visit), a
    driver with a passport (not a guest) and Erik without a passport yet."""
    with db.transaction() as s:
        visit = vs.create_visit(
            s,
            title_en="Sponge city study tour",
            start_date=dt.date(2027, 3, 20),
            end_date=dt.date(2027, 3, 26),
        )
        anna = cs.create_contact(
            s,
            family_name="Lindqvist",
            given_name="Anna",
            family_name_zh="林德奎斯特",
            given_name_zh="安娜",
            nationality="SE",
            passport_number="AA1234567",
            passport_expiry="2031-01-31",
            birthday="1978-11-02",
        )
        lars = cs.create_contact(
            s,
            family_name="Berg",
            given_name="Lars",
            nationality="Norway",
            passport_number="NB7654321",
            passport_expiry="2027-07-26",
            birthday="--04-01",
        )
        erik = cs.create_contact(s, family_name="Holm", given_name="Erik", nationality="DK")
        driver = cs.create_contact(s, family_name="Wang", given_name="Lei", passport_number="E99999999")
        vs.add_participant(s, visit.id, lars.id)
        vs.add_participant(s, visit.id, anna.id, role="head")
        vs.add_participant(s, visit.id, erik.id)
        vs.add_participant(s, visit.id, driver.id, role="driver")
        return visit.id


def test_the_list_holds_the_guests_and_warns_of_a_passport_expiring_too_soon(db: Database) -> None:
    vid = _visit(db)
    with db.reading() as s:
        found = rl.registration_list(s, vid)
    assert [g.name_latin for g in found.guests] == ["Anna Lindqvist", "Lars Berg", "Erik Holm"]
    assert found.valid_until == dt.date(2027, 9, 26)
    assert [g.name_latin for g in found.expiring()] == ["Lars Berg"]
    assert [g.name_latin for g in found.missing()] == ["Erik Holm"]
    assert rl.warnings(found, "en") == [
        "The passport of Lars Berg expires on 26 Jul 2027, less than six months after the visit ends "
        "(26 Mar 2027).",
        "1 guest has no passport number or expiry date yet.",
    ]
    assert rl.add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)


def test_the_command_writes_csv_and_xlsx(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    vid = _visit(db)
    at = ["--db", str(db.path)]
    out = tmp_path / "registration.csv"
    assert main([*at, "visits", vid[:8], "--registration-list", "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "3 guests written to" in said.out and "The passport of Lars Berg expires" in said.err
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == [
        "Name / 姓名",
        "Name (Chinese) / 中文姓名",
        "Nationality / 国籍",
        "Passport number / 护照号码",
    ]
    assert rows[1] == ["Anna Lindqvist", "安娜·林德奎斯特", "Sweden", "AA1234567", "2031-01-31", "1978-11-02"]
    assert rows[2] == ["Lars Berg", "", "Norway", "NB7654321", "2027-07-26", ""]  # no year: no date of birth
    assert len(rows) == 4

    book = tmp_path / "登记.xlsx"
    assert main([*at, "--lang", "zh_CN", "visits", vid[:8], "--registration-list", "--out", str(book)]) == 0
    said = capsys.readouterr()
    assert "已将 3 位来宾写入" in said.out and "护照将于" in said.err and "不足六个月" in said.err
    from openpyxl import load_workbook

    sheet = load_workbook(book).active
    assert sheet is not None
    assert sheet["A1"].value == "姓名 / Name" and sheet["C2"].value == "瑞典"
    assert sheet["E2"].value.date() == dt.date(2031, 1, 31)

    assert main([*at, "visits", vid[:8], "--registration-list"]) == 0
    shown = capsys.readouterr().out
    assert "Registration list: 3 guests" in shown and "NB7654321" in shown and "E99999999" not in shown
    assert main([*at, "visits", "--registration-list"]) != 0
    assert main([*at, "visits", vid[:8], "--out", str(out)]) != 0
    assert main([*at, "visits", vid[:8], "--registration-list", "--out", str(tmp_path / "x.pdf")]) != 0


def test_the_list_for_a_german_hotel_is_split_at_semicolons(db: Database, tmp_path: Path) -> None:
    """csv53: the registration list was the one CSV export without the separator choice, so a
    hotel's Excel in Germany showed each guest in one column; dates stay ISO, which it reads."""
    vid = _visit(db)
    out = tmp_path / "anmeldung.csv"
    at = ["--db", str(db.path), "visits", vid[:8], "--registration-list", "--out", str(out)]
    assert main([*at, "--delimiter", "semicolon"]) == 0
    rows = german_excel.rows(out)
    assert rows[0]["Name / 姓名"] == "Anna Lindqvist"
    assert rows[0]["Passport expiry date / 护照有效期至"] == dt.date(2031, 1, 31)
    assert len(rows) == 3
