"""Counts the command line prints say "1 contact", never "1 contacts" or "contact(s)" (field testers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV


@pytest.fixture
def one_contact(tmp_path: Path) -> Path:
    """A database holding one contact, on an empty calendar."""
    db = tmp_path / "petdesk.sqlite"
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
