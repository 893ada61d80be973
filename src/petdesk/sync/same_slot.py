"""One attendance row per (session, person), whichever offices marked it.

Chengdu marks Ayumi present in session 1 while Copenhagen marks her absent: each office makes its
own attendance row, and the sync carries both, so every office held two live rows for one slot and
the sign-in sheet showed whichever came first (field test 18, defect 1).

After each import, every slot the import wrote a row of that has more than one live row is settled
the same way at every office, whatever order the packages came in: the row with the smallest id is
kept, each of its fields takes the value written last among the rows (the field rule of the sync),
the other rows are retired, and where the rows said different things the value that lost waits as a
field conflict on the kept row, like any other field edited at two offices. The writes are this
office's changes and travel like any edit; an office that settles the same slot writes the same
values, which do not conflict.

The office whose mark lost may receive the slot settled already (one live row, its own retired):
the settling office passes on which mark lost (:mod:`petdesk.sync.lost_edits`), and the office that
made it records the conflict when its row is retired, as it does for any overridden edit.
"""

from __future__ import annotations

import json
from typing import Any

from petdesk.sync import lost_edits
from petdesk.sync.changes import _conflict
from petdesk.sync.hlc import Version
from petdesk.sync.local_writes import LocalWriter, add_conflict
from petdesk.sync.versions import Codes

#: Tables holding one live row per slot: the columns that name the slot, and the fields it records.
SLOTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "attendance": (("session_id", "contact_id"), ("status",)),
}


def duplicated_slots(cursor: Any, table: str, row_ids: list[str] | None = None) -> list[tuple[Any, ...]]:
    """The slots with more than one live row (among the slots of ``row_ids``; None: all)."""
    keys = ", ".join(SLOTS[table][0])
    among = ""
    params: tuple[Any, ...] = ()
    if row_ids is not None:
        among = f"AND ({keys}) IN (SELECT {keys} FROM {table} WHERE id IN (SELECT value FROM json_each(?)))"
        params = (json.dumps(row_ids),)
    return cursor.execute(
        f"SELECT {keys} FROM {table} WHERE deleted_at IS NULL {among} "
        f"GROUP BY {keys} HAVING count(*) > 1 ORDER BY {keys}",
        params,
    ).fetchall()


def settle(
    cursor: Any,
    write: LocalWriter,
    *,
    written: dict[str, list[str]] | None,
    exchange_id: str | None = None,
) -> int:
    """Settle every slot with more than one live row that ``written`` (ids by table, as the import
    wrote them; None: every slot) concerns; returns how many slots were settled."""
    settled = 0
    for table in SLOTS:
        row_ids = None if written is None else written.get(table, [])
        if row_ids == []:
            continue
        for slot in duplicated_slots(cursor, table, row_ids):
            _settle_slot(cursor, write, table, slot, exchange_id)
            settled += 1
        if row_ids:
            _retired_marks_that_lost(cursor, write, table, row_ids, exchange_id)
    return settled


def _retired_marks_that_lost(
    cursor: Any, write: LocalWriter, table: str, row_ids: list[str], exchange_id: str | None
) -> None:
    """This office's marks that another office's settling retired, having lost: a conflict on the
    row kept, "your edit was overridden"."""
    keys, fields = SLOTS[table]
    self_office = write.local.office
    retired = cursor.execute(
        f"SELECT id, {', '.join(keys)}, {', '.join(fields)} FROM {table} "
        "WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))",
        (json.dumps(row_ids),),
    ).fetchall()
    versions = Codes(cursor, create=False).load(table, [r[0] for r in retired])
    for row_id, *rest in retired:
        slot, values = tuple(rest[: len(keys)]), rest[len(keys) :]
        mine = versions.get(row_id)
        if mine is None:
            continue
        kept = cursor.execute(
            f"SELECT id, {', '.join(fields)} FROM {table} WHERE deleted_at IS NULL AND "
            f"{' AND '.join(f'{k} = ?' for k in keys)} ORDER BY id LIMIT 1",
            slot,
        ).fetchone()
        if kept is None:
            continue
        for field, value, kept_value in zip(fields, values, kept[1:], strict=True):
            loser = mine.of(field)
            fact = cursor.execute(
                "SELECT winner_hlc, winner_office FROM sync_lost_edit WHERE entity = ? AND row_id = ? "
                "AND field = ? AND loser_hlc = ? AND loser_office = ?",
                (table, row_id, field, loser.hlc, loser.office),
            ).fetchone()
            if fact is None or loser.office != self_office or value == kept_value:
                continue
            add_conflict(
                cursor,
                _conflict(table, kept[0], field, "field", Version(*fact), kept_value, loser, value),
                now=write.now,
                exchange_id=exchange_id,
            )


def _settle_slot(
    cursor: Any, write: LocalWriter, table: str, slot: tuple[Any, ...], exchange_id: str | None
) -> None:
    keys, fields = SLOTS[table]
    rows = cursor.execute(
        f"SELECT id, {', '.join(fields)} FROM {table} WHERE deleted_at IS NULL AND "
        f"{' AND '.join(f'{k} = ?' for k in keys)} ORDER BY id",
        slot,
    ).fetchall()
    versions = Codes(cursor, create=False).load(table, [r[0] for r in rows])
    kept = rows[0][0]
    for pos, field in enumerate(fields, start=1):
        # (version, value) of each row's field, the one written last first: the same order everywhere.
        marks = sorted(
            ((versions[r[0]].of(field), r[pos], r[0]) for r in rows if r[0] in versions),
            reverse=True,
        )
        if not marks:
            continue
        winner, value, _winner_row = marks[0]
        write(table, kept, field, value)
        for loser, other, row_id in marks[1:]:
            if other == value:
                continue
            conflict = _conflict(table, kept, field, "field", winner, value, loser, other)
            add_conflict(cursor, conflict, now=write.now, exchange_id=exchange_id)
            # Passed on, so that the office whose mark lost hears of it (see the module's text).
            lost_edits.remember(cursor, [lost_edits.from_conflict({**conflict, "row_id": row_id})])
    for row_id, *_values in rows[1:]:
        write.retire(table, row_id)
