"""A tag renamed at one office while another tags the same records: both edits stand, because
the rename travels as ordinary edits of each record's tags, merged tag by tag (field test 25)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from petdesk.db import Database
from petdesk.services import contacts, organisations, tag_cleanup
from tests.core.sync.helpers import send


def _tags(db: Database, table: str, row_id: str) -> list[str]:
    con = sqlite3.connect(db.path)
    try:
        return json.loads(con.execute(f"SELECT tags FROM {table} WHERE id = ?", (row_id,)).fetchone()[0])
    finally:
        con.close()


def test_a_rename_here_and_a_tag_added_there_both_survive(offices, packages: Path) -> None:
    a, b, _c = offices
    with a.transaction() as s:
        org = organisations.create_organisation(s, name_en="Bonn Water", tags=["媒体", "water"]).id
        person = contacts.create_contact(s, family_name="Xie", given_name="Jun", tags=["媒体"]).id
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    with a.transaction() as s:
        tag_cleanup.rename(s, "媒体", "media")  # Beijing renames ...
    with b.transaction() as s:  # ... while Bonn tags the same records
        organisations.update_organisation(s, org, tags=["媒体", "water", "partner"])
        contacts.update_contact(s, person, tags=["媒体", "delegation"])
    for _round in range(2):
        send(a, b, packages)
        send(b, a, packages)
    for db in (a, b):
        assert sorted(_tags(db, "organisation", org)) == ["media", "partner", "water"]
        assert sorted(_tags(db, "contact", person)) == ["delegation", "media"]
