"""``petdesk clashes`` reads through a plain read-only sqlite3 connection: it imports neither
SQLAlchemy nor the models (half its second on 100,000 contacts), and finds what the session finds."""

from __future__ import annotations

import subprocess
import sys

from petdesk.db import Database, open_for_reading
from petdesk.services import clashes as cl
from tests.core.test_cli_startup import imported_modules


def test_a_plain_connection_finds_what_the_session_finds(demo_db: Database) -> None:
    with demo_db.reading() as s:
        through_session = cl.find_clashes(s)
        visit_id = through_session[0].visit_ids[0]
        of_visit = cl.find_clashes(s, visit_id=visit_id)
    assert len(through_session) >= 2  # the demo's itineraries hold a few clashes (one per pair of items)
    conn = open_for_reading(demo_db.path)
    try:
        assert cl.find_clashes(conn) == through_session
        assert cl.find_clashes(conn, visit_id=visit_id) == of_visit
    finally:
        conn.close()


def test_clashes_command_imports_no_sqlalchemy_nor_models(demo_db: Database) -> None:
    with demo_db.reading() as s:
        expected = len(cl.find_clashes(s))
    demo_db.close()
    names, result = imported_modules("--db", str(demo_db.path), "clashes", "--all", "--lang", "en")
    assert result.returncode == 0, result.stderr[-500:]
    assert f"Clashes: {expected} " in result.stdout
    assert "petdesk" in names and "sqlalchemy" not in names
    # the models package would show as petdesk.models in the listing's full names
    full = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "petdesk", "--db", str(demo_db.path), "clashes", "--all"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "petdesk.models" not in full.stderr
