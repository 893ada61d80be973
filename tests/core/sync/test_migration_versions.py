"""Migration 0023_sync_versions_compact: the version table with codes and integer clock values.

A file of schema 0022 holding versions of two offices (fields changed after the base, a deletion,
an open conflict) is upgraded: every version reads back the same, the table is in its compact form,
and the next exchange gives the same results as in a file that never was in the old form."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from petdesk.db import Database, _alembic_config, make_engine, make_upgrade_engine, open_database
from petdesk.models import Contact
from petdesk.sync import service
from petdesk.sync.hlc import from_int
from tests.core.sync.helpers import PASSPHRASE, export, send

OLD = "0022_search_compact"


def _edit(db: Database, contact_id: str, **fields: object) -> None:
    with db.transaction() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        for key, value in fields.items():
            setattr(contact, key, value)


def _add(db: Database, family: str) -> str:
    with db.transaction() as session:
        contact = Contact(family_name=family, given_name="Wei")
        session.add(contact)
        session.flush()
        return contact.id


def _stored_versions(path: Path) -> dict[tuple[str, str], tuple[Any, ...]]:
    """Every version of the file as (clock text, office id), whichever form the table has."""
    conn = sqlite3.connect(path)
    try:
        compact = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_office'").fetchone()
        if not compact:
            return {
                (e, r): (h, o, json.loads(f) if f else {}, m)
                for e, r, h, o, f, m in conn.execute("SELECT * FROM sync_row_version")
            }
        names = dict(conn.execute("SELECT code, name FROM sync_entity"))
        offices = dict(conn.execute("SELECT code, office_id FROM sync_office"))
        out = {}
        for e, r, h, o, f, m in conn.execute("SELECT * FROM sync_row_version"):
            assert all(isinstance(v, int) for v in (e, h, o, m))
            fields = {k: [from_int(fh), offices[fo]] for k, (fh, fo) in json.loads(f or "{}").items()}
            out[(names[e], r)] = (from_int(h), offices[o], fields, from_int(m))
        return out
    finally:
        conn.close()


def _migrate(path: Path, revision: str, *, down: bool) -> None:
    from alembic import command

    engine = make_upgrade_engine(path)
    with engine.begin() as c:
        (command.downgrade if down else command.upgrade)(_alembic_config(c), revision)
    engine.dispose()


def _conflicts(db: Database) -> list[tuple[Any, ...]]:
    return sorted(
        (c.entity, c.row_id, c.field, c.kind, c.winner_value, c.loser_value, c.resolution)
        for c in service.list_conflicts(db, include_resolved=True)
    )


def test_upgrade_keeps_every_version_and_the_next_exchange(offices, packages: Path, tmp_path: Path) -> None:
    a, b, _ = offices
    zhang, li, wang = _add(a, "Zhang"), _add(a, "Li"), _add(a, "Wang")
    send(a, b, packages)
    _edit(a, zhang, notes="from Beijing")
    _edit(b, zhang, notes="from Bonn")  # concurrent: a conflict at Beijing, open
    _edit(b, li, dietary_needs="halal")  # a field of Bonn's on a record of Beijing's
    with b.transaction() as session:
        session.get(Contact, wang).soft_delete()
    assert send(b, a, packages).new_conflicts == 1
    a.close()

    # The same file twice: one taken back to schema 0022 (as every office's file is) and up again.
    kept, old = tmp_path / "kept.sqlite", tmp_path / "old.sqlite"
    shutil.copy(a.path, kept)
    shutil.copy(a.path, old)
    expected = _stored_versions(kept)
    li_versions = expected[("contact", li)]
    assert len(expected) >= 4 and li_versions[2]["dietary_needs"][1] != li_versions[1]  # two offices
    _migrate(old, OLD, down=True)
    assert _stored_versions(old) == expected  # the old form: text everywhere
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT typeof(base_hlc), typeof(entity) FROM sync_row_version").fetchall()[0] == (
        "text",
        "text",
    )
    conn.close()
    upgraded = open_database(old)  # runs 0023_sync_versions_compact
    assert _stored_versions(old) == expected
    conn = sqlite3.connect(old)
    table_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'sync_row_version'").fetchone()[0]
    assert "WITHOUT ROWID" in table_sql.upper()
    indexes = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sync_row_version'"
    ).fetchall()
    conn.close()
    assert indexes == []  # the key is the table; max_hlc is read along it

    # The next exchange: Bonn's new changes, imported into both files, give the same everywhere.
    _edit(b, zhang, notes="settled in Bonn")  # supersedes the open conflict
    _edit(b, li, given_name="Na")
    package = packages / "next.petdesk-sync"
    export(b, package)
    never = Database(path=kept, engine=make_engine(kept))
    results = [service.import_package(db, package, PASSPHRASE, backup=False) for db in (never, upgraded)]
    assert results[0].counts == results[1].counts and results[0].new_conflicts == results[1].new_conflicts
    assert service.canonical_dump(never) == service.canonical_dump(upgraded)
    assert _conflicts(never) == _conflicts(upgraded)
    assert ("contact", zhang, "notes", "field") == _conflicts(upgraded)[0][:4]
    assert _stored_versions(kept) == _stored_versions(old)
    # ... and what each sends back is the same too.
    back = [tmp_path / "back-never.petdesk-sync", tmp_path / "back-upgraded.petdesk-sync"]
    sent = [export(db, path) for db, path in zip((never, upgraded), back, strict=True)]
    assert sent[0].counts == sent[1].counts
    for db in (never, upgraded):
        db.close()
