"""Edits that reach a record merged away follow the merge to the kept record.

Office A merges Y into X while office B edits Y (a note, a WeChat id). The sync carries both: Y
stays deleted by the merge, B's note stays inside the deleted Y and B's WeChat id stays linked to
it, so neither ever shows on X, and B's deleted-versus-edited conflict offered to bring the
duplicate back.

After each import, for every merge that stands (not undone, its merged record deleted, its kept
record alive, or merged in turn into one that is) and that the import's records concern (see
``_concerned``), what the merged record holds that it did not hold when it was merged (the merge
record keeps its fields as they were) is carried to the kept record the way the merge carries a
field: an empty field is filled, lists are united, a text both hold is joined (the merged record's
earlier text, which the merge may have joined in, is replaced by the new one), and a value the kept
record holds differently stays, with a conflict offering the other. Rows that still name the merged
record (a contact method added to it elsewhere) are moved to the kept record, and copies of what the
kept record holds are retired. The deleted-versus-edited conflict on the merged record is settled:
its edit went to the kept record.

All of it is this office's change and travels like any edit; an office that carries the same edit
writes the same values, which do not conflict, and carrying again changes nothing.
"""

from __future__ import annotations

import json
from typing import Any

from petdesk.sync import same_slot
from petdesk.sync.changes import CHUNK, _conflict
from petdesk.sync.entities import META_FIELDS, by_name
from petdesk.sync.local_writes import LocalWriter, add_conflict, linking
from petdesk.sync.versions import Codes

#: Fields the merge can keep both of ("text" in ``services.merge``): joined.
TEXT_FIELDS = frozenset(
    {
        "dietary_needs",
        "accessibility_needs",
        "emergency_contact",
        "notes",
        "address_en",
        "address_zh",
        "visa_note",
    }
)
#: Fields that only make sense together (one choice of ``services.merge``, with what it carries: the
#: name order's chosen mark goes with the order, never alone as a conflict of its own).
GROUPS: dict[str, tuple[tuple[str, ...], ...]] = {
    "contact": (
        ("family_name", "given_name", "name_order", "name_order_chosen"),
        ("family_name_zh", "given_name_zh"),
        ("nationality", "passport_number", "passport_expiry"),  # one passport (0061)
    ),
    "organisation": (("city_en", "city_zh"),),
}
#: Fields that say nothing on their own (the name order beside the name, and whether it was chosen).
QUALIFIERS = frozenset({"name_order", "name_order_chosen"})
#: For linked rows where one person or organisation appears once per parent: the columns that make
#: two rows of one record the same (``services.merge._DEDUP_KEYS``; contact methods are compared by
#: :mod:`petdesk.sync.duplicate_methods`).
SAME_ROW: dict[tuple[str, str], tuple[str, ...]] = {
    ("affiliation", "contact_id"): ("organisation_id", "start_date", "end_date"),
    ("affiliation", "organisation_id"): ("contact_id", "start_date", "end_date"),
    ("visit_participant", "contact_id"): ("visit_id",),
    ("itinerary_attendee", "contact_id"): ("item_id",),
    ("training_participant", "contact_id"): ("training_id",),
    ("attendance", "contact_id"): ("session_id",),
    ("session_trainer", "contact_id"): ("session_id",),
    ("itinerary_organisation", "organisation_id"): ("item_id",),
}

#: What ``services.merge`` merges (its ``Entity``).
ENTITIES = ("contact", "organisation")

_STANDING = "undone_at IS NULL AND deleted_at IS NULL"
_STANDING_SQL = (
    f"SELECT entity, kept_id, merged_id, payload FROM merge_record WHERE {_STANDING} ORDER BY merged_at, id"
)
#: A list of ids bound as one parameter (a JSON array): no limit of host parameters to chunk for.
_IDS = "(SELECT value FROM json_each(?))"


def follow(
    cursor: Any,
    write: LocalWriter,
    *,
    exchange_id: str | None = None,
    written: dict[str, list[str]] | None = None,
) -> list[str]:
    """Carry what reached records merged away to their kept records (see the module's text);
    returns the ids of the contact methods moved.

    ``written``: the ids of the rows the import wrote, by table; only the merges they concern are
    looked at (see :func:`_concerned`). None looks at every standing merge."""
    merges = cursor.execute(_STANDING_SQL).fetchall() if written is None else _concerned(cursor, written)
    if not merges:
        return []
    specs = by_name()
    into = {(entity, merged): kept for entity, kept, merged, _payload in merges}
    targets: dict[str, dict[str, str]] = {}
    for entity, kept, merged, payload in merges:
        if entity not in specs or not _deleted(cursor, entity, merged):
            continue
        target = _alive(cursor, entity, kept, into)
        if target is None or target == merged:
            continue
        targets.setdefault(entity, {})[merged] = target
        before = (json.loads(payload or "{}") or {}).get("merged_before") or {}
        if isinstance(before, dict):
            _carry_fields(cursor, write, entity, merged, target, before, exchange_id)
        cursor.execute(
            "UPDATE sync_conflict SET resolved_at = ?, resolution = 'merged' WHERE entity = ? "
            "AND row_id = ? AND kind = 'delete_edit' AND resolved_at IS NULL",
            (write.now, entity, merged),
        )
    moved: list[str] = []
    for entity, merged_into in targets.items():
        moved.extend(_move_links(cursor, write, entity, merged_into))
    return moved


def _concerned(cursor: Any, written: dict[str, list[str]]) -> list[tuple[Any, ...]]:
    """The standing merges, in their order, that rows ``written`` by an import can change the
    outcome of: the merges of the records those rows are or link to (a contact, a phone number of
    one, a merge record), and every standing merge joined to them through a kept or merged record
    (a merge of the kept record, another merge into it). Following a merge reads and writes only
    the records so joined, so every other merge stays as the last import left it: a hub with tens of
    thousands of merges looks at none of them for a field office's package that names none."""
    named: set[tuple[str, str]] = set()
    for entity in ENTITIES:
        named.update((entity, row_id) for row_id in written.get(entity, ()))
        for table, column in linking(cursor, entity):
            if written.get(table):
                rows = cursor.execute(
                    f"SELECT {column} FROM {table} WHERE id IN {_IDS} AND {column} IS NOT NULL",
                    (json.dumps(written[table]),),
                )
                named.update((entity, row_id) for (row_id,) in rows)
    if written.get("merge_record"):
        rows = cursor.execute(
            f"SELECT entity, kept_id, merged_id FROM merge_record WHERE id IN {_IDS}",
            (json.dumps(written["merge_record"]),),
        )
        for entity, kept, merged in rows:
            named.update(((entity, kept), (entity, merged)))
    found: set[str] = set()
    seen, frontier = set(named), named
    while frontier:
        by_entity: dict[str, list[str]] = {}
        for entity, row_id in frontier:
            by_entity.setdefault(entity, []).append(row_id)
        frontier = set()
        for entity, ids in by_entity.items():
            for column in ("merged_id", "kept_id"):  # each through its own index
                rows = cursor.execute(
                    f"SELECT id, kept_id, merged_id FROM merge_record "
                    f"WHERE {column} IN {_IDS} AND entity = ? AND {_STANDING}",
                    (json.dumps(ids), entity),
                )
                for merge_id, kept, merged in rows:
                    found.add(merge_id)
                    frontier.update(k for k in ((entity, kept), (entity, merged)) if k not in seen)
            seen |= frontier
    if not found:
        return []
    return list(
        cursor.execute(
            f"SELECT entity, kept_id, merged_id, payload FROM merge_record WHERE id IN {_IDS} "
            "ORDER BY merged_at, id",
            (json.dumps(sorted(found)),),
        )
    )


def _deleted(cursor: Any, entity: str, row_id: str) -> bool:
    row = cursor.execute(f"SELECT deleted_at FROM {entity} WHERE id = ?", (row_id,)).fetchone()
    return row is not None and row[0] is not None


def _alive(cursor: Any, entity: str, row_id: str, into: dict[tuple[str, str], str]) -> str | None:
    """The live record ``row_id`` is, or was merged into (following merges of merges)."""
    seen = set()
    while row_id not in seen:
        seen.add(row_id)
        row = cursor.execute(f"SELECT deleted_at FROM {entity} WHERE id = ?", (row_id,)).fetchone()
        if row is None:
            return None
        if row[0] is None:
            return row_id
        nxt = into.get((entity, row_id))
        if nxt is None:
            return None
        row_id = nxt
    return None


def _same(stored: Any, snapshot: Any) -> bool:
    """Whether a stored value is the one the merge record's snapshot (JSON values) holds."""
    if isinstance(snapshot, list):
        return _as_list(stored) == snapshot
    if isinstance(snapshot, bool):
        return bool(stored) == snapshot
    if stored in (None, "") and snapshot in (None, ""):
        return True
    return bool(stored == snapshot)


def _as_list(stored: Any) -> list[Any]:
    try:
        value = json.loads(stored) if isinstance(stored, str) and stored else []
    except ValueError:
        return [stored]
    return value if isinstance(value, list) else [value]


def _empty(values: dict[str, Any], group: tuple[str, ...]) -> bool:
    parts = [values[c] for c in group if c not in QUALIFIERS] or [values[c] for c in group]
    return all(v is None or v == "" or v == "[]" or v is False for v in parts)


def _joined(kept: str, new: str, old: Any) -> str:
    """The kept record's text with the merged record's new text in it."""
    if new in kept:
        return kept
    if isinstance(old, str) and old and old in kept:
        return kept.replace(old, new, 1)
    return f"{kept}\n\n{new}"


def _carry_fields(
    cursor: Any,
    write: LocalWriter,
    entity: str,
    merged: str,
    target: str,
    before: dict[str, Any],
    exchange_id: str | None,
) -> None:
    spec = by_name()[entity]
    cols = [
        c
        for c in spec.columns
        if c in before and c not in META_FIELDS and c != "deleted_at" and c not in spec.time_columns
    ]
    if not cols:
        return
    select = f"SELECT {', '.join(cols)} FROM {entity} WHERE id = ?"
    y = dict(zip(cols, cursor.execute(select, (merged,)).fetchone(), strict=True))
    changed = {c for c in cols if not _same(y[c], before[c])}
    if not changed:
        return
    x = dict(zip(cols, cursor.execute(select, (target,)).fetchone(), strict=True))
    done: set[str] = set()
    groups = [tuple(c for c in g if c in cols) for g in GROUPS.get(entity, ())]
    for group in [*groups, *((c,) for c in cols)]:
        if not group or not changed & set(group) or done & set(group):
            continue
        done.update(group)
        first = group[0]
        if isinstance(before[first], list):
            kept_list = _as_list(x[first])
            united = kept_list + [v for v in _as_list(y[first]) if v not in kept_list]
            if united != kept_list:
                write(entity, target, first, json.dumps(united, ensure_ascii=False, separators=(",", ":")))
        elif _empty(x, group):
            for c in group:
                write(entity, target, c, y[c])
        elif _empty(y, group):
            continue  # emptied at the other office: the kept record keeps its own
        elif len(group) == 1 and first in TEXT_FIELDS and isinstance(x[first], str):
            write(entity, target, first, _joined(x[first], str(y[first]), before[first]))
        else:
            versions = Codes(cursor, create=False).load(entity, [merged, target])
            for c in group:
                if c in changed and c not in QUALIFIERS and x[c] != y[c]:
                    mine, theirs = versions.get(target), versions.get(merged)
                    if mine is None or theirs is None:
                        continue
                    add_conflict(
                        cursor,
                        _conflict(entity, target, c, "field", mine.of(c), x[c], theirs.of(c), y[c]),
                        now=write.now,
                        exchange_id=exchange_id,
                    )


def _move_links(cursor: Any, write: LocalWriter, entity: str, merged_into: dict[str, str]) -> list[str]:
    """Move the live rows naming a merged record to its kept record; returns the contact methods
    moved."""
    specs = by_name()
    moved: list[str] = []
    merged_ids = sorted(merged_into)
    for table, column in linking(cursor, entity):
        spec = specs.get(table)
        if spec is None or column not in spec.columns or "deleted_at" not in spec.columns:
            continue
        regrouped: set[str] = set()
        for start in range(0, len(merged_ids), CHUNK):
            chunk = merged_ids[start : start + CHUNK]
            rows = cursor.execute(
                f"SELECT id, {column} FROM {table} WHERE deleted_at IS NULL "
                f"AND {column} IN ({','.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ).fetchall()
            for row_id, merged in rows:
                target = merged_into[merged]
                if write(table, row_id, column, target):
                    if table == "contact_method":
                        moved.append(row_id)
                    elif (table, column) in SAME_ROW and table not in same_slot.SLOTS:
                        # (two marks of one slot are settled after, with a conflict: same_slot)
                        regrouped.add(target)
        for target in sorted(regrouped):
            _retire_copies(cursor, write, table, column, SAME_ROW[(table, column)], target)
    return moved


def _retire_copies(
    cursor: Any, write: LocalWriter, table: str, column: str, key: tuple[str, ...], target: str
) -> None:
    """Of the live rows of ``target`` that say the same, keep the one with the smallest id."""
    seen: set[tuple[Any, ...]] = set()
    for row_id, *values in cursor.execute(
        f"SELECT id, {', '.join(key)} FROM {table} WHERE {column} = ? AND deleted_at IS NULL ORDER BY id",
        (target,),
    ).fetchall():
        if tuple(values) in seen:
            write.retire(table, row_id)
        else:
            seen.add(tuple(values))
