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


def _in_sync(offices: tuple[Database, ...], packages: Path, person: str) -> None:
    """Every office holds ``person`` and has seen every other's changes."""
    first, *rest = offices
    for dst in rest:
        send(first, dst, packages, full=True)
        send(dst, first, packages, full=True)
    for src in rest:
        for dst in rest:
            if src is not dst:
                send(src, dst, packages, full=True)


def _add_tags(db: Database, contact_id: str, tags: list[str]) -> None:
    with db.transaction() as s:
        contact_service.add_tags(s, [contact_id], tags)


def _remove_tags(db: Database, contact_id: str, tags: list[str]) -> None:
    with db.transaction() as s:
        contact_service.remove_tags(s, [contact_id], tags)


def _exchange_all(offices: tuple[Database, ...], packages: Path) -> None:
    for _round in range(2):
        for src in offices:
            for dst in offices:
                if src is not dst:
                    send(src, dst, packages)


def test_two_edits_at_one_office_before_the_exchange_both_stand(offices, packages: Path) -> None:
    """Field test 23, defect 1: Beijing adds "sludge", later "urgent"; Bonn adds "pilot". The base
    was the old value of Beijing's last edit (which held "sludge"), so "sludge" looked removed."""
    a, b, _c = offices
    chen = _person(a, ["staff"])
    _in_sync((a, b), packages, chen)
    _add_tags(a, chen, ["sludge"])
    _add_tags(a, chen, ["urgent"])
    _add_tags(b, chen, ["pilot"])  # the latest edit: Bonn's list wins, Beijing's loses
    send(b, a, packages)
    assert sorted(_tags(a, "contact", chen)) == ["pilot", "sludge", "staff", "urgent"]
    send(a, b, packages)
    assert sorted(_tags(b, "contact", chen)) == ["pilot", "sludge", "staff", "urgent"]
    assert not _tag_conflicts(a) and not _tag_conflicts(b)  # merged: nothing to decide
    assert service.canonical_dump(a) == service.canonical_dump(b)


def test_an_add_and_a_remove_at_one_office_both_stand(offices, packages: Path) -> None:
    """Field test 23: Beijing adds "sludge" and removes "staff" in two edits; Bonn adds "pilot"."""
    a, b, _c = offices
    chen = _person(a, ["staff"])
    _in_sync((a, b), packages, chen)
    _add_tags(a, chen, ["sludge"])
    _remove_tags(a, chen, ["staff"])
    _add_tags(b, chen, ["pilot"])
    send(b, a, packages)
    send(a, b, packages)
    for db in (a, b):
        assert sorted(_tags(db, "contact", chen)) == ["pilot", "sludge"]
        assert not _tag_conflicts(db)
    assert service.canonical_dump(a) == service.canonical_dump(b)


def test_several_edits_at_three_offices_converge_without_losing_one(offices, packages: Path) -> None:
    a, b, c = offices
    chen = _person(a, ["staff"])
    wang = _person(a, ["staff"])
    _in_sync(offices, packages, chen)
    _add_tags(a, chen, ["sludge"])
    _add_tags(a, chen, ["urgent"])
    _add_tags(b, chen, ["pilot"])
    _add_tags(c, chen, ["water"])
    _add_tags(c, wang, ["sludge"])
    _remove_tags(c, wang, ["staff"])
    _add_tags(b, wang, ["pilot"])
    _exchange_all(offices, packages)
    for db in offices:
        assert sorted(_tags(db, "contact", chen)) == ["pilot", "sludge", "staff", "urgent", "water"]
        assert sorted(_tags(db, "contact", wang)) == ["pilot", "sludge"]
        assert not _tag_conflicts(db)
    assert service.canonical_dump(a) == service.canonical_dump(b) == service.canonical_dump(c)
