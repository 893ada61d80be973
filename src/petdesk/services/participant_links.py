"""Everything of one visit that names a person: the items they attend, host or interpret, the
travel legs they are on, the hotel rooms they sleep in, the vehicles they ride in.

Taking a person out of a visit must take them off all of these too (field test 33, defect 1): a
removed delegate who stays on the items and flights prints as "?" in the itinerary and goes out on
the manifest. A substitute, when there is one, takes the person's place on each.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.models import ItineraryAttendee, ItineraryItem
from petdesk.models.logistics import (
    Accommodation,
    RoomAssignment,
    TravelLeg,
    TravelLegTraveller,
    TravelMode,
    Vehicle,
    VehicleAssignment,
    VehicleRider,
)


@dataclass(frozen=True)
class ParticipantLinks:
    """How many records of a visit name one person (live rows only)."""

    #: Items that name the person: ticked as attendee, host or interpreter.
    items: int = 0
    #: Items where the person is the only one ticked: without a substitute they fall back to
    #: "whole delegation" (an item with nobody ticked is attended by everyone).
    sole_items: int = 0
    #: Flights the person is on, and other travel legs (trains, drives).
    flights: int = 0
    other_legs: int = 0
    #: Hotel rooms the person is in.
    rooms: int = 0
    #: Vehicle seats: one per vehicle and item the person rides in it for (field test 52).
    seats: int = 0

    @property
    def any(self) -> bool:
        return bool(self.items or self.flights or self.other_legs or self.rooms or self.seats)


def _items(session: Session, visit_id: str) -> list[ItineraryItem]:
    query = select(ItineraryItem).where(
        ItineraryItem.visit_id == visit_id, ItineraryItem.deleted_at.is_(None)
    )
    return list(session.scalars(query))


def _attendee_rows(item: ItineraryItem) -> list[ItineraryAttendee]:
    return [a for a in item.attendees if a.deleted_at is None]


def _traveller_rows(session: Session, visit_id: str, contact_id: str) -> list[TravelLegTraveller]:
    query = (
        select(TravelLegTraveller)
        .join(TravelLeg, TravelLeg.id == TravelLegTraveller.leg_id)
        .where(
            TravelLeg.visit_id == visit_id,
            TravelLeg.deleted_at.is_(None),
            TravelLegTraveller.deleted_at.is_(None),
            TravelLegTraveller.contact_id == contact_id,
        )
    )
    return list(session.scalars(query))


def _room_rows(session: Session, visit_id: str, contact_id: str) -> list[RoomAssignment]:
    query = (
        select(RoomAssignment)
        .join(Accommodation, Accommodation.id == RoomAssignment.accommodation_id)
        .where(
            Accommodation.visit_id == visit_id,
            Accommodation.deleted_at.is_(None),
            RoomAssignment.deleted_at.is_(None),
            RoomAssignment.contact_id == contact_id,
        )
    )
    return list(session.scalars(query))


def _rider_rows(session: Session, visit_id: str, contact_id: str) -> list[VehicleRider]:
    query = (
        select(VehicleRider)
        .join(VehicleAssignment, VehicleAssignment.id == VehicleRider.assignment_id)
        .join(Vehicle, Vehicle.id == VehicleAssignment.vehicle_id)
        .where(
            Vehicle.visit_id == visit_id,
            Vehicle.deleted_at.is_(None),
            VehicleRider.deleted_at.is_(None),
            VehicleRider.contact_id == contact_id,
        )
    )
    return list(session.scalars(query))


def participant_links(session: Session, visit_id: str, contact_id: str) -> ParticipantLinks:
    """What removing ``contact_id`` from the visit would also take them off."""
    items = sole = 0
    for item in _items(session, visit_id):
        ticked = [a.contact_id for a in _attendee_rows(item)]
        items += contact_id in (*ticked, item.host_contact_id, item.interpreter_contact_id)
        sole += ticked == [contact_id]
    legs = [t.leg for t in _traveller_rows(session, visit_id, contact_id)]
    flights = sum(leg.mode == TravelMode.FLIGHT for leg in legs)
    return ParticipantLinks(
        items=items,
        sole_items=sole,
        flights=flights,
        other_legs=len(legs) - flights,
        rooms=len(_room_rows(session, visit_id, contact_id)),
        seats=len(_rider_rows(session, visit_id, contact_id)),
    )


def unlink_participant(
    session: Session, visit_id: str, contact_id: str, substitute_id: str | None = None
) -> None:
    """Take ``contact_id`` off every item, leg and room of the visit; ``substitute_id`` (if given)
    takes their place wherever they were and is not there already."""
    for item in _items(session, visit_id):
        rows = _attendee_rows(item)
        ticked = {a.contact_id for a in rows}
        for row in rows:
            if row.contact_id == contact_id:
                row.soft_delete()
                if substitute_id and substitute_id not in ticked:
                    session.add(ItineraryAttendee(item=item, contact_id=substitute_id))
        if item.host_contact_id == contact_id:
            item.host_contact_id = substitute_id
        if item.interpreter_contact_id == contact_id:
            item.interpreter_contact_id = substitute_id
    # Where the substitute already is (per leg, per hotel), they are not added twice.
    on_legs = {t.leg_id for t in _traveller_rows(session, visit_id, substitute_id or "")}
    in_hotels = {r.accommodation_id for r in _room_rows(session, visit_id, substitute_id or "")}
    in_cars = {r.assignment_id for r in _rider_rows(session, visit_id, substitute_id or "")}
    for rider in _rider_rows(session, visit_id, contact_id):
        rider.soft_delete()
        if substitute_id and rider.assignment_id not in in_cars:
            session.add(VehicleRider(assignment_id=rider.assignment_id, contact_id=substitute_id))
    for traveller in _traveller_rows(session, visit_id, contact_id):
        traveller.soft_delete()
        if substitute_id and traveller.leg_id not in on_legs:
            session.add(TravelLegTraveller(leg_id=traveller.leg_id, contact_id=substitute_id))
    for room in _room_rows(session, visit_id, contact_id):
        room.soft_delete()
        if substitute_id and room.accommodation_id not in in_hotels:
            session.add(
                RoomAssignment(
                    accommodation_id=room.accommodation_id, contact_id=substitute_id, room=room.room
                )
            )
    session.flush()
