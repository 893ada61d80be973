"""The first rows read before SQLAlchemy (issue 18): only from a file the full opening would leave
as it is; everything else goes the usual way."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.db import Database, code_heads, copy_database, open_database
from petdesk.services import encryption
from petdesk.services.first_rows import read_first_rows


def test_rows_only_from_files_the_full_opening_leaves_alone(tmp_path: Path, demo_db: Database) -> None:
    assert read_first_rows(tmp_path / "missing.sqlite", "contacts", "en") is None
    assert read_first_rows(demo_db.path, "home", "en") is None  # a page not shown from a first read

    empty = tmp_path / "empty.sqlite"
    open_database(empty).close()
    assert read_first_rows(empty, "contacts", "en") is None  # new and empty: the welcome page

    first = read_first_rows(demo_db.path, "contacts", "en", limit=20)
    assert first is not None and len(first.rows) == 20
    assert all(cells[0] for _id, cells in first.rows) and len(first.rows[0][1]) == len(first.keys)

    older = copy_database(demo_db.path, tmp_path / "older.sqlite")
    conn = sqlite3.connect(older)
    conn.execute("UPDATE alembic_version SET version_num = '0016_older'")
    conn.commit()
    assert read_first_rows(older, "contacts", "en") is None  # the upgrade runs first
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    assert read_first_rows(older, "contacts", "en") is None  # unstamped: stamped first
    conn.execute(f"INSERT INTO alembic_version VALUES ('{sorted(code_heads())[0]}')")
    conn.execute("PRAGMA application_id = 7")
    conn.commit()
    conn.close()
    assert read_first_rows(older, "contacts", "en") is None  # another program's file

    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"not a database\n" * 100)
    assert read_first_rows(notes, "contacts", "en") is None


def test_an_encrypted_file_shows_nothing_before_its_passphrase(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = demo_db.path
    demo_db.close()
    encryption.encrypt(path, "correct horse")
    # as in a new process: no passphrase known yet (the window's start asks for it first)
    connection.set_passphrase(path, None)
    monkeypatch.setattr(connection, "_latest", None)
    monkeypatch.delenv(connection.ENV_PASSPHRASE, raising=False)
    try:
        # the window asks for the passphrase first; without it there is nothing to show
        assert read_first_rows(path, "contacts", "en", limit=5) is None
        connection.set_passphrase(path, "correct horse")
        first = read_first_rows(path, "contacts", "en", limit=5)
        assert first is not None and len(first.rows) == 5
    finally:
        connection.set_passphrase(path, None)


def test_first_rows_import_nothing_heavy_and_opening_modules_no_qt() -> None:
    # the first rows need neither Qt nor SQLAlchemy; the modules the window imports on a worker
    # thread while they show may need SQLAlchemy but never Qt (widgets belong to the GUI thread)
    code = (
        "import importlib, sys\n"
        "from petdesk.services.first_rows import OPENING_MODULES\n"
        "heavy = ('PySide6', 'sqlalchemy', 'alembic', 'petdesk.models')\n"
        "print([m for m in sys.modules if m.startswith(heavy)])\n"
        "for name in OPENING_MODULES:\n"
        "    importlib.import_module(name)\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'petdesk.gui'))])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]", "[]"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_first_rows_come_in_the_lists_saved_sort(demo_db: Database, language: str) -> None:
    """Field test 6: with the contacts list left sorted by organisation, Z→A, the first rows were
    painted A→Z by name for a moment. They come in the list's sort, whichever it is."""
    from petdesk.services import search
    from petdesk.services.first_rows import PAGES, SORT_KEYS

    keys = PAGES["contacts"][1]
    for column, sort in SORT_KEYS["contacts"].items():
        for descending in (False, True):
            first = read_first_rows(
                demo_db.path, "contacts", language, 60, column=column, descending=descending
            )
            with demo_db.reading() as session:
                rows = search.search(
                    session, "", kind="contact", language=language, sort=sort, descending=descending, limit=60
                )
            assert first is not None and (first.column, first.descending) == (column, descending)
            assert [i for i, _cells in first.rows] == [r.entity_id for r in rows], (column, descending)
            assert all(len(cells) == len(keys) for _i, cells in first.rows)
    # A column the lists cannot sort by: no quick paint rather than rows in another order.
    assert read_first_rows(demo_db.path, "contacts", language, column="other_name") is None
