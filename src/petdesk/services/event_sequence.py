"""SEQUENCE of an exported calendar event (RFC 5545 §3.8.7.4): how many times its time or place
was changed, read from the change log (``sync_change``: one clock value per save, carried to
every office), so no column is needed and every office writes the same number.

A calendar program that receives a re-planned itinerary again (METHOD:PUBLISH, same UID) takes
the copy with the higher SEQUENCE; with only a newer DTSTAMP Outlook and Google Calendar may keep
the old time (field test 77). Edits of a title or a note leave it as it was (RFC 5546 §2.1.4)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from petdesk.models.sync import SyncChange

#: The fields whose change re-plans an event, per table.
RESCHEDULING_FIELDS: dict[str, tuple[str, ...]] = {
    "visit": ("start_date", "end_date"),
    "training": ("start_date", "end_date"),
    "itinerary_item": (
        "starts_at", "ends_at", "timezone", "all_day", "place_en", "place_zh", "address_en",
        "address_zh", "city_en", "city_zh",
    ),
    "travel_leg": (
        "departs_at", "arrives_at", "departs_timezone", "arrives_timezone", "from_place", "to_place",
    ),
    "accommodation": ("check_in", "check_out", "hotel", "address"),
    "training_session": ("starts_at", "ends_at", "timezone", "room_en", "room_zh"),
}  # fmt: skip
#: Row ids per ``IN (...)`` list: below SQLite's old limit of 999 parameters.
_CHUNK = 500


def sequences(session: Session, entity: str, row_ids: Sequence[str]) -> dict[str, int]:
    """Each record's SEQUENCE: the number of saves that changed its time or place (0: never)."""
    fields = RESCHEDULING_FIELDS[entity]
    out: dict[str, int] = {}
    ids = list(dict.fromkeys(row_ids))
    for n in range(0, len(ids), _CHUNK):
        saves = func.count(distinct(SyncChange.hlc.concat(SyncChange.office)))
        rows = session.execute(
            select(SyncChange.row_id, saves)
            .where(
                SyncChange.entity == entity,
                SyncChange.row_id.in_(ids[n : n + _CHUNK]),
                SyncChange.field.in_(fields),
            )
            .group_by(SyncChange.row_id)
        )
        out.update({row_id: int(count) for row_id, count in rows})
    return out
