"""The shared database file replaced under an open database by a file-sync program (Nextcloud,
Dropbox: the other computer's copy renamed over it). A write was refused and rescued, but the
sentence said the file was "no longer there (was the stick removed?)" while a file stood right there
(field test 70); it now says the file was replaced, and the rescued copy holds every change."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk.db import DatabaseGone, open_database
from petdesk.messages import explain
from petdesk.models import Contact
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (fixture)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="an open file cannot be replaced on Windows")


def _names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT family_name FROM contact WHERE deleted_at IS NULL")}


def test_a_write_to_a_file_replaced_by_a_sync_program_says_replaced_and_is_rescued(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tree_catalogue: Path,  # noqa: F811
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home"))
    shared = tmp_path / "Nextcloud" / "Hamburg"
    shared.mkdir(parents=True)
    path = shared / "petdesk.sqlite"
    database = open_database(path)
    with database.transaction() as session:
        session.add(Contact(family_name="Before", given_name="Ada"))
    with database.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # the other computer's version arrives: written beside it, then renamed over it
    arriving = shared / ".sync_petdesk.sqlite.part"
    shutil.copy(path, arriving)
    os.replace(arriving, path)
    with pytest.raises(DatabaseGone) as caught, database.transaction() as session:
        session.add(Contact(family_name="After", given_name="Ben"))
    database.close()
    gone = caught.value
    assert str(gone).startswith(f"the database file {path} was replaced by another file"), str(gone)
    assert "stick" not in str(gone)
    assert gone.copy is not None and _names(gone.copy) == {"Before"}
    assert _names(path) == {"Before"}  # the arrived file is left as it came
    assert explain(gone, "zh_CN").startswith(f"数据库文件 {path} 已被另一个文件替换")
