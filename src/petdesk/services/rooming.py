"""Gaps in where a delegation sleeps: warnings beside the clashes, never reasons to refuse a save.

Its kinds (field test 52, defect 4; field test 71 the last two):

* **no room** — a person of the delegation has no room at a hotel the delegation stays in, for a
  night no other room of theirs covers;
* **no hotel** — a night between the delegation's arrival and its departure that no hotel covers
  (a night in the air is no gap);
* **empty list** — a hotel with nobody on its rooming list;
* **before arrival** — a room night in a city before the person's travel legs bring them there
  (a Hangzhou check-in on 16 Mar, the flight landing on the 17th), found by the clash check's
  walk of their legs (``services.clashes.not_there_yet``);
* **two hotels** — a person with rooms at two hotels for the same night (field test 71);
* **left the visit** — a room (or a car seat: ``hotel`` then names the vehicle) for someone who
  was on the visit and is no longer (a cancelled guest put back by a stale list or a package from
  another office; field test 71). Rooms for people never on the visit (drivers, hosts) are fine.

Who needs a room: the head and the delegates, and anyone given a room in one of the visit's hotels
(an interpreter who travels with the delegation has one). Plain SQL on the connection, like the
clash check, so the command line needs no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from petdesk.batches import in_batches
from petdesk.connection import sqlite_of
from petdesk.i18n import format_date, translator
from petdesk.stored_times import read_stored_time

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.orm import Session

NO_ROOM = "no_room"
NO_HOTEL = "no_hotel"
EMPTY_LIST = "empty_list"
BEFORE_ARRIVAL = "before_arrival"
TWO_HOTELS = "two_hotels"
LEFT_VISIT = "left_visit"
LEFT_CAR = "left_visit_car"

#: People named in one warning before "…".
_NAMES_SHOWN = 3
_NIGHT = dt.timedelta(days=1)


@dataclass(frozen=True)
class RoomingGap:
    kind: str
    visit_id: str
    #: The hotel concerned ("" for "no hotel").
    hotel: str
    #: The first and last night concerned (a night is the date one goes to bed).
    first: dt.date
    last: dt.date
    #: Names of the people without a room, for "no room" (with a room too early, "before arrival").
    people: tuple[str, ...] = ()
    #: For "before arrival": the known city (``vocab.City.code``) the hotel is in.
    city: str = ""
    #: For "two hotels": the second hotel booked for the same nights.
    other_hotel: str = ""

    def describe(self, locale: str = "en") -> str:
        _ = translator(locale)
        nights = format_date(self.first, locale)
        if self.last != self.first:
            nights = _("{first} – {last}").format(first=nights, last=format_date(self.last, locale))
        if self.kind == NO_HOTEL:
            if self.last == self.first:
                return _("No hotel for the night of {date}").format(date=nights)
            return _("No hotel for the nights of {dates}").format(dates=nights)
        if self.kind == BEFORE_ARRIVAL:
            return self._before_arrival(_, locale, nights)
        if self.kind == TWO_HOTELS:
            from petdesk.services.clashes import reader_order

            return _("{person} has rooms at {hotel} and at {other} for the same nights ({dates})").format(
                person=reader_order(self.people[0], locale),
                hotel=self.hotel,
                other=self.other_hotel,
                dates=nights,
            )
        if self.kind == LEFT_VISIT:
            return self._left_visit(_, locale, nights)
        if self.kind == LEFT_CAR:
            return self._left_car(_, locale, nights)
        if self.kind == EMPTY_LIST:
            return _("Nobody is on the rooming list of {hotel} (nights of {dates})").format(
                hotel=self.hotel, dates=nights
            )
        if len(self.people) == 1:
            from petdesk.services.clashes import reader_order

            return _("{person} has no room at {hotel} (nights of {dates})").format(
                person=reader_order(self.people[0], locale), hotel=self.hotel, dates=nights
            )
        shown = self._shown(_, locale)
        return (
            _("{n} people ({people}) have no room at {hotel} (nights of {dates})")
            .replace("{n}", str(len(self.people)))
            .replace("{people}", shown)
            .format(hotel=self.hotel, dates=nights)
        )

    def _before_arrival(self, _: Any, locale: str, nights: str) -> str:
        from petdesk.services.clashes import city_name, reader_order

        city = city_name(self.city, locale) or self.city
        if len(self.people) == 1:
            return _("{person} has a room at {hotel} before arriving in {city} (nights of {dates})").format(
                person=reader_order(self.people[0], locale), hotel=self.hotel, city=city, dates=nights
            )
        return (
            _("{n} people ({people}) have a room at {hotel} before arriving in {city} (nights of {dates})")
            .replace("{n}", str(len(self.people)))
            .replace("{people}", self._shown(_, locale))
            .format(hotel=self.hotel, city=city, dates=nights)
        )

    def _left_visit(self, _: Any, locale: str, nights: str) -> str:
        from petdesk.services.clashes import reader_order

        if len(self.people) == 1:
            return _("{person} left the visit but has a room at {hotel} (nights of {dates})").format(
                person=reader_order(self.people[0], locale), hotel=self.hotel, dates=nights
            )
        return (
            _("{n} people ({people}) left the visit but have rooms at {hotel} (nights of {dates})")
            .replace("{n}", str(len(self.people)))
            .replace("{people}", self._shown(_, locale))
            .format(hotel=self.hotel, dates=nights)
        )

    def _left_car(self, _: Any, locale: str, days: str) -> str:
        """``hotel`` holds the vehicle; the dates are the days of the items it serves."""
        from petdesk.services.clashes import reader_order

        if len(self.people) == 1:
            return _("{person} left the visit but still has a seat in {vehicle} ({dates})").format(
                person=reader_order(self.people[0], locale), vehicle=self.hotel, dates=days
            )
        return (
            _("{n} people ({people}) left the visit but still have seats in {vehicle} ({dates})")
            .replace("{n}", str(len(self.people)))
            .replace("{people}", self._shown(_, locale))
            .format(vehicle=self.hotel, dates=days)
        )

    def _shown(self, _: Any, locale: str) -> str:
        """The first few names, "…" for the rest."""
        from petdesk.services.clashes import reader_order

        more = _(" …") if len(self.people) > _NAMES_SHOWN else ""
        return _(", ").join(reader_order(n, locale) for n in self.people[:_NAMES_SHOWN]) + more


@dataclass
class _Stay:
    id: str
    hotel: str
    check_in: dt.date
    check_out: dt.date
    guests: set[str]
    #: The known city the hotel's name or address names ("" when none does), and the visit's zone.
    city_code: str = ""
    timezone: str = "UTC"

    def nights(self) -> list[dt.date]:
        return [self.check_in + n * _NIGHT for n in range((self.check_out - self.check_in).days)]


def rooming_gaps(
    source: Session | sqlite3.Connection, visit_ids: Collection[str] | None = None
) -> list[RoomingGap]:
    """The rooming gaps of ``visit_ids`` (of every live visit with a hotel when None), in date
    order, with the car seats left for people taken off the visit (field test 71)."""
    conn = sqlite_of(source)
    batches: list[list[str] | None] = [None] if visit_ids is None else list(in_batches(sorted(visit_ids)))
    gaps = _hotel_gaps(conn, batches) + _seats_left(conn, batches)
    names = _names(conn, {cid for g in gaps for cid in g.people})
    gaps = [
        RoomingGap(
            g.kind,
            g.visit_id,
            g.hotel,
            g.first,
            g.last,
            tuple(sorted(names.get(c, c) for c in g.people)),
            g.city,
            g.other_hotel,
        )
        for g in gaps
    ]
    gaps.sort(key=lambda g: (g.first, g.kind, g.hotel))
    return gaps


def _hotel_gaps(conn: sqlite3.Connection, batches: list[list[str] | None]) -> list[RoomingGap]:
    where = "a.deleted_at IS NULL AND v.deleted_at IS NULL AND v.status != 'cancelled'"
    stay_sql = f"""SELECT a.visit_id, a.id, a.hotel, a.check_in, a.check_out, a.address, v.timezone
                   FROM accommodation a JOIN visit v ON v.id = a.visit_id WHERE {where}"""
    stays: dict[str, list[_Stay]] = defaultdict(list)
    for batch in batches:
        sql, args = stay_sql, []
        if batch is not None:
            sql += f" AND a.visit_id IN ({', '.join('?' * len(batch))})"
            args = batch
        for vid, sid, hotel, check_in, check_out, address, tz in conn.execute(sql, args):
            first, last = dt.date.fromisoformat(check_in), dt.date.fromisoformat(check_out)
            stays[vid].append(_Stay(sid, hotel, first, last, set(), _city_code(hotel, address), tz or "UTC"))
    if not stays:
        return []
    by_id = {s.id: s for mine in stays.values() for s in mine}
    need: dict[str, set[str]] = defaultdict(set)
    left: dict[str, set[str]] = defaultdict(set)
    spans: dict[str, _Span] = {}
    for batch in in_batches(sorted(stays)):
        marks = ", ".join("?" * len(batch))
        for sid, cid in conn.execute(
            f"""SELECT r.accommodation_id, r.contact_id FROM room_assignment r
                JOIN accommodation a ON a.id = r.accommodation_id
                WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL AND a.visit_id IN ({marks})""",
            batch,
        ):
            if sid in by_id:
                by_id[sid].guests.add(cid)
        for vid, cid in conn.execute(
            f"""SELECT visit_id, contact_id FROM visit_participant
                WHERE deleted_at IS NULL AND role IN ('head', 'delegate') AND visit_id IN ({marks})""",
            batch,
        ):
            need[vid].add(cid)
        for vid, cid in conn.execute(
            f"""SELECT visit_id, contact_id FROM visit_participant p WHERE deleted_at IS NOT NULL
                AND visit_id IN ({marks}) AND NOT EXISTS (SELECT 1 FROM visit_participant q
                WHERE q.visit_id = p.visit_id AND q.contact_id = p.contact_id AND q.deleted_at IS NULL)""",
            batch,
        ):
            left[vid].add(cid)
        spans.update(_travel_spans(conn, batch, marks))
    gaps: list[RoomingGap] = []
    for vid, mine in stays.items():
        guests = need[vid].union(*(s.guests for s in mine)) - left[vid]
        ordered = sorted(mine, key=lambda s: (s.check_in, s.hotel))
        gaps += _visit_gaps(vid, ordered, guests, spans.get(vid))
        gaps += _left_visit(vid, ordered, left[vid]) + _two_hotels(vid, ordered)
    return gaps + _before_arrival(conn, stays)


_SEATS_LEFT_SQL = """
SELECT c.visit_id, c.vehicle, r.contact_id, i.starts_at, i.timezone
FROM vehicle_rider r
JOIN vehicle_assignment a ON a.id = r.assignment_id AND a.deleted_at IS NULL
JOIN vehicle c ON c.id = a.vehicle_id AND c.deleted_at IS NULL
JOIN itinerary_item i ON i.id = a.item_id AND i.deleted_at IS NULL
JOIN visit v ON v.id = c.visit_id AND v.deleted_at IS NULL AND v.status != 'cancelled'
WHERE r.deleted_at IS NULL
    AND EXISTS (SELECT 1 FROM visit_participant p WHERE p.visit_id = c.visit_id
                AND p.contact_id = r.contact_id AND p.deleted_at IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM visit_participant p WHERE p.visit_id = c.visit_id
                    AND p.contact_id = r.contact_id AND p.deleted_at IS NULL) {visits}
"""


def _seats_left(conn: sqlite3.Connection, batches: list[list[str] | None]) -> list[RoomingGap]:
    """Car seats of people taken off the visit, one warning per vehicle over the days of its items
    (the dossier and the window leave such riders out; the seat is still booked)."""
    from petdesk.services.schedule_time import zone

    found: dict[tuple[str, str], tuple[set[str], set[dt.date]]] = {}
    for batch in batches:
        where = f"AND c.visit_id IN ({', '.join('?' * len(batch))})" if batch is not None else ""
        for vid, vehicle, cid, starts, tz in conn.execute(_SEATS_LEFT_SQL.format(visits=where), batch or []):
            people, days = found.setdefault((vid, vehicle), (set(), set()))
            people.add(cid)
            days.add(read_stored_time(starts).astimezone(zone(tz)).date())
    return [
        RoomingGap(LEFT_CAR, vid, vehicle, min(days), max(days), tuple(people))
        for (vid, vehicle), (people, days) in found.items()
    ]


#: Per visit: the first and the last night between the first leg's arrival and the last leg's
#: departure, and the nights spent on the way (a flight leaving in the evening, landing next day).
_Span = tuple[dt.date, dt.date, frozenset[dt.date]]


def _travel_spans(conn: sqlite3.Connection, batch: list[str], marks: str) -> dict[str, _Span]:
    """Per visit with legs, its :data:`_Span`, each end of a leg in its own zone."""
    from petdesk.services.schedule_time import zone

    firsts: dict[str, dt.date] = {}
    lasts: dict[str, dt.date] = {}
    aloft: dict[str, set[dt.date]] = defaultdict(set)
    for vid, dep, dep_tz, arr, arr_tz in conn.execute(
        f"""SELECT visit_id, departs_at, departs_timezone, arrives_at, arrives_timezone FROM travel_leg
            WHERE deleted_at IS NULL AND visit_id IN ({marks})""",
        batch,
    ):
        arrives = read_stored_time(arr).astimezone(zone(arr_tz)).date()
        departs = read_stored_time(dep).astimezone(zone(dep_tz)).date()
        firsts[vid] = min(firsts.get(vid, arrives), arrives)
        lasts[vid] = max(lasts.get(vid, departs), departs)
        aloft[vid].update(departs + n * _NIGHT for n in range((arrives - departs).days))
    return {
        vid: (firsts[vid], lasts[vid] - _NIGHT, frozenset(aloft[vid]))
        for vid in firsts
        if lasts[vid] > firsts[vid]
    }


def _visit_gaps(visit_id: str, stays: list[_Stay], guests: set[str], span: _Span | None) -> list[RoomingGap]:
    gaps: list[RoomingGap] = []
    covered: dict[dt.date, set[str]] = defaultdict(set)  # night -> everyone with a room that night
    for stay in stays:
        for night in stay.nights():
            covered[night] |= stay.guests
    for stay in stays:
        nights = stay.nights()
        if not nights:
            continue
        if not stay.guests:
            gaps.append(RoomingGap(EMPTY_LIST, visit_id, stay.hotel, nights[0], nights[-1]))
            continue
        roomless = {c for c in guests - stay.guests if any(c not in covered[n] for n in nights)}
        if roomless:
            gaps.append(RoomingGap(NO_ROOM, visit_id, stay.hotel, nights[0], nights[-1], tuple(roomless)))
    if span:
        first, last, aloft = span
    else:
        first, last, aloft = stays[0].check_in, max(s.check_out for s in stays) - _NIGHT, frozenset()
    gaps += _nights_without_hotel(visit_id, first, last, set(covered) | aloft)
    return gaps


def _left_visit(visit_id: str, stays: list[_Stay], left: set[str]) -> list[RoomingGap]:
    """Rooms of people taken off the visit, one warning per hotel."""
    gaps = []
    for stay in stays:
        nights = stay.nights()
        if nights and (gone := stay.guests & left):
            gaps.append(RoomingGap(LEFT_VISIT, visit_id, stay.hotel, nights[0], nights[-1], tuple(gone)))
    return gaps


def _two_hotels(visit_id: str, stays: list[_Stay]) -> list[RoomingGap]:
    """People with rooms at two hotels for the same nights: one warning per person and pair of
    stays, over the nights they share (a move from one hotel to the next shares none)."""
    gaps = []
    for n, first in enumerate(stays):
        for second in stays[n + 1 :]:
            shared = sorted(set(first.nights()) & set(second.nights()))
            for guest in sorted(first.guests & second.guests) if shared else ():
                gaps.append(
                    RoomingGap(
                        TWO_HOTELS, visit_id, first.hotel, shared[0], shared[-1], (guest,),
                        other_hotel=second.hotel,
                    )
                )  # fmt: skip
    return gaps


def _nights_without_hotel(
    visit_id: str, first: dt.date, last: dt.date, covered: set[dt.date]
) -> list[RoomingGap]:
    """Runs of nights in [first, last] that no hotel covers."""
    gaps: list[RoomingGap] = []
    night, run = first, None
    while night <= last:
        if night not in covered:
            run = (run[0], night) if run else (night, night)
        elif run:
            gaps.append(RoomingGap(NO_HOTEL, visit_id, "", *run))
            run = None
        night += _NIGHT
    if run:
        gaps.append(RoomingGap(NO_HOTEL, visit_id, "", *run))
    return gaps


def _city_code(*texts: str) -> str:
    from petdesk.services.clashes import _city_code as city_code

    return city_code(*texts)


def _before_arrival(conn: sqlite3.Connection, stays: dict[str, list[_Stay]]) -> list[RoomingGap]:
    """Room nights in a city before the guest's legs of the visit bring them there: one warning
    per hotel and run of nights, naming the guests. A night counts at the end of its day in the
    visit's zone (landing at 06:00 the next morning leaves that night unslept)."""
    from petdesk.services.clashes import not_there_yet, trip_legs
    from petdesk.services.schedule_time import zone

    placed = [s for mine in stays.values() for s in mine if s.city_code and s.guests]
    if not placed:
        return []
    first = min(s.check_in for s in placed) - dt.timedelta(days=30)
    last = max(s.check_out for s in placed) + dt.timedelta(days=30)
    to_utc = dt.UTC
    legs = trip_legs(
        conn,
        set(stays),
        dt.datetime.combine(first, dt.time(), to_utc),
        dt.datetime.combine(last, dt.time(), to_utc),
    )
    gaps: list[RoomingGap] = []
    for vid, mine in stays.items():
        for stay in mine:
            if not stay.city_code:
                continue
            late: dict[tuple[dt.date, dt.date], list[str]] = defaultdict(list)
            for guest in stay.guests:
                if not (trip := legs.get((vid, guest))):
                    continue
                nights = [
                    night
                    for night in stay.nights()
                    if not_there_yet(trip, stay.city_code, _end_of(night, zone(stay.timezone)))
                ]
                if nights:
                    late[(nights[0], nights[-1])].append(guest)
            for (a, b), people in late.items():
                gaps.append(RoomingGap(BEFORE_ARRIVAL, vid, stay.hotel, a, b, tuple(people), stay.city_code))
    return gaps


def _end_of(night: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(night, dt.time(23, 59), tz)


def _names(conn: sqlite3.Connection, contact_ids: set[str]) -> dict[str, str]:
    from petdesk.services.clashes import _names as clash_names

    return clash_names(conn, contact_ids)


#: Other live stays sharing a night with the stay ``?`` for one of its guests (any visit: the same
#: person cannot sleep in two hotels whatever visits they are on). Nights run from check-in to the
#: day before check-out, so a stay ending the day the next begins (a change of hotel) shares none.
_SAME_NIGHTS_SQL = """
SELECT r.contact_id, b.hotel, b.check_in, b.check_out
FROM accommodation a
JOIN room_assignment r ON r.accommodation_id = a.id AND r.deleted_at IS NULL
JOIN room_assignment q ON q.contact_id = r.contact_id AND q.deleted_at IS NULL
JOIN accommodation b ON b.id = q.accommodation_id AND b.id != a.id AND b.deleted_at IS NULL
JOIN visit v ON v.id = b.visit_id AND v.deleted_at IS NULL AND v.status != 'cancelled'
WHERE a.id = ? AND a.deleted_at IS NULL AND b.check_in < a.check_out AND a.check_in < b.check_out
ORDER BY b.check_in, b.hotel, r.contact_id
"""


@dataclass(frozen=True)
class HeldStay:
    """A hotel of a visit as an editor holds it before Save: added, moved to other nights or
    given another rooming list, and not yet in the database."""

    id: str
    visit_id: str
    hotel: str
    check_in: dt.date
    check_out: dt.date
    #: The contacts with a room there.
    guests: frozenset[str]


#: Live rooms of the people ``?…`` at hotels of other live visits (the held hotels stand for the
#: saved ones of their visits, which may since have moved, lost a guest or been deleted).
_ROOMS_ELSEWHERE_SQL = """
SELECT q.contact_id, b.hotel, b.check_in, b.check_out
FROM room_assignment q
JOIN accommodation b ON b.id = q.accommodation_id AND b.deleted_at IS NULL
JOIN visit v ON v.id = b.visit_id AND v.deleted_at IS NULL AND v.status != 'cancelled'
WHERE q.deleted_at IS NULL AND b.visit_id NOT IN ({visits}) AND q.contact_id IN ({people})
"""


def same_nights_elsewhere(
    source: Session | sqlite3.Connection, stay_id: str, held: Collection[HeldStay] = ()
) -> list[RoomingGap]:
    """People of the stay ``stay_id`` who also have a room at another hotel for one of its nights:
    a warning after a stay is added or changed (``visit-lodging add/edit``, the window's lodging
    editor), never a refusal (review 61: no word was said). One per person and other stay, over
    the nights they share; ``describe`` says it in the reader's language.

    With ``held`` (every hotel of a visit as its editor holds them before Save, review 62: the
    editor said nothing until Save) the stay is one of those rows: it is checked against the
    other held rows and the saved hotels of other visits, so the warning can show while the
    change is still held."""
    conn = sqlite_of(source)
    if held:
        return _same_nights_held(conn, stay_id, held)
    stay = conn.execute(
        "SELECT visit_id, hotel, check_in, check_out FROM accommodation WHERE id = ? AND deleted_at IS NULL",
        (stay_id,),
    ).fetchone()
    if stay is None:
        return []
    visit_id, hotel, check_in, check_out = stay
    rows = [
        (cid, other, dt.date.fromisoformat(a), dt.date.fromisoformat(b))
        for cid, other, a, b in conn.execute(_SAME_NIGHTS_SQL, (stay_id,))
    ]
    return _shared_nights(
        conn, visit_id, hotel, dt.date.fromisoformat(check_in), dt.date.fromisoformat(check_out), rows
    )


def _same_nights_held(conn: sqlite3.Connection, stay_id: str, held: Collection[HeldStay]) -> list[RoomingGap]:
    stay = next((h for h in held if h.id == stay_id), None)
    if stay is None or not stay.guests:
        return []
    rows = [
        (cid, other.hotel, other.check_in, other.check_out)
        for other in held
        if other.id != stay_id
        for cid in stay.guests & other.guests
    ]
    visits = sorted({h.visit_id for h in held})
    marks = ", ".join("?" for _ in visits)
    for people in in_batches(sorted(stay.guests)):
        sql = _ROOMS_ELSEWHERE_SQL.format(visits=marks, people=", ".join("?" for _ in people))
        rows += [
            (cid, other, dt.date.fromisoformat(a), dt.date.fromisoformat(b))
            for cid, other, a, b in conn.execute(sql, (*visits, *people))
        ]
    rows = [r for r in rows if r[2] < stay.check_out and stay.check_in < r[3]]
    rows.sort(key=lambda r: (r[2], r[1], r[0]))  # as _SAME_NIGHTS_SQL orders them
    return _shared_nights(conn, stay.visit_id, stay.hotel, stay.check_in, stay.check_out, rows)


def _shared_nights(
    conn: sqlite3.Connection,
    visit_id: str,
    hotel: str,
    check_in: dt.date,
    check_out: dt.date,
    rows: list[tuple[str, str, dt.date, dt.date]],
) -> list[RoomingGap]:
    """One "two hotels" gap per row ``(contact, other hotel, its check-in, its check-out)``
    sharing a night with the stay, over the nights they share."""
    names = _names(conn, {row[0] for row in rows})
    gaps = []
    for contact_id, other_hotel, other_in, other_out in rows:
        first = max(check_in, other_in)
        last = min(check_out, other_out) - _NIGHT
        person = (names.get(contact_id, contact_id),)
        gaps.append(RoomingGap(TWO_HOTELS, visit_id, hotel, first, last, person, other_hotel=other_hotel))
    return gaps


#: Rooms of the visit ``?``'s guests sharing a night with a hotel of another live visit, per stay
#: of the visit (a live, not cancelled one), guest and other stay.
_OTHER_VISITS_SQL = """
SELECT a.hotel, a.check_in, a.check_out, r.contact_id, b.hotel, b.check_in, b.check_out
FROM accommodation a
JOIN visit va ON va.id = a.visit_id AND va.deleted_at IS NULL AND va.status != 'cancelled'
JOIN room_assignment r ON r.accommodation_id = a.id AND r.deleted_at IS NULL
JOIN room_assignment q ON q.contact_id = r.contact_id AND q.deleted_at IS NULL
JOIN accommodation b ON b.id = q.accommodation_id AND b.visit_id != a.visit_id AND b.deleted_at IS NULL
JOIN visit v ON v.id = b.visit_id AND v.deleted_at IS NULL AND v.status != 'cancelled'
WHERE a.visit_id = ? AND a.deleted_at IS NULL AND b.check_in < a.check_out AND a.check_in < b.check_out
ORDER BY a.check_in, a.hotel, b.check_in, b.hotel, r.contact_id
"""


def same_nights_other_visits(source: Session | sqlite3.Connection, visit_id: str) -> list[RoomingGap]:
    """The "two hotels" gaps of ``visit_id`` whose other hotel is on another visit (``rooming_gaps``
    finds those within the visit): the visit editor counts them with its open questions about
    rooms, from the draft with the held changes (review 62: it said "No clashes" while its
    Logistics tab warned). The sentences ``same_nights_elsewhere`` gives for each stay."""
    conn = sqlite_of(source)
    rows = conn.execute(_OTHER_VISITS_SQL, (visit_id,)).fetchall()
    names = _names(conn, {row[3] for row in rows})
    gaps = []
    for hotel, check_in, check_out, contact_id, other_hotel, other_in, other_out in rows:
        first = max(dt.date.fromisoformat(check_in), dt.date.fromisoformat(other_in))
        last = min(dt.date.fromisoformat(check_out), dt.date.fromisoformat(other_out)) - _NIGHT
        person = (names.get(contact_id, contact_id),)
        gaps.append(RoomingGap(TWO_HOTELS, visit_id, hotel, first, last, person, other_hotel=other_hotel))
    return gaps
