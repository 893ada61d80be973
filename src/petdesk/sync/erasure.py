"""Erasure of a person's records for data protection, here and (by marker) at every other office.

An erasure is not a tombstone: the rows, their field versions, their change log, their open
conflicts and their search index entries are removed. What stays is a marker per erased row
(``sync_erasure``: table, id, clock value, office, time, person id, nothing personal) that travels
in every package, so that each office erases the same rows on import and no stale package brings
them back. Runs inside the caller's transaction, on a plain sqlite3 cursor.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from petdesk.stored_times import from_wire_time
from petdesk.sync import versions
from petdesk.sync.entities import by_name
from petdesk.sync.hlc import Version
from petdesk.sync.tracking import log_changes, record_local_change

#: Tables holding a person's data and the columns that name the person.
PERSON_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("attendance", ("contact_id",)),
    ("training_participant", ("contact_id",)),
    ("session_trainer", ("contact_id",)),
    ("itinerary_attendee", ("contact_id",)),
    ("visit_participant", ("contact_id",)),
    ("activity", ("contact_id",)),
    ("affiliation", ("contact_id",)),
    ("contact_method", ("contact_id",)),
    # Merge records keep both records' fields for undo; dismissals name the person's id.
    ("merge_record", ("kept_id", "merged_id")),
    ("duplicate_dismissal", ("first_id", "second_id")),
)
#: Rows that belong to the office, not the person: the link to the person is cleared instead.
PERSON_LINKS: tuple[tuple[str, str], ...] = (("follow_up", "owner_id"),)


def person_rows(cursor: Any, person_id: str) -> list[tuple[str, str]]:
    """Every (table, id) holding the person's data, the contact itself last."""
    out: list[tuple[str, str]] = []
    for table, columns in PERSON_ROWS:
        where = " OR ".join(f"{c} = ?" for c in columns)
        out.extend(
            (table, r[0])
            for r in cursor.execute(f"SELECT id FROM {table} WHERE {where}", (person_id,) * len(columns))
        )
    if cursor.execute("SELECT 1 FROM contact WHERE id = ?", (person_id,)).fetchone():
        out.append(("contact", person_id))
    return out


def erased_keys(cursor: Any) -> set[tuple[str, str]]:
    return {(r[0], r[1]) for r in cursor.execute("SELECT entity, row_id FROM sync_erasure")}


def erase_rows(cursor: Any, rows: list[tuple[str, str]]) -> None:
    """Remove these rows and everything derived from them (versions, log, conflicts, search)."""
    cursor.execute("PRAGMA defer_foreign_keys = ON")
    for table, row_id in rows:
        cursor.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        versions.delete(cursor, table, row_id)
        cursor.execute("DELETE FROM sync_change WHERE entity = ? AND row_id = ?", (table, row_id))
        cursor.execute("DELETE FROM sync_conflict WHERE entity = ? AND row_id = ?", (table, row_id))
        if table == "contact":
            _drop_search_entry(cursor, row_id)


def _drop_search_entry(cursor: Any, entity_id: str) -> None:
    from petdesk.services.search import delete_grams

    rows = cursor.execute(
        "SELECT id, grams, kind = 'organisation' FROM search_entry WHERE entity_id = ?",
        (entity_id,),
    ).fetchall()
    delete_grams(cursor, rows)
    for entry_id, *_rest in rows:
        cursor.execute("DELETE FROM search_entry WHERE id = ?", (entry_id,))
    cursor.execute("DELETE FROM search_dirty WHERE entity_id = ?", (entity_id,))


def erase_person(
    cursor: Any, person_id: str, *, hlc: str, office: str, erased_at: str, local: Version
) -> list[tuple[str, str]]:
    """Erase a person's rows and record the markers; returns the (table, id) erased.

    Links from office records (a follow-up's owner) are cleared as an ordinary change of this
    office, so they travel like any edit.
    """
    rows = person_rows(cursor, person_id)
    for table, column in PERSON_LINKS:
        linked = [r[0] for r in cursor.execute(f"SELECT id FROM {table} WHERE {column} = ?", (person_id,))]
        for row_id in linked:
            cursor.execute(f"UPDATE {table} SET {column} = NULL WHERE id = ?", (row_id,))
            record_local_change(cursor, table, row_id, {column}, hlc=local.hlc, office=local.office)
            log_changes(
                cursor, [(table, row_id, column, person_id, None)], hlc=local.hlc, office=local.office
            )
    erase_rows(cursor, rows)
    cursor.executemany(
        "INSERT OR IGNORE INTO sync_erasure (entity, row_id, hlc, office, erased_at, person_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(table, row_id, hlc, office, from_wire_time(erased_at), person_id) for table, row_id in rows],
    )
    return rows


def apply_erasures(cursor: Any, markers: list[tuple[str, str, str, str, str, str]], *, local: Version) -> int:
    """Apply markers received from another office (entity, row id, hlc, office, erased at,
    person id); returns how many rows were erased here."""
    known = erased_keys(cursor)
    fresh = [m for m in markers if (m[0], m[1]) not in known]
    unknown = sorted({m[0] for m in fresh} - set(by_name()))
    if unknown:
        raise ValueError(f"erasures name tables this petdesk does not know ({', '.join(unknown)})")
    erased = 0
    # The time stored is when the rows left this file: backups made here before it still hold them.
    here = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    fresh = [(m[0], m[1], m[2], m[3], here, m[5]) for m in fresh]
    for entity, row_id, hlc, office, erased_at, _person in fresh:
        if entity == "contact":
            # Rows about the person made here and not known to the erasing office go too.
            erased += len(
                erase_person(cursor, row_id, hlc=hlc, office=office, erased_at=erased_at, local=local)
            )
    for entity, row_id, hlc, office, erased_at, person_id in fresh:
        if cursor.execute(f"SELECT 1 FROM {entity} WHERE id = ?", (row_id,)).fetchone():
            erase_rows(cursor, [(entity, row_id)])
            erased += 1
        cursor.execute(
            "INSERT OR IGNORE INTO sync_erasure (entity, row_id, hlc, office, erased_at, person_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (entity, row_id, hlc, office, from_wire_time(erased_at), person_id),
        )
    return erased


def scrub(path: Any) -> None:
    """Leave no trace of deleted rows in the file: secure-delete on, the search index merged
    into one segment (FTS5 keeps deleted entries in old segments until then), VACUUM (rewrites
    every page, drops free pages) and a checkpoint that truncates the WAL to zero bytes."""
    from petdesk import connection

    conn = connection.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
