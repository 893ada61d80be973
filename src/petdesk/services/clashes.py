"""Scheduling clashes: warnings to show, never reasons to refuse a save.

Three kinds:

* **overlap** — one person is in two items (or training sessions) at the same time;
* **transfer** — a person's consecutive items are in different cities with less than
  ``min_transfer`` between them and no transfer item planned in between;
* **outside** — an itinerary item lies (partly) outside its visit's dates, in the place's zone.

The people of an itinerary item are its attendees, or the whole delegation when it has none (a
programme usually lists who attends only where it differs), and its host and interpreter: one
interpreter booked for two meetings at once is the clash that matters on the day (field test 11).
Cancelled visits and trainings do not clash with anything.

**organisation** — one organisation is named (``itinerary_organisation``) by two itinerary items
at the same time: an enterprise booked at two tables of a fair's B2B talks (field test 76; the
check went by people only, and the enterprise's people are seldom in petdesk). The visit's own
delegation (its visiting organisation, or where the visit names none, its delegates' organisations)
splitting up over two meetings is no clash; nor is an organisation with a person of its own at each
item (parallel sessions): it clashes when the same person of it is in both, or at most one of its
people is (see ``_one_representation``). All-day items clash only with each other, and transfer
items never (the journey, not a meeting).

A visit's travel legs (flights, trains, drives) are presences too, of the leg's travellers, from
departure to arrival: a meeting booked while the delegation is on the plane is a clash (field test
24). A leg is a journey, like a transfer item: it breaks the chain of the transfer check, and a
transfer item overlapping a leg is the same journey written down twice, no clash. A leg that lies
wholly outside the visit (it lands before the first day or leaves after the last, each end in its
own zone) is "outside"; flying out the evening before or landing the morning after is how trips go.

The people of a training session are its trainers and the training's registered attendees (a
substitute from the session they took over, the person replaced until then). Two
sessions of one training that overlap are parallel breakouts: attendees choose one of them, so
the two are no clash for an attendee, only for a trainer teaching both. Against anything else
(another training, a visit) attendees are in every session of their training (field test 15).
"""

from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from petdesk import city_names
from petdesk.chinese_names import has_cjk
from petdesk.connection import sqlite_of
from petdesk.gcpause import without_gc
from petdesk.i18n import format_date, format_datetime, translator
from petdesk.language import interface_language
from petdesk.services import names
from petdesk.services.numbered_names import numbered_key_en
from petdesk.services.schedule_time import MAX_ITEM_SPAN, zone
from petdesk.stored_times import read_stored_time, stored_time

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.orm import Session

OVERLAP = "overlap"
TRANSFER = "transfer"
OUTSIDE = "outside"
#: A person in a city where their travel legs say they cannot be (yet, or any more).
WHEREABOUTS = "whereabouts"
#: An organisation named by two items at the same time.
ORGANISATION = "organisation"

#: ``Slot.kind`` and ``Slot.item_kind`` of a travel leg.
LEG = "leg"

#: Time a person needs to get from one city to another at the least; below it, a warning.
DEFAULT_MIN_TRANSFER = dt.timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class Slot:
    """A person's presence at an item or session."""

    contact_id: str
    kind: str  # "item", "session" or "leg"
    id: str
    parent_id: str
    title_en: str
    title_zh: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    city_en: str
    city_zh: str
    item_kind: str
    #: An imported all-day event (a birthday, a holiday, "day in Hangzhou"): it clashes only with
    #: another all-day item, never with the timed items of its day (field test 31).
    all_day: bool = False
    #: The known city (``vocab.City.code``) the item is in, or a leg leaves from; "" when the data
    #: does not say (field test 52: the where-is-each-person check only uses what it knows).
    city_code: str = ""
    #: For a leg: the known city it arrives in, and the arrival's zone.
    to_code: str = ""
    end_timezone: str = ""

    def title(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.title_zh or self.title_en
        return self.title_en or self.title_zh

    def same_city(self, other: Slot) -> bool:
        """Unknown cities never differ (no warning on missing data)."""
        if self.city_en and other.city_en:
            return self.city_en.casefold() == other.city_en.casefold()
        if self.city_zh and other.city_zh:
            return self.city_zh == other.city_zh
        return True


@dataclass(frozen=True)
class Clash:
    kind: str
    #: Visits concerned (one for "outside", up to two otherwise).
    visit_ids: tuple[str, ...]
    #: Itinerary item or session ids concerned, in time order.
    item_ids: tuple[str, ...]
    #: The one person concerned; None for "outside" and for a clash of several people.
    contact_id: str | None
    contact_name: str
    slots: tuple[Slot, ...] = ()
    #: For "outside": the visit's dates.
    visit_dates: tuple[dt.date, dt.date] | None = None
    item_title_en: str = ""
    item_title_zh: str = ""
    #: When the clash happens (start of the earlier item), for sorting and display.
    at: dt.datetime | None = None
    #: (id, name) of everyone in both items, in name order: one clash of two items, however many
    #: people it concerns (field test 6: one per delegate buried the list).
    people: tuple[tuple[str, str], ...] = ()
    #: Whether ``people`` is the whole delegation of the visit both items belong to.
    whole_delegation: bool = False
    #: The one person's job in each item: "host", "interpreter", "trainer" or "" (an attendee).
    jobs: tuple[str, str] = ("", "")
    #: For "organisation": its id and its (English, Chinese) name.
    organisation_id: str | None = None
    organisation_name: tuple[str, str] = ("", "")

    def organisation(self, language: str = "en") -> str:
        """The organisation's name in ``language``, else in the other one."""
        en, zh = self.organisation_name
        return (zh or en) if language.startswith("zh") else (en or zh)

    def describe(self, locale: str = "en", viewer: dt.tzinfo | None = None) -> str:
        """One sentence for the user, in ``locale``; times in the ``viewer``'s zone, else each in
        its place's, with the zone named when the two are not read on one clock: "16:00" in
        Chengdu and "09:00" in Stuttgart side by side read as no clash (field test 40, defect 3)."""
        _ = translator(locale)
        lang = interface_language(locale)
        shown = {slot.id: viewer or zone(slot.timezone) for slot in self.slots}
        offsets = {
            slot.starts_at.astimezone(tz).utcoffset()
            for slot in self.slots
            for tz in (shown[slot.id], zone(slot.timezone))
        }

        def when(slot: Slot) -> str:
            local = slot.starts_at.astimezone(shown[slot.id])
            text = format_datetime(local, locale, "short")
            if len(offsets) == 1:
                return text
            from petdesk.labels import zone_place  # only for times from two zones: it reads babel

            place = zone_place(getattr(shown[slot.id], "key", "UTC"), locale)
            return _("{time}, {zone} time").format(time=text, zone=place)

        if self.kind == OUTSIDE:
            first, last = self.visit_dates or (None, None)
            title = self.item_title_zh if lang == "zh" and self.item_title_zh else self.item_title_en
            return _("“{item}” lies outside the visit's dates ({first} – {last})").format(
                item=title or self.item_title_zh,
                first=format_date(first, locale) if first else "",
                last=format_date(last, locale) if last else "",
            )
        a, b = self.slots
        if self.kind == ORGANISATION:
            return _("{organisation} is at two items at once: “{a}” ({at}) and “{b}” ({bt})").format(
                organisation=self.organisation(lang), a=a.title(lang), at=when(a), b=b.title(lang), bt=when(b)
            )
        if self.kind == WHEREABOUTS:
            return self._whereabouts(locale, viewer)
        if self.kind == OVERLAP:
            if len(self.people) > 1:
                return self._group(locale).format(a=a.title(lang), at=when(a), b=b.title(lang), bt=when(b))
            at, bt = (
                when(slot) + _job_words(job, locale) for slot, job in zip((a, b), self.jobs, strict=True)
            )
            return _("{person} is in two items at once: “{a}” ({at}) and “{b}” ({bt})").format(
                person=reader_order(self.contact_name, locale), a=a.title(lang), at=at, b=b.title(lang), bt=bt
            )
        # an item saved with only "Chengdu" is in 成都 in a Chinese sentence (field test 57)
        city_a, city_b = (city_names.shown_city(x.city_en, x.city_zh, lang) for x in (a, b))
        gap = _("{n} min").format(n=int((b.starts_at - a.ends_at).total_seconds() // 60))
        if len(self.people) > 1:
            return self._group(locale).format(ca=city_a, cb=city_b, a=a.title(lang), b=b.title(lang), gap=gap)
        return _(
            "{person} cannot get from {ca} to {cb} in time: “{a}” ends {gap} before “{b}” starts"
        ).format(
            person=reader_order(self.contact_name, locale),
            ca=city_a,
            cb=city_b,
            a=a.title(lang),
            b=b.title(lang),
            gap=gap,
        )

    def _whereabouts(self, locale: str, viewer: dt.tzinfo | None) -> str:
        """ "Georg Weber is in Hangzhou for “Welcome meeting” (16 Mar 2027, 10:00), but “LH 2386
        Munich – Shanghai” from Munich arrives only at 17 Mar 2027, 06:00" (field test 52)."""
        _ = translator(locale)
        lang = interface_language(locale)
        here, leg = self.slots
        at_zone = viewer or zone(here.timezone)
        arrival_zone = viewer or zone(leg.end_timezone or leg.timezone)
        at = format_datetime(here.starts_at.astimezone(at_zone), locale, "short")
        arrival = format_datetime(leg.ends_at.astimezone(arrival_zone), locale, "short")
        if here.starts_at.astimezone(at_zone).utcoffset() != leg.ends_at.astimezone(arrival_zone).utcoffset():
            from petdesk.labels import zone_place  # only for times from two zones: it reads babel

            arrival = _("{time}, {zone} time").format(
                time=arrival, zone=zone_place(getattr(arrival_zone, "key", "UTC"), locale)
            )
        words = {
            "city": city_name(here.city_code, locale),
            "a": here.title(lang),
            "at": at,
            "b": leg.title(lang),
            "origin": city_name(leg.city_code, locale) or leg.city_en,
            "where": city_name(leg.to_code, locale),
            "arrival": arrival,
        }
        not_yet = leg.starts_at > here.starts_at
        if len(self.people) <= 1:
            text = (
                _("{person} is in {city} for “{a}” ({at}), but “{b}” from {origin} arrives only at {arrival}")
                if not_yet
                else _("{person} is in {city} for “{a}” ({at}), but “{b}” took them to {where} ({arrival})")
            )
            return text.format(person=reader_order(self.contact_name, locale), **words)
        if self.whole_delegation:
            who = _("The whole delegation ({n} people)").format(n=len(self.people))
        else:
            shown = [reader_order(name, locale) for _id, name in self.people[:_NAMES_SHOWN]]
            names_shown = _(", ").join(shown) + (_(" …") if len(self.people) > _NAMES_SHOWN else "")
            who = (
                _("{n} people ({people})")
                .replace("{n}", str(len(self.people)))
                .replace("{people}", names_shown)
            )
        text = (
            _("{who} are in {city} for “{a}” ({at}), but “{b}” from {origin} arrives only at {arrival}")
            if not_yet
            else _("{who} are in {city} for “{a}” ({at}), but “{b}” took them to {where} ({arrival})")
        )
        return text.format(who=who, **words)

    def _group(self, locale: str) -> str:
        """The sentence (still to be formatted with the items) for a clash of several people: the
        whole delegation and its size, or how many and the first few names."""
        _ = translator(locale)
        n = len(self.people)
        if self.whole_delegation:
            if self.kind == OVERLAP:
                text = _(
                    "The whole delegation ({n} people) is in two items at once: “{a}” ({at}) and “{b}” ({bt})"
                )
            else:
                text = _(
                    "The whole delegation ({n} people) cannot get from {ca} to {cb} in time: "
                    "“{a}” ends {gap} before “{b}” starts"
                )
            return text.replace("{n}", str(n))
        shown = [reader_order(name, locale) for _id, name in self.people[:_NAMES_SHOWN]]
        who = _(", ").join(shown) + (_(" …") if n > _NAMES_SHOWN else "")
        if self.kind == OVERLAP:
            text = _("{n} people ({people}) are in two items at once: “{a}” ({at}) and “{b}” ({bt})")
        else:
            text = _(
                "{n} people ({people}) cannot get from {ca} to {cb} in time: "
                "“{a}” ends {gap} before “{b}” starts"
            )
        return text.replace("{n}", str(n)).replace("{people}", who)


def _job_words(job: str, locale: str) -> str:
    """ ", as interpreter" after the item's time, for a person there by a job in the item."""
    _ = translator(locale)
    if job == "host":
        return _(", as host or chair")
    if job == "interpreter":
        return _(", as interpreter")
    if job == "trainer":
        return _(", as trainer")
    return ""


#: Item kinds that are the journey itself: no transfer check across them.
_JOURNEYS = frozenset({"transfer", LEG})

_iso = stored_time  # the stored form of a time, to compare with the columns

#: (person, item or session) → the person's job there ("host", "interpreter", "trainer"), when
#: they have one.
Jobs = dict[tuple[str, str], str]

#: Names a clash of several people (not the whole delegation) shows before "…".
_NAMES_SHOWN = 3


def _slots(
    raw: sqlite3.Connection, start: dt.datetime, end: dt.datetime
) -> tuple[dict[str, list[Slot]], Jobs, dict[str, Slot]]:
    """Everyone's presence at items and sessions overlapping [start, end), per person, the jobs
    of the items' hosts and interpreters, and every item and session read (by id).

    Each item or session is read (and its times parsed) once; who is there comes as narrow
    (person, item) rows and points at the shared record. Over 50,000 items with 180,000
    presences this reads a quarter of the data the one wide query read, and builds a quarter of
    the objects. ``Slot.contact_id`` is filled in only for the slots of a clash (see ``_own``)."""
    params = {"lo": _iso(start - MAX_ITEM_SPAN), "hi": _iso(end), "a": _iso(start)}
    item_cols = """i.id, i.visit_id, i.title_en, i.title_zh, i.starts_at, i.ends_at, i.timezone,
                   i.city_en, i.city_zh, i.kind, i.host_contact_id, i.interpreter_contact_id, i.all_day,
                   i.place_en, i.place_zh"""
    item_from = "itinerary_item i JOIN visit v ON v.id = i.visit_id"
    item_where = """i.starts_at >= :lo AND i.starts_at < :hi AND i.ends_at > :a
                    AND i.deleted_at IS NULL AND v.deleted_at IS NULL AND v.status != 'cancelled'"""
    sess_cols = """s.id, s.training_id, s.title_en, s.title_zh, s.starts_at, s.ends_at, s.timezone,
                   t.city_en, t.city_zh, 'training_session', NULL, NULL, 0, '', ''"""
    sess_from = "training_session s JOIN training t ON t.id = s.training_id"
    sess_where = """s.starts_at >= :lo AND s.starts_at < :hi AND s.ends_at > :a
                    AND s.deleted_at IS NULL AND t.deleted_at IS NULL AND t.status != 'cancelled'"""
    parse = read_stored_time
    shared: dict[str, Slot] = {}
    # read with the items, not by two more joins: the protocol columns are on the item's row
    jobs: Jobs = {}
    for kind, sql in (
        ("item", f"SELECT {item_cols} FROM {item_from} WHERE {item_where}"),
        ("session", f"SELECT {sess_cols} FROM {sess_from} WHERE {sess_where}"),
    ):
        for r in raw.execute(sql, params):
            shared[r[0]] = Slot(
                "",
                kind,
                r[0],
                r[1],
                r[2],
                r[3],
                parse(r[4]),
                parse(r[5]),
                r[6],
                r[7],
                r[8],
                r[9],
                bool(r[12]),
                _city_code(r[7], r[8], r[13], r[14]),
            )
            if r[10] is not None:
                jobs[(r[10], r[0])] = "host"
            if r[11] is not None:
                jobs[(r[11], r[0])] = "interpreter"
    people_sql = f"""
        SELECT a.contact_id, i.id, NULL FROM {item_from}
        JOIN itinerary_attendee a ON a.item_id = i.id AND a.deleted_at IS NULL
        WHERE {item_where}
        UNION ALL
        SELECT p.contact_id, i.id, NULL FROM {item_from}
        JOIN visit_participant p ON p.visit_id = v.id AND p.deleted_at IS NULL
        WHERE {item_where} AND NOT EXISTS (
            SELECT 1 FROM itinerary_attendee x WHERE x.item_id = i.id AND x.deleted_at IS NULL)
        UNION ALL
        SELECT st.contact_id, s.id, CASE WHEN EXISTS (  -- an interpreter is attached as a trainer is
            SELECT 1 FROM training_participant ip
            WHERE ip.training_id = t.id AND ip.contact_id = st.contact_id
              AND ip.role = 'interpreter' AND ip.deleted_at IS NULL) THEN 'interpreter' ELSE 'trainer' END
        FROM {sess_from}
        JOIN session_trainer st ON st.session_id = s.id AND st.deleted_at IS NULL
        WHERE {sess_where}
        UNION ALL
        SELECT tp.contact_id, s.id, CASE WHEN tp.role = 'interpreter' THEN 'interpreter' END
        FROM {sess_from}
        JOIN training_participant tp ON tp.training_id = t.id AND tp.deleted_at IS NULL
        WHERE {sess_where}
          AND NOT (tp.role = 'interpreter' AND EXISTS (  -- attached to some sessions: there only
            SELECT 1 FROM session_trainer x JOIN training_session xs ON xs.id = x.session_id
            WHERE xs.training_id = t.id AND x.contact_id = tp.contact_id
              AND x.deleted_at IS NULL AND xs.deleted_at IS NULL))
          AND NOT EXISTS (  -- replaced by a substitute from this session on
            SELECT 1 FROM training_session r
            WHERE r.id = tp.replaced_from_id AND s.starts_at >= r.starts_at)
          AND NOT EXISTS (  -- a substitute, not there before taking the place
            SELECT 1 FROM training_participant o JOIN training_session r ON r.id = o.replaced_from_id
            WHERE o.training_id = t.id AND o.replaced_by_id = tp.contact_id
              AND o.deleted_at IS NULL AND s.starts_at < r.starts_at)
    """
    seen: set[tuple[str, str]] = set()
    out: dict[str, list[Slot]] = defaultdict(list)
    for cid, slot in _leg_slots(raw, start, end):
        out[cid].append(slot)
    for cid, sid, job in raw.execute(people_sql, params):
        if job is not None:  # a trainer (interpreter) who is also registered is there once, so
            jobs[(cid, sid)] = job
        if (cid, sid) not in seen:
            seen.add((cid, sid))
            out[cid].append(shared[sid])
    for cid, sid in jobs:
        if (cid, sid) not in seen:  # a host or interpreter not ticked as an attendee
            seen.add((cid, sid))
            out[cid].append(shared[sid])
    return out, jobs, shared


#: The longest travel leg looked for before the range's start (the longest flights take a day).
_MAX_LEG_SPAN = dt.timedelta(days=3)

_LEG_FROM = "travel_leg l JOIN visit v ON v.id = l.visit_id"
_LEG_WHERE = """l.departs_at >= :lo AND l.departs_at < :hi AND l.arrives_at > :a
                AND l.deleted_at IS NULL AND v.deleted_at IS NULL AND v.status != 'cancelled'"""


def leg_title(number: str, from_place: str, to_place: str) -> str:
    """ "LH 2444 München (MUC) – København (CPH)": how a clash names a travel leg (a dash, not
    an arrow: the dossier's fonts have no arrow)."""
    route = " – ".join(p for p in (from_place, to_place) if p)
    return " ".join(p for p in (number, route) if p)


def _leg_slots(raw: sqlite3.Connection, start: dt.datetime, end: dt.datetime) -> list[tuple[str, Slot]]:
    """(traveller, slot) for every traveller of every travel leg overlapping [start, end); the
    slot is in the departure's zone and city (its "when" is the departure)."""
    params = {"lo": _iso(start - _MAX_LEG_SPAN), "hi": _iso(end), "a": _iso(start)}
    shared: dict[str, Slot] = {}
    sql = f"""SELECT l.id, l.visit_id, l.number, l.from_place, l.to_place, l.departs_at, l.arrives_at,
                     l.departs_timezone, l.arrives_timezone FROM {_LEG_FROM} WHERE {_LEG_WHERE}"""
    for lid, vid, number, origin, dest, dep, arr, tzname, arr_tz in raw.execute(sql, params):
        title = leg_title(number, origin, dest)
        shared[lid] = Slot(
            "",
            LEG,
            lid,
            vid,
            title,
            title,
            read_stored_time(dep),
            read_stored_time(arr),
            tzname,
            origin,
            "",
            LEG,
            False,
            _city_code(origin),
            _city_code(dest),
            arr_tz,
        )
    if not shared:
        return []
    people = f"""SELECT DISTINCT t.contact_id, l.id FROM {_LEG_FROM}
                 JOIN travel_leg_traveller t ON t.leg_id = l.id AND t.deleted_at IS NULL
                 WHERE {_LEG_WHERE}"""
    return [(cid, shared[lid]) for cid, lid in raw.execute(people, params)]


def _same_journey(a: Slot, b: Slot) -> bool:
    """A travel leg and a transfer item: one journey written down twice (a "Flight to Copenhagen"
    item for the LH 2444 leg), so their overlap is no clash."""
    return {a.item_kind, b.item_kind} == {"transfer", LEG}


def _parallel_breakouts(a: Slot, b: Slot, jobs: Jobs, contact_id: str) -> bool:
    """Whether ``a`` and ``b`` are sessions of one training that ``contact_id`` does not teach both
    of: an attendee goes to one of the parallel sessions, so being in both is no clash."""
    if not (a.kind == b.kind == "session" and a.parent_id == b.parent_id):
        return False
    return not (jobs.get((contact_id, a.id)) == jobs.get((contact_id, b.id)) == "trainer")


def _own(slot: Slot, contact_id: str) -> Slot:
    """``slot`` as ``contact_id``'s (positional: ``dataclasses.replace`` costs five times more)."""
    s = slot
    return Slot(
        contact_id,
        s.kind,
        s.id,
        s.parent_id,
        s.title_en,
        s.title_zh,
        s.starts_at,
        s.ends_at,
        s.timezone,
        s.city_en,
        s.city_zh,
        s.item_kind,
        s.all_day,
        s.city_code,
        s.to_code,
        s.end_timezone,
    )


def reader_order(name: str, locale: str) -> str:
    """A name as :func:`_names` stores it, "Agnieszka Żółkowska (阿格涅什卡·茹乌科夫斯卡)", as the
    reader's window shows the person (``names.person_display_name``): for a Chinese reader the
    Chinese name alone, as the delegation and itinerary beside the warning write it (round 51: the
    sentences added the Latin name in brackets); a person with no Chinese name keeps the Latin."""
    # the last bracket, and only a Chinese one: a Latin name may hold brackets ("Smith (née Jones)")
    _latin, bracket, rest = name.rpartition(" (")
    if not locale.startswith("zh") or not bracket or not rest.endswith(")") or not has_cjk(rest):
        return name
    return rest[:-1]


def _names(conn: sqlite3.Connection, contact_ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    ids = list(contact_ids)
    for n in range(0, len(ids), 500):
        chunk = ids[n : n + 500]
        keys = ", ".join(f":c{k}" for k in range(len(chunk)))
        rows = conn.execute(
            "SELECT id, given_name, family_name, name_order, family_name_zh, given_name_zh, "
            f"native_name_language, languages FROM contact WHERE id IN ({keys})",
            {f"c{k}": cid for k, cid in enumerate(chunk)},
        )
        for cid, given, family, order, fam_zh, giv_zh, native, languages in rows:
            parts = (family, given) if order == "family_first" else (given, family)
            latin = " ".join(p for p in parts if p)
            # as every list writes it, 阿格涅什卡·茹乌科夫斯卡 (field test 71: "茹乌科夫斯卡阿格涅什卡")
            zh = names.person_chinese_name(
                fam_zh,
                giv_zh,
                family=family,
                order=order,
                native_name_language=native or "",
                languages=names.language_list(languages),
            )
            out[cid] = f"{latin} ({zh})" if latin and zh else (latin or zh)
    return out


def city_name(code: str, locale: str) -> str:
    from petdesk.city_names import known_cities

    city = next((c for c in known_cities() if c.code == code), None)
    return city.name(locale) if city else ""


#: Known city codes already found for an item's (city, city_zh, place, place_zh): demo data
#: repeats a few dozen of them over 50,000 items.
_CITY_CODES: dict[tuple[str, ...], str] = {}


def _city_code(*texts: str) -> str:
    """The code of the first known city the texts name (an item's city columns before its
    place), "" when none does."""
    code = _CITY_CODES.get(texts)
    if code is None:
        from petdesk.city_names import city_in

        code = next((c.code for c in map(city_in, texts) if c is not None), "")
        if len(_CITY_CODES) < 100_000:
            _CITY_CODES[texts] = code
    return code


def _starting_city(legs: list[Slot]) -> str:
    """Where a person is before their first leg: home, where the last leg returns to, when they
    also leave from there (a round trip, whatever the order of the legs says); otherwise the
    first leg's departure (one way, or joining on the way)."""
    last = max(legs, key=lambda leg: leg.ends_at)
    if last.to_code and any(leg.city_code == last.to_code for leg in legs):
        return last.to_code
    return legs[0].city_code


def _whereabouts(slots: list[Slot]) -> list[tuple[str, Slot, Slot]]:
    """(WHEREABOUTS, item or leg, leg) for each item or departure in a known city where the
    person's legs say they cannot be at the time: not arrived yet, or gone elsewhere.

    The legs are walked in departure order from the starting city; a leg leaving from a city the
    person is not in is flagged and takes them nowhere (the flight moved a day later stays the
    way in: the train booked before it is the impossible one). Only cities the trip's legs go to
    or from are checked: an item in another city means travel not written down (the demo's
    programmes move between cities by road), not an impossible plan."""
    trips: dict[str, list[Slot]] = defaultdict(list)
    for slot in slots:
        if slot.kind == LEG:
            trips[slot.parent_id].append(slot)
    found: list[tuple[str, Slot, Slot]] = []
    for visit_id, legs in trips.items():
        mine = [s for s in slots if s.kind == "item" and s.parent_id == visit_id]
        found.extend(_trip_whereabouts(sorted(legs, key=lambda s: (s.starts_at, s.id)), mine))
    return found


def _walk(legs: list[Slot]) -> tuple[str, list[Slot], list[Slot]]:
    """The legs (in departure order) walked from the starting city: (that city, the legs taken,
    the legs leaving from a city the person is not in, which take them nowhere)."""
    start = _starting_city(legs)
    here, taken, stray = start, list[Slot](), list[Slot]()
    for leg in legs:
        if here and leg.city_code and leg.city_code != here:
            stray.append(leg)
            continue
        taken.append(leg)
        here = leg.to_code
    return start, taken, stray


def not_there_yet(legs: list[Slot], city_code: str, moment: dt.datetime) -> bool:
    """Whether a person whose ``legs`` (one trip's) go to or from ``city_code`` cannot be there yet
    at ``moment``: walking the legs as the whereabouts check does, they are somewhere else and have
    not been there before. A room night then is one they cannot sleep in (field test 52: a
    Hangzhou check-in on 16 Mar, the flight landing on the 17th)."""
    if not any(city_code in (leg.city_code, leg.to_code) for leg in legs):
        return False  # a city the legs do not say how to reach: travel not written down
    start, taken, _stray = _walk(sorted(legs, key=lambda s: (s.starts_at, s.id)))
    n = bisect_right([leg.ends_at for leg in taken], moment)  # taken legs arrived by then
    where = taken[n - 1].to_code if n else start
    been = start == city_code or any(city_code in (leg.city_code, leg.to_code) for leg in taken[:n])
    return bool(where) and where != city_code and not been


def trip_legs(
    conn: sqlite3.Connection, visit_ids: set[str], start: dt.datetime, end: dt.datetime
) -> dict[tuple[str, str], list[Slot]]:
    """(visit id, traveller) -> their legs of that visit departing in [start, end)."""
    out: dict[tuple[str, str], list[Slot]] = defaultdict(list)
    for cid, leg in _leg_slots(conn, start, end):
        if leg.parent_id in visit_ids:
            out[(leg.parent_id, cid)].append(leg)
    return out


def _trip_whereabouts(legs: list[Slot], items: list[Slot]) -> list[tuple[str, Slot, Slot]]:
    """:func:`_whereabouts` for one visit: its legs and its items (another visit's or training's
    legs say nothing of where a person is on this one's programme, and the weeks before a trip
    are not spent at its airport)."""
    start, taken, stray = _walk(legs)
    arrivals = [leg.ends_at for leg in taken]
    route = Counter(code for leg in legs for code in {leg.city_code, leg.to_code} if code)
    found: list[tuple[str, Slot, Slot]] = []
    places = [s for s in items if s.city_code and not s.all_day and s.item_kind not in _JOURNEYS]
    for slot in sorted((*places, *stray), key=lambda s: (s.starts_at, s.id)):
        if not slot.city_code:
            continue
        n = bisect_right(arrivals, slot.starts_at)  # taken legs arrived by then
        if n < len(taken) and taken[n].starts_at < slot.starts_at:
            continue  # on the way: the overlap check tells
        previous = taken[n - 1] if n else None
        where = previous.to_code if previous else start
        if not where or where == slot.city_code:
            continue
        if route[slot.city_code] - (slot.kind == LEG) <= 0:
            continue  # a city no (other) leg goes to or from: travel not written down, not impossible
        earlier, later = taken[:n], taken[n:]
        into = next((leg for leg in later if leg.to_code == slot.city_code), None)
        left = next((leg for leg in reversed(earlier) if leg.city_code == slot.city_code), None)
        told = into or left or previous or (later[0] if later else None)
        if told is not None:
            found.append((WHEREABOUTS, slot, told))
    return found


def person_clashes(
    slots: list[Slot], min_transfer: dt.timedelta = DEFAULT_MIN_TRANSFER
) -> list[tuple[str, Slot, Slot]]:
    """(kind, earlier, later) for one person's slots: overlaps and impossible transfers; and
    (WHEREABOUTS, item or leg, leg) where their legs say they cannot be in the item's city."""
    slots = sorted(slots, key=lambda s: (s.starts_at, s.ends_at, s.id))
    found: list[tuple[str, Slot, Slot]] = []
    # Overlaps: every pair whose spans intersect. ``active`` holds slots still running.
    active: list[Slot] = []
    for slot in slots:
        active = [a for a in active if a.ends_at > slot.starts_at]
        for a in active:
            if a.id != slot.id and a.all_day == slot.all_day and not _same_journey(a, slot):
                found.append((OVERLAP, a, slot))
        active.append(slot)
    # Transfers: consecutive places (transfer items and legs are the journey itself and break the chain).
    previous: Slot | None = None
    for slot in slots:
        if slot.all_day:
            continue  # a whole day has no place to travel from or to at a time
        if slot.item_kind in _JOURNEYS:
            previous = None
            continue
        if previous is not None:
            gap = slot.starts_at - previous.ends_at
            if dt.timedelta(0) <= gap < min_transfer and not previous.same_city(slot):
                found.append((TRANSFER, previous, slot))
        if previous is None or slot.ends_at >= previous.ends_at:
            previous = slot
    found.extend(_whereabouts(slots))
    return found


@without_gc
def find_clashes(
    source: Session | sqlite3.Connection,
    *,
    visit_id: str | None = None,
    training_id: str | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    min_transfer: dt.timedelta = DEFAULT_MIN_TRANSFER,
    person_id: str | None = None,
) -> list[Clash]:
    """Clashes in [start, end), or those touching one visit or one training (against everything
    else its people do; a training has no "outside" clashes: its sessions set its dates).

    With ``person_id``, only that person's own clashes (overlaps and transfers across all visits and
    trainings): an interpreter booked twice, each clash told with their job in both items.

    Without a visit or range, the whole database is checked. ``source`` is a session or a plain
    sqlite3 connection (the command line reads without SQLAlchemy); either way the work is plain
    SQL, as SQLAlchemy's per-row processing costs more than the queries.
    """
    conn = sqlite_of(source)
    if visit_id is not None:
        # the span of its items and its travel legs
        row = conn.execute(
            "SELECT min(s), max(e) FROM ("
            " SELECT starts_at AS s, ends_at AS e FROM itinerary_item"
            " WHERE visit_id = :vid AND deleted_at IS NULL"
            " UNION ALL SELECT departs_at, arrives_at FROM travel_leg"
            " WHERE visit_id = :vid AND deleted_at IS NULL)",
            {"vid": visit_id},
        ).fetchone()
        if row[0] is None:
            return []
        start = read_stored_time(row[0]) - dt.timedelta(days=1)
        end = read_stored_time(row[1]) + dt.timedelta(days=1)
    if training_id is not None:
        row = conn.execute(
            "SELECT min(starts_at), max(ends_at) FROM training_session "
            "WHERE training_id = :tid AND deleted_at IS NULL",
            {"tid": training_id},
        ).fetchone()
        if row[0] is None:
            return []
        start = read_stored_time(row[0]) - dt.timedelta(days=1)
        end = read_stored_time(row[1]) + dt.timedelta(days=1)
    touching = visit_id or training_id
    start = start or dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
    end = end or dt.datetime(2999, 1, 1, tzinfo=dt.UTC)
    per_person, jobs, read = _slots(conn, start, end)
    if person_id is not None:
        per_person = {person_id: per_person[person_id]} if person_id in per_person else {}

    # One clash per (kind, earlier item, later item), with everyone it concerns.
    groups: dict[tuple[str, str, str], tuple[Slot, Slot, list[str]]] = {}
    for cid, mine in per_person.items():
        for kind, a, b in person_clashes(mine, min_transfer):
            if kind == OVERLAP and _parallel_breakouts(a, b, jobs, cid):
                continue
            if touching is None or touching in (a.parent_id, b.parent_id):
                groups.setdefault((kind, a.id, b.id), (a, b, []))[2].append(cid)
    names = _names(conn, {cid for _a, _b, people in groups.values() for cid in people})
    delegations = _delegations(
        conn, {a.parent_id for a, b, people in groups.values() if len(people) > 1 and _same_visit(a, b)}
    )
    clashes = []
    for kind, a, b, people in ((k[0], *v) for k, v in groups.items()):
        named = tuple(sorted(((cid, names.get(cid, cid)) for cid in people), key=lambda p: (p[1], p[0])))
        alone = named[0] if len(named) == 1 else None
        clashes.append(
            Clash(
                kind=kind,
                visit_ids=tuple(dict.fromkeys(s.parent_id for s in (a, b) if s.kind in ("item", LEG))),
                item_ids=(a.id, b.id),
                contact_id=alone[0] if alone else None,
                contact_name=alone[1] if alone else "",
                slots=(_own(a, alone[0]), _own(b, alone[0])) if alone else (a, b),
                at=a.starts_at,
                people=named,
                whole_delegation=len(named) > 1
                and _same_visit(a, b)
                and delegations.get(a.parent_id) == frozenset(people),
                jobs=(jobs.get((alone[0], a.id), ""), jobs.get((alone[0], b.id), "")) if alone else ("", ""),
            )
        )
    if training_id is None and person_id is None:
        clashes.extend(_outside(conn, start, end, visit_id))
        clashes.extend(_organisation_clashes(conn, read, visit_id, per_person))
    clashes.sort(key=lambda c: (c.at or start, c.kind, c.contact_name))
    return clashes


def _same_visit(a: Slot, b: Slot) -> bool:
    return a.kind in ("item", LEG) and b.kind in ("item", LEG) and a.parent_id == b.parent_id


def _delegations(conn: sqlite3.Connection, visit_ids: set[str]) -> dict[str, frozenset[str]]:
    """The people of each visit's delegation."""
    out: dict[str, set[str]] = defaultdict(set)
    ids = sorted(visit_ids)
    for n in range(0, len(ids), 500):
        chunk = ids[n : n + 500]
        marks = ", ".join("?" * len(chunk))
        for vid, cid in conn.execute(
            f"SELECT visit_id, contact_id FROM visit_participant WHERE visit_id IN ({marks}) "
            "AND deleted_at IS NULL",
            chunk,
        ):
            out[vid].add(cid)
    return {vid: frozenset(people) for vid, people in out.items()}


def _outside(
    conn: sqlite3.Connection, start: dt.datetime, end: dt.datetime, visit_id: str | None
) -> list[Clash]:
    params: dict[str, Any] = {"lo": _iso(start - MAX_ITEM_SPAN), "hi": _iso(end), "a": _iso(start)}
    where = ""
    if visit_id is not None:
        params["vid"] = visit_id
        where = " AND v.id = :vid"
    # Cheap pre-filter in SQL (a day's margin covers every zone); the exact test uses the place's zone.
    sql = f"""
        SELECT i.id, v.id, i.title_en, i.title_zh, i.starts_at, i.ends_at, i.timezone,
               v.start_date, v.end_date
        FROM itinerary_item i JOIN visit v ON v.id = i.visit_id
        WHERE i.starts_at >= :lo AND i.starts_at < :hi AND i.ends_at > :a
          AND i.deleted_at IS NULL AND v.deleted_at IS NULL AND v.status != 'cancelled' {where}
          AND (date(i.starts_at / 1000000, 'unixepoch') <= v.start_date
               OR date(i.ends_at / 1000000, 'unixepoch') >= v.end_date)
    """
    out = _legs_outside(conn, start, end, visit_id)
    for iid, vid, t_en, t_zh, s, e, tzname, vstart, vend in conn.execute(sql, params):
        tz = zone(tzname)
        first = read_stored_time(s).astimezone(tz).date()
        # a moment at midnight (ending at its start) is on its own day, not the one before
        last = (
            max(read_stored_time(s), read_stored_time(e) - dt.timedelta(microseconds=1)).astimezone(tz).date()
        )
        vfirst, vlast = dt.date.fromisoformat(vstart), dt.date.fromisoformat(vend)
        if first < vfirst or last > vlast:
            out.append(
                Clash(
                    kind=OUTSIDE,
                    visit_ids=(vid,),
                    item_ids=(iid,),
                    contact_id=None,
                    contact_name="",
                    visit_dates=(vfirst, vlast),
                    item_title_en=t_en,
                    item_title_zh=t_zh,
                    at=read_stored_time(s),
                )
            )
    return out


def _legs_outside(
    conn: sqlite3.Connection, start: dt.datetime, end: dt.datetime, visit_id: str | None
) -> list[Clash]:
    """Travel legs wholly outside the visit: landing before its first day or leaving after its
    last, each end in its own zone. A leg that leaves the day before or lands the day after is the
    trip itself (the demo's 100,000 contacts gave 273 such warnings when either end counted)."""
    params: dict[str, Any] = {"lo": _iso(start - _MAX_LEG_SPAN), "hi": _iso(end), "a": _iso(start)}
    where = ""
    if visit_id is not None:
        params["vid"] = visit_id
        where = " AND v.id = :vid"
    sql = f"""
        SELECT l.id, v.id, l.number, l.from_place, l.to_place, l.departs_at, l.departs_timezone,
               l.arrives_at, l.arrives_timezone, v.start_date, v.end_date
        FROM {_LEG_FROM} WHERE {_LEG_WHERE} {where}
          AND (date(l.arrives_at / 1000000, 'unixepoch') <= v.start_date
               OR date(l.departs_at / 1000000, 'unixepoch') >= v.end_date)
    """
    out = []
    for lid, vid, number, origin, dest, dep, dep_tz, arr, arr_tz, vstart, vend in conn.execute(sql, params):
        departs, arrives = read_stored_time(dep), read_stored_time(arr)
        vfirst, vlast = dt.date.fromisoformat(vstart), dt.date.fromisoformat(vend)
        if (
            arrives.astimezone(zone(arr_tz)).date() < vfirst
            or departs.astimezone(zone(dep_tz)).date() > vlast
        ):
            title = leg_title(number, origin, dest)
            out.append(
                Clash(
                    kind=OUTSIDE,
                    visit_ids=(vid,),
                    item_ids=(lid,),
                    contact_id=None,
                    contact_name="",
                    visit_dates=(vfirst, vlast),
                    item_title_en=title,
                    item_title_zh=title,
                    at=departs,
                )
            )
    return out


#: Above this many items, the organisations of all items are read in one pass over the table
#: rather than looked up item by item.
_ALL_ORGANISATIONS_FROM = 5_000


def _organisation_clashes(
    conn: sqlite3.Connection,
    read: dict[str, Slot],
    visit_id: str | None,
    per_person: dict[str, list[Slot]],
) -> list[Clash]:
    """Organisations named by two overlapping items of those :func:`_slots` ``read`` (those touching
    ``visit_id`` only, when given). The items are not read again: only which organisations they
    name, by item (``ix_itinerary_organisation_item_id``), or for a whole database in one pass
    (issue 17: every clash within a second at 100,000 contacts)."""
    items = {iid: x for iid, x in read.items() if x.kind == "item" and x.item_kind not in _JOURNEYS}
    if len(items) < 2:
        return []
    if len(items) >= _ALL_ORGANISATIONS_FROM:
        rows = conn.execute(
            "SELECT item_id, organisation_id FROM itinerary_organisation WHERE deleted_at IS NULL"
        )
    else:
        rows = conn.execute(
            "SELECT item_id, organisation_id FROM itinerary_organisation "
            "WHERE item_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL",
            (json.dumps(list(items)),),
        )
    per_org: dict[str, list[Slot]] = defaultdict(list)
    for iid, org_id in rows:
        if (slot := items.get(iid)) is not None:
            per_org[org_id].append(slot)
    # the delegation's own organisation in two meetings at once is the delegation splitting up
    own = _delegation_organisations(conn, {x.parent_id for slots in per_org.values() for x in slots})
    pairs: list[tuple[str, Slot, Slot]] = []
    for org_id, slots in per_org.items():
        slots = [x for x in slots if org_id not in own.get(x.parent_id, ())]
        if len(slots) < 2:
            continue
        active: list[Slot] = []
        # two tables at the same time read in their titles' order ("B2B talk 1" and "B2B talk 2"),
        # not by their random ids ("B2B talk 2" and "B2B talk 1" in one window, 1 and 2 in the next)
        for slot in sorted(
            slots, key=lambda x: (x.starts_at, x.ends_at, numbered_key_en(x.title_en, x.title_zh), x.id)
        ):
            active = [x for x in active if x.ends_at > slot.starts_at]
            pairs.extend(
                (org_id, x, slot)
                for x in active
                if x.all_day == slot.all_day
                and (visit_id is None or visit_id in (x.parent_id, slot.parent_id))
            )
            active.append(slot)
    pairs = _one_representation(conn, pairs, per_person) if pairs else pairs
    if not pairs:
        return []
    names = _organisation_names(conn, {org_id for org_id, _a, _b in pairs})  # live ones only
    return [
        Clash(
            kind=ORGANISATION,
            visit_ids=tuple(dict.fromkeys((a.parent_id, b.parent_id))),
            item_ids=(a.id, b.id),
            contact_id=None,
            contact_name="",
            slots=(a, b),
            at=a.starts_at,
            organisation_id=org_id,
            organisation_name=names[org_id],
        )
        for org_id, a, b in pairs
        if org_id in names
    ]


def _delegation_organisations(conn: sqlite3.Connection, visit_ids: set[str]) -> dict[str, frozenset[str]]:
    """Each visit's own side: its visiting organisation, or, when it names none, the organisations
    its delegation's people work at now (round 52: a visit with no delegation organisation had its
    delegates' own company flagged for two meetings at once, the delegation splitting up)."""
    if not visit_ids:
        return {}
    out: dict[str, set[str]] = defaultdict(set)
    for vid, org_id in conn.execute(
        "SELECT v.id, v.visiting_organisation_id FROM visit v"
        " WHERE v.id IN (SELECT value FROM json_each(:v)) AND v.visiting_organisation_id IS NOT NULL"
        " UNION SELECT p.visit_id, a.organisation_id FROM visit v"
        " JOIN visit_participant p ON p.visit_id = v.id AND p.deleted_at IS NULL"
        " JOIN affiliation a ON a.contact_id = p.contact_id AND a.deleted_at IS NULL AND a.end_date IS NULL"
        " WHERE v.id IN (SELECT value FROM json_each(:v)) AND v.visiting_organisation_id IS NULL",
        {"v": json.dumps(sorted(visit_ids))},
    ):
        out[vid].add(org_id)
    return {vid: frozenset(orgs) for vid, orgs in out.items()}


def _one_representation(
    conn: sqlite3.Connection, pairs: list[tuple[str, Slot, Slot]], per_person: dict[str, list[Slot]]
) -> list[tuple[str, Slot, Slot]]:
    """The pairs in which the organisation cannot be at both items: the SAME person of it is in both,
    or it has at most one representative in the two together (none known, as the fair's enterprises,
    whose people are seldom in petdesk, or one, who cannot sit at two tables). Two different people
    of it, each at an item of their own, are parallel sessions (a host running two rooms with two of
    its staff, round 52), no clash; and an organisation with several people at one item and none known
    at the other may send one of them across, so that is no clash either: the warning is for what is
    sure to go wrong. A person represents the organisation they work at now (a current affiliation);
    who is at an item is as the people check counts it (attendees, or the whole delegation, the host
    and the interpreter)."""
    wanted = {x.id for _org, a, b in pairs for x in (a, b)}
    present: dict[str, set[str]] = defaultdict(set)
    for cid, mine in per_person.items():
        for slot in mine:
            if slot.id in wanted:
                present[slot.id].add(cid)
    everyone = set().union(*present.values()) if present else set()
    staff: dict[str, set[str]] = defaultdict(set)
    if everyone:
        for cid, org_id in conn.execute(
            "SELECT contact_id, organisation_id FROM affiliation"
            " WHERE organisation_id IN (SELECT value FROM json_each(?))"
            " AND deleted_at IS NULL AND end_date IS NULL",
            (json.dumps(sorted({org_id for org_id, _a, _b in pairs})),),
        ):
            if cid in everyone:
                staff[org_id].add(cid)
    kept = []
    for org_id, a, b in pairs:
        at_a, at_b = present[a.id] & staff[org_id], present[b.id] & staff[org_id]
        if at_a & at_b or len(at_a | at_b) <= 1:
            kept.append((org_id, a, b))
    return kept


def _organisation_names(conn: sqlite3.Connection, ids: set[str]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    chosen = sorted(ids)
    for n in range(0, len(chosen), 500):
        chunk = chosen[n : n + 500]
        marks = ", ".join("?" * len(chunk))
        for oid, en, zh in conn.execute(
            f"SELECT id, name_en, name_zh FROM organisation WHERE id IN ({marks}) AND deleted_at IS NULL",
            chunk,
        ):
            out[oid] = (en or "", zh or "")
    return out
