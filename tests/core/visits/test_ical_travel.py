"""Flights and hotel nights in a visit's calendar file (field test 11, "Not found": the director's
calendar lacked the delegation's arrival flight). Parsed back with ``icalendar``."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar

from petdesk.db import Database
from petdesk.services import calendar as cal_service
from petdesk.services import ical
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person


def _visit_with_travel(db: Database) -> str:
    with db.transaction() as s:
        head = person(s, "Anna", "Schmidt", email="anna.schmidt@stuttgart.example")
        visit = vs.create_visit(
            s,
            title_en="Stuttgart delegation to Chengdu",
            title_zh="斯图加特代表团访问成都",
            start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 11),
            timezone="Asia/Shanghai",
        )
        vs.add_participant(s, visit.id, head.id, "head")
        ls.add_travel_leg(
            s,
            visit.id,
            number="LH 720",
            carrier="Lufthansa",
            from_place="Frankfurt",
            to_place="Chengdu",
            departs=dt.datetime(2027, 3, 7, 11, 15),
            departs_timezone="Europe/Berlin",
            arrives=dt.datetime(2027, 3, 8, 5, 55),
            arrives_timezone="Asia/Shanghai",
            traveller_ids=[head.id],
        )
        stay = ls.add_accommodation(
            s,
            visit.id,
            hotel="Jinjiang Hotel 锦江宾馆",
            check_in=dt.date(2027, 3, 8),
            check_out=dt.date(2027, 3, 11),
        )
        ls.set_rooming(s, stay.id, [(head.id, "1808")])  # a person's file has the hotels of their rooms
        return visit.id


def _export(db: Database, visit_id: str, locale: str = "en") -> Calendar:
    with db.reading() as s:
        return Calendar.from_ical(ical.export_visit(s, visit_id, locale=locale))


def _event(cal: Calendar, category: str):  # type: ignore[no-untyped-def]
    [found] = [e for e in cal.walk("VEVENT") if category in e.get("categories").cats]
    return found


def test_a_flight_starts_and_ends_in_its_own_zones(db: Database) -> None:
    cal = _export(db, _visit_with_travel(db))
    flight = _event(cal, "FLIGHT")
    assert str(flight["summary"]) == "Flight LH 720 Frankfurt → Chengdu / 航班 LH 720 Frankfurt → Chengdu"
    start, end = flight.decoded("dtstart"), flight.decoded("dtend")
    assert (
        flight["dtstart"].params["TZID"] == "Europe/Berlin"
        and flight["dtend"].params["TZID"] == "Asia/Shanghai"
    )
    assert start == dt.datetime(2027, 3, 7, 11, 15, tzinfo=ZoneInfo("Europe/Berlin"))
    assert end == dt.datetime(2027, 3, 8, 5, 55, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert end - start == dt.timedelta(hours=11, minutes=40)
    zones = {str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")}
    assert {"Europe/Berlin", "Asia/Shanghai"} <= zones  # both ends described in the file
    assert "anna.schmidt@stuttgart.example" in str(flight["attendee"])  # the traveller


def test_a_hotel_stay_is_its_nights_as_all_day_dates(db: Database) -> None:
    cal = _export(db, _visit_with_travel(db), locale="zh_CN")
    hotel = _event(cal, "HOTEL")
    assert str(hotel["summary"]) == "酒店：Jinjiang Hotel 锦江宾馆 / Hotel: Jinjiang Hotel 锦江宾馆"
    assert hotel["dtstart"].params.get("VALUE") == "DATE"
    assert hotel.decoded("dtstart") == dt.date(2027, 3, 8)
    assert hotel.decoded("dtend") == dt.date(2027, 3, 11)  # exclusive: the nights of the 8th, 9th, 10th
    assert str(hotel["transp"]) == "TRANSPARENT"


def test_importing_the_file_again_leaves_travel_to_the_logistics(db: Database) -> None:
    visit_id = _visit_with_travel(db)
    with db.reading() as s:
        data = ical.export_visit(s, visit_id)
    with db.transaction() as s:
        result = ical.import_into_visit(s, visit_id, data)
        assert vs.itinerary(s, visit_id) == []
    reasons = {title.split(" / ")[0]: reason for title, reason in result.skipped}
    assert "logistics" in reasons["Flight LH 720 Frankfurt → Chengdu"]
    assert "logistics" in reasons["Hotel: Jinjiang Hotel 锦江宾馆"]


def _range(db: Database, first: dt.date, last: dt.date, **filters: Any) -> Calendar:
    with db.reading() as s:
        data = ical.export_range(
            s, first, last, filters=cal_service.Filters(**filters), tz=ZoneInfo("Asia/Shanghai")
        )
    return Calendar.from_ical(data)


def _categories(cal: Calendar) -> list[str]:
    return sorted(c for e in cal.walk("VEVENT") for c in e.get("categories").cats if c in ("FLIGHT", "HOTEL"))


def test_a_range_carries_the_flights_and_hotel_nights_it_touches(db: Database) -> None:
    _visit_with_travel(db)
    # The flight lands on 8 March: a range of that day alone has it and the first hotel night.
    cal = _range(db, dt.date(2027, 3, 8), dt.date(2027, 3, 8))
    assert _categories(cal) == ["FLIGHT", "HOTEL"]
    flight = _event(cal, "FLIGHT")
    assert flight["dtstart"].params["TZID"] == "Europe/Berlin"
    assert {"Europe/Berlin", "Asia/Shanghai"} <= {str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")}
    assert "anna.schmidt@stuttgart.example" in str(flight["attendee"])
    # The last night is the 10th; check-out day and later carry neither.
    assert _categories(_range(db, dt.date(2027, 3, 10), dt.date(2027, 3, 10))) == ["HOTEL"]
    assert _categories(_range(db, dt.date(2027, 3, 11), dt.date(2027, 3, 20))) == []


def test_a_range_leaves_out_the_travel_of_visits_its_filters_hide(db: Database) -> None:
    visit_id = _visit_with_travel(db)
    with db.transaction() as s:
        stranger = person(s, "Li", "Wei")
        [head] = vs.get_visit(s, visit_id).participants
        status = vs.get_visit(s, visit_id).status.value
    days = (dt.date(2027, 3, 1), dt.date(2027, 3, 31))
    assert _categories(_range(db, *days, contact_id=head.contact_id)) == ["FLIGHT", "HOTEL"]
    assert _categories(_range(db, *days, contact_id=stranger.id)) == []
    assert _categories(_range(db, *days, statuses=(status,))) == ["FLIGHT", "HOTEL"]
    assert _categories(_range(db, *days, statuses=("cancelled",))) == []
