"""An import writes the versions of new records as the sender has them, whichever way it writes
them: runs of records with one version through their new rowids, or a row per record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database
from petdesk.models import Contact, ContactMethod
from petdesk.models.enums import ContactChannel
from petdesk.sync import service
from petdesk.sync.entities import RowVersions
from petdesk.sync.versions import Codes
from tests.core.sync.helpers import PASSPHRASE, export


def _versions(db: Database, table: str) -> dict[str, RowVersions]:
    conn = sqlite3.connect(db.path)
    try:
        ids = [r[0] for r in conn.execute(f"SELECT id FROM {table}")]
        return Codes(conn.cursor(), create=False).load(table, ids)
    finally:
        conn.close()


def _people(db: Database) -> None:
    """Three batches of people (three versions), one of them edited afterwards (field versions)."""
    for batch in range(3):
        with db.transaction() as session:
            for n in range(4):
                contact = Contact(family_name=f"Zhou{batch}", given_name=f"Wei{n}")
                email = f"zhou{batch}.{n}@example.org"
                contact.methods.append(ContactMethod(channel=ContactChannel.EMAIL, value=email))
                session.add(contact)
    with db.transaction() as session:
        edited = session.query(Contact).filter_by(family_name="Zhou1").first()
        assert edited is not None
        edited.notes = "met in Bonn"


def test_new_records_get_the_senders_versions(offices, packages: Path) -> None:
    beijing, bonn, nairobi = offices
    _people(beijing)
    path = packages / "all.petdesk-sync"
    export(beijing, path)
    # Nairobi's contact table holds the largest rowid there is: SQLite numbers new rows at random,
    # so the versions are written a row per record.
    with nairobi.transaction() as session:
        session.add(Contact(family_name="Local", given_name="Only"))
    conn = sqlite3.connect(nairobi.path)
    with conn:
        conn.execute("UPDATE contact SET rowid = 9223372036854775807")
    conn.close()
    for db in (bonn, nairobi):
        assert service.import_package(db, path, PASSPHRASE, backup=False).counts["contact"].added == 12
    for table in ("contact", "contact_method"):
        sent = _versions(beijing, table)
        assert len({v.base for v in sent.values()}) >= 3  # several runs
        assert any(v.fields for v in sent.values()) == (table == "contact")
        for db in (bonn, nairobi):
            received = _versions(db, table)
            assert {k: v for k, v in received.items() if k in sent} == sent
    conn = sqlite3.connect(nairobi.path)
    rowids = [r[0] for r in conn.execute("SELECT rowid FROM contact ORDER BY rowid")]
    conn.close()
    assert len(rowids) == 13 and rowids[-1] == 2**63 - 1  # the new ones numbered elsewhere
