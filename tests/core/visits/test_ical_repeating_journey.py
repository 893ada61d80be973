"""A repeating journey (RRULE) whose DTSTART and DTEND have different zones, as Outlook writes a
daily delegation flight Shanghai → Frankfurt: ``recurring_ical_events`` gives each occurrence's end
in the start's zone, so no occurrence became a leg (round 63). Each occurrence ends after the
original duration, in the end's own zone."""

from __future__ import annotations

from petdesk import models as m
from petdesk.db import Database
from tests.core.visits.test_ical_leg_uid import DATA, _import, visit_id

__all__ = ["visit_id"]  # the fixture

DAILY = DATA / "outlook_flight_daily_two_zones.ics"
TITLE = "Delegation flights LH 729 Shanghai - Frankfurt"


def test_each_occurrence_becomes_a_leg_landing_in_its_own_zone(db: Database, visit_id: str) -> None:
    result = _import(db, visit_id, DAILY.read_bytes())
    assert result.added == [TITLE] * 3 and result.skipped == []
    with db.reading() as s:
        live = s.query(m.TravelLeg).filter_by(visit_id=visit_id, deleted_at=None)
        legs = live.order_by(m.TravelLeg.departs_at)
        got = [
            (leg.departs_at.strftime("%d %H:%M"), leg.departs_timezone, leg.arrives_at.strftime("%d %H:%M"),
             leg.arrives_timezone) for leg in legs
        ]  # fmt: skip
    # 13:00 in Shanghai (05:00 UTC) to 18:00 in Frankfurt (17:00 UTC), each day
    assert got == [(f"{d} 05:00", "Asia/Shanghai", f"{d} 17:00", "Europe/Berlin") for d in (10, 11, 12)]
    again = _import(db, visit_id, DAILY.read_bytes())  # the same file again changes nothing
    assert again.added == [] and again.unchanged == [TITLE] * 3
