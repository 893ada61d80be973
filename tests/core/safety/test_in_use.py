"""A command-line write while another process holds the write lock: after the busy timeout, one
"in use" sentence, exit 1, and nothing changed (issue 11, one writer)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from petdesk import db as dbmod
from petdesk.cli import main

HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE contact SET notes = 'held' WHERE rowid = (SELECT min(rowid) FROM contact)")
print("held", flush=True)
sys.stdin.readline()  # until the test lets go
conn.execute("ROLLBACK")
"""


def _dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_cli_writes_on_a_file_another_process_writes_say_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "petdesk.sqlite"
    assert main(["--db", str(path), "demo", "--contacts", "8", "--seed", "5"]) == 0
    assert main(["--db", str(path), "backup"]) == 0
    # A new person: re-importing the file's own export would change nothing and need no write.
    csv = tmp_path / "c.csv"
    csv.write_text("First Name,Last Name,E-mail Address\nNora,Newcomer,nora.newcomer@example.org\n")
    conn = sqlite3.connect(path)
    person = conn.execute("SELECT id FROM contact ORDER BY rowid LIMIT 1").fetchone()[0]
    conn.close()
    before = _dump(path)
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 300)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        writes = {
            "import": ["import-contacts", str(csv)],
            "erase": ["person", "erase", person, "--yes"],
            "restore": ["restore", "--latest"],
            "reindex": ["reindex"],
        }
        for name, argv in writes.items():
            capsys.readouterr()
            started = time.monotonic()
            code = main(["--db", str(path), *argv])
            waited = time.monotonic() - started
            _out, err = capsys.readouterr()
            assert code == 1, f"{name}: exit {code}, {err!r}"
            assert err.startswith("petdesk: error: the database is in use"), f"{name}: {err!r}"
            assert err.count("\n") == 1 and "Traceback" not in err, f"{name}: {err!r}"
            assert waited < 30, f"{name} waited {waited:.1f} s"
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    # The holder rolled back, and none of the refused writes left anything behind.
    assert _dump(path) == before
    # Free again, the same write goes through.
    assert main(["--db", str(path), "reindex"]) == 0
