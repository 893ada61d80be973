"""The records naming the people a package erases, found for all of them at once: each free-text table
read once for up to ``PEOPLE_PER_SCAN`` people, not once a person (review 49, finding 4: 47 ms a person
at 20,000 contacts, in the import's write transaction), and each person's mentions still found."""

from __future__ import annotations

import sqlite3

from petdesk.db import Database
from petdesk.services import activities
from petdesk.services import contacts as cs
from petdesk.services import organisations as org_service
from petdesk.services.name_mentions import find_mentions
from petdesk.sync import erasure

#: As ``name_mentions.PEOPLE_PER_SCAN``: two groups of people, so two reads of each table.
PEOPLE_PER_SCAN = 20

FAMILIES = ["Quixotewald", "Brandtmeier", "Okonkwo", "Lindqvist", "Moreau", "Castellano"]


def _people(db: Database, n: int) -> tuple[list[str], dict[str, str]]:
    """``n`` people and, for each, an activity naming them ("Met Anna Quixotewald3 …"); one in Chinese."""
    people, named = [], {}
    with db.transaction() as s:
        lab = org_service.create_organisation(s, name_en="Rhine Water Lab").id
        for i in range(n):
            family = f"{FAMILIES[i % len(FAMILIES)]}{i}"
            person = cs.create_contact(s, family_name=family, given_name="Anna")
            note = activities.add_activity(s, subject=f"Met Anna {family} at IFAT", organisation_id=lab)
            people.append(person.id)
            named[person.id] = note.id
        chinese = cs.create_contact(s, family_name_zh="欧阳", given_name_zh="娜娜")
        note = activities.add_activity(s, subject="Call", body="与欧阳娜娜通话", organisation_id=lab)
        people.append(chinese.id)
        named[chinese.id] = note.id
        activities.add_activity(s, subject="Met Anna Nobody", organisation_id=lab)
    return people, named


def test_each_table_is_read_once_for_many_people_and_each_mention_found(db: Database) -> None:
    people, named = _people(db, PEOPLE_PER_SCAN + 5)  # two groups
    conn = sqlite3.connect(db.path)
    scans: list[str] = []
    conn.set_trace_callback(
        lambda sql: scans.append(sql) if "FROM activity WHERE" in sql and " LIKE " in sql else None
    )
    try:
        # what an import does with the erasure markers of a package (entity, id, hlc, office, at, person)
        markers = [("contact", person, "", "", "", person) for person in people]
        found = erasure._mentions_of(conn.cursor(), markers)
    finally:
        conn.set_trace_callback(None)
    assert len(scans) == 2, len(scans)  # was one a person: 26
    assert {(f.table, f.row_id) for f in found} == {("activity", a) for a in named.values()}
    # one person alone finds the same as before
    alone = find_mentions(conn.cursor(), people[3])
    assert [(f.table, f.row_id) for f in alone] == [("activity", named[people[3]])]
    conn.close()
