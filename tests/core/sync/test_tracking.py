"""Change capture: ORM writes get field versions without the services knowing about sync."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from petdesk.db import Database
from petdesk.models import Contact
from petdesk.sync import hlc
from tests.core.sync.helpers import make_office, office_id


def versions(db: Database, row_id: str) -> tuple[str, str, dict]:
    """A contact's versions as stored (codes and integers), read back as clock text and office ids."""
    con = sqlite3.connect(db.path)
    try:
        base_hlc, base_office, fields = con.execute(
            "SELECT v.base_hlc, o.office_id, v.fields FROM sync_row_version v "
            "JOIN sync_entity e ON e.code = v.entity JOIN sync_office o ON o.code = v.base_office "
            "WHERE e.name = 'contact' AND v.row_id = ?",
            (row_id,),
        ).fetchone()
        offices = dict(con.execute("SELECT code, office_id FROM sync_office"))
    finally:
        con.close()
    assert isinstance(base_hlc, int)  # the compact form (0023_sync_versions_compact)
    decoded = {k: [hlc.from_int(h), offices[o]] for k, (h, o) in json.loads(fields or "{}").items()}
    return hlc.from_int(base_hlc), base_office, decoded


def test_insert_edit_and_soft_delete_are_versioned_per_field(tmp_path: Path) -> None:
    db = make_office(tmp_path, "Beijing")
    me = office_id(db)
    with db.transaction() as session:
        contact = Contact(family_name="Zhao", given_name="Lei")
        session.add(contact)
        session.flush()
        cid = contact.id
    created, office, fields = versions(db, cid)
    assert office == me and fields == {} and hlc.is_valid(created)

    with db.transaction() as session:
        contact = session.get(Contact, cid)
        contact.notes = "likes tea"
        contact.family_name = "Zhao"  # same value: not a change
    _, _, fields = versions(db, cid)
    assert set(fields) == {"notes", "updated_at"}
    assert fields["notes"][0] > created and fields["notes"][1] == me

    with db.transaction() as session:
        session.get(Contact, cid).soft_delete()
    _, _, fields = versions(db, cid)
    assert fields["deleted_at"][0] > fields["notes"][0]
    db.close()


def test_clock_is_persistent_and_monotonic(tmp_path: Path) -> None:
    db = make_office(tmp_path, "Beijing")
    seen = []
    for i in range(5):
        with db.transaction() as session:
            session.add(Contact(family_name=f"N{i}"))
        con = sqlite3.connect(db.path)
        seen.append(con.execute("SELECT value FROM sync_state WHERE key = 'hlc'").fetchone()[0])
        con.close()
    assert seen == sorted(seen) and len(set(seen)) == 5
    db.close()
