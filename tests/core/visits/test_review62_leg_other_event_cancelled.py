"""Review 62: a cancellation found its leg by the same moments whatever the leg's UID, so a
colleague's cancelled booking of the same flight (another calendar event) deleted the leg of the
booking still standing. A leg imported from one event is found by its UID only (as ``moved_leg``
already says); a leg without a UID still pairs by its moments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import visits as vs

FIRST = Path(__file__).parents[2] / "data" / "import" / "travel60" / "outlook_flight_two_zones.ics"
UID_TAIL = "010000000D4B1F6C7E2A3C94B8F2D5E6A7B8C9D0E"


def test_review62_another_events_cancellation_leaves_the_leg(db: Database) -> None:
    with db.transaction() as s:
        visit_id = vs.create_visit(
            s, title_en="Shanghai delegation to Frankfurt", start_date=dt.date(2026, 11, 10),
            end_date=dt.date(2026, 11, 13), timezone="Europe/Berlin",
        ).id  # fmt: skip
    mine = FIRST.read_text(encoding="utf-8")
    colleagues = mine.replace(UID_TAIL, "020000000AAAABBBBCCCCDDDDEEEEFFFF00001111")
    cancelled = colleagues.replace("STATUS:CONFIRMED", "STATUS:CANCELLED").replace("SEQUENCE:0", "SEQUENCE:1")
    for data in (mine, colleagues, cancelled):
        with db.transaction() as s:
            result = ical.import_calendar_file(s, visit_id, data, file="flight.ics")
    assert result.cancelled == []
    with db.reading() as s:
        legs = s.query(m.TravelLeg).filter_by(visit_id=visit_id, deleted_at=None).all()
        assert [(leg.number, (leg.source_uid or "").endswith(UID_TAIL)) for leg in legs] == [("LH 729", True)]
