"""Removing a person from a visit takes them off every item, travel leg and room of it (field test
33, defect 1): a removed delegate left on items printed "?" in the itinerary and stayed on the
flight manifest. A substitute takes their place on each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.db import Database
from petdesk.models import ItineraryAttendee, ItineraryItem, VisitParticipant
from petdesk.models.logistics import RoomAssignment, TravelLegTraveller
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from petdesk.services.participant_links import ParticipantLinks, participant_links
from tests.core.visits.data import person

D = dt.date(2027, 3, 15)


def _live(session: Session, model: type, contact_id: str) -> int:
    rows = session.scalars(select(model).where(model.contact_id == contact_id, model.deleted_at.is_(None)))
    return len(list(rows))


def _build(session: Session) -> dict[str, str]:
    """A visit where Groß attends two items (one of them alone), interprets one, flies twice and
    has a room."""
    vid = vs.create_visit(
        session, title_en="Ministry delegation", start_date=D, end_date=D + dt.timedelta(days=2)
    ).id
    weiss = person(session, "Hans-Jürgen", "Weiß")
    gross = person(session, "Jürgen", "Groß")
    other = person(session, "Änne", "Köhler")
    for c in (weiss, gross, other):
        vs.add_participant(session, vid, c.id, "delegate")
    talks = vs.add_item(
        session,
        vid,
        title_en="Talks",
        start=dt.datetime(2027, 3, 15, 9),
        end=dt.datetime(2027, 3, 15, 10),
        attendee_ids=[weiss.id, gross.id],
    )
    visit = vs.add_item(
        session,
        vid,
        title_en="Site visit",
        start=dt.datetime(2027, 3, 15, 14),
        end=dt.datetime(2027, 3, 15, 16),
        attendee_ids=[gross.id],
    )
    ls.set_item_protocol(session, talks.id, interpreter_contact_id=gross.id)
    for day, number in ((D, "CA 450"), (D + dt.timedelta(days=2), "CA 449")):
        ls.add_travel_leg(
            session,
            vid,
            number=number,
            from_place="FRA",
            to_place="TFU",
            departs=dt.datetime.combine(day, dt.time(8)),
            arrives=dt.datetime.combine(day, dt.time(12)),
            traveller_ids=[weiss.id, gross.id],
        )
    stay = ls.add_accommodation(
        session, vid, hotel="Jinjiang", check_in=D, check_out=D + dt.timedelta(days=2)
    )
    ls.set_rooming(session, stay.id, [(weiss.id, "1801"), (gross.id, "1802")])
    return {
        "visit": vid,
        "weiss": weiss.id,
        "gross": gross.id,
        "other": other.id,
        "talks": talks.id,
        "site": visit.id,
    }


def test_links_count_everything_that_names_the_person(db: Database) -> None:
    with db.transaction() as s:
        ids = _build(s)
        links = participant_links(s, ids["visit"], ids["gross"])
    assert links == ParticipantLinks(items=2, sole_items=1, flights=2, other_legs=0, rooms=1)
    assert links.any


def test_removing_takes_the_person_off_items_legs_rooms_and_protocol(db: Database) -> None:
    with db.transaction() as s:
        ids = _build(s)
        vs.remove_participant(s, ids["visit"], ids["gross"])
    with db.reading() as s:
        for model in (VisitParticipant, ItineraryAttendee, TravelLegTraveller, RoomAssignment):
            assert _live(s, model, ids["gross"]) == 0, model.__tablename__
        assert s.get(ItineraryItem, ids["talks"]).interpreter_contact_id is None
        assert participant_links(s, ids["visit"], ids["gross"]) == ParticipantLinks()
        # the others keep their places
        assert _live(s, TravelLegTraveller, ids["weiss"]) == 2
        assert _live(s, RoomAssignment, ids["weiss"]) == 1


def test_a_substitute_takes_the_place_everywhere(db: Database) -> None:
    with db.transaction() as s:
        ids = _build(s)
        vs.remove_participant(s, ids["visit"], ids["gross"], substitute_id=ids["other"])
    with db.reading() as s:
        assert _live(s, ItineraryAttendee, ids["gross"]) == 0
        assert _live(s, ItineraryAttendee, ids["other"]) == 2
        assert _live(s, TravelLegTraveller, ids["other"]) == 2
        rooms = s.scalars(select(RoomAssignment).where(RoomAssignment.contact_id == ids["other"]))
        assert [r.room for r in rooms if r.deleted_at is None] == ["1802"]
        assert s.get(ItineraryItem, ids["talks"]).interpreter_contact_id == ids["other"]


def test_saving_a_delegation_without_the_person_unlinks_them_too(db: Database) -> None:
    with db.transaction() as s:
        ids = _build(s)
        vs.set_participants(s, ids["visit"], [(ids["weiss"], "delegate"), (ids["other"], "delegate")])
    with db.reading() as s:
        for model in (ItineraryAttendee, TravelLegTraveller, RoomAssignment):
            assert _live(s, model, ids["gross"]) == 0, model.__tablename__
