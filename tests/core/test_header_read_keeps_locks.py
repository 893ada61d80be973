"""Field test 25, defect 1: with the window open, another program used the file and everything the
window saved afterwards was lost. Each new connection read the file's header with open()/close(),
and on POSIX systems closing any descriptor of a file drops all of the process's locks on it: the
other program then took the file as unused, checkpointed and deleted the write-ahead log that the
window went on writing to."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from petdesk import connection
from petdesk import models as m
from petdesk.db import inspect_file, open_database

OTHER_PROGRAM = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute('SELECT count(*) FROM contact').fetchone()\n"
    "c.close()\n"
)


def _names(path: Path) -> list[str]:
    db = open_database(path)
    try:
        with db.reading() as session:
            return sorted(c.family_name for c in session.query(m.Contact))
    finally:
        db.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks only")
def test_saves_after_another_program_used_the_file_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    db = open_database(path)
    with db.transaction() as session:
        session.add(m.Contact(family_name="Erste", given_name="Anna"))
    # What every new connection and every look at the file does: read the header.
    assert not connection.is_encrypted(path)
    assert inspect_file(path).problem is None
    subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(path)], check=True)
    assert path.with_name(path.name + "-wal").exists(), "the other program took the write-ahead log away"
    with db.transaction() as session:
        session.add(m.Contact(family_name="Zweite", given_name="Bernd"))
    db.close()
    assert _names(path) == ["Erste", "Zweite"]
