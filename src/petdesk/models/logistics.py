"""Visit logistics: how the delegation travels, where it sleeps, which car takes it, what is given.

Every table hangs off a visit and is exchanged between offices like the rest (``SyncedMixin``).
Departure and arrival are stored in UTC together with the IANA zone of each end, because a flight
from Frankfurt to Beijing departs and arrives in different zones. The visit's emergency sheet and
the per-item host, interpreter and dress code are plain columns on ``visit`` and ``itinerary_item``
(see ``models/visit.py``): one value per record, so two offices editing them merge field by field.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from petdesk.enums import falls_back_to
from petdesk.models.base import Base, SyncedMixin, enum_column

if TYPE_CHECKING:
    from petdesk.models.contact import Contact
    from petdesk.models.visit import ItineraryItem, Visit


#: Unknown value read as OTHER: says nothing it does not know.
@falls_back_to("other")
class TravelMode(enum.StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    CAR = "car"
    OTHER = "other"


#: Unknown value read as GIVEN: the default.
@falls_back_to("given")
class GiftDirection(enum.StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class TravelLeg(SyncedMixin, Base):
    """One flight, train or drive of (part of) the delegation."""

    __tablename__ = "travel_leg"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    mode: Mapped[TravelMode] = enum_column(TravelMode, default=TravelMode.FLIGHT)
    #: Flight or train number as printed on the ticket ("LH 720", "G 7").
    number: Mapped[str] = mapped_column(String(40), default="")
    carrier: Mapped[str] = mapped_column(String(200), default="")
    from_place: Mapped[str] = mapped_column(String(300), default="")
    to_place: Mapped[str] = mapped_column(String(300), default="")
    departs_at: Mapped[dt.datetime] = mapped_column()
    departs_timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    arrives_at: Mapped[dt.datetime] = mapped_column()
    arrives_timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The UID and SEQUENCE of the calendar event the leg was imported from (0079), None for a leg
    #: typed in or imported before: a moved or re-sent event finds its leg by UID whatever its
    #: number or day, and an older copy sent late leaves a newer leg alone. Exchanged, like the
    #: times they describe, so another office importing the same invitation pairs it too.
    source_uid: Mapped[str | None] = mapped_column(String(300), default=None)
    source_sequence: Mapped[int | None] = mapped_column(Integer, default=None)

    visit: Mapped[Visit] = relationship()
    travellers: Mapped[list[TravelLegTraveller]] = relationship(back_populates="leg")


class TravelLegTraveller(SyncedMixin, Base):
    __tablename__ = "travel_leg_traveller"

    leg_id: Mapped[str] = mapped_column(ForeignKey("travel_leg.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)

    leg: Mapped[TravelLeg] = relationship(back_populates="travellers")
    contact: Mapped[Contact] = relationship()


class Accommodation(SyncedMixin, Base):
    """A hotel stay of the delegation, with its rooming list."""

    __tablename__ = "accommodation"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    hotel: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    check_in: Mapped[dt.date] = mapped_column()
    check_out: Mapped[dt.date] = mapped_column()
    notes: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit] = relationship()
    rooms: Mapped[list[RoomAssignment]] = relationship(back_populates="accommodation")


class RoomAssignment(SyncedMixin, Base):
    """One line of the rooming list: who sleeps in which room (two people may share one)."""

    __tablename__ = "room_assignment"

    accommodation_id: Mapped[str] = mapped_column(ForeignKey("accommodation.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    room: Mapped[str] = mapped_column(String(40), default="")

    accommodation: Mapped[Accommodation] = relationship(back_populates="rooms")
    contact: Mapped[Contact] = relationship()


class Vehicle(SyncedMixin, Base):
    """A car or bus at the delegation's disposal, with its driver."""

    __tablename__ = "vehicle"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    #: What the car is and how to recognise it ("Black Audi A6, 京A·12345").
    vehicle: Mapped[str] = mapped_column(String(200), default="")
    driver_name: Mapped[str] = mapped_column(String(200), default="")
    driver_phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Seats for passengers (the driver's not counted); None: not known (field test 52, defect 7).
    seats: Mapped[int | None] = mapped_column(Integer, default=None)

    visit: Mapped[Visit] = relationship()
    assignments: Mapped[list[VehicleAssignment]] = relationship(back_populates="vehicle")


class VehicleAssignment(SyncedMixin, Base):
    """A vehicle serving one itinerary item."""

    __tablename__ = "vehicle_assignment"

    vehicle_id: Mapped[str] = mapped_column(ForeignKey("vehicle.id"), index=True)
    # no index: assignments are read by vehicle, and items are never deleted outright (migration 0024)
    item_id: Mapped[str] = mapped_column(ForeignKey("itinerary_item.id"))

    vehicle: Mapped[Vehicle] = relationship(back_populates="assignments")
    item: Mapped[ItineraryItem] = relationship()
    riders: Mapped[list[VehicleRider]] = relationship(back_populates="assignment")


class VehicleRider(SyncedMixin, Base):
    """Who rides in the vehicle for one item it serves: riders hang off the vehicle's assignment
    to the item, so "who is in which car" is said per item (a day's items for a day)."""

    __tablename__ = "vehicle_rider"

    assignment_id: Mapped[str] = mapped_column(ForeignKey("vehicle_assignment.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)

    assignment: Mapped[VehicleAssignment] = relationship(back_populates="riders")
    contact: Mapped[Contact] = relationship()


class EmergencyEntry(SyncedMixin, Base):
    """One entry of the visit's emergency sheet: whom to call in one city, for the days there.

    A trip through three cities needs three hospitals (field test 52, defect 8). An entry with no
    place and no dates holds for the whole visit (the single sheet of before migration 0047).
    """

    __tablename__ = "emergency_entry"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    starts_on: Mapped[dt.date | None] = mapped_column(default=None)
    ends_on: Mapped[dt.date | None] = mapped_column(default=None)
    duty_officer_name: Mapped[str] = mapped_column(String(200), default="")
    duty_officer_phone: Mapped[str] = mapped_column(String(60), default="")
    embassy: Mapped[str] = mapped_column(Text, default="")
    emergency_numbers: Mapped[str] = mapped_column(Text, default="")
    hospital: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit] = relationship()


class Gift(SyncedMixin, Base):
    """A gift given or received during a visit (protocol keeps a register of both)."""

    __tablename__ = "gift"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    direction: Mapped[GiftDirection] = enum_column(GiftDirection, default=GiftDirection.GIVEN)
    description: Mapped[str] = mapped_column(Text, default="")
    giver: Mapped[str] = mapped_column(String(300), default="")
    recipient: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit] = relationship()
