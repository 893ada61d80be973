"""Riders of a vehicle assignment deleted at another office go with it, as a delete here does.

Taking a car off an itinerary item deletes its assignment and the riders on it
(``logistics.set_vehicle_items``). An office on an older petdesk knows no riders: when it takes
the car off, only the assignment's deletion arrives, and the riders stayed live, travelling on to
every office and counting in exports and erasures (field test 55, defect 3). After each import,
and in ``petdesk check --repair``, live riders of a deleted assignment are deleted with its own
deletion time, as a change of this office; offices that settle it write the same values.
"""

from __future__ import annotations

from typing import Any

from petdesk.sync.local_writes import LocalWriter

_LEFT_BEHIND = (
    "SELECT r.id, a.deleted_at FROM vehicle_rider r JOIN vehicle_assignment a ON a.id = r.assignment_id "
    "WHERE r.deleted_at IS NULL AND a.deleted_at IS NOT NULL"
)


def left_behind(cursor: Any) -> list[tuple[str, Any]]:
    """(rider id, the assignment's deletion time) of live riders on a deleted assignment."""
    if not _has_riders(cursor):
        return []
    return [(row[0], row[1]) for row in cursor.execute(_LEFT_BEHIND)]


def follow(cursor: Any, write: LocalWriter) -> int:
    """Delete the riders left on deleted assignments; returns how many."""
    return sum(write("vehicle_rider", rider_id, "deleted_at", gone) for rider_id, gone in left_behind(cursor))


def _has_riders(cursor: Any) -> bool:
    """Files older than the riders' migration have no such table (``petdesk check`` reads any)."""
    found = cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vehicle_rider'")
    return found.fetchone() is not None
