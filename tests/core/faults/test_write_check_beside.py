"""Commands that write a few rows (``activities add``, ``tags rename`` …) run the file's integrity
check in a thread beside their start (cliwrite52: up to 2 s of a 100,000-contact file's check were
paid before the models were even imported); their first transaction waits for its verdict, so a
damaged file is still never read or written, and nothing is said to be done."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.writing import CHECKED_BESIDE, WRITES
from petdesk.db import CheckBeside, DatabaseError, open_database
from tests.core.faults.test_check_beside import _damage_search_grams


@pytest.fixture
def office(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_database_file: Callable[[Path], Path]
) -> Path:
    monkeypatch.setenv("PETDESK_LANG", "en")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = new_database_file(tmp_path / "office.sqlite")
    assert main(["--db", str(path), "demo", "--contacts", "60", "--seed", "21"]) == 0
    return path


def _rows(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _a_contact(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT id FROM contact WHERE deleted_at IS NULL LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def test_the_commands_checked_beside_are_commands_that_write() -> None:
    assert CHECKED_BESIDE and all(WRITES.get(words) is True for words in CHECKED_BESIDE)


def test_a_write_on_a_damaged_file_is_refused_and_nothing_is_kept(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person = _a_contact(office)
    assert main(["--db", str(office), "activities", "add", "--contact", person, "--subject", "a"]) == 0
    before = _rows(office, "activity")
    _damage_search_grams(office)  # a page the command neither reads nor writes: only the check sees it
    capsys.readouterr()
    for words in (
        ["activities", "add", "--contact", person, "--subject", "b"],
        ["followups", "add", "--contact", person, "--title", "Call back"],
    ):
        code = main(["--db", str(office), *words])
        captured = capsys.readouterr()
        assert code == 1 and "damaged" in captured.err, captured.err
        assert "Logged" not in captured.out and "added" not in captured.out
    assert _rows(office, "activity") == before


def test_a_healthy_file_is_written_after_the_check_passed(office: Path) -> None:
    person = _a_contact(office)
    before = _rows(office, "activity")
    for subject in ("one", "two"):  # the second finds the file changed since its last check
        words = ["activities", "add", "--contact", person, "--subject", subject]
        assert main(["--db", str(office), *words]) == 0
    assert _rows(office, "activity") == before + 2


def test_the_first_transaction_and_a_plain_connection_wait_for_the_verdict(office: Path) -> None:
    database = open_database(office, check_beside=CheckBeside(office, budget_s=5))
    try:
        with database.transaction() as session:  # a healthy file: the commit goes through
            session.connection().exec_driver_sql("UPDATE contact SET notes = 'kept' WHERE rowid = 1")
        assert database.pending_check is None
    finally:
        database.close()
    _damage_search_grams(office)
    database = open_database(office, check_beside=CheckBeside(office, budget_s=5))
    try:
        with pytest.raises(DatabaseError, match="damaged"), database.transaction() as session:
            session.connection().exec_driver_sql("UPDATE contact SET notes = 'lost' WHERE rowid = 1")
    finally:
        database.close()
    database = open_database(office, check_beside=CheckBeside(office, budget_s=5))
    try:
        with pytest.raises(DatabaseError, match="damaged"):
            database.raw()
    finally:
        database.close()
    conn = sqlite3.connect(office)
    try:
        assert conn.execute("SELECT notes FROM contact WHERE rowid = 1").fetchone()[0] == "kept"
    finally:
        conn.close()
