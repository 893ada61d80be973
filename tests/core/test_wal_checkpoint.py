"""Field test 28, §5: with a window holding the database open, a command line's import stayed in
``-wal`` and a copy of the main file lacked it. A PASSIVE checkpoint puts it in the main file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from petdesk import models as m
from petdesk import wal
from petdesk.db import Database


def _names_in_copy_of_main_file(path: Path, folder: Path) -> list[str]:
    """What a user copying only the main file (to a stick) takes away."""
    copy = folder / "copy.sqlite"
    shutil.copyfile(path, copy)
    conn = sqlite3.connect(copy)
    try:
        return [r[0] for r in conn.execute("SELECT family_name FROM contact ORDER BY family_name")]
    finally:
        conn.close()


def test_a_checkpoint_puts_another_process_write_in_the_main_file(db: Database, tmp_path: Path) -> None:
    window = db.raw()  # the window's connection, open throughout
    window.execute("SELECT count(*) FROM contact").fetchone()
    with db.transaction() as session:  # a write, as the command line makes it
        session.add(m.Contact(family_name="Copytest", given_name="Carla"))
    assert Path(f"{db.path}-wal").stat().st_size > 0
    assert _names_in_copy_of_main_file(db.path, tmp_path) == []  # the field test's copy
    try:
        assert wal.checkpoint(db.path)
        assert _names_in_copy_of_main_file(db.path, tmp_path) == ["Copytest"]
    finally:
        window.close()
