"""``exchange export --with-contacts`` to a workbook or CSV files carries the contact persons, as the
JSON file does (they were left out without a word: the user asked for contacts and got none)."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.exchange.flat import CONTACT_COLUMNS
from petdesk.ids import uuid_text


def _weber(db: Database) -> tuple[str, str]:
    """A contact person with a Chinese name, position and e-mail at an organisation: (ids)."""
    with db.transaction() as s:
        org = m.Organisation(name_en="Blue Lake Water GmbH", name_zh="蓝湖水务")
        person = m.Contact(family_name="Weber", given_name="Anna", family_name_zh="韦", given_name_zh="安娜")
        s.add_all([org, person])
        s.flush()
        s.add(
            m.Affiliation(
                contact_id=person.id, organisation_id=org.id, position_en="Sales", position_zh="销售"
            )
        )
        s.add(m.ContactMethod(contact_id=person.id, channel="email", value="anna@bluelake.de", position=0))
        return uuid_text(person.id), uuid_text(org.id)


def _export(db: Database, out: Path, *extra: str) -> None:
    assert (
        main(
            ["--db", str(db.path), "exchange", "export", "--what", "organisations", "--out", str(out), *extra]
        )
        == 0
    )


def test_the_workbook_has_a_contacts_sheet_with_the_json_fields(db: Database, tmp_path: Path) -> None:
    person, org = _weber(db)
    _export(db, tmp_path / "hub.xlsx", "--with-contacts")
    book = load_workbook(tmp_path / "hub.xlsx", read_only=True)
    try:
        assert book.sheetnames == ["organisations", "contacts"]
        rows = [list(r) for r in book["contacts"].iter_rows(values_only=True)]
    finally:
        book.close()
    assert rows == [
        list(CONTACT_COLUMNS),
        [person, "Anna Weber", "韦安娜", org, "Sales", "销售", "anna@bluelake.de"],
    ]


def test_csv_writes_the_contacts_file_beside_the_others_and_names_it(
    db: Database, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    person, org = _weber(db)
    _export(db, tmp_path / "hub.csv", "--with-contacts")
    said = capsys.readouterr().out
    assert "1 contact" in said and str(tmp_path / "hub.contacts.csv") in said
    with (tmp_path / "hub.contacts.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [
        list(CONTACT_COLUMNS),
        [person, "Anna Weber", "韦安娜", org, "Sales", "销售", "anna@bluelake.de"],
    ]


def test_without_the_option_no_contacts_sheet_or_file(db: Database, tmp_path: Path) -> None:
    _weber(db)
    _export(db, tmp_path / "plain.xlsx")
    _export(db, tmp_path / "plain.csv")
    book = load_workbook(tmp_path / "plain.xlsx", read_only=True)
    try:
        assert book.sheetnames == ["organisations"]
    finally:
        book.close()
    assert sorted(p.name for p in tmp_path.glob("plain*.csv")) == ["plain.organisations.csv"]
