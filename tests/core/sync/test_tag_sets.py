"""Tags edited at two offices merge tag by tag (field test 18, defect 2)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import organisations as org_service
from petdesk.sync import service
from tests.core.sync.helpers import send


def _tags(db: Database, table: str, row_id: str) -> list[str]:
    con = sqlite3.connect(db.path)
    try:
        return json.loads(con.execute(f"SELECT tags FROM {table} WHERE id = ?", (row_id,)).fetchone()[0])
    finally:
        con.close()


def _set_tags(db: Database, contact_id: str, tags: list[str]) -> None:
    with db.transaction() as s:
        contact_service.update_contact(s, contact_id, tags=tags)


def _person(db: Database, tags: list[str]) -> str:
    with db.transaction() as s:
        return contact_service.create_contact(s, family_name="Xie", given_name="Jun", tags=tags).id


def _tag_conflicts(db: Database) -> list[service.Conflict]:
    return [c for c in service.list_conflicts(db) if c.field == "tags"]


def test_an_added_tag_and_a_removed_tag_both_stand_at_every_office(offices, packages: Path) -> None:
    a, b, c = offices
    xie = _person(a, ["团长候选"])
    wu = _person(a, [])
    for dst in (b, c):
        send(a, dst, packages, full=True)
        send(dst, a, packages, full=True)
    send(b, c, packages, full=True)
    send(c, b, packages, full=True)
    _set_tags(a, xie, ["团长候选", "delegation"])  # Chengdu adds ...
    _set_tags(c, xie, [])  # ... Copenhagen removes
    _set_tags(a, wu, ["vip"])
    _set_tags(b, wu, ["trainer-candidate"])
    for _round in range(2):
        for src in offices:
            for dst in offices:
                if src is not dst:
                    send(src, dst, packages)
    for db in offices:
        assert _tags(db, "contact", xie) == ["delegation"]
        assert sorted(_tags(db, "contact", wu)) == ["trainer-candidate", "vip"]
        assert not _tag_conflicts(db)  # merged: nothing to decide
    assert service.canonical_dump(a) == service.canonical_dump(b) == service.canonical_dump(c)


def test_organisation_tags_merge_too(offices, packages: Path) -> None:
    a, b, _c = offices
    with a.transaction() as s:
        org = org_service.create_organisation(s, name_en="Bonn Water", tags=["water"]).id
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    with a.transaction() as s:
        org_service.update_organisation(s, org, tags=["water", "partner"])
    with b.transaction() as s:
        org_service.update_organisation(s, org, tags=[])
    send(a, b, packages)
    send(b, a, packages)
    assert _tags(a, "organisation", org) == _tags(b, "organisation", org) == ["partner"]


def test_without_an_earlier_list_the_tags_are_united_and_the_conflict_says_so(
    offices, packages: Path
) -> None:
    a, b, _c = offices
    wu = _person(a, ["old"])
    send(a, b, packages, full=True)
    send(b, a, packages, full=True)
    _set_tags(a, wu, ["vip"])
    _set_tags(b, wu, ["trainer-candidate"])
    for db in (a, b):  # the change logs no longer hold the edits (pruned, or an older office's)
        con = sqlite3.connect(db.path)
        with con:
            con.execute("DELETE FROM sync_change WHERE field = 'tags'")
        con.close()
    send(b, a, packages)
    assert sorted(_tags(a, "contact", wu)) == ["trainer-candidate", "vip"]
    (waiting,) = _tag_conflicts(a)
    assert "united" in waiting.note
