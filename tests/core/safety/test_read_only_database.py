"""A database on a write-protected stick or in a read-only folder (field test 17 §7) could not
even be read ("cannot be opened: check that it and its folder exist and can be read"): SQLite
could not make the -shm file beside it. Reading commands read it now, and a write says the file
or its folder is read-only."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as contact_service
from tests.helpers.read_only_place import read_only


@pytest.fixture
def read_only_copy(db: Database, tmp_path: Path) -> Iterator[Path]:
    """A copy of ``db`` holding one person, in a folder nobody may write: a read-only bind mount
    when run as root (whom file modes do not stop), else a folder and file without write bits."""
    with db.transaction() as session:
        contact_service.create_contact(session, family_name="Zhang", given_name="Anjun")
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source = tmp_path / "stick"
    source.mkdir()
    shutil.copy(db.path, source / "o.sqlite")
    if os.geteuid() != 0:
        (source / "o.sqlite").chmod(0o444)
    with read_only(source) as place:
        yield place / "o.sqlite"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_read_only_database_is_read_and_a_write_says_why_not(
    read_only_copy: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    args = ["--lang", lang, "--db", str(read_only_copy)]
    capsys.readouterr()
    assert main([*args, "search", "Anjun"]) == 0
    assert "Anjun Zhang" in capsys.readouterr().out
    assert main([*args, "stats"]) == 0
    capsys.readouterr()
    assert main([*args, "office", "--name", "Elsewhere"]) == 1
    err = capsys.readouterr().err
    said = "the file or its folder is read-only" if lang == "en" else "文件或其所在文件夹为只读"
    assert said in err, err
    assert not list(read_only_copy.parent.glob("*-shm"))
