"""A flight in a calendar file leaves in one zone and lands in another (round 60): DTSTART with
TZID Asia/Shanghai, DTEND with TZID Europe/Berlin, as Outlook and Google Calendar write it. It was
stored as an itinerary item in Beijing time at both ends ("01:00 (+1)" for an 18:00 landing in
Frankfurt); an item keeps one zone, a travel leg one for each end, so it becomes a travel leg."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import clashes, ical
from petdesk.services import logistics as lg
from petdesk.services import visits as vs

DATA = Path(__file__).parents[2] / "data" / "import" / "travel60"


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Shanghai delegation to Frankfurt", start_date=dt.date(2026, 11, 10),
            end_date=dt.date(2026, 11, 13), timezone="Europe/Berlin",
        )  # fmt: skip
        return v.id


@pytest.mark.parametrize("name", ["outlook_flight_two_zones.ics", "google_flight_two_zones.ics"])
def test_a_flight_between_two_zones_lands_in_its_own_zone(db: Database, visit_id: str, name: str) -> None:
    data = (DATA / name).read_bytes()
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
    assert not result.skipped, result.skipped
    with db.reading() as s:
        legs = lg.logistics(s, visit_id).legs
        items = {i.title_en: i for i in vs.itinerary(s, visit_id)}
        assert not clashes.find_clashes(s, visit_id=visit_id)
    assert [i for i in items if "Flight" in i] == []  # not an item in Beijing time at both ends
    [leg] = legs
    assert (leg.departs_timezone, leg.arrives_timezone) == ("Asia/Shanghai", "Europe/Berlin")
    assert leg.departs == dt.datetime(2026, 11, 10, 5, tzinfo=dt.UTC)
    assert leg.arrives == dt.datetime(2026, 11, 10, 17, tzinfo=dt.UTC)
    assert (leg.departs.strftime("%d %H:%M"), leg.arrives.strftime("%d %H:%M")) == ("10 13:00", "10 18:00")
    assert (leg.mode, leg.number) == ("flight", "LH 729")
    assert "Shanghai" in leg.from_place and leg.to_place == "Frankfurt"
    assert "7QX2PL" in leg.notes  # the booking reference is kept
    assert any("Flight" in title for title, _note in result.notes)

    # importing the same file again adds no second leg
    with db.transaction() as s:
        again = ical.import_into_visit(s, visit_id, data)
    with db.reading() as s:
        assert len(lg.logistics(s, visit_id).legs) == 1
    assert again.added == [] and len(again.unchanged) == len(result.added)


def test_a_flight_moved_in_a_file_sent_again_moves_its_leg(db: Database, visit_id: str) -> None:
    """review60: LH 729 delayed two hours (SEQUENCE 1) and imported again left the 13:00 leg beside
    a new 15:00 one; a leg keeps no UID, but one flight number leaves once a day."""
    data = (DATA / "google_flight_two_zones.ics").read_text("utf-8")
    moved = data.replace("20261110T130000", "20261110T150000").replace("20261110T180000", "20261110T200000")
    with db.transaction() as s:
        ical.import_into_visit(s, visit_id, data)
    with db.transaction() as s:
        again = ical.import_into_visit(s, visit_id, moved)
    with db.reading() as s:
        [leg] = lg.logistics(s, visit_id).legs
    assert (leg.departs.strftime("%d %H:%M"), leg.arrives.strftime("%d %H:%M")) == ("10 15:00", "10 20:00")
    assert (leg.number, leg.to_place) == ("LH 729", "Frankfurt")
    assert again.updated == ["Flight to Frankfurt (LH 729)"] and again.added == []
