"""Items, travel legs and rooms that still name a person taken off their visit.

Removing a person from a visit takes them off its items, travel legs and rooms since field test
33 (defect 1; :mod:`participant_links`). Files changed before hold such rows still: the itinerary
showed "?" for them and the manifest printed them. ``petdesk check`` finds them and ``--repair``
takes them off as an edit of this office, which travels to the others.

Plain SQL on a sqlite3 cursor, as :mod:`petdesk.services.check` reads files without the models.
"""

from __future__ import annotations

from typing import Any

from petdesk.sync.local_writes import LocalWriter

#: A live participant of the visit ``{visit}`` named by the row's ``contact_id``.
_ON_VISIT = (
    "EXISTS (SELECT 1 FROM visit_participant p WHERE p.visit_id = {visit} "
    "AND p.contact_id = r.contact_id AND p.deleted_at IS NULL)"
)

#: table -> (its parent table, the column naming the parent): each parent belongs to one visit.
_LINKS = {
    "itinerary_attendee": ("itinerary_item", "item_id"),
    "travel_leg_traveller": ("travel_leg", "leg_id"),
    "room_assignment": ("accommodation", "accommodation_id"),
}


def _stray_query(table: str) -> str:
    parent, column = _LINKS[table]
    return (
        f"SELECT r.id FROM {table} r JOIN {parent} x ON x.id = r.{column} "
        "WHERE r.deleted_at IS NULL AND x.deleted_at IS NULL AND NOT "
        + _ON_VISIT.format(visit="x.visit_id")
        + " ORDER BY r.id"
    )


def stray_rows(cursor: Any) -> dict[str, list[str]]:
    """Ids of the live rows, by table, that name a person no longer on their visit (tables the
    file lacks, an old schema's, are left out)."""
    tables = {r[0] for r in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "visit_participant" not in tables:
        return {}
    found = {}
    for table, (parent, _column) in _LINKS.items():
        if table in tables and parent in tables:
            ids = [r[0] for r in cursor.execute(_stray_query(table))]
            if ids:
                found[table] = ids
    return found


def remove_stray_rows(cursor: Any, write: LocalWriter) -> int:
    """Take the people no longer on their visit off its items, legs and rooms, each row retired as
    this office's edit; returns how many rows. An item left with nobody ticked is attended by the
    whole delegation, as after removing its only attendee in the window."""
    n = 0
    for table, ids in stray_rows(cursor).items():
        for row_id in ids:
            n += write.retire(table, row_id)
    return n
