"""Counts the command line prints say "1 contact", never "1 contacts" or "contact(s)" (field testers)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV
from petdesk.db import Database
from petdesk.services import contacts as contact_service
from tests.helpers.tt61d_cheap_package_key import cheap_package_key

__all__ = ["cheap_package_key"]  # the fixture, imported to be used here


@pytest.fixture
def one_contact(tmp_path: Path, new_database_file: Callable[[Path], Path]) -> Path:
    """A database holding one contact, on an empty calendar (in a copy of the session's new file:
    making new files is other tests' point, and migrating one takes a second)."""
    db = new_database_file(tmp_path / "petdesk.sqlite")
    csv = tmp_path / "one.csv"
    csv.write_text("name,email\nZhang Wei,zw@example.org\n", encoding="utf-8")
    assert main(["--db", str(db), "import-contacts", str(csv)]) == 0
    return db


def _said(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    return out + err


def test_one_of_a_kind_is_said_in_the_singular(
    one_contact: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(one_contact)
    capsys.readouterr()
    out = tmp_path / "one.vcf"
    assert main(["--db", db, "export-contacts", "--out", str(out)]) == 0
    assert f"1 contact written to {out}" in _said(capsys)
    assert main(["--db", db, "reminders", "--days", "1"]) == 0
    assert "Nothing due in the next 1 day." in _said(capsys)
    monkeypatch.setenv(PASSPHRASE_ENV, "tulip harbour 47 lantern")
    package = tmp_path / "all.petsync"
    assert main(["--db", db, "sync", "export", "--all", "--out", str(package)]) == 0
    said = _said(capsys)
    assert " records (" in said and "1 records" not in said, said  # the contact and its e-mail


def test_chinese_counts_keep_their_translation(one_contact: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--lang", "zh_CN", "--db", str(one_contact), "reminders", "--days", "1"]) == 0
    said = _said(capsys)
    assert "1" in said and "day" not in said, said


def test_the_sync_journal_counts_one_record_in_the_singular(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    new_database_file: Callable[[Path], Path],
    cheap_package_key: None,  # the journal's count is the point, not the package's key derivation
) -> None:
    db = str(new_database_file(tmp_path / "empty.sqlite"))
    assert main(["--db", db, "office", "--name", "Bonn Office"]) == 0
    monkeypatch.setenv(PASSPHRASE_ENV, "tulip harbour 47 lantern")
    package = tmp_path / "office.petsync"
    assert main(["--db", db, "sync", "export", "--all", "--out", str(package)]) == 0  # the office alone
    capsys.readouterr()
    assert main(["--db", db, "sync", "journal"]) == 0
    line = _said(capsys)
    assert " 1 record " in line and "records" not in line, line
    when = line.split("  export")[0]  # the time column, as wide as the time it shows
    # The file column where "       2 records  " puts it, after the time.
    assert line.index(str(package)) - len(when) == 55, line


def test_reverting_one_field_says_field(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        cid = contact_service.create_contact(session, family_name="Zhang", given_name="Wei").id
        contact_service.update_contact(session, cid, dietary_needs="halal")
    args = ["--db", str(db.path)]
    capsys.readouterr()
    assert main([*args, "history", cid]) == 0
    change = next(line.split()[0] for line in _said(capsys).splitlines() if "Dietary requirements" in line)
    assert main([*args, "history", cid, "--revert-to", change]) == 0
    said = _said(capsys)
    assert "Reverted 1 field of" in said and "fields" not in said, said
