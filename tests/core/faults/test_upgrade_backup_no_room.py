"""An upgrade whose backup finds no room (field test 88: an old laptop with a few MB free, petdesk
upgraded on a trip): the backup's sentence (how much room, where) was lost, and the command line
said "an unexpected error happened; the details are in …log". It now says the database could not
be upgraded, why and what to do, and the file is as it was. The limit is real: RLIMIT_FSIZE
refuses the backup's copy (EFBIG), as a full disk refuses it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import DatabaseError, open_database
from tests.core.faults.v1_file import V1_DB
from tests.helpers.file_limit import file_size_limit


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "petdesk.sqlite"
    shutil.copyfile(V1_DB, path)
    return path


def test_the_service_says_why_the_upgrade_did_not_start(old_file: Path) -> None:
    before = _revision(old_file)
    with file_size_limit(64 * 1024), pytest.raises(DatabaseError) as raised:  # the file: 336 KB
        open_database(old_file)
    said = str(raised.value)
    assert said.startswith("the database could not be upgraded"), said
    assert str(old_file.parent / "backups") in said, said  # where the copy could not go
    assert _revision(old_file) == before


def test_the_command_line_says_it_plainly(old_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    with file_size_limit(64 * 1024):
        assert main(["--db", str(old_file), "stats"]) == 1
    err = capsys.readouterr().err
    assert "unexpected" not in err and "could not be upgraded" in err, err
    assert main(["--db", str(old_file), "stats"]) == 0  # with room, the upgrade goes through
