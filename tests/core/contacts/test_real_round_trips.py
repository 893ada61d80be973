"""Round trips of field test 29's real files: import, export to CSV / Excel / vCard, import the
export into a second database, and compare (what a file passed between offices keeps)."""

from __future__ import annotations

import base64
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.services import exporting, importing, photos
from tests.core.contacts.io_helpers import DATA_DIR

REAL = DATA_DIR / "real"


@pytest.fixture
def other_db(tmp_path: Path, empty_template: Path) -> Iterator[Database]:
    """A second office's empty database."""
    path = tmp_path / "other.sqlite"
    shutil.copy(empty_template, path)
    database = open_database(path)
    yield database
    database.close()


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def _export(db: Database, path: Path) -> Path:
    with db.reading() as s:
        exporting.export_contacts(s, path, path.suffix.lstrip("."))  # type: ignore[arg-type]
    return path


def _only_contact(db: Database) -> m.Contact:
    with db.reading() as s:
        (contact,) = s.scalars(select(m.Contact))
        s.expunge(contact)
        return contact


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_two_web_pages_and_two_addresses_survive_a_table_round_trip(
    db: Database, other_db: Database, tmp_path: Path, suffix: str
) -> None:
    _import(db, REAL / "thunderbird_tb_plain.csv")
    before = _only_contact(db)
    assert before.websites == ["http://page.com", "http://webpage.tld"]
    _import(other_db, _export(db, tmp_path / f"all.{suffix}"))
    after = _only_contact(other_db)
    assert after.websites == before.websites


def _thunderbird_row_with(tmp_path: Path, name: str, mobile: str, note: str) -> Path:
    """The real Thunderbird file with its mobile and notes cells filled in (a later export of it)."""
    header, row = (REAL / "thunderbird_tb_plain.csv").read_text(encoding="utf-8").splitlines()[:2]
    cells = row.split(",")
    columns = header.split(",")
    cells[columns.index("Mobile Number")] = mobile
    cells[columns.index("Notes")] = note
    path = tmp_path / name
    path.write_text(f"{header}\n{','.join(cells)}\n", encoding="utf-8")
    return path


def test_three_updating_imports_keep_one_left_out_block_and_the_users_notes(
    db: Database, tmp_path: Path
) -> None:
    _import(db, REAL / "thunderbird_tb_plain.csv")
    with db.transaction() as s:
        (contact,) = s.scalars(select(m.Contact))
        contact.notes = f"Call about the visit in May\n\n{contact.notes}"
    first = _thunderbird_row_with(tmp_path, "second.csv", "+49 170 1234567", "Met at IFAT 2026")
    second = _thunderbird_row_with(tmp_path, "third.csv", "+49 170 1234567", "Met at IFAT 2026")
    assert "notes" in _import(db, first).outcomes[0].changes
    # The same file again changes nothing.
    again = _import(db, second).outcomes[0]
    assert again.action == "skipped"
    _import(db, first)
    notes = _only_contact(db).notes
    assert notes == (
        "Call about the visit in May\n\n"
        "Met at IFAT 2026\n"
        "Left out by the import (not a phone number): phone work\n"
        "Left out by the import (not a phone number): phone home\n"
        "Left out by the import (not a phone number): fax\n"
        "Left out by the import (not a phone number): pager"
    )
    # the mobile "mobile" of the first file is now a number: its line is gone
    assert "mobile" not in notes


def _jpeg_in_card(path: Path) -> bytes:
    """The photo's bytes as the card holds them (base64 folded with two spaces)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("PHOTO"))
    folded = [line.strip() for line in lines[start + 1 :] if line.startswith(" ")]
    return base64.b64decode("".join(folded))


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_a_small_jpeg_keeps_its_bytes_through_a_vcard_round_trip(
    db: Database, other_db: Database, tmp_path: Path, version: str
) -> None:
    card = REAL / "apple_addressbook_photo_person.vcf"
    original = _jpeg_in_card(card)
    assert len(original) == 2043
    _import(db, card)
    assert photos.to_bytes(_only_contact(db).photo) == ("image/jpeg", original)
    out = tmp_path / "all.vcf"
    with db.reading() as s:
        exporting.export_contacts(s, out, "vcf", vcard_version=version)
    _import(other_db, out)
    assert photos.to_bytes(_only_contact(other_db).photo) == ("image/jpeg", original)


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_table_export_says_the_photos_it_leaves_out(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    _import(db, REAL / "apple_addressbook_photo_person.vcf")
    _import(db, REAL / "roundcube_johndoe_cp1252.vcf")  # no photo
    said: list[str] = []
    with db.reading() as s:  # a selection (the window's selected rows) and every contact
        ids = [c.id for c in s.scalars(select(m.Contact))]
        exporting.export_contacts(s, tmp_path / f"some.{suffix}", suffix, ids=ids, on_warning=said.append)  # type: ignore[arg-type]
        exporting.export_contacts(s, tmp_path / f"all.{suffix}", suffix, on_warning=said.append)  # type: ignore[arg-type]
        exporting.export_contacts(s, tmp_path / "all.vcf", "vcf", on_warning=said.append)
    assert said == ["CSV and Excel files hold no photos: 1 contact's photo was not written"] * 2
    # the command line, in English and in Chinese
    db_file = str(db.path)
    assert main(["--db", db_file, "export-contacts", "--out", str(tmp_path / f"cli.{suffix}")]) == 0
    assert "CSV and Excel files hold no photos: 1 contact's photo was not written" in capsys.readouterr().err
    assert (
        main(["--lang", "zh_CN", "--db", db_file, "export-contacts", "--out", str(tmp_path / f"zh.{suffix}")])
        == 0
    )
    assert "照片" in capsys.readouterr().err


@pytest.mark.parametrize(("version", "line"), [("4.0", "GENDER:M"), ("3.0", "X-GENDER:Male")])
def test_gender_is_written_once_and_read_back(
    db: Database, other_db: Database, tmp_path: Path, version: str, line: str
) -> None:
    """RFC 6350 6.2.7: the sex letter, and an identity text only when it says more (not "M;m")."""
    _import(db, REAL / "thebat_v21_qp_latin1.vcf")  # X-GENDER:Male
    assert _only_contact(db).gender == "m"
    out = tmp_path / "all.vcf"
    with db.reading() as s:
        exporting.export_contacts(s, out, "vcf", vcard_version=version)
    assert line in out.read_text(encoding="utf-8").splitlines()
    _import(other_db, out)
    assert _only_contact(other_db).gender == "m"


def test_the_written_display_name_keeps_the_middle_name(
    db: Database, other_db: Database, tmp_path: Path
) -> None:
    _import(db, REAL / "android_v30_comma_separated.vcf")  # N;TYPE=PREF,HOME:F;G;M;; and no FN
    out = tmp_path / "all.vcf"
    with db.reading() as s:
        exporting.export_contacts(s, out, "vcf")
    assert "FN:G M F" in out.read_text(encoding="utf-8").splitlines()
    report = _import(other_db, out)
    assert not report.dropped  # the FN is the name, not a display name of its own
    after = _only_contact(other_db)
    assert (after.given_name, after.middle_name, after.family_name) == ("G", "M", "F")
