"""Field test 70: the two-person Hamburg office sharing ONE database file in a synced folder.

Replays their day below the window: the window's connection stays open while the other officer runs
commands on the same file (an Outlook export imported, a backup), the other officer's long write
holds the file for a moment, Thomas's laptop has the window open (its lock file in the shared folder),
the sync client makes a "conflicted copy", and a colleague's file is looked at from a read-only stick.
No write is lost, and every refusal is a plain sentence, never SQLite's own words."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from petdesk.db import Database
from petdesk.lock_owner import lock_file, lock_owner
from petdesk.messages import explain
from petdesk.services import contacts as contact_service
from tests.helpers.read_only_place import read_only

#: SQLite's words, which must never reach the officers.
RAW = ("database is locked", "readonly database", "disk I/O error", "malformed")

#: As Outlook's "Export to a file > Comma Separated Values" writes it: UTF-8 with a BOM, CRLF.
OUTLOOK_CSV = (
    '\ufeff"First Name","Middle Name","Last Name","Company","E-mail Address","Business Phone"\r\n'
    '"Jens","","Müller","Hamburg Wasser","jens.mueller@hamburgwasser.example","+49 40 7888 0"\r\n'
    '"Anke","","Schröder","Behörde für Umwelt","anke@bukea.example","+49 40 42840 0"\r\n'
)


def _names(path: Path) -> set[str]:
    conn = connection.connect(path, readonly=True)
    try:
        return {r[0] for r in conn.execute("SELECT family_name FROM contact WHERE deleted_at IS NULL")}
    finally:
        conn.close()


def _plain(text: str) -> None:
    assert not any(raw in text for raw in RAW), text


def test_two_officers_one_shared_file(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PETDESK_SYNC_PASSPHRASE", raising=False)
    with db.transaction() as session:
        contact_service.create_contact(session, family_name="Krüger", given_name="Thomas")
    args = ["--lang", "en", "--db", str(db.path)]

    # 1. Anke's window has the file open (a connection reading it); Thomas imports from the command line.
    window = connection.connect(db.path, readonly=True)
    try:
        assert window.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
        export = tmp_path / "Outlook contacts.csv"
        export.write_bytes(OUTLOOK_CSV.encode("utf-8"))
        capsys.readouterr()
        assert main([*args, "import-contacts", str(export)]) == 0
        assert "2 added" in capsys.readouterr().out
        # the window's connection sees them at its next read: nothing written beside it is lost
        assert window.execute("SELECT count(*) FROM contact").fetchone()[0] == 3
        assert main([*args, "backup"]) == 0
    finally:
        window.close()
    assert _names(db.path) == {"Krüger", "Müller", "Schröder"}

    # 2. The other officer's long save holds the file: a write waits, then says so plainly.
    holder = sqlite3.connect(db.path, isolation_level=None, timeout=5)
    holder.execute("BEGIN IMMEDIATE")
    try:
        capsys.readouterr()
        assert main([*args, "office", "--name", "Hamburg Office"]) == 1
        err = capsys.readouterr().err
        assert "the database is in use" in err and "Nothing was changed" in err, err
        _plain(err)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert main([*args, "office", "--name", "Hamburg Office"]) == 0  # once free, the write goes through

    # 3. Thomas's laptop has the window open: its lock file in the shared folder names the laptop.
    lock_file(db.path).write_text("4242\npetdesk\nthomas-laptop\n3d1219c7\ncb9842e0\n", encoding="utf-8")
    owner = lock_owner(db.path)
    assert owner is not None and owner.host == "thomas-laptop" and owner.elsewhere()
    lock_file(db.path).unlink()

    # 4. The sync client made a conflicted copy; importing it as a package says what it is.
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = db.path.with_name("petdesk (Thomas's conflicted copy 2026-11-30).sqlite")
    shutil.copy(db.path, copy)
    before = db.path.read_bytes()
    capsys.readouterr()
    assert main([*args, "sync", "import", str(copy)]) == 3
    err = capsys.readouterr().err
    assert "this is a database file, not a sync package" in err and "petdesk --db" in err, err
    assert db.path.read_bytes() == before

    # 5. A colleague's file on a write-protected stick: looked at, never changed, refused plainly.
    stick = tmp_path / "stick"
    stick.mkdir()
    shutil.copy(copy, stick / "colleague.sqlite")
    if os.geteuid() != 0:
        (stick / "colleague.sqlite").chmod(0o444)
    with read_only(stick) as place:
        colleague = place / "colleague.sqlite"
        stick_args = ["--lang", "en", "--db", str(colleague)]
        capsys.readouterr()
        assert main([*stick_args, "search", "Schröder"]) == 0
        assert "Schröder" in capsys.readouterr().out
        assert main([*stick_args, "office", "--name", "Elsewhere"]) == 1
        err = capsys.readouterr().err
        assert "the file or its folder is read-only" in err, err
        _plain(err)
        # the window's saves are explained by the same words
        reader = connection.connect(colleague, readonly=True)
        try:
            with pytest.raises(connection.Error) as refused:
                reader.execute("DELETE FROM contact")
        finally:
            reader.close()
        said = explain(refused.value, "en")
        assert "the file or its folder is read-only" in said
        _plain(said)
        assert not list(place.glob("*-shm")) and not list(place.glob("*.lock"))
