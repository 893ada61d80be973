"""An edit made far ahead gets a fresh clock value at each office that accepts it (clock_rewrite),
so it can reach an office again, through another one, under a higher value. At the merge that is
the same office's same value: it replaced nothing, so the conflict that a concurrent edit lost
against it stays open (field test 72, defect 3, closed it as 'superseded'); a real later edit of
that office still closes it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.models import Contact
from petdesk.sync import hlc
from petdesk.sync.changes import Merger
from petdesk.sync.versions import Codes
from tests.core.sync.helpers import office_id, send


@pytest.fixture
def lost_at_beijing(
    offices: tuple[Database, Database, Database], packages: Path
) -> Iterator[tuple[Database, str, str]]:
    """Beijing's edit of a contact's notes lost against Tangshan's (here Bonn): an open conflict
    at Beijing. Yields Beijing, the contact's id and Tangshan's office id."""
    beijing, tangshan, _ = offices
    with beijing.transaction() as session:
        contact = Contact(family_name="Wang", given_name="Lei")
        session.add(contact)
        session.flush()
        cid = contact.id
    send(beijing, tangshan, packages)
    send(tangshan, beijing, packages)
    for db, notes in ((beijing, "Beijing: new e-mail"), (tangshan, "Tangshan: old e-mail")):
        with db.transaction() as session:
            person = session.get(Contact, cid)
            assert person is not None
            person.notes = notes
    assert send(tangshan, beijing, packages).new_conflicts == 1
    yield beijing, cid, office_id(tangshan)


def _merge_notes_again(db: Database, cid: str, office: str, notes: str) -> str:
    """Merge a part with Tangshan's notes of the contact under a higher clock value of Tangshan's,
    as another office that gave the edit its own value passes it on; returns the conflict's
    resolution ('' while open)."""
    with closing(sqlite3.connect(db.path)) as con, con:
        cursor = con.cursor()
        kept = Codes(cursor, create=False).load("contact", [cid])[cid].of("notes")
        assert kept.office == office
        again = hlc.encode(hlc.decode(kept.hlc)[0] + 60_000, 0)
        knowledge = dict(cursor.execute("SELECT origin_id, hlc FROM sync_knowledge").fetchall())
        merger = Merger(
            cursor,
            sender_knowledge={**knowledge, office: again},
            local_knowledge=knowledge,
            untracked_version=hlc.Version(hlc.tick(max(knowledge.values())), office_id(db)),
            apply=True,
            now=0,
        )
        merger.add({"offices": [office]})
        merger.add(
            {
                "entity": "contact",
                "columns": ["notes"],
                "rows": [[cid, notes]],
                "versions": [[again, 0, None]],
            }
        )
        merger.finish()
        [(resolution,)] = cursor.execute(
            "SELECT resolution FROM sync_conflict WHERE row_id = ? AND field = 'notes'", (cid,)
        ).fetchall()
    return str(resolution)


def test_the_same_edit_under_another_clock_value_leaves_the_conflict_open(
    lost_at_beijing: tuple[Database, str, str],
) -> None:
    beijing, cid, tangshan = lost_at_beijing
    assert _merge_notes_again(beijing, cid, tangshan, "Tangshan: old e-mail") == ""


def test_a_later_edit_of_that_office_still_supersedes_the_conflict(
    lost_at_beijing: tuple[Database, str, str],
) -> None:
    beijing, cid, tangshan = lost_at_beijing
    assert _merge_notes_again(beijing, cid, tangshan, "Tangshan: newer e-mail") == "superseded"
