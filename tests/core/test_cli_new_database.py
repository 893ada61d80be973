"""A command that may start a database and fails on a new path leaves no file behind (field testers:
a mistyped --db plus a bad file left an empty database, its -wal and -shm and a backups folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.sync import PASSPHRASE_ENV

#: Each command allowed to create its database, with a file it refuses.
FAILING = {
    "import-contacts": ["import-contacts", "{bad}"],
    "exchange import": ["exchange", "import", "{bad}"],
    "import-technologies": ["import-technologies", "{bad}"],
    "import-needs": ["import-needs", "{bad}"],
    "sync import": ["sync", "import", "{bad}"],
    "restore": ["restore", "{bad}"],
}


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"name,email\nZhang\x00Wei,\x01\n")
    return bad


@pytest.mark.parametrize("command", FAILING)
def test_a_failed_command_leaves_no_new_database(
    command: str, bad_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PASSPHRASE_ENV, "tulip harbour 47 lantern")
    db = tmp_path / "typo" / "petdesk.sqlite"
    argv = [word.format(bad=bad_file) for word in FAILING[command]]
    assert main(["--db", str(db), *argv]) != 0
    assert not (tmp_path / "typo").exists(), sorted(p.name for p in (tmp_path / "typo").rglob("*"))


def test_a_failed_import_next_to_other_files_takes_only_its_own(bad_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "backups" / "other-20260101T000000Z-manual.gz"
    other.parent.mkdir()
    other.write_bytes(b"not ours")
    db = tmp_path / "petdesk.sqlite"
    assert main(["--db", str(db), "import-needs", str(bad_file)]) != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "bad.csv"]
    assert [p.name for p in other.parent.iterdir()] == [other.name]
    assert other.read_bytes() == b"not ours"


def test_a_good_import_creates_the_database(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("name,email\nZhang Wei,zw@example.org\n", encoding="utf-8")
    db = tmp_path / "new" / "petdesk.sqlite"
    assert main(["--db", str(db), "import-contacts", str(good)]) == 0
    assert db.is_file()


def test_a_failed_import_keeps_a_database_that_was_there(bad_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "petdesk.sqlite"
    assert main(["--db", str(db), "office", "--name", "Shenzhen"]) == 0
    before = db.read_bytes()
    assert main(["--db", str(db), "import-contacts", str(bad_file)]) != 0
    assert db.is_file() and db.stat().st_size >= len(before) > 0
