"""When a person last touched a contact or organisation: the stored answer of the "Untouched for N
years" filter (``last_touch``), derived from the change log.

A touch is a real edit of the record or of one of its parts (phone numbers and e-mails, positions):
not housekeeping (a restore or delete of the record, a bulk tag, the stamps every write moves), and
neither taken back by the next change of its field nor taking back the one before (an Undo, a History
revert, an import undone). Read over the whole log at every search, that took 1.1-1.5 s CPU at 100,000
contacts (benchmarks/HISTORY.md, untouched52); stored, the filter is a range of ``(kind, at)``.

Triggers on ``sync_change`` queue every log row that may move a record's touch in ``touch_dirty``
(whichever way the row was written: the change capture, a bulk write, a sync import of another
office's log); :func:`settle` works the queue off with the search index's (after each flush, before
each commit, before a search), once the parts the rows name are written. Only records with a log of
their own or a part edited have a row (sparse52: a row for every record added 9.2 MB to a 100,000-contact
demo, which writes no log); for the others their ``updated_at`` counts, read from the search index's
range of ``(kind, updated_at)``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

#: Fields whose change is housekeeping, not an edit by a person: a restore or delete of the record
#: itself (``deleted_at``), a bulk tag, the stamps every write moves.
NOT_EDITS = "('deleted_at', 'tags', 'created_at', 'updated_at')"
#: The same for a part: a phone number or position removed is a touch of its person.
PART_NOT_EDITS = "('tags', 'created_at', 'updated_at')"
#: The change of ``c``'s field just before (``max``, ``<``) or after (``min``, ``>``) it.
_NEIGHBOUR = (
    "(SELECT {agg}(x.hlc) FROM sync_change x WHERE x.entity = c.entity AND x.row_id = c.row_id "
    "AND x.field = c.field AND x.hlc {cmp} c.hlc)"
)
#: A change log row ``c`` that is a real edit: not housekeeping, and neither taken back by the next
#: change of its field nor itself taking back the one before. A field set back by hand is taken for
#: one too: the log does not say which way a value came back.
REAL_EDIT = (
    "c.field NOT IN {skipped} AND NOT EXISTS (SELECT 1 FROM sync_change n WHERE n.entity = c.entity "
    "AND n.row_id = c.row_id AND n.field = c.field AND n.old_value IS c.new_value "
    "AND n.new_value IS c.old_value AND n.hlc IN ("
    + _NEIGHBOUR.format(agg="min", cmp=">")
    + ", "
    + _NEIGHBOUR.format(agg="max", cmp="<")
    + "))"
)
#: The parts of each kind of record: (table, column naming the record).
PARTS = {
    "contact": (("contact_method", "contact_id"), ("affiliation", "contact_id")),
    "organisation": (("affiliation", "organisation_id"),),
}
_LINKS = {table: [link for kind in PARTS for t, link in PARTS[kind] if t == table] for table in
          ("contact_method", "affiliation")}  # fmt: skip


def _touch_select(kind: str, where: str) -> str:
    """``(entity_id, kind, at)`` of the records of ``kind`` chosen by ``where`` (on ``r``) that have a
    log of their own or a part edited: the last real edit of the record or a part, and for records
    with no log of their own (written in bulk, before the log) their ``updated_at`` too."""
    own = (
        f"(SELECT max(c.at) FROM sync_change c WHERE c.entity = '{kind}' AND c.row_id = r.id AND "
        + REAL_EDIT.format(skipped=NOT_EDITS)
        + ")"
    )
    parts = [
        f"(SELECT max(c.at) FROM {table} p CROSS JOIN sync_change c ON c.entity = '{table}' "
        f"AND c.row_id = p.id WHERE p.{link} = r.id AND " + REAL_EDIT.format(skipped=PART_NOT_EDITS) + ")"
        for table, link in PARTS[kind]
    ]
    names = [f"p{i}" for i in range(len(parts))]
    columns = ", ".join(f"{sql} AS {name}" for sql, name in zip(parts, names, strict=True))
    logged = f"EXISTS (SELECT 1 FROM sync_change c WHERE c.entity = '{kind}' AND c.row_id = r.id)"
    latest = ", ".join(f"coalesce({name}, 0)" for name in names)
    return (
        f"SELECT id, '{kind}', max(coalesce(own, 0), {latest}, CASE WHEN logged THEN 0 ELSE upd END) "
        f"FROM (SELECT r.id AS id, r.updated_at AS upd, {logged} AS logged, {own} AS own, {columns} "
        f"FROM {kind} r WHERE {where}) WHERE logged OR "
        + " OR ".join(f"{name} IS NOT NULL" for name in names)
    )


def recompute(conn: sqlite3.Connection, kind: str, ids: Iterable[str]) -> int:
    """Work out the ``last_touch`` rows of these records of ``kind`` again; returns how many."""
    chosen = json.dumps(sorted(set(ids)))
    if chosen == "[]":
        return 0
    conn.execute("DELETE FROM last_touch WHERE entity_id IN (SELECT value FROM json_each(?))", (chosen,))
    where = "r.id IN (SELECT value FROM json_each(?))"
    return conn.execute("INSERT INTO last_touch " + _touch_select(kind, where), (chosen,)).rowcount


def fill(conn: sqlite3.Connection) -> int:
    """The ``last_touch`` rows from the whole log (migration 0065); returns the rows written."""
    conn.execute("DELETE FROM last_touch")
    conn.execute("DELETE FROM touch_dirty")
    written = 0
    for kind in PARTS:
        written += conn.execute("INSERT INTO last_touch " + _touch_select(kind, "1")).rowcount
    return written


#: Log rows that may move a record's touch: real-edit candidates, and for a record with no
#: ``last_touch`` row yet any first log row (from then on its ``updated_at`` no longer counts).
_QUEUED = (
    "{row}.entity IN ('contact', 'organisation', 'contact_method', 'affiliation') AND ("
    "({row}.entity IN ('contact', 'organisation') AND ({row}.field NOT IN " + NOT_EDITS + " OR NOT EXISTS "
    "(SELECT 1 FROM last_touch t WHERE t.entity_id = {row}.row_id))) "
    "OR ({row}.entity IN ('contact_method', 'affiliation') AND {row}.field NOT IN " + PART_NOT_EDITS + "))"
)
_QUEUE = "INSERT OR IGNORE INTO touch_dirty (entity, row_id) VALUES ({row}.entity, {row}.row_id)"
#: name -> SQL; a time moved (the clock rewritten) or a row removed (an erasure) re-queues too.
TRIGGERS = {
    "touch_log_insert": "CREATE TRIGGER touch_log_insert AFTER INSERT ON sync_change WHEN "
    + _QUEUED.format(row="NEW")
    + " BEGIN "
    + _QUEUE.format(row="NEW")
    + "; END",
    "touch_log_update": "CREATE TRIGGER touch_log_update AFTER UPDATE OF at, hlc ON sync_change WHEN "
    + _QUEUED.format(row="NEW")
    + " BEGIN "
    + _QUEUE.format(row="NEW")
    + "; END",
    "touch_log_delete": "CREATE TRIGGER touch_log_delete AFTER DELETE ON sync_change WHEN "
    + _QUEUED.format(row="OLD")
    + " BEGIN "
    + _QUEUE.format(row="OLD")
    + "; END",
}


def ready(conn: sqlite3.Connection) -> bool:
    """Whether the file has the table (migration 0065)."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'touch_dirty'")
    return found.fetchone() is not None


def queued(conn: sqlite3.Connection) -> bool:
    return ready(conn) and conn.execute("SELECT 1 FROM touch_dirty LIMIT 1").fetchone() is not None


def settle(conn: sqlite3.Connection) -> int:
    """Work off ``touch_dirty`` in the caller's write transaction: the records its rows name, and
    the people and organisations of the parts it names (a part moved to another person or
    organisation: the one it left too); returns how many records were worked out again."""
    if not queued(conn):
        return 0
    rows = conn.execute("SELECT entity, row_id FROM touch_dirty").fetchall()
    parents: dict[str, set[str]] = {kind: set() for kind in PARTS}
    for entity, row_id in rows:
        if entity in parents:
            parents[entity].add(row_id)
    for table, links in _LINKS.items():
        ids = json.dumps([row_id for entity, row_id in rows if entity == table])
        if ids == "[]":
            continue
        for link in links:
            kind = "contact" if link == "contact_id" else "organisation"
            found = conn.execute(
                f"SELECT {link} FROM {table} WHERE id IN (SELECT value FROM json_each(?)) "
                f"AND {link} IS NOT NULL UNION SELECT json_extract(old_value, '$') FROM sync_change "
                f"WHERE entity = '{table}' AND row_id IN (SELECT value FROM json_each(?)) "
                f"AND field = '{link}' AND old_value IS NOT NULL",
                (ids, ids),
            )
            parents[kind].update(row[0] for row in found if row[0])
    conn.execute("DELETE FROM touch_dirty")
    for kind, ids_of in parents.items():
        recompute(conn, kind, ids_of)
    return sum(len(ids_of) for ids_of in parents.values())
