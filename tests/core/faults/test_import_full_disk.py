"""A contacts import that the disk cannot hold (field test 88: an old laptop with a few MB free).
The window showed SQLite's error whole: the INSERT statement and the names of the first ten people
of the file, in English in a Chinese window; the command line said "the disk is full" without
saying which disk, while the backups went to a USB stick with room to spare. Both now say that
writing to the database (named) failed, in plain words, and nothing was changed. The limit is real:
RLIMIT_FSIZE lets the backup (no larger than the database) through and refuses the database's
growth, as a disk with a few MB free does."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk import faults
from petdesk.cli import main
from tests.helpers.file_limit import file_size_limit
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

#: Outlook's "Export to a file → Comma Separated Values" columns (a subset), as it writes them.
OUTLOOK = ["First Name", "Last Name", "Company", "Job Title", "Mobile Phone", "E-mail Address", "Notes"]


def outlook_csv(path: Path, rows: int) -> Path:
    """Contacts as Outlook exports them: UTF-8 with a byte order mark, every field quoted, CRLF."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(OUTLOOK)
        for i in range(rows):
            writer.writerow(
                [f"Hao{i}", "Tang", f"Firm {i % 50}", "Engineer", f"+86 139 {10_000_000 + i}",
                 f"tang.{i}@example.org", "met at IFAT"]
            )  # fmt: skip
    return path


def room_for_backup_only(path: Path) -> int:
    """A file-size limit above the database (its backup copy fits) and below what it grows to."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.stat().st_size + 64 * 1024


def contacts(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def small_office(tmp_path: Path, new_database_file: Callable[[Path], Path]) -> Path:
    (tmp_path / "laptop").mkdir()
    path = new_database_file(tmp_path / "laptop" / "petdesk.sqlite")
    assert main(["--db", str(path), "demo", "--contacts", "40", "--seed", "5"]) == 0
    return path


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_command_names_the_database_and_changes_nothing(
    small_office: Path, tmp_path: Path, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    file = outlook_csv(tmp_path / "outlook.csv", 3_000)
    before = contacts(small_office)
    capsys.readouterr()
    with file_size_limit(room_for_backup_only(small_office)):
        code = main(["--lang", lang, "--db", str(small_office), "import-contacts", str(file)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert str(small_office) in err, err  # which disk to make room on
    assert "INSERT" not in err and "Tang" not in err
    assert ("writing to the database" in err) if lang == "en" else ("写入数据库" in err), err
    assert contacts(small_office) == before  # all or nothing
    assert main(["--db", str(small_office), "check"]) == 0


def test_an_export_file_is_not_called_the_database(tmp_path: Path) -> None:
    exc = OSError(28, "No space left on device", str(tmp_path / "stick" / "contacts.xlsx"))
    said = faults.describe_database_write(exc, tmp_path / "petdesk.sqlite", "en")
    assert "database" not in said and said == faults.describe(exc, "en")
