"""Vehicles over capacity: more riders for an item than the vehicle has seats. A warning beside the
clashes and the rooming gaps (the command line's ``clashes``, the visit editor's clash list), never a
reason to refuse a save: the Logistics tab said it only under its own vehicle table (field test 52).
A rider counts only while a live participant of the visit with a live contact: a rider row stays
behind when the participant or the contact is deleted elsewhere (another office, Contacts › Delete),
and an empty seat is not a full one (``logistics.logistics`` lists riders by the same rule).

Plain SQL on the connection, like the clash check, so the command line needs no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from petdesk.connection import sqlite_of
from petdesk.i18n import format_date, translator
from petdesk.stored_times import read_stored_time

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class OverCapacity:
    visit_id: str
    vehicle: str
    seats: int
    riders: int
    item_title_en: str
    item_title_zh: str
    #: The item's day in its own zone.
    day: dt.date

    def describe(self, locale: str = "en") -> str:
        _ = translator(locale)
        zh = locale.startswith("zh")
        title = (
            (self.item_title_zh or self.item_title_en) if zh else (self.item_title_en or self.item_title_zh)
        )
        return (
            _.ngettext(
                "Over capacity: {vehicle} has {n} seat; {riders} people ride in it for “{item}” ({date})",
                "Over capacity: {vehicle} has {n} seats; {riders} people ride in it for “{item}” ({date})",
                self.seats,
            )
            .replace("{n}", str(self.seats))
            .format(vehicle=self.vehicle, riders=self.riders, item=title, date=format_date(self.day, locale))
        )


_SQL = """
SELECT c.visit_id, c.vehicle, c.seats, count(r.id), i.title_en, i.title_zh, i.starts_at, i.timezone
FROM vehicle c
JOIN visit v ON v.id = c.visit_id AND v.deleted_at IS NULL AND v.status != 'cancelled'
JOIN vehicle_assignment a ON a.vehicle_id = c.id AND a.deleted_at IS NULL
JOIN itinerary_item i ON i.id = a.item_id AND i.deleted_at IS NULL
JOIN vehicle_rider r ON r.assignment_id = a.id AND r.deleted_at IS NULL
    AND EXISTS (
        SELECT 1 FROM visit_participant p JOIN contact k ON k.id = p.contact_id AND k.deleted_at IS NULL
        WHERE p.visit_id = c.visit_id AND p.contact_id = r.contact_id AND p.deleted_at IS NULL
    )
WHERE c.deleted_at IS NULL AND c.seats IS NOT NULL {visits}
GROUP BY a.id
HAVING count(r.id) > c.seats
"""


def over_capacity(
    source: Session | sqlite3.Connection, visit_ids: Collection[str] | None = None
) -> list[OverCapacity]:
    """The vehicles of ``visit_ids`` (of every live visit when None) with more riders than seats
    for an item they serve, one warning per item, in date order."""
    from petdesk.services.schedule_time import zone

    conn = sqlite_of(source)
    if visit_ids is None:
        batches: list[list[str]] = [[]]
    else:
        ids = sorted(visit_ids)
        batches = [ids[n : n + 500] for n in range(0, len(ids), 500)]
    found: list[OverCapacity] = []
    for batch in batches:
        where = f"AND c.visit_id IN ({', '.join('?' * len(batch))})" if visit_ids is not None else ""
        for vid, vehicle, seats, riders, title_en, title_zh, starts, tz in conn.execute(
            _SQL.format(visits=where), batch
        ):
            day = read_stored_time(starts).astimezone(zone(tz)).date()
            found.append(OverCapacity(vid, vehicle, seats, riders, title_en, title_zh, day))
    found.sort(key=lambda w: (w.day, w.vehicle))
    return found
