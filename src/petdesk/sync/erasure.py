"""Erasure of a person's records for data protection, here and (by marker) at every other office.

An erasure is not a tombstone: the rows, their field versions, their change log, their open
conflicts and their search index entries are removed. What stays is a marker per erased row
(``sync_erasure``: table, id, clock value, office, time, person id, nothing personal) that travels
in every package, so that each office erases the same rows on import and no stale package brings
them back. Runs inside the caller's transaction, on a plain sqlite3 cursor.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from typing import TYPE_CHECKING, Any

from petdesk.stored_times import from_wire_time
from petdesk.sync import versions
from petdesk.sync.entities import by_name
from petdesk.sync.hlc import Version
from petdesk.sync.tracking import encode_value, log_changes, record_local_change

if TYPE_CHECKING:
    from petdesk.services.name_mentions import Mention

DELETE, CLEAR = "delete", "clear"
#: What erasure does with a row whose column links to a row it erases, per (table, column): DELETE the
#: row (it is the person's data, or means nothing without the erased row) or CLEAR the link (the row is
#: the office's). A foreign key missing here is deleted when required and cleared when optional, so a
#: new table never stops an erasure; tests/core/privacy asks for a line here for every one of them.
LINK_RULES: dict[tuple[str, str], str] = {
    ("attendance", "contact_id"): DELETE,
    ("training_participant", "contact_id"): DELETE,
    ("session_trainer", "contact_id"): DELETE,
    ("itinerary_attendee", "contact_id"): DELETE,
    ("visit_participant", "contact_id"): DELETE,
    ("activity", "contact_id"): DELETE,
    ("affiliation", "contact_id"): DELETE,
    ("contact_method", "contact_id"): DELETE,
    ("room_assignment", "contact_id"): DELETE,
    ("travel_leg_traveller", "contact_id"): DELETE,
    ("vehicle_rider", "contact_id"): DELETE,
    ("follow_up", "owner_id"): CLEAR,
    # A follow-up about the erased person (a call to return, an offer to send them) is their data,
    # as their activities are.
    ("follow_up", "contact_id"): DELETE,
    ("finance_lead", "investor_contact_id"): CLEAR,
    ("itinerary_item", "host_contact_id"): CLEAR,
    ("itinerary_item", "interpreter_contact_id"): CLEAR,
    # The substitute named on another person's registration: that registration (and its marks before
    # the substitute came) is the other person's and stays; only the name goes. replaced_from_id stays
    # too: the original did leave from that session (their later marks went to the erased substitute).
    ("training_participant", "replaced_by_id"): CLEAR,
    # A project link names exactly one visit, training or activity: without the activity it links nothing.
    ("project_link", "activity_id"): DELETE,
    ("tech_match", "activity_id"): CLEAR,
}
#: Columns without a foreign key that name the person: merge records keep both records' fields for
#: undo; dismissals name the person's id.
NAMED_BY_ID: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("merge_record", ("kept_id", "merged_id")),
    ("duplicate_dismissal", ("first_id", "second_id")),
)


#: The key of the value that stands in the change log and conflicts for the id of an erased row.
ERASED_KEY = "erased"


def erased_value(table: str) -> dict[str, str]:
    """What the history keeps instead of an erased row's id (``{"erased": "contact"}``): the
    follow-up still shows that its owner was taken away, but no longer whom (an id re-identifies a
    person beside an older export or another office's copy)."""
    return {ERASED_KEY: table}


def erased_kind(value: Any) -> str | None:
    """The kind of record ``value`` (a decoded history value) stands for when it is an erased
    row's id ("contact"), else None."""
    if isinstance(value, dict) and set(value) == {ERASED_KEY}:
        return str(value[ERASED_KEY])
    return None


def stored_ids(rows: list[tuple[str, str]]) -> dict[str, str]:
    """Erased rows' ids as the change log stores a value -> the marker stored instead."""
    return {encode_value(row_id): encode_value(erased_value(table)) for table, row_id in rows}


#: Where values naming other rows are kept besides the records: (table, its two value columns).
_VALUE_COLUMNS = (("sync_change", "old_value", "new_value"), ("sync_conflict", "winner_value", "loser_value"))


def forget_ids(cursor: Any, rows: list[tuple[str, str]]) -> None:
    """Put the marker in place of the erased rows' ids wherever the change log and the conflicts
    keep them as a value (``owner_id: <the person's id> -> ∅``). One pass over each table."""
    if not rows:
        return
    markers = json.dumps(stored_ids(rows), ensure_ascii=False)
    for table, a, b in _VALUE_COLUMNS:
        cursor.execute(
            f"UPDATE {table} SET "
            f"{a} = coalesce((SELECT value FROM json_each(:m) WHERE key = {a}), {a}), "
            f"{b} = coalesce((SELECT value FROM json_each(:m) WHERE key = {b}), {b}) "
            f"WHERE {a} IN (SELECT key FROM json_each(:m)) OR {b} IN (SELECT key FROM json_each(:m))",
            {"m": markers},
        )


@cache
def links_to(table: str) -> tuple[tuple[str, str, str], ...]:
    """(table, column, DELETE or CLEAR) for every column with a foreign key to ``table``.id."""
    from petdesk.models import Base, columns_linking_to

    def default(linking: str, column: str) -> str:
        return CLEAR if Base.metadata.tables[linking].columns[column].nullable else DELETE

    return tuple(
        (linking, column, LINK_RULES.get((linking, column)) or default(linking, column))
        for linking, column in columns_linking_to(table)
    )


@cache
def link_rules_from(table: str) -> tuple[tuple[str, str, str], ...]:
    """(column, linked table, DELETE or CLEAR) for every foreign key of ``table``."""
    from petdesk.models import Base

    out = []
    for fk in Base.metadata.tables[table].foreign_keys:
        target, column = fk.column.table.name, fk.parent.name
        rules = {(linking, linked): rule for linking, linked, rule in links_to(target)}
        if (table, column) in rules:
            out.append((column, target, rules[(table, column)]))
    return tuple(sorted(out))


def _grouped(rule: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    columns: dict[str, list[str]] = {}
    for table, column, decided in links_to("contact"):
        if decided == rule:
            columns.setdefault(table, []).append(column)
    return tuple((table, tuple(names)) for table, names in columns.items())


def person_tables() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Tables holding a person's data and the columns that name the person."""
    return (*_grouped(DELETE), *NAMED_BY_ID)


def synced_person_tables() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """:func:`person_tables` for the synchronised tables, read from the written-out schema rather than
    the models (a sync export uses it and loads no models; every foreign key to ``contact`` has its
    line in :data:`LINK_RULES`, so no column's nullability is needed)."""
    from petdesk.sync.schema import TABLES

    columns: dict[str, list[str]] = {}
    for table in TABLES:
        for column, target in table["links"].items():
            if target == "contact" and LINK_RULES.get((table["name"], column)) == DELETE:
                columns.setdefault(table["name"], []).append(column)
    synced = {table["name"] for table in TABLES}
    named = tuple(entry for entry in NAMED_BY_ID if entry[0] in synced)
    return (*((table, tuple(names)) for table, names in columns.items()), *named)


def office_tables() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Tables of the office's rows that may name the person, whose link is cleared instead."""
    return _grouped(CLEAR)


def _ids_where(cursor: Any, table: str, columns: tuple[str, ...], value: str) -> list[str]:
    where = " OR ".join(f"{c} = ?" for c in columns)
    return [r[0] for r in cursor.execute(f"SELECT id FROM {table} WHERE {where}", (value,) * len(columns))]


def person_rows(cursor: Any, person_id: str) -> list[tuple[str, str]]:
    """Every (table, id) holding the person's data or meaning nothing without it, the contact last."""
    out: list[tuple[str, str]] = []
    for table, columns in person_tables():
        out.extend((table, row_id) for row_id in _ids_where(cursor, table, columns, person_id))
    out.extend(_dependent_rows(cursor, out))
    if cursor.execute("SELECT 1 FROM contact WHERE id = ?", (person_id,)).fetchone():
        out.append(("contact", person_id))
    return out


def _dependent_rows(cursor: Any, rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rows that a DELETE rule ties to ``rows`` (a project link to the person's activity), and theirs."""
    seen = set(rows)
    out: list[tuple[str, str]] = []
    todo = list(rows)
    while todo:
        table, row_id = todo.pop()
        for linking, column, rule in links_to(table):
            if rule != DELETE:
                continue
            for found in _ids_where(cursor, linking, (column,), row_id):
                if (linking, found) not in seen:
                    seen.add((linking, found))
                    out.append((linking, found))
                    todo.append((linking, found))
    return out


def _links_to_clear(cursor: Any, rows: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """(table, id, column, old value) of the office's rows that link to one of ``rows``."""
    erased = set(rows)
    out: list[tuple[str, str, str, str]] = []
    for table, row_id in rows:
        for linking, column, rule in links_to(table):
            if rule == CLEAR:
                out.extend(
                    (linking, found, column, row_id)
                    for found in _ids_where(cursor, linking, (column,), row_id)
                    if (linking, found) not in erased
                )
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
        cursor.execute("DELETE FROM sync_lost_edit WHERE entity = ? AND row_id = ?", (table, row_id))
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
    cursor: Any,
    person_id: str,
    *,
    hlc: str,
    office: str,
    erased_at: str,
    local: Version,
    forget: bool = True,
) -> list[tuple[str, str]]:
    """Erase a person's rows and record the markers; returns the (table, id) erased.

    Links from office records (a follow-up's owner, an item's host) are cleared, and the person's name
    where it was typed as text (``erased_names``) replaced, as an ordinary change of this
    office, so they travel like any edit; the ids of the erased rows then leave the history of those
    records (``forget_ids``; ``forget=False``: the caller does it once for several people).
    """
    from petdesk.services.export_log import forget_contact as forget_exported
    from petdesk.sync.erased_names import name_forms, replace_copied_names

    rows = person_rows(cursor, person_id)
    forms = name_forms(cursor, person_id)  # read before the contact row goes
    for table, row_id, column, old in _links_to_clear(cursor, rows):
        cursor.execute(f"UPDATE {table} SET {column} = NULL WHERE id = ?", (row_id,))
        record_local_change(cursor, table, row_id, {column}, hlc=local.hlc, office=local.office)
        log_changes(cursor, [(table, row_id, column, old, None)], hlc=local.hlc, office=local.office)
    erase_rows(cursor, rows)
    # The files sent with their data stay logged, no longer saying it was theirs (field test 84).
    forget_exported(cursor, person_id)
    # Their name typed as "Logged by" or "Merged by": an edit of this office that travels too.
    replace_copied_names(cursor, forms, local=local)
    cursor.executemany(
        "INSERT OR IGNORE INTO sync_erasure (entity, row_id, hlc, office, erased_at, person_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(table, row_id, hlc, office, from_wire_time(erased_at), person_id) for table, row_id in rows],
    )
    if forget:
        forget_ids(cursor, rows)
    return rows


def apply_erasures(
    cursor: Any,
    markers: list[tuple[str, str, str, str, str, str]],
    *,
    local: Version,
    mentions: list[Mention] | None = None,
) -> int:
    """Apply markers received from another office (entity, row id, hlc, office, erased at,
    person id); returns how many rows were erased here. Records here whose free text names an
    erased person, found while the name is still known, are added to ``mentions``: this office's
    own words, to be edited here as the erasing office edits its own (field test 59)."""
    known = erased_keys(cursor)
    fresh = [m for m in markers if (m[0], m[1]) not in known]
    unknown = sorted({m[0] for m in fresh} - set(by_name()))
    if unknown:
        raise ValueError(f"erasures name tables this petdesk does not know ({', '.join(unknown)})")
    if mentions is not None:
        mentions.extend(_mentions_of(cursor, fresh))
    erased = 0
    # The time stored is when the rows left this file: backups made here before it still hold them.
    here = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    fresh = [(m[0], m[1], m[2], m[3], here, m[5]) for m in fresh]
    gone: list[tuple[str, str]] = [(m[0], m[1]) for m in fresh]
    for entity, row_id, hlc, office, erased_at, _person in fresh:
        if entity == "contact":
            # Rows about the person made here and not known to the erasing office go too.
            rows = erase_person(
                cursor, row_id, hlc=hlc, office=office, erased_at=erased_at, local=local, forget=False
            )
            erased += len(rows)
            gone.extend(rows)
    for entity, row_id, hlc, office, erased_at, person_id in fresh:
        if cursor.execute(f"SELECT 1 FROM {entity} WHERE id = ?", (row_id,)).fetchone():
            erase_rows(cursor, [(entity, row_id)])
            erased += 1
        cursor.execute(
            "INSERT OR IGNORE INTO sync_erasure (entity, row_id, hlc, office, erased_at, person_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (entity, row_id, hlc, office, from_wire_time(erased_at), person_id),
        )
    # This office's history and what the package brought keep the ids as values too.
    forget_ids(cursor, gone)
    return erased


def mentions_ahead(cursor: Any, markers: list[tuple[str, str, str, str, str, str]]) -> list[Mention]:
    """What :func:`apply_erasures` would list for ``markers``, the file left as it is: a preview
    (dry run) tells the records here that will still name an erased person, as the import does."""
    known = erased_keys(cursor)
    return _mentions_of(cursor, [m for m in markers if (m[0], m[1]) not in known])


def _mentions_of(cursor: Any, fresh: list[tuple[str, str, str, str, str, str]]) -> list[Mention]:
    """Records that stay here and whose free text names one of the people ``fresh`` erases."""
    from petdesk.services.name_mentions import find_mentions_of

    people = [m[1] for m in fresh if m[0] == "contact"]
    going = {(m[0], m[1]) for m in fresh}
    for person in people:
        going.update(person_rows(cursor, person))
    return find_mentions_of(cursor, people, skip=going)


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
