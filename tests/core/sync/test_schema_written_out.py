"""The synchronised tables written out (``petdesk.sync.schema``) are the models' tables, and the sync
commands run on them without loading the models."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from petdesk.models import Contact
from petdesk.stored_times import stored_time, utcnow
from petdesk.sync.entities import entities, model_tables
from petdesk.sync.schema import TABLES
from tests.core.sync.helpers import PASSPHRASE, make_office


def test_written_out_tables_are_the_models_tables() -> None:
    assert model_tables() == TABLES, (
        "a synchronised model changed: run `python -m petdesk.sync.entities` to write petdesk/sync/schema.py"
    )


def test_a_made_at_default_is_the_moment_the_tables_are_read() -> None:
    contact = next(e for e in entities() if e.name == "contact")
    # taken when the tables are first read (and kept: entities() is cached), never written out
    written = next(t for t in TABLES if t["name"] == "contact")
    assert "created_at" in written["made_at"] and written["column_defaults"]["created_at"] is None
    made = contact.column_defaults["created_at"]
    assert isinstance(made, int)
    assert stored_time(utcnow()) - 24 * 3600 * 1_000_000 < made <= stored_time(utcnow())
    assert contact.column_defaults["name_order"] == "given_first"
    assert contact.column_defaults["deleted_at"] is None
    assert {"created_at", "updated_at", "deleted_at"} <= contact.time_columns


_RUN_WITHOUT_MODELS = """
import sys
from petdesk.cli import main
code = main(sys.argv[1:])
print("models loaded" if "petdesk.models" in sys.modules else "models not loaded")
print("sqlalchemy loaded" if "sqlalchemy" in sys.modules else "sqlalchemy not loaded")
sys.exit(code)
"""


def _petdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {"PETDESK_SYNC_PASSPHRASE": PASSPHRASE, "PATH": "/usr/bin:/bin", "HOME": str(Path.home())}
    # the petdesk under test (a checkout's src on PYTHONPATH), not the one installed in the venv
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    return subprocess.run(
        [sys.executable, "-c", _RUN_WITHOUT_MODELS, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_sync_export_and_import_do_not_load_the_models(tmp_path: Path) -> None:
    """Nor SQLAlchemy (half a second of CPU of each command: noting the office's country through
    a session imported it until stop 60)."""
    a = make_office(tmp_path / "dbs", "Beijing")
    b = make_office(tmp_path / "dbs", "Bonn")
    with a.transaction() as session:
        session.add(Contact(family_name="Zhang", given_name="Wei"))
    paths = a.path, b.path
    a.close()
    b.close()
    package = tmp_path / "a.petdesk-sync"

    exported = _petdesk("--db", str(paths[0]), "sync", "export", "--all", "--out", str(package))
    assert exported.returncode == 0, exported.stderr
    assert "models not loaded" in exported.stdout
    assert "sqlalchemy not loaded" in exported.stdout
    imported = _petdesk("--db", str(paths[1]), "sync", "import", str(package))
    assert imported.returncode == 0, imported.stderr
    assert "models not loaded" in imported.stdout
    assert "sqlalchemy not loaded" in imported.stdout
    with sqlite3.connect(paths[1]) as conn:
        assert conn.execute("SELECT family_name, given_name FROM contact").fetchall() == [("Zhang", "Wei")]
