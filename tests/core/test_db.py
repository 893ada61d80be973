"""Opening database files: pragmas, location, and files petdesk must refuse."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import DatabaseError, open_database
from petdesk.ids import as_uuid
from petdesk.paths import default_db_path


def test_wal_and_foreign_keys_are_on(db) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(db) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.transaction() as s:
        s.add(m.Affiliation(contact_id="no-such-contact", organisation_id="no-such-org"))


def test_rows_get_uuid_and_utc_times(db) -> None:
    with db.transaction() as s:
        org = m.Organisation(name_en="City of Malmö", name_zh="马尔默市政府", kind="city_government")
        s.add(org)
    with db.reading() as s:
        org = s.get(m.Organisation, org.id)
        assert len(org.id) == 22 and as_uuid(org.id).version == 8  # type: ignore[union-attr]
        assert org.created_at.utcoffset().total_seconds() == 0
        assert org.deleted_at is None and org.tags == []


def test_transaction_rolls_back_on_error(db) -> None:
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.add(m.Organisation(name_en="Never stored"))
        s.flush()
        raise RuntimeError("boom")
    with db.reading() as s:
        assert s.query(m.Organisation).count() == 0


def test_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a petdesk database"):
        open_database(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="newer petdesk"):
        open_database(path)


def test_env_variable_sets_default_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PETDESK_DB", str(tmp_path / "env.sqlite"))
    assert default_db_path() == tmp_path / "env.sqlite"
    monkeypatch.delenv("PETDESK_DB")
    assert default_db_path().name == "petdesk.sqlite"


def test_core_imports_without_qt() -> None:
    code = (
        "import sys, petdesk.services.stats, petdesk.services.lists, petdesk.db, petdesk.cli, petdesk.i18n;"
        "import petdesk.cli as c; c.build_parser();"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'petdesk.gui'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
