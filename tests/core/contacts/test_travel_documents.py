"""A contact's travel documents (0061): nationality, passport number and expiry, visa note. They are
personal data: the person's export holds them, an erasure leaves no byte of them, and a contact
export leaves the passport out."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import exporting
from petdesk.services.validation import ValidationError

PASSPORT = "C4X7Q2K9"
VISA = "Schengen C visa applied at the German consulate, Guangzhou"


def _person(db: Database) -> str:
    with db.transaction() as s:
        return cs.create_contact(
            s,
            family_name="Quixotewald",
            given_name="Brunhilde",
            nationality="Germany",
            passport_number=" c4x7q2k9 ",
            passport_expiry="2027-03-31",
            visa_note=VISA,
        ).id


def test_the_fields_are_stored_as_a_registration_needs_them(db: Database) -> None:
    pid = _person(db)
    with db.reading() as s:
        c = cs.get_contact(s, pid)
        assert (c.nationality, c.passport_number, c.passport_expiry, c.visa_note) == (
            "DE",
            PASSPORT,
            "2027-03-31",
            VISA,
        )
    with db.transaction() as s:
        cs.update_contact(s, pid, nationality="德国", passport_expiry="2029年7月1日")
    with db.reading() as s:
        c = cs.get_contact(s, pid)
        assert (c.nationality, c.passport_expiry) == ("DE", "2029-07-01")


@pytest.mark.parametrize(
    ("field", "value"),
    [("nationality", "Atlantis"), ("passport_expiry", "--03-15"), ("passport_expiry", "soon")],
)
def test_a_nationality_must_be_a_country_and_the_expiry_a_whole_date(
    db: Database, field: str, value: str
) -> None:
    pid = _person(db)
    with pytest.raises(ValidationError) as raised, db.transaction() as s:
        cs.update_contact(s, pid, **{field: value})
    assert [i.field for i in raised.value.issues] == [field]


def test_the_persons_export_holds_them(db: Database, tmp_path: Path) -> None:
    pid = _person(db)
    out = tmp_path / "person.json"
    assert main(["--db", str(db.path), "person", "export", pid[:8], "--out", str(out)]) == 0
    person = json.loads(out.read_text("utf-8"))["person"]
    assert (person["nationality"], person["passport_number"], person["passport_expiry"]) == (
        "DE",
        PASSPORT,
        "2027-03-31",
    )
    assert person["visa_note"] == VISA


def test_a_contact_export_leaves_the_passport_out(db: Database) -> None:
    pid = _person(db)
    with db.reading() as s:
        views = exporting.load_contacts(s, [pid])
        text = exporting.csv_bytes(views).decode("utf-8-sig")
        card = exporting.vcard_text(views)
    assert "Quixotewald" in text and "Quixotewald" in card  # the test can fail
    for written in (text, card):
        assert PASSPORT not in written and "Schengen" not in written


def _file_holds(db: Database, secret: str) -> bool:
    con = sqlite3.connect(db.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return secret.encode() in db.path.read_bytes()


def test_an_erasure_clears_them(db: Database) -> None:
    pid = _person(db)
    assert _file_holds(db, PASSPORT) and _file_holds(db, "Schengen")
    assert main(["--db", str(db.path), "person", "erase", pid[:8], "--yes"]) == 0
    assert not _file_holds(db, PASSPORT) and not _file_holds(db, "Schengen")
    con = sqlite3.connect(db.path)
    try:
        assert con.execute("SELECT count(*) FROM contact WHERE passport_number != ''").fetchone() == (0,)
    finally:
        con.close()


@pytest.mark.parametrize("suffix", [".csv", ".vcf", ".xlsx"])
def test_asked_for_a_contact_export_writes_them(db: Database, tmp_path: Path, suffix: str) -> None:
    _person(db)
    at = ["--db", str(db.path), "export-contacts"]
    plain, asked = tmp_path / f"plain{suffix}", tmp_path / f"asked{suffix}"
    for query in ([], ["Quixotewald"]):  # every contact (read apart), and a search
        assert main([*at, *query, "--out", str(plain)]) == 0
        assert main([*at, *query, "--out", str(asked), "--with-travel-documents"]) == 0
        if suffix == ".xlsx":
            from openpyxl import load_workbook

            def cells(path: Path) -> list[str]:
                sheet = load_workbook(path).active
                assert sheet is not None
                return [str(c.value) for row in sheet.iter_rows() for c in row if c.value]

            plain_text, asked_text = " ".join(cells(plain)), " ".join(cells(asked))
        else:
            plain_text, asked_text = plain.read_text("utf-8-sig"), asked.read_text("utf-8-sig")
        assert "Quixotewald" in plain_text and PASSPORT not in plain_text
        assert PASSPORT in asked_text and "2027-03-31" in asked_text and "Schengen" in asked_text
    if suffix == ".csv":
        header = asked.read_text("utf-8-sig").splitlines()[0]
        assert header.endswith("Nationality,Passport number,Passport expiry date,Visa note")
    if suffix == ".vcf":
        assert f"X-PETDESK-PASSPORT-NUMBER:{PASSPORT}" in asked.read_text("utf-8")
