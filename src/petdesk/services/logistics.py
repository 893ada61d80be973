"""Visit logistics: travel legs, hotels and rooming, cars and drivers, gifts, the emergency sheet,
and the protocol details of items and participants.

Times of a travel leg are entered as the wall-clock times printed on the ticket, each in the zone
of its own end, and stored as UTC (see :mod:`petdesk.services.visits`). Deleting leaves tombstones
so the deletion travels to other offices. Mistakes a user can fix raise :class:`ScheduleError`
with one plain sentence. :func:`logistics` gives windows and the dossier a plain frozen view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import labels
from petdesk.ids import first_emergency_entry_id
from petdesk.models import (
    Accommodation,
    Contact,
    EmergencyEntry,
    Gift,
    ItineraryItem,
    RoomAssignment,
    TravelLeg,
    TravelLegTraveller,
    Vehicle,
    VehicleAssignment,
    VehicleRider,
    VisitParticipant,
)
from petdesk.models.enums import ItineraryKind, ParticipantRole, VisitDirection
from petdesk.models.logistics import GiftDirection, TravelMode
from petdesk.models.types import utcnow
from petdesk.quoting import quoted
from petdesk.services.names import family_name_key
from petdesk.services.rooming import RoomingGap, rooming_gaps
from petdesk.services.visits import (
    ScheduleError,
    contact_list_key,
    get_item,
    get_visit,
    kept_or_new,
    local_to_utc,
    require,
    set_item_attendees,
    tombstone,
    utc_to_local,
    zone,
)

#: Longest a single leg may take (the longest scheduled flights are under a day).
MAX_LEG_SPAN = dt.timedelta(hours=36)

# --- travel legs ----------------------------------------------------------------------------------


def _mode(value: TravelMode | str) -> TravelMode:
    try:
        return TravelMode(value)
    except ValueError:
        raise ScheduleError(f"unknown travel mode {quoted(value)}; use flight, train, car or other") from None


def _check_leg(leg: TravelLeg) -> None:
    if not (leg.from_place.strip() and leg.to_place.strip()):
        raise ScheduleError("a travel leg needs the place it leaves from and the place it goes to")
    if leg.mode in (TravelMode.FLIGHT, TravelMode.TRAIN) and not leg.number.strip():
        raise ScheduleError(f"a {leg.mode.value} needs its number as printed on the ticket")
    if leg.arrives_at <= leg.departs_at:
        raise ScheduleError("a travel leg must arrive after it departs (times are in each place's own zone)")
    if leg.arrives_at - leg.departs_at > MAX_LEG_SPAN:
        raise ScheduleError(
            "a travel leg cannot take longer than 36 hours; enter each connection as its own leg"
        )


def add_travel_leg(
    session: Session,
    visit_id: str,
    *,
    departs: dt.datetime,
    arrives: dt.datetime,
    from_place: str,
    to_place: str,
    departs_timezone: str = "Asia/Shanghai",
    arrives_timezone: str = "Asia/Shanghai",
    mode: TravelMode | str = TravelMode.FLIGHT,
    number: str = "",
    carrier: str = "",
    notes: str = "",
    traveller_ids: Iterable[str] = (),
) -> TravelLeg:
    """A leg whose ``departs`` and ``arrives`` are wall-clock times at each end (or aware times)."""
    visit = get_visit(session, visit_id)
    zone(departs_timezone)
    zone(arrives_timezone)
    leg = TravelLeg(
        visit_id=visit.id,
        mode=_mode(mode),
        number=number.strip(),
        carrier=carrier.strip(),
        from_place=from_place.strip(),
        to_place=to_place.strip(),
        departs_at=local_to_utc(departs, departs_timezone),
        departs_timezone=departs_timezone,
        arrives_at=local_to_utc(arrives, arrives_timezone),
        arrives_timezone=arrives_timezone,
        notes=notes,
    )
    _check_leg(leg)
    session.add(leg)
    session.flush()
    set_travellers(session, leg.id, traveller_ids)
    return leg


_LEG_TEXT = ("number", "carrier", "from_place", "to_place", "notes")


def update_travel_leg(session: Session, leg_id: str, **fields: Any) -> TravelLeg:
    """Change a leg. ``departs``/``arrives`` are wall-clock times in the (new) zone of that end;
    a zone changed without a new time keeps the wall-clock time."""
    leg: TravelLeg = require(session, TravelLeg, leg_id, "travel leg")
    allowed = {
        *_LEG_TEXT,
        "mode",
        "departs",
        "arrives",
        "departs_timezone",
        "arrives_timezone",
        "traveller_ids",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"unknown travel leg fields: {', '.join(sorted(unknown))}")
    for name in _LEG_TEXT:
        if name in fields:
            setattr(leg, name, (fields[name] or "").strip())
    if "mode" in fields:
        leg.mode = _mode(fields["mode"])
    for end in ("departs", "arrives"):
        old_zone = getattr(leg, f"{end}_timezone")
        new_zone = fields.get(f"{end}_timezone", old_zone)
        zone(new_zone)
        if fields.get(end) is not None or new_zone != old_zone:
            # a kept time stays the same instant: its earlier/later 02:30 is not asked again
            setattr(
                leg, f"{end}_at", kept_or_new(getattr(leg, f"{end}_at"), fields.get(end), old_zone, new_zone)
            )
        setattr(leg, f"{end}_timezone", new_zone)
    _check_leg(leg)
    if "traveller_ids" in fields:
        set_travellers(session, leg.id, fields["traveller_ids"])
    session.flush()
    return leg


def set_travellers(session: Session, leg_id: str, contact_ids: Iterable[str]) -> None:
    leg: TravelLeg = require(session, TravelLeg, leg_id, "travel leg")
    wanted = list(dict.fromkeys(contact_ids))
    live = {t.contact_id: t for t in leg.travellers if t.deleted_at is None}
    for cid, row in live.items():
        if cid not in wanted:
            row.soft_delete()
    for cid in wanted:
        if cid not in live:
            require(session, Contact, cid, "contact")
            session.add(TravelLegTraveller(leg=leg, contact_id=cid))
    session.flush()


def delegation_travellers(session: Session, visit_id: str) -> list[str]:
    """Who a new leg is for unless the user chooses: the delegation side (head, delegates and the
    interpreters who travel with them; field test 52, defect 2 left the interpreter on no leg)."""
    sides = participant_sides(session, visit_id)
    return [p.contact_id for p in _live_participants(session, visit_id) if sides[p.id] == "delegation"]


def delete_travel_leg(session: Session, leg_id: str) -> None:
    leg: TravelLeg = require(session, TravelLeg, leg_id, "travel leg")
    tombstone([*leg.travellers, leg], utcnow())
    session.flush()


# --- accommodation -------------------------------------------------------------------------------


def _check_stay(stay: Accommodation) -> None:
    if not stay.hotel.strip():
        raise ScheduleError("a stay needs the hotel's name")
    if stay.check_out <= stay.check_in:
        raise ScheduleError("check-out must be at least one night after check-in")


def add_accommodation(
    session: Session,
    visit_id: str,
    *,
    hotel: str,
    check_in: dt.date,
    check_out: dt.date,
    address: str = "",
    phone: str = "",
    notes: str = "",
) -> Accommodation:
    visit = get_visit(session, visit_id)
    stay = Accommodation(
        visit_id=visit.id,
        hotel=hotel.strip(),
        address=address.strip(),
        phone=phone.strip(),
        check_in=check_in,
        check_out=check_out,
        notes=notes,
    )
    _check_stay(stay)
    session.add(stay)
    session.flush()
    return stay


def update_accommodation(session: Session, accommodation_id: str, **fields: Any) -> Accommodation:
    stay: Accommodation = require(session, Accommodation, accommodation_id, "stay")
    unknown = set(fields) - {"hotel", "address", "phone", "check_in", "check_out", "notes"}
    if unknown:
        raise TypeError(f"unknown stay fields: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(stay, name, value.strip() if isinstance(value, str) else value)
    _check_stay(stay)
    session.flush()
    return stay


def set_rooming(session: Session, accommodation_id: str, rooms: Sequence[tuple[str, str]]) -> None:
    """Make the rooming list exactly ``rooms`` (contact id, room number); a person has one room."""
    stay: Accommodation = require(session, Accommodation, accommodation_id, "stay")
    wanted: dict[str, str] = {}
    for contact_id, room in rooms:
        if contact_id in wanted:
            raise ScheduleError("a person appears twice in the rooming list; give each person one room")
        wanted[contact_id] = room.strip()
    live = {r.contact_id: r for r in stay.rooms if r.deleted_at is None}
    for cid, row in live.items():
        if cid not in wanted:
            row.soft_delete()
        elif row.room != wanted[cid]:
            row.room = wanted[cid]
    added = [cid for cid in wanted if cid not in live]
    if _taken_off(session, stay.visit_id, added):
        # a cancelled guest put back from a stale list (field test 71); rooms for people never on
        # the visit (drivers, hosts) stay allowed
        raise ScheduleError(
            "someone in the rooming list was taken off this visit; add them to the visit again first"
        )
    for cid in added:
        require(session, Contact, cid, "contact")
        session.add(RoomAssignment(accommodation=stay, contact_id=cid, room=wanted[cid]))
    session.flush()


def _taken_off(session: Session, visit_id: str, contact_ids: Sequence[str]) -> bool:
    """Whether any of ``contact_ids`` was on the visit and no longer is."""
    if not contact_ids:
        return False
    rows = session.execute(
        select(VisitParticipant.contact_id, VisitParticipant.deleted_at).where(
            VisitParticipant.visit_id == visit_id, VisitParticipant.contact_id.in_(contact_ids)
        )
    )
    was: set[str] = set()
    live: set[str] = set()
    for cid, deleted_at in rows:
        (was if deleted_at is not None else live).add(cid)
    return bool(was - live)


def delete_accommodation(session: Session, accommodation_id: str) -> None:
    stay: Accommodation = require(session, Accommodation, accommodation_id, "stay")
    tombstone([*stay.rooms, stay], utcnow())
    session.flush()


# --- vehicles ------------------------------------------------------------------------------------


def _check_vehicle(car: Vehicle) -> None:
    if not car.vehicle.strip():
        raise ScheduleError("a vehicle needs a description such as its make, colour and plate")
    if car.seats is not None and car.seats < 1:
        raise ScheduleError("a vehicle needs at least one seat; leave the seats empty when not known")


def add_vehicle(
    session: Session,
    visit_id: str,
    *,
    vehicle: str,
    driver_name: str = "",
    driver_phone: str = "",
    notes: str = "",
    item_ids: Iterable[str] = (),
    seats: int | None = None,
) -> Vehicle:
    """``seats``: the passenger seats, None when not known."""
    visit = get_visit(session, visit_id)
    car = Vehicle(
        visit_id=visit.id,
        vehicle=vehicle.strip(),
        driver_name=driver_name.strip(),
        driver_phone=driver_phone.strip(),
        notes=notes,
        seats=seats,
    )
    _check_vehicle(car)
    session.add(car)
    session.flush()
    set_vehicle_items(session, car.id, item_ids)
    return car


def update_vehicle(session: Session, vehicle_id: str, **fields: Any) -> Vehicle:
    car: Vehicle = require(session, Vehicle, vehicle_id, "vehicle")
    unknown = set(fields) - {"vehicle", "driver_name", "driver_phone", "notes", "item_ids", "seats"}
    if unknown:
        raise TypeError(f"unknown vehicle fields: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        if name == "seats":
            car.seats = value
        elif name != "item_ids":
            setattr(car, name, (value or "").strip())
    _check_vehicle(car)
    if "item_ids" in fields:
        set_vehicle_items(session, car.id, fields["item_ids"])
    session.flush()
    return car


def set_vehicle_items(session: Session, vehicle_id: str, item_ids: Iterable[str]) -> None:
    """The itinerary items this vehicle serves; they must belong to the vehicle's visit."""
    car: Vehicle = require(session, Vehicle, vehicle_id, "vehicle")
    wanted = list(dict.fromkeys(item_ids))
    for iid in wanted:
        item = get_item(session, iid)
        if item.visit_id != car.visit_id or item.deleted_at is not None:
            raise ScheduleError("a vehicle can only serve items of its own visit")
    live = {a.item_id: a for a in car.assignments if a.deleted_at is None}
    for iid, row in live.items():
        if iid not in wanted:
            tombstone([*row.riders, row], utcnow())  # no riders left on an item the car no longer serves
    for iid in wanted:
        if iid not in live:
            session.add(VehicleAssignment(vehicle=car, item_id=iid))
    session.flush()


def set_vehicle_riders(
    session: Session, vehicle_id: str, contact_ids: Iterable[str], *, item_ids: Iterable[str] | None = None
) -> None:
    """Who rides in the vehicle for the items it serves (``item_ids``: some of them, such as one
    day's; None: all). A person rides in one vehicle per item: taken out of any other there."""
    car: Vehicle = require(session, Vehicle, vehicle_id, "vehicle")
    wanted = list(dict.fromkeys(contact_ids))
    for cid in wanted:
        require(session, Contact, cid, "contact")
    chosen = None if item_ids is None else set(item_ids)
    for assignment in _live(car.assignments):
        if chosen is None or assignment.item_id in chosen:
            _set_riders(session, assignment, wanted)
    session.flush()


def _set_riders(session: Session, assignment: VehicleAssignment, wanted: list[str]) -> None:
    live = {r.contact_id: r for r in _live(assignment.riders)}
    for cid, row in live.items():
        if cid not in wanted:
            row.soft_delete()
    others = session.scalars(
        select(VehicleRider)
        .join(VehicleAssignment, VehicleRider.assignment_id == VehicleAssignment.id)
        .where(
            VehicleAssignment.item_id == assignment.item_id,
            VehicleAssignment.id != assignment.id,
            VehicleAssignment.deleted_at.is_(None),
            VehicleRider.deleted_at.is_(None),
            VehicleRider.contact_id.in_(wanted),
        )
    )
    for row in others:
        row.soft_delete()
    for cid in wanted:
        if cid not in live:
            session.add(VehicleRider(assignment=assignment, contact_id=cid))


def delete_vehicle(session: Session, vehicle_id: str) -> None:
    car: Vehicle = require(session, Vehicle, vehicle_id, "vehicle")
    tombstone([*(r for a in car.assignments for r in a.riders), *car.assignments, car], utcnow())
    session.flush()


# --- gifts ---------------------------------------------------------------------------------------


def _direction(value: GiftDirection | str) -> GiftDirection:
    try:
        return GiftDirection(value)
    except ValueError:
        raise ScheduleError(f"unknown gift direction {quoted(value)}; use given or received") from None


def add_gift(
    session: Session,
    visit_id: str,
    *,
    description: str,
    direction: GiftDirection | str = GiftDirection.GIVEN,
    giver: str = "",
    recipient: str = "",
    notes: str = "",
) -> Gift:
    visit = get_visit(session, visit_id)
    if not description.strip():
        raise ScheduleError("a gift needs a description")
    gift = Gift(
        visit_id=visit.id,
        direction=_direction(direction),
        description=description.strip(),
        giver=giver.strip(),
        recipient=recipient.strip(),
        notes=notes,
    )
    session.add(gift)
    session.flush()
    return gift


def update_gift(session: Session, gift_id: str, **fields: Any) -> Gift:
    gift: Gift = require(session, Gift, gift_id, "gift")
    unknown = set(fields) - {"description", "direction", "giver", "recipient", "notes"}
    if unknown:
        raise TypeError(f"unknown gift fields: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        if name == "direction":
            gift.direction = _direction(value)
        else:
            setattr(gift, name, (value or "").strip())
    if not gift.description:
        raise ScheduleError("a gift needs a description")
    session.flush()
    return gift


def delete_gift(session: Session, gift_id: str) -> None:
    gift: Gift = require(session, Gift, gift_id, "gift")
    tombstone([gift], utcnow())
    session.flush()


# --- emergency sheet, item and participant protocol ----------------------------------------------

EMERGENCY_FIELDS = ("duty_officer_name", "duty_officer_phone", "embassy", "emergency_numbers", "hospital")
#: Where and when an entry of the sheet holds (none: the whole visit).
EMERGENCY_PLACE_FIELDS = ("place", "starts_on", "ends_on")


def emergency_entries(session: Session, visit_id: str) -> list[EmergencyEntry]:
    """The sheet's live entries: the whole-visit one (no dates) first, then by first day."""
    rows = session.scalars(
        select(EmergencyEntry).where(EmergencyEntry.visit_id == visit_id, EmergencyEntry.deleted_at.is_(None))
    )
    return sorted(
        rows, key=lambda e: (e.starts_on is not None, e.starts_on or dt.date.min, e.created_at, e.id)
    )


def _adopt_visit_sheet(session: Session, visit_id: str) -> None:
    """A sheet found in the visit's own columns (migration 0047 left them; an office not yet at
    0047 still edits them) goes into the whole-visit entry before the sheet is edited, and only
    then are the columns cleared: not shown twice, and an older office's edit never lost (review
    47, finding 3; sync.visit_sheets does the same after an import)."""
    visit = get_visit(session, visit_id)
    # An entry 0047's upgrade made is versioned as old as the sheet it holds before it is edited:
    # else this edit stamps it whole as new, and at an office that updated late it beat another
    # office's earlier edit of its other fields at both offices (review 48; fixes2 item 1).
    from petdesk.connection import session_sqlite
    from petdesk.sync.visit_sheets import adopt_migrated_entries

    cursor = session_sqlite(session).cursor()
    try:
        adopt_migrated_entries(cursor)
    finally:
        cursor.close()
    arrived = {name: getattr(visit, name) for name in EMERGENCY_FIELDS if getattr(visit, name)}
    if not arrived:
        return
    entry = _whole_visit_entry(session, visit_id) or _new_whole_visit_entry(session, visit_id)
    for name, value in arrived.items():
        setattr(entry, name, value)
    for name in EMERGENCY_FIELDS:
        setattr(visit, name, "")
    session.flush()


def _whole_visit_entry(session: Session, visit_id: str) -> EmergencyEntry | None:
    """The visit's live entry with no place and no dates (the one of the shared id first)."""
    whole = [e for e in emergency_entries(session, visit_id) if not (e.place or e.starts_on or e.ends_on)]
    shared = first_emergency_entry_id(visit_id)
    return min(whole, key=lambda e: e.id != shared, default=None)


def _new_whole_visit_entry(session: Session, visit_id: str) -> EmergencyEntry:
    """A whole-visit entry of the id every office gives it (brought back if it was deleted)."""
    shared = first_emergency_entry_id(visit_id)
    entry = session.get(EmergencyEntry, shared)
    if entry is None:
        entry = EmergencyEntry(id=shared, visit_id=visit_id)
        session.add(entry)
    entry.place, entry.starts_on, entry.ends_on, entry.deleted_at = "", None, None, None
    for name in EMERGENCY_FIELDS:  # the columns are the whole sheet
        setattr(entry, name, "")
    return entry


def _set_entry_fields(entry: EmergencyEntry, fields: dict[str, Any]) -> None:
    """Check the entry as it would be, then change it (a refused change leaves it as it was)."""
    unknown = set(fields) - set(EMERGENCY_FIELDS) - set(EMERGENCY_PLACE_FIELDS)
    if unknown:
        raise TypeError(f"unknown emergency fields: {', '.join(sorted(unknown))}")
    new = {
        name: value if name in ("starts_on", "ends_on") else (value or "").strip()
        for name, value in fields.items()
    }
    after = {
        name: new.get(name, getattr(entry, name)) for name in (*EMERGENCY_FIELDS, *EMERGENCY_PLACE_FIELDS)
    }
    if after["duty_officer_name"] and not after["duty_officer_phone"]:
        raise ScheduleError("the duty officer needs a phone number that answers day and night")
    if after["starts_on"] and after["ends_on"] and after["ends_on"] < after["starts_on"]:
        raise ScheduleError("an emergency sheet's last day cannot come before its first")
    for name, value in new.items():
        setattr(entry, name, value)


def set_emergency(session: Session, visit_id: str, **fields: Any) -> None:
    """Fill the sheet's whole-visit entry, made when there is none: a city's entry is never taken
    for it (review 47, finding 8). A duty officer needs a phone that answers day and night."""
    _adopt_visit_sheet(session, visit_id)
    entry = _whole_visit_entry(session, visit_id)
    if entry is None:
        entry = EmergencyEntry(visit_id=get_visit(session, visit_id).id)
        _set_entry_fields(entry, fields)
        session.add(entry)
    else:
        _set_entry_fields(entry, fields)
    session.flush()


def add_emergency_entry(session: Session, visit_id: str, **fields: Any) -> EmergencyEntry:
    """One more entry: a place and its days (``place``, ``starts_on``, ``ends_on``) with whom to
    call there (field test 52, defect 8: one hospital for a trip through three cities)."""
    _adopt_visit_sheet(session, visit_id)
    entry = EmergencyEntry(visit_id=get_visit(session, visit_id).id)
    _set_entry_fields(entry, fields)
    session.add(entry)
    session.flush()
    return entry


def update_emergency_entry(session: Session, entry_id: str, **fields: Any) -> EmergencyEntry:
    entry: EmergencyEntry = require(session, EmergencyEntry, entry_id, "emergency sheet entry")
    _adopt_visit_sheet(session, entry.visit_id)
    _set_entry_fields(entry, fields)
    session.flush()
    return entry


def delete_emergency_entry(session: Session, entry_id: str) -> None:
    entry: EmergencyEntry = require(session, EmergencyEntry, entry_id, "emergency sheet entry")
    _adopt_visit_sheet(session, entry.visit_id)
    tombstone([entry], utcnow())
    session.flush()


#: The visit roles of a person ticked for an item only because they were its host or its interpreter
#: (no role: not in the visit at all). A host-side participant ticked for an item stays when another
#: person takes the chair; an interpreter goes with the job.
ONLY_AS: dict[str, frozenset[ParticipantRole | None]] = {
    "host": frozenset({None}),
    "interpreter": frozenset({None, ParticipantRole.INTERPRETER}),
}


def swap_protocol_attendees(
    ticked: Sequence[str],
    roles: dict[str, ParticipantRole],
    *,
    host: tuple[str | None, str | None] = (None, None),
    interpreter: tuple[str | None, str | None] = (None, None),
) -> list[str]:
    """The item's ticked attendees after its host or interpreter changed from ``(old, new)``.

    The rule (field test 11, defect 1): an item's host and interpreter are people of the item. A
    person ticked only as the old interpreter (or host) makes way for the new one, in the same
    place; nobody ticked stays nobody ticked (the whole delegation attends, host and interpreter
    with it)."""
    result = list(ticked)
    for job, (old, new) in (("host", host), ("interpreter", interpreter)):
        if old is None or old == new or old not in result or roles.get(old) not in ONLY_AS[job]:
            continue
        at = result.index(old)
        replacement = [] if new is None or new in result else [new]
        if result[:at] + replacement + result[at + 1 :]:  # never untick the last: that means everyone
            result[at : at + 1] = replacement
    return result


def check_host_and_interpreter(host_contact_id: str | None, interpreter_contact_id: str | None) -> None:
    """One person cannot both host an item and interpret at it (the item dialog asks first)."""
    if host_contact_id and host_contact_id == interpreter_contact_id:
        raise ScheduleError("the host of an item cannot also be its interpreter")


def set_item_protocol(
    session: Session,
    item_id: str,
    *,
    host_contact_id: str | None = None,
    interpreter_contact_id: str | None = None,
    dress_code: str = "",
    seating_note: str = "",
) -> ItineraryItem:
    """Who hosts or chairs the item, who interprets, what to wear and where people sit."""
    item = get_item(session, item_id)
    for cid in (host_contact_id, interpreter_contact_id):
        if cid:
            require(session, Contact, cid, "contact")
    check_host_and_interpreter(host_contact_id, interpreter_contact_id)
    ticked = [a.contact_id for a in item.attendees if a.deleted_at is None]
    roles = {p.contact_id: p.role for p in item.visit.participants if p.deleted_at is None}
    swapped = swap_protocol_attendees(
        ticked,
        roles,
        host=(item.host_contact_id, host_contact_id or None),
        interpreter=(item.interpreter_contact_id, interpreter_contact_id or None),
    )
    if swapped != ticked:
        set_item_attendees(session, item.id, swapped)
    item.host_contact_id = host_contact_id or None
    item.interpreter_contact_id = interpreter_contact_id or None
    item.dress_code = labels.dress_code_value(dress_code)  # a preset in English, whatever the window's
    item.seating_note = seating_note.strip()
    session.flush()
    return item


def set_participant_protocol(
    session: Session,
    participant_id: str,
    *,
    precedence: int | None = None,
    form_of_address_en: str = "",
    form_of_address_zh: str = "",
) -> VisitParticipant:
    """Order of precedence (1 = first on the person's side) and how the person is addressed."""
    p: VisitParticipant = require(session, VisitParticipant, participant_id, "participant")
    if precedence is not None and precedence < 1:
        raise ScheduleError("order of precedence starts at 1")
    p.precedence = precedence
    p.form_of_address_en = form_of_address_en.strip()
    p.form_of_address_zh = form_of_address_zh.strip()
    session.flush()
    return p


# --- order of precedence ------------------------------------------------------------------------

#: Roles on the visiting side; everyone else (host, organiser, staff, driver) is on the host side,
#: but for staff on an outbound visit (:func:`delegation_roles`).
#: The dossier splits its delegation and host lists the same way.
DELEGATION_ROLES = frozenset({ParticipantRole.HEAD, ParticipantRole.DELEGATE, ParticipantRole.INTERPRETER})
#: Where nobody has set an order: head of delegation first, then by role.
ROLE_RANK = {
    role: n
    for n, role in enumerate(
        (
            ParticipantRole.HEAD,
            ParticipantRole.DELEGATE,
            ParticipantRole.INTERPRETER,
            ParticipantRole.HOST,
            ParticipantRole.ORGANISER,
            ParticipantRole.STAFF,
            ParticipantRole.DRIVER,
        )
    )
}


def side_of(
    role: ParticipantRole,
    organisation_id: str | None = None,
    hosts: Iterable[str] = (),
    *,
    outbound: bool = False,
) -> str:
    """ "delegation" or "host": the list a person of this role stands in. An interpreter from one
    of the ``hosts`` organisations (see :func:`host_organisations`) interprets for the hosts and
    stands with them: the delegation list is printed for seating and badges (field test 11,
    defect 5). On an ``outbound`` visit the office's own staff travel with the delegation it
    sends, not with the hosts abroad (field test 77: the officer went on the host list)."""
    if role == ParticipantRole.INTERPRETER and organisation_id is not None and organisation_id in hosts:
        return "host"
    return "delegation" if role in delegation_roles(outbound) else "host"


def delegation_roles(outbound: bool) -> frozenset[ParticipantRole]:
    """The roles of the visiting side: with the office's staff when the office sends the delegation."""
    return DELEGATION_ROLES | {ParticipantRole.STAFF} if outbound else DELEGATION_ROLES


def host_organisations(
    host_organisation_id: str | None,
    people: Iterable[tuple[ParticipantRole, str | None]],
    *,
    outbound: bool = False,
) -> frozenset[str]:
    """The visit's host organisation and the organisations of its host-side people (hosts,
    organisers, drivers, and staff unless the visit is ``outbound``), from ``(role, organisation
    id)`` pairs."""
    visiting = delegation_roles(outbound)
    found = {org for role, org in people if role not in visiting and org}
    if host_organisation_id:
        found.add(host_organisation_id)
    return frozenset(found)


def side_rank(role: ParticipantRole, side: str) -> float:
    """Rank of a role within its side where no order is set: interpreters after the host side's
    own people when they stand with the hosts."""
    if side == "host" and role == ParticipantRole.INTERPRETER:
        return ROLE_RANK[ParticipantRole.STAFF] + 0.5
    return ROLE_RANK.get(role, len(ROLE_RANK))


def _organisation_of(participant: VisitParticipant) -> str | None:
    aff = participant.contact.current_affiliation()
    return aff.organisation_id if aff else None


def participant_sides(session: Session, visit_id: str) -> dict[str, str]:
    """Each live participant's side, by participant id."""
    people = _live_participants(session, visit_id)
    orgs = {p.id: _organisation_of(p) for p in people}
    visit = get_visit(session, visit_id)
    outbound = visit.direction == VisitDirection.OUTBOUND
    pairs = ((p.role, orgs[p.id]) for p in people)
    hosts = host_organisations(visit.host_organisation_id, pairs, outbound=outbound)
    return {p.id: side_of(p.role, orgs[p.id], hosts, outbound=outbound) for p in people}


def _live_participants(session: Session, visit_id: str) -> list[VisitParticipant]:
    visit = get_visit(session, visit_id)
    return [p for p in visit.participants if p.deleted_at is None and p.contact.deleted_at is None]


def set_precedence_order(session: Session, visit_id: str, participant_ids: Sequence[str]) -> None:
    """Number the people of one side 1, 2, 3 … in the order given (drag-and-drop or Move up/down).

    The order is kept per side, so all the ids must be participants of the visit on the same side;
    people of that side left out keep no number and print after the numbered ones."""
    by_id = {p.id: p for p in _live_participants(session, visit_id)}
    side = participant_sides(session, visit_id)
    if len(set(participant_ids)) != len(participant_ids):
        raise ScheduleError("a person appears twice in the order of precedence")
    chosen = []
    for pid in participant_ids:
        if pid not in by_id:
            raise ScheduleError("only people of this visit can be put in its order of precedence")
        chosen.append(by_id[pid])
    sides = {side[p.id] for p in chosen}
    if len(sides) > 1:
        raise ScheduleError(
            "the delegation and the host side each have their own order of precedence; order them apart"
        )
    for ordered in sides:
        for p in by_id.values():
            if side[p.id] == ordered and p.id not in participant_ids:
                p.precedence = None
    for n, p in enumerate(chosen, start=1):
        p.precedence = n
    session.flush()


@dataclass(frozen=True)
class RankedPerson:
    """One line of a precedence list: the participant record, the person and how they are addressed."""

    participant_id: str
    contact_id: str
    name_en: str
    name_zh: str
    role: str
    precedence: int | None
    form_of_address_en: str
    form_of_address_zh: str


@dataclass(frozen=True)
class PrecedenceLists:
    delegation: tuple[RankedPerson, ...]
    host: tuple[RankedPerson, ...]

    def side(self, name: str) -> tuple[RankedPerson, ...]:
        return self.delegation if name == "delegation" else self.host


def precedence_lists(session: Session, visit_id: str, lang: str | None = None) -> PrecedenceLists:
    """Both sides in the order the dossier prints them: numbered first, then by role and name.

    With ``lang`` the unnumbered people of one role file by that language's key of the name (a
    Chinese list by pinyin, as the visit editor's), for ``petdesk visits ID`` (round 54: it listed
    by role and name only, so a set order of precedence never showed there)."""
    side = participant_sides(session, visit_id)

    def by_name(p: VisitParticipant) -> tuple[str, ...]:
        if lang is not None:
            return (contact_list_key(p.contact, lang),)
        # by surname as the dossier's delegation list, not the shown name (field test 71: the
        # rooming list ran Agnieszka, Anna, Daan … and put Łukasz after Z)
        return family_name_key(p.contact.family_name, p.contact.given_name, p.contact.family_name_zh)

    people = sorted(
        _live_participants(session, visit_id),
        key=lambda p: (
            p.precedence is None,
            p.precedence or 0,
            side_rank(p.role, side[p.id]),
            *by_name(p),
            p.contact.id,
        ),
    )
    rows: dict[str, list[RankedPerson]] = {"delegation": [], "host": []}
    for p in people:
        rows[side[p.id]].append(
            RankedPerson(
                p.id,
                p.contact_id,
                p.contact.display_name("en"),
                p.contact.display_name("zh_CN"),
                p.role.value,
                p.precedence,
                p.form_of_address_en,
                p.form_of_address_zh,
            )
        )
    return PrecedenceLists(tuple(rows["delegation"]), tuple(rows["host"]))


# --- the plain view ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    id: str
    name_en: str
    name_zh: str


@dataclass(frozen=True)
class LegView:
    id: str
    mode: str
    number: str
    carrier: str
    from_place: str
    to_place: str
    #: Wall-clock times at each end, aware in that end's zone.
    departs: dt.datetime
    departs_timezone: str
    arrives: dt.datetime
    arrives_timezone: str
    notes: str
    travellers: tuple[Person, ...]


@dataclass(frozen=True)
class RoomView:
    person: Person
    room: str


@dataclass(frozen=True)
class StayView:
    id: str
    hotel: str
    address: str
    phone: str
    check_in: dt.date
    check_out: dt.date
    notes: str
    rooms: tuple[RoomView, ...]


@dataclass(frozen=True)
class VehicleView:
    id: str
    vehicle: str
    driver_name: str
    driver_phone: str
    notes: str
    item_ids: tuple[str, ...]
    #: Passenger seats; None when not known.
    seats: int | None = None
    #: Who rides for each item it serves: (item id, riders), in the order of ``item_ids``.
    riders: tuple[tuple[str, tuple[Person, ...]], ...] = ()

    @property
    def most_riders(self) -> int:
        """The most people riding for any one item."""
        return max((len(people) for _item, people in self.riders), default=0)

    @property
    def over_capacity(self) -> tuple[str, ...]:
        """The items for which more people ride than there are seats."""
        if self.seats is None:
            return ()
        return tuple(item for item, people in self.riders if len(people) > self.seats)


@dataclass(frozen=True)
class GiftView:
    id: str
    direction: str
    description: str
    giver: str
    recipient: str
    notes: str


@dataclass(frozen=True)
class EmergencyView:
    duty_officer_name: str
    duty_officer_phone: str
    embassy: str
    emergency_numbers: str
    hospital: str
    #: None: the sheet still in the visit's own columns (see :func:`_adopt_visit_sheet`).
    id: str | None = None
    place: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None

    @property
    def is_whole_visit(self) -> bool:
        """No place and no dates: the single sheet of before (printed as it always was)."""
        return not (self.place or self.starts_on or self.ends_on)

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, f) for f in EMERGENCY_FIELDS)


@dataclass(frozen=True)
class ItemProtocolView:
    host: Person | None
    interpreter: Person | None
    dress_code: str
    seating_note: str
    vehicles: tuple[str, ...]


@dataclass(frozen=True)
class Logistics:
    visit_id: str
    legs: tuple[LegView, ...]
    stays: tuple[StayView, ...]
    vehicles: tuple[VehicleView, ...]
    gifts: tuple[GiftView, ...]
    #: The sheet's first entry (an empty one when there is none); all of them in ``emergency_entries``.
    emergency: EmergencyView
    #: Per live itinerary item id; only items with something to say.
    items: dict[str, ItemProtocolView]
    #: Nights without a hotel, people without a room, empty rooming lists (field test 52).
    rooming_gaps: tuple[RoomingGap, ...] = ()
    #: One per place and its days, the whole-visit entry first (field test 52, defect 8).
    emergency_entries: tuple[EmergencyView, ...] = ()
    #: The programme's live transfer items (a coach to Suzhou): transport planned without a car.
    transfer_item_ids: tuple[str, ...] = ()

    @property
    def no_transport(self) -> bool:
        """No vehicle and no transfer in the programme: the dossier and the window say so where the
        list of cars would be, rather than leaving it out (round 52)."""
        return not (self.vehicles or self.transfer_item_ids)

    @property
    def is_empty(self) -> bool:
        return (
            not (self.legs or self.stays or self.vehicles or self.gifts or self.items)
            and self.emergency.is_empty
        )


def _person(contact: Contact | None) -> Person | None:
    if contact is None:
        return None
    return Person(contact.id, contact.display_name("en"), contact.display_name("zh_CN"))


def _live(rows: Iterable[Any]) -> list[Any]:
    return [r for r in rows if r.deleted_at is None]


def _emergency_views(session: Session, visit: Any) -> tuple[EmergencyView, ...]:
    entries = emergency_entries(session, visit.id)
    if not entries:  # a sheet from an office before migration 0047, in the visit's columns
        old = EmergencyView(**{f: getattr(visit, f) for f in EMERGENCY_FIELDS})
        return () if old.is_empty else (old,)
    return tuple(
        EmergencyView(
            **{f: getattr(e, f) for f in EMERGENCY_FIELDS},
            id=e.id,
            place=e.place,
            starts_on=e.starts_on,
            ends_on=e.ends_on,
        )
        for e in entries
    )


def logistics(session: Session, visit_id: str) -> Logistics:
    """Everything about getting the delegation around, as plain values."""
    visit = get_visit(session, visit_id)

    def rows(model: Any) -> list[Any]:
        return list(
            session.scalars(select(model).where(model.visit_id == visit.id, model.deleted_at.is_(None)))
        )

    legs = sorted(rows(TravelLeg), key=lambda leg: leg.departs_at)
    sheet = _emergency_views(session, visit)
    stays = sorted(rows(Accommodation), key=lambda s: (s.check_in, s.hotel))
    cars = sorted(rows(Vehicle), key=lambda c: c.vehicle)
    gifts = sorted(rows(Gift), key=lambda g: (g.direction.value, g.description))
    live_items = {i.id: i for i in visit.items if i.deleted_at is None}
    # the rooming list in order of precedence, the head of delegation first (field test 21, 8b:
    # sorted by room text, "Suite 1808" put the head last); people of neither list after, by room
    ranked = precedence_lists(session, visit.id)
    rank = {p.contact_id: n for n, p in enumerate((*ranked.delegation, *ranked.host))}

    def room_order(r: RoomAssignment) -> tuple[int, str, str]:
        return (rank.get(r.contact_id, len(rank)), r.room, r.contact.display_name("en"))

    # Riders count and are listed only while live participants with live contacts (as the capacity
    # check in vehicle_capacity): a rider row outlives a participant or contact deleted elsewhere.
    on_visit = {p.contact_id for p in _live_participants(session, visit.id)}
    car_items: dict[str, list[str]] = {}
    for car in cars:
        for a in _live(car.assignments):
            if a.item_id in live_items:
                car_items.setdefault(a.item_id, []).append(car.vehicle)
    items = {}
    for iid, item in live_items.items():
        host = session.get(Contact, item.host_contact_id) if item.host_contact_id else None
        interp = session.get(Contact, item.interpreter_contact_id) if item.interpreter_contact_id else None
        view = ItemProtocolView(
            _person(host), _person(interp), item.dress_code, item.seating_note, tuple(car_items.get(iid, ()))
        )
        if view.host or view.interpreter or view.dress_code or view.seating_note or view.vehicles:
            items[iid] = view
    return Logistics(
        visit_id=visit.id,
        transfer_item_ids=tuple(iid for iid, i in live_items.items() if i.kind == ItineraryKind.TRANSFER),
        legs=tuple(
            LegView(
                id=leg.id,
                mode=leg.mode.value,
                number=leg.number,
                carrier=leg.carrier,
                from_place=leg.from_place,
                to_place=leg.to_place,
                departs=utc_to_local(leg.departs_at, leg.departs_timezone),
                departs_timezone=leg.departs_timezone,
                arrives=utc_to_local(leg.arrives_at, leg.arrives_timezone),
                arrives_timezone=leg.arrives_timezone,
                notes=leg.notes,
                travellers=tuple(p for t in _live(leg.travellers) if (p := _person(t.contact)) is not None),
            )
            for leg in legs
        ),
        stays=tuple(
            StayView(
                id=s.id,
                hotel=s.hotel,
                address=s.address,
                phone=s.phone,
                check_in=s.check_in,
                check_out=s.check_out,
                notes=s.notes,
                rooms=tuple(
                    RoomView(p, r.room)
                    for r in sorted(_live(s.rooms), key=room_order)
                    if (p := _person(r.contact)) is not None
                ),
            )
            for s in stays
        ),
        vehicles=tuple(
            VehicleView(
                c.id,
                c.vehicle,
                c.driver_name,
                c.driver_phone,
                c.notes,
                tuple(a.item_id for a in _live(c.assignments) if a.item_id in live_items),
                c.seats,
                tuple(
                    (
                        a.item_id,
                        tuple(
                            p
                            for r in _live(a.riders)
                            if r.contact_id in on_visit and (p := _person(r.contact)) is not None
                        ),
                    )
                    for a in _live(c.assignments)
                    if a.item_id in live_items
                ),
            )
            for c in cars
        ),
        gifts=tuple(
            GiftView(g.id, g.direction.value, g.description, g.giver, g.recipient, g.notes) for g in gifts
        ),
        emergency=sheet[0] if sheet else EmergencyView("", "", "", "", ""),
        items=items,
        rooming_gaps=tuple(rooming_gaps(session, [visit.id])),
        emergency_entries=sheet,
    )
