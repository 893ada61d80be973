"""Records whose change time lies ahead of this computer's clock (field test 72).

A laptop whose clock ran a year ahead stamped the records edited then with that year: they show
"Last changed" a year ahead at every office (the time travels with sync), count as touched for the
"Untouched for" filter, and a follow-up given a due date from that wrong "today" never reaches the
reminders. Nothing is rewritten here: the times travel, and only a person knows the right one.
Editing the record stamps it anew. Works on a plain cursor (``petdesk check`` has no ORM session).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from petdesk.stored_times import read_stored_time, stored_time, utcnow

if TYPE_CHECKING:
    from petdesk.db import Database

#: How far ahead of this computer's clock a change time may lie: offices' clocks differ by minutes,
#: a day more means a clock set wrong (the sync's ``FUTURE_CLOCK_TOLERANCE_MS`` too).
TOLERANCE = dt.timedelta(days=1)
#: Records named at most; the rest are counted (a year-ahead laptop may have touched thousands).
LIMIT = 200


@dataclass(frozen=True)
class DatedAhead:
    entity: str
    row_id: str
    label: str
    #: The record's change time (UTC), ahead of the clock.
    changed: dt.datetime
    #: A follow-up's due date: probably reckoned from the wrong "today" as well.
    due: dt.date | None = None


@dataclass
class Found:
    records: list[DatedAhead]
    #: All live records dated ahead, named or not.
    total: int

    @property
    def latest(self) -> dt.datetime | None:
        """The furthest change time: when this computer's clock will have passed them all."""
        return max((r.changed for r in self.records), default=None)


def _tables(cursor: Any) -> set[str]:
    return {r[0] for r in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def dated_ahead(
    cursor: Any, *, now: dt.datetime | None = None, locale: str = "en", limit: int = LIMIT
) -> Found:
    """Live records changed more than :data:`TOLERANCE` after ``now`` (this computer's clock),
    furthest ahead first, at most ``limit`` of them named."""
    from petdesk.sync.entities import entities
    from petdesk.sync.value_words import describe_records

    cutoff = stored_time((now or utcnow()) + TOLERANCE)
    present = _tables(cursor)
    hits: list[tuple[int, str, str]] = []
    total = 0
    for entity in entities():
        if entity.name not in present or not {"updated_at", "deleted_at"} <= set(entity.columns):
            continue
        # typeof: a time some old writer left as text is petdesk check's other finding, not this one
        where = "updated_at > ? AND typeof(updated_at) = 'integer' AND deleted_at IS NULL"
        counted = cursor.execute(f'SELECT count(*) FROM "{entity.name}" WHERE {where}', (cutoff,))
        total += counted.fetchone()[0]
        rows = cursor.execute(
            f'SELECT updated_at, id FROM "{entity.name}" WHERE {where} ORDER BY updated_at DESC LIMIT ?',
            (cutoff, limit),
        ).fetchall()
        hits.extend((int(when), entity.name, str(row_id)) for when, row_id in rows)
    hits.sort(reverse=True)
    hits = hits[:limit]
    by_entity: dict[str, list[str]] = {}
    for _when, name, row_id in hits:
        by_entity.setdefault(name, []).append(row_id)
    labels = {name: describe_records(cursor, name, ids, locale) for name, ids in by_entity.items()}
    dues = _due_dates(cursor, by_entity.get("follow_up", []))
    records = [
        DatedAhead(name, row_id, labels[name][row_id], read_stored_time(when), dues.get(row_id))
        for when, name, row_id in hits
    ]
    return Found(records, total)


def _due_dates(cursor: Any, ids: list[str]) -> dict[str, dt.date]:
    if not ids:
        return {}
    rows = cursor.execute(
        f"SELECT id, due_date FROM follow_up WHERE id IN ({', '.join('?' * len(ids))})", ids
    ).fetchall()
    return {str(i): dt.date.fromisoformat(str(d)) for i, d in rows if d}


def find(db: Database, *, locale: str = "en", limit: int = LIMIT) -> Found:
    """:func:`dated_ahead` in ``db`` (the window's notice at start)."""
    with db.reading() as session:
        return dated_ahead(session.connection().connection.cursor(), locale=locale, limit=limit)
