"""Calendar events that travel: a flight written with DTSTART in one zone and DTEND in another
(``DTSTART;TZID=Asia/Shanghai`` … ``DTEND;TZID=Europe/Berlin``, as Outlook and Google Calendar
write a booked flight). An itinerary item keeps one zone, so such an event was stored in Beijing
time at both ends ("01:00 (+1)" for an 18:00 landing in Frankfurt, round 60); a travel leg keeps a
zone for each end, so the import makes it one, in the visit's logistics."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.labels import zone_place
from petdesk.models import TravelLeg, Visit
from petdesk.models.logistics import TravelMode
from petdesk.services import logistics
from petdesk.services.logistics import MAX_LEG_SPAN
from petdesk.services.visits import untombstone

#: The note the import gives such an event (translated through ``petdesk.messages``).
KEPT_AS_LEG = "leaves in one time zone and arrives in another: kept as a travel leg in the visit's logistics"

#: A flight number as tickets and booking mails print it: "LH 729", "LH729", "MU219", "9C 8745".
_NUMBER = re.compile(r"\b([A-Z]{2}|[A-Z]\d|\d[A-Z])\s?(\d{1,4})\b")
#: The destination in a title: "Flight LH 729 Shanghai - Frankfurt", "Flight to Frankfurt (LH 729)".
_DESTINATION = re.compile(r"(?:\s[-–—→]\s*|->\s*|\bto\s+)([^()\[\],;]+?)\s*(?:[(\[,;]|$)")


@dataclass(frozen=True)
class Journey:
    """The two ends of an event, each in its own zone."""

    start: dt.datetime
    start_zone: str
    end: dt.datetime
    end_zone: str

    def fits_a_leg(self) -> bool:
        return self.start_zone != self.end_zone and dt.timedelta(0) < self.end - self.start <= MAX_LEG_SPAN

    def outside(self, visit: Visit) -> bool:
        """Wholly outside the visit's dates, each end on its own place's calendar (as the clash
        check judges legs): landing before the first day or leaving after the last."""
        lands = self.end.astimezone(_zone(self.end_zone)).date()
        leaves = self.start.astimezone(_zone(self.start_zone)).date()
        return lands < visit.start_date or leaves > visit.end_date


def _zone(name: str) -> dt.tzinfo:
    from petdesk.services.visits import zone

    return zone(name)


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def same_leg(session: Session, visit_id: str, journey: Journey) -> TravelLeg | None:
    """The visit's live leg leaving and arriving at the same moments: importing a file again."""
    for leg in session.scalars(
        select(TravelLeg).where(TravelLeg.visit_id == visit_id, TravelLeg.deleted_at.is_(None))
    ):
        if same_moments(leg, journey):
            return leg
    return None


def flight_number(summary: str, description: str) -> str:
    """ "LH 729" as the event's title or text names it, "" for none."""
    found = _NUMBER.search(summary) or _NUMBER.search(description)
    return f"{found.group(1)} {found.group(2)}" if found else ""


#: Why an older copy of an event is left out (translated through ``petdesk.messages``).
OLDER_COPY = (
    "an older copy (SEQUENCE {sequence}) of the event its travel leg has (SEQUENCE {stored}): left alone"
)


@dataclass(frozen=True)
class Event:
    """What identifies a calendar event across copies: its UID ("" for none) and SEQUENCE."""

    uid: str
    sequence: int


def leg_of_event(session: Session, visit_id: str, event: Event) -> TravelLeg | None:
    """The visit's live leg imported from ``event`` (same UID): a moved, renamed or re-sent event
    finds its leg whatever its number or day (0079). A cancelled leg brought back otherwise than by
    a re-booking (the history's undo of its deletion, a sync) still has :data:`CANCELLED_MARK` on
    its UID, and is found too: not found, a moved copy added a second leg beside it (review 63)."""
    if not event.uid:
        return None
    return session.scalars(
        select(TravelLeg)
        .where(
            TravelLeg.visit_id == visit_id,
            TravelLeg.deleted_at.is_(None),
            TravelLeg.source_uid.in_(_uids_of(event)),
        )
        .order_by(TravelLeg.created_at)
    ).first()


#: Why an event whose leg was removed is left out, and what is said when a re-booked flight's newer
#: copy brings it back (translated through ``petdesk.messages``): cancelled by a calendar file and
#: deleted here are told apart (round 63: one sentence said "cancelled or deleted").
REMOVED_BEFORE = {
    "cancelled": "the flight {number} was cancelled in a calendar file on {date}; not added again",
    "deleted": "the flight {number} was deleted here on {date}; not added again",
}
REMOVED_LEG_BEFORE = {
    "cancelled": "its travel leg was cancelled in a calendar file on {date}; not added again",
    "deleted": "its travel leg was deleted here on {date}; not added again",
}
BOOKED_AGAIN = {
    "cancelled": "the flight {number}, cancelled in a calendar file on {date}, is booked again "
    "(SEQUENCE {sequence}, removed at SEQUENCE {stored}): its travel leg is back with the new details",
    "deleted": "the flight {number}, deleted here on {date}, is booked again "
    "(SEQUENCE {sequence}, removed at SEQUENCE {stored}): its travel leg is back with the new details",
}
LEG_BOOKED_AGAIN = {
    "cancelled": "its travel leg, cancelled in a calendar file on {date}, is booked again "
    "(SEQUENCE {sequence}, removed at SEQUENCE {stored}): back with the new details",
    "deleted": "its travel leg, deleted here on {date}, is booked again "
    "(SEQUENCE {sequence}, removed at SEQUENCE {stored}): back with the new details",
}
#: Said of a flight typed in by hand (no UID) and deleted here, when a file brings it again.
HAND_LEG_DELETED = "the flight {number} was deleted here on {date}; not added again"
HAND_LEG_CHANGED = (
    "the flight {number}, deleted here on {date}, was changed in the calendar after that: added again"
)

#: Ends the UID kept with a leg a calendar file cancelled, to tell it from a leg deleted here (as
#: ``ical._CANCELLED_MARK`` ends an item's version): no column needed, and it travels with the leg.
#: A UID is kept to 300 characters, so the mark always fits.
CANCELLED_MARK = "|cancelled"
_UID_ROOM = 300 - len(CANCELLED_MARK)


def mark_cancelled(leg: TravelLeg) -> None:
    """``leg`` was removed because a calendar file cancelled its event."""
    leg.source_uid = f"{(leg.source_uid or '')[:_UID_ROOM]}{CANCELLED_MARK}"


def was_cancelled(leg: TravelLeg) -> bool:
    return (leg.source_uid or "").endswith(CANCELLED_MARK)


def _uids_of(event: Event) -> tuple[str, str]:
    """The UIDs a leg of ``event`` may keep: as kept (300 characters), and marked cancelled."""
    return (event.uid[:300], f"{event.uid[:_UID_ROOM]}{CANCELLED_MARK}")


def removed_leg_of_event(session: Session, visit_id: str, event: Event) -> TravelLeg | None:
    """The visit's leg of ``event`` (same UID) that a cancellation or the user removed, the last
    removed first: an older copy of the event, or the same invitation imported again, brought it
    back as a new leg (round 62), as calendar items no longer do ("already cancelled")."""
    if not event.uid:
        return None
    return session.scalars(
        select(TravelLeg)
        .where(
            TravelLeg.visit_id == visit_id,
            TravelLeg.deleted_at.is_not(None),
            TravelLeg.source_uid.in_(_uids_of(event)),
        )
        .order_by(TravelLeg.deleted_at.desc())
    ).first()


def booked_again(removed: TravelLeg, event: Event) -> bool:
    """A copy newer than the one the removed leg had (a re-booked flight, RFC 5546: a higher
    SEQUENCE): it comes back. The same SEQUENCE is the copy removed, sent again."""
    return event.sequence > (removed.source_sequence or 0)


def _removed_day(removed: TravelLeg) -> str:
    assert removed.deleted_at is not None
    return _utc(removed.deleted_at).astimezone().date().isoformat()  # the day here, as items say it


def removed_words(removed: TravelLeg, event: Event) -> str:
    """What is said of an event whose leg was removed: left out, or back when booked again; and
    whether a calendar file cancelled it or it was deleted here."""
    how = "cancelled" if was_cancelled(removed) else "deleted"
    again = booked_again(removed, event)
    if removed.number:
        template = (BOOKED_AGAIN if again else REMOVED_BEFORE)[how]
    else:
        template = (LEG_BOOKED_AGAIN if again else REMOVED_LEG_BEFORE)[how]
    return template.format(
        number=removed.number,
        date=_removed_day(removed),
        sequence=event.sequence,
        stored=removed.source_sequence or 0,
    )


def restore_leg(session: Session, removed: TravelLeg, journey: Journey, event: Event) -> None:
    """A re-booked flight: its removed leg back (with the travellers removed with it) at the new
    times, so the flight's history is one leg, not a new one beside the old in Deleted Records."""
    untombstone([*removed.travellers, removed], removed.deleted_at)
    if removed.source_uid:
        removed.source_uid = removed.source_uid.removesuffix(CANCELLED_MARK)
    session.flush()
    if not same_moments(removed, journey) or removed.departs_timezone != journey.start_zone:
        move_leg(session, removed, journey)
    remember_event(removed, event)


def is_older(leg: TravelLeg, event: Event) -> bool:
    """An older copy of the leg's event, sent late: a lower SEQUENCE (RFC 5546 §2.1.5). The same
    SEQUENCE is not older: Google and Outlook move an event without always raising it."""
    return leg.source_sequence is not None and event.sequence < leg.source_sequence


def same_moments(leg: TravelLeg, journey: Journey) -> bool:
    return _utc(leg.departs_at) == _utc(journey.start) and _utc(leg.arrives_at) == _utc(journey.end)


def remember_event(leg: TravelLeg, event: Event) -> None:
    """``leg`` came from ``event``: its UID and SEQUENCE kept (unset fields not touched, so
    importing the same file again changes nothing)."""
    if event.uid and leg.source_uid != event.uid:
        leg.source_uid = event.uid[:300]
    if event.uid and leg.source_sequence != event.sequence:
        leg.source_sequence = event.sequence


def moved_leg(session: Session, visit_id: str, journey: Journey, number: str) -> TravelLeg | None:
    """The visit's live leg of flight ``number`` leaving on the journey's day (each in its zone), when
    none leaves and lands at the journey's moments: the event moved (a delayed flight, sent again with
    a higher SEQUENCE). For legs that keep no calendar UID (typed in, or imported before 0079): a
    flight number leaves once a day; without this a moved flight left its first leg beside the new
    one (review60). A leg with a UID is another event's: it is found by its UID only."""
    return _typed_leg(session, visit_id, journey, number, deleted=False)


def deleted_typed_leg(session: Session, visit_id: str, journey: Journey, number: str) -> TravelLeg | None:
    """The visit's leg of flight ``number`` leaving on the journey's day that was typed in (no UID)
    and deleted here, the last deleted first. A flight number leaves once a day, so number and day
    name the flight (its route is the same flight's; typed place names differ from a file's)."""
    return _typed_leg(session, visit_id, journey, number, deleted=True)


def _typed_leg(
    session: Session, visit_id: str, journey: Journey, number: str, *, deleted: bool
) -> TravelLeg | None:
    if not number:
        return None
    day = journey.start.astimezone(_zone(journey.start_zone)).date()
    gone = TravelLeg.deleted_at.is_not(None) if deleted else TravelLeg.deleted_at.is_(None)
    for leg in session.scalars(
        select(TravelLeg)
        .where(
            TravelLeg.visit_id == visit_id,
            gone,
            TravelLeg.number == number,
            TravelLeg.source_uid.is_(None),
        )
        .order_by(TravelLeg.deleted_at.desc())
    ):
        if _utc(leg.departs_at).astimezone(_zone(leg.departs_timezone)).date() == day:
            return leg
    return None


def changed_after_deletion(deleted: TravelLeg, last_modified: dt.datetime | None) -> bool:
    """Whether a file's event of a typed-in leg deleted here was changed after the deletion.

    The rule (round 63): the user's deletion stands against the same booking sent again, and gives
    way only to a booking the airline or the organiser changed later, which the event's LAST-MODIFIED
    shows. DTSTAMP is not asked: an export or a published calendar writes it anew each time, so every
    file would look newer than the deletion. No LAST-MODIFIED: the deletion stands."""
    if last_modified is None or deleted.deleted_at is None:
        return False
    return _utc(last_modified) > _utc(deleted.deleted_at)


def typed_leg_words(deleted: TravelLeg, *, back: bool) -> str:
    """What is said of a typed-in leg deleted here when a file brings its flight again."""
    template = HAND_LEG_CHANGED if back else HAND_LEG_DELETED
    return template.format(number=deleted.number, date=_removed_day(deleted))


def move_leg(session: Session, leg: TravelLeg, journey: Journey) -> None:
    """``leg`` at the journey's moments and zones (its places, people and notes stay)."""
    logistics.update_travel_leg(
        session,
        leg.id,
        departs=journey.start.astimezone(_zone(journey.start_zone)).replace(tzinfo=None),
        arrives=journey.end.astimezone(_zone(journey.end_zone)).replace(tzinfo=None),
        departs_timezone=journey.start_zone,
        arrives_timezone=journey.end_zone,
    )


def add_leg(
    session: Session,
    visit_id: str,
    journey: Journey,
    *,
    summary: str,
    location: str,
    description: str,
    event: Event = Event("", 0),
) -> TravelLeg:
    """A leg from the event: a flight when its title or text names a flight number, otherwise
    "other" (a leg of that mode needs no number); places from the title and LOCATION, else the
    zones' cities; the title and text kept in the notes, so nothing of the event is lost."""
    number = flight_number(summary, description)
    destination = _DESTINATION.search(_NUMBER.sub("", summary))
    notes = "\n".join(x for x in (summary, description) if x.strip())
    leg = logistics.add_travel_leg(
        session,
        visit_id,
        departs=journey.start,
        arrives=journey.end,
        departs_timezone=journey.start_zone,
        arrives_timezone=journey.end_zone,
        mode=TravelMode.FLIGHT if number else TravelMode.OTHER,
        number=number,
        from_place=location.strip() or zone_place(journey.start_zone, "en"),
        to_place=(destination.group(1).strip() if destination else "") or zone_place(journey.end_zone, "en"),
        notes=notes,
    )
    remember_event(leg, event)
    return leg
