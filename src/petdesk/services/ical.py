"""Calendar files (.ics, RFC 5545): a visit, a training or a date range for staff's phones, and
meetings from someone else's calendar into a visit's itinerary.

Exported times carry the place's zone (``DTSTART;TZID=Asia/Shanghai:20261110T090000``) with a
``VTIMEZONE`` for every zone used, so a phone shows a Beijing meeting at 09:00 in Beijing and at
02:00 in Berlin. Each event's UID is derived from the row's id, so re-importing petdesk's own file
into the same visit updates items instead of adding copies; other files' events are matched on
start time and title for the same reason. Bilingual titles travel in ``X-PETDESK-*`` properties
beside the readable ``SUMMARY``.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Component, Event, Timezone, vCalAddress, vDDDTypes, vText
from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from petdesk import __version__, city_names, i18n, outfile
from petdesk.enums import VisitDirection
from petdesk.ids import forms, uuid_text
from petdesk.labels import TRAVEL_MODES, clauses, join_like, labelled
from petdesk.language import interface_language
from petdesk.models import (
    Accommodation,
    Attendance,
    Contact,
    ContactMethod,
    ItineraryAttendee,
    ItineraryItem,
    Project,
    ProjectMilestone,
    RoomAssignment,
    Training,
    TrainingParticipant,
    TrainingSession,
    TravelLeg,
    TravelLegTraveller,
    Visit,
    VisitParticipant,
)
from petdesk.models.enums import ContactChannel, ItineraryKind
from petdesk.services import calendar as cal_service
from petdesk.services import deadline_time, event_sequence, online_session
from petdesk.services import follow_ups as follow_up_service
from petdesk.services import ical_journeys as journeys
from petdesk.services import logistics as logistics_service
from petdesk.services import visits as visit_service
from petdesk.services.follow_ups import FollowUpRow
from petdesk.services.trainings import interpreter_ids
from petdesk.services.visits import MAX_ITEM_SPAN, ScheduleError, zone

PRODID = f"-//petdesk//petdesk {__version__}//EN"
UID_DOMAIN = "petdesk"
#: Minutes before an item when phones remind; visits and trainings get a reminder the day before.
DEFAULT_ALARMS = (30,)
DAY_BEFORE_ALARM = dt.timedelta(hours=-18)
#: A deadline's first reminder, at the same hour a week before: time to chase a signature or a
#: letter of support (field test 106).
WEEK_BEFORE_ALARM = DAY_BEFORE_ALARM - dt.timedelta(days=6)

_STATUS = {"planned": "TENTATIVE", "confirmed": "CONFIRMED", "done": "CONFIRMED", "cancelled": "CANCELLED"}
_ROLE = {
    "head": "CHAIR",
    "delegate": "REQ-PARTICIPANT",
    "host": "REQ-PARTICIPANT",
    "interpreter": "OPT-PARTICIPANT",
    "driver": "NON-PARTICIPANT",
    "organiser": "OPT-PARTICIPANT",
    "staff": "OPT-PARTICIPANT",
    "trainer": "CHAIR",
    "attendee": "REQ-PARTICIPANT",
    "chair": "CHAIR",
}
#: The UID of an event petdesk wrote: the row's id as it is stored, canonical or compact (petdesk.ids).
_UID_RE = re.compile(
    rf"^(item|session|visit|training|leg|stay|follow_up)-([0-9a-f-]{{36}}|[0-3][-0-9A-Za-z_]{{21}})@{UID_DOMAIN}$"
)
_CJK = re.compile(r"[\u3400-\u9fff]")


class CalendarFileError(ValueError):
    """An .ics file petdesk cannot read, with the reason."""


def uid_for(kind: str, row_id: str) -> str:
    return f"{kind}-{row_id}@{UID_DOMAIN}"


# --- export --------------------------------------------------------------------------------------


def _new_calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def _reader_order(en: str, zh: str, locale: str) -> tuple[str, str]:
    """(en, zh) in the reader's order: Chinese first in a Chinese file (field test 94: an interpreter's
    Chinese calendar read the visit's English title first under each meeting)."""
    return (zh, en) if locale.startswith("zh") else (en, zh)


def _summary(title_en: str, title_zh: str, locale: str) -> str:
    first, second = _reader_order(title_en, title_zh, locale)
    if first and second and first != second:
        return f"{first} / {second}"
    return first or second


#: Marks a reminder the export added for everyone (``--alarm``), not one the item has: importing
#: the file again must not make it the item's own (every item gained "alarms: 30").
EXPORT_DEFAULT = "X-PETDESK-EXPORT-DEFAULT"
#: Marks an item without attendee rows: its ATTENDEEs are the whole delegation, not a fixed list.
WHOLE_DELEGATION = "X-PETDESK-WHOLE-DELEGATION"


#: The contacts written as ATTENDEEs while :func:`save_range` builds its file (None: no file being
#: logged): whose data the export log says the file carried. A context variable, not a parameter
#: through every event builder; the window builds the file on a worker thread, in its own context.
_ATTENDEES: ContextVar[set[str] | None] = ContextVar("ical_attendees", default=None)


def _alarm(trigger: dt.timedelta, text: str, *, default: bool = False) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", trigger)
    alarm.add("description", text)
    if default:
        alarm.add(EXPORT_DEFAULT, "TRUE")
    return alarm


def _emails(session: Session, contact_ids: Iterable[str]) -> dict[str, str]:
    ids = list(dict.fromkeys(contact_ids))
    out: dict[str, str] = {}
    for n in range(0, len(ids), 500):
        rows = session.execute(
            select(ContactMethod.contact_id, ContactMethod.value)
            .where(
                ContactMethod.contact_id.in_(ids[n : n + 500]),
                ContactMethod.channel == ContactChannel.EMAIL,
                ContactMethod.deleted_at.is_(None),
            )
            .order_by(ContactMethod.position)
        )
        for cid, value in rows:
            out.setdefault(cid, value)
    return out


def _attendee(
    contact: Contact, role: str, emails: dict[str, str], locale: str, partstat: str = "ACCEPTED"
) -> vCalAddress:
    if (written := _ATTENDEES.get()) is not None:
        written.add(contact.id)
    email = emails.get(contact.id)
    # A person without e-mail still travels, as a URN of their stable id (RFC 5545 allows any URI).
    address = vCalAddress(f"mailto:{email}" if email else f"urn:uuid:{uuid_text(contact.id)}")
    address.params["CN"] = vText(contact.display_name(locale))
    address.params["ROLE"] = vText(_ROLE.get(role, "REQ-PARTICIPANT"))
    address.params["PARTSTAT"] = vText(partstat)
    address.params["CUTYPE"] = vText("INDIVIDUAL")
    return address


def _versioned_event(uid: str, updated_at: dt.datetime | None, sequence: int) -> Event:
    """A new event with its UID and version: SEQUENCE (see :mod:`event_sequence`) and
    LAST-MODIFIED beside DTSTAMP, so that a calendar takes a re-planned copy over the old one."""
    ev = Event()
    ev.add("uid", uid)
    ev.add("dtstamp", updated_at or dt.datetime.now(dt.UTC))
    if updated_at is not None:
        ev.add("last-modified", updated_at)
    ev.add("sequence", sequence)
    return ev


def _item_event(
    item: ItineraryItem,
    people: Sequence[tuple[Contact, str]],
    emails: dict[str, str],
    locale: str,
    alarms: Sequence[int],
    status: str,
    *,
    whole_delegation: bool = False,
    sequence: int = 0,
) -> Event:
    """The item as an event. ``whole_delegation``: it has no attendee rows, so its ATTENDEEs are
    the delegation of today, marked so that importing the file keeps it so (field test 31)."""
    tz = zone(item.timezone)
    ev = _versioned_event(uid_for("item", item.id), item.updated_at, sequence)
    if item.all_day:
        ev.add("dtstart", item.starts_at.astimezone(tz).date())
        ev.add("dtend", item.ends_at.astimezone(tz).date())
    else:
        ev.add("dtstart", item.starts_at.astimezone(tz))
        if item.ends_at != item.starts_at:  # a moment has no DTEND, as the file it came from
            ev.add("dtend", item.ends_at.astimezone(tz))
    summary = _summary(item.title_en, item.title_zh, locale)
    ev.add("summary", summary)
    city_en, city_zh = _reader_city(item.city_en, item.city_zh, locale)
    place = ", ".join(p for p in (item.place_en, item.address_en, city_en) if p)
    place_zh = " ".join(p for p in (city_zh, item.place_zh, item.address_zh) if p)
    location = " / ".join(
        p for p in ((place_zh, place) if locale.startswith("zh") else (place, place_zh)) if p
    )
    if location:
        ev.add("location", location)
    titles = _reader_order(item.visit.title_en, item.visit.title_zh, locale)
    description = "\n".join(p for p in (*titles, item.notes) if p)
    if description:
        ev.add("description", description)
    ev.add("categories", [item.kind.value.upper().replace("_", "-")])
    ev.add("status", _STATUS.get(status, "TENTATIVE"))
    for key, value in (
        ("x-petdesk-kind", item.kind.value),
        ("x-petdesk-title-en", item.title_en),
        ("x-petdesk-title-zh", item.title_zh),
        ("x-petdesk-place-en", item.place_en),
        ("x-petdesk-place-zh", item.place_zh),
        ("x-petdesk-address-en", item.address_en),
        ("x-petdesk-address-zh", item.address_zh),
        ("x-petdesk-city-en", item.city_en),
        ("x-petdesk-city-zh", item.city_zh),
    ):
        if value:
            # as text, escaped: an unknown X- property is written raw, and a line break in a place
            # (Apple's LOCATION has the address in lines) made the whole export fail
            ev.add(key, vText(value))
    if whole_delegation:
        ev.add(WHOLE_DELEGATION, "TRUE")
    for contact, role in people:
        ev.add("attendee", _attendee(contact, role, emails, locale), encode=False)
    for person in item.external_attendees or []:
        address = vCalAddress(
            f"mailto:{person['email']}" if person.get("email") else "urn:x-petdesk:external"
        )
        address.params["CN"] = vText(person.get("name", ""))
        if person.get("role") == "organiser":
            ev.add("organizer", address, encode=False)
        else:
            ev.add("attendee", address, encode=False)
    for minutes in item.alarms or alarms:
        ev.add_component(_alarm(dt.timedelta(minutes=-minutes), summary, default=not item.alarms))
    return ev


def _reader_city(en: str | None, zh: str | None, locale: str) -> tuple[str, str]:
    """A location's (English, Chinese) city: the side in the reader's language filled with the known
    city's name when the record has only the other's (:func:`city_names.shown_city`; field test: a
    Chinese reader's calendar said "Chengdu" for a venue saved in English). The other side stays as
    stored; the x-petdesk-city properties keep the stored values, so a re-import changes nothing."""
    en, zh = en or "", zh or ""
    if locale.startswith("zh"):
        return en, zh or (known if (known := city_names.shown_city(en, "", "zh")) != en else "")
    return en or (known if (known := city_names.shown_city("", zh, "en")) != zh else ""), zh


def _span_event(kind: str, row: Visit | Training, locale: str, with_alarm: bool, session: Session) -> Event:
    sequence = event_sequence.sequences(session, kind, [row.id]).get(row.id, 0)
    ev = _versioned_event(uid_for(kind, row.id), row.updated_at, sequence)
    ev.add("dtstart", row.start_date)
    ev.add("dtend", row.end_date + dt.timedelta(days=1))
    summary = _summary(row.title_en, row.title_zh, locale)
    ev.add("summary", summary)
    ev.add("transp", "TRANSPARENT")
    ev.add("status", _STATUS.get(row.status.value, "TENTATIVE"))
    ev.add("categories", [kind.upper()])
    if with_alarm:
        ev.add_component(_alarm(DAY_BEFORE_ALARM, summary, default=True))
    return ev


def _follow_up_event(row: FollowUpRow, locale: str, with_alarm: bool) -> Event:
    """An open follow-up as an all-day VEVENT on its due date, not a VTODO: Outlook and Google
    Calendar import no VTODO from a file (Outlook drops them, Google ignores them), and Thunderbird
    and Apple Calendar list all-day events as reliably. TRANSPARENT: it does not make the day busy."""
    _ = i18n.translator(locale)
    lang = interface_language(locale)
    assert row.due_date is not None
    summary = _("Follow-up: {title}").format(title=row.title(lang))
    if partner := row.partner(lang):
        summary += " — " + partner
    ev = Event()
    ev.add("uid", uid_for("follow_up", row.id))
    ev.add("dtstamp", row.updated_at or dt.datetime.now(dt.UTC))
    ev.add("dtstart", row.due_date)
    ev.add("dtend", row.due_date + dt.timedelta(days=1))
    ev.add("summary", summary)
    details = [labelled(_("Owner"), owner, locale)] if (owner := row.owner(lang)) else []
    if row.note:
        details.append(labelled(_("Note"), row.note, locale))
    if details:
        ev.add("description", "\n".join(details))
    ev.add("transp", "TRANSPARENT")
    ev.add("categories", ["FOLLOW-UP"])
    if with_alarm:
        ev.add_component(_alarm(DAY_BEFORE_ALARM, summary, default=True))
    return ev


#: A timed deadline's reminders: a week and a day before the moment itself (0072_project_deadline_time).
TIMED_DEADLINE_ALARMS = (-dt.timedelta(days=7), -dt.timedelta(days=1))


def _deadline_event(
    e: cal_service.CalendarEvent,
    locale: str,
    with_alarm: bool,
    stamp: dt.datetime | None,
    at: dt.datetime | None = None,
) -> Event:
    """A project's application deadline or open milestone as an all-day VEVENT (as a follow-up's),
    reminded a week and a day before; a milestone names its project. A deadline with a time (``at``,
    in the funder's zone) is an event at that moment with its TZID, reminded a week and a day before
    the moment: 17:00 Washington shows at 06:00 on a phone in Beijing, not as the day before."""
    day = e.starts_at.date()  # placed in UTC, where its day is the date itself (calendar._deadlines)
    summary = _summary(e.title_en, e.title_zh, locale)
    own_deadline = e.id == e.parent_id
    if not own_deadline:
        summary += " — " + _summary(e.parent_title_en, e.parent_title_zh, locale)
    ev = Event()
    ev.add("uid", uid_for("project_deadline" if own_deadline else "milestone", e.id))
    ev.add("dtstamp", stamp or dt.datetime.now(dt.UTC))  # its last change: two exports are one file
    if at is not None:
        ev.add("dtstart", at)
        ev.add("dtend", at)  # a moment, not a span: the call closes then
    else:
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
    ev.add("summary", summary)
    ev.add("transp", "TRANSPARENT")
    ev.add("categories", ["DEADLINE"])
    if with_alarm and at is not None:
        now = dt.datetime.now(dt.UTC)
        for trigger in TIMED_DEADLINE_ALARMS:
            if at + trigger >= now:  # a passed reminder would pop up at once on each import
                ev.add_component(_alarm(trigger, summary, default=True))
    elif with_alarm:
        # no week-before reminder once that day has passed: it would pop up at once on each import
        weekly = (WEEK_BEFORE_ALARM,) if day - dt.timedelta(days=7) >= dt.date.today() else ()
        for trigger in (*weekly, DAY_BEFORE_ALARM):
            ev.add_component(_alarm(trigger, summary, default=True))
    return ev


def _add_deadlines(
    cal: Calendar,
    session: Session,
    events: Sequence[cal_service.CalendarEvent],
    locale: str,
    alarms: Sequence[int],
) -> None:
    """The calendar's project deadlines and open milestones (not the met deadlines, which the
    reminders leave out too), a past one without reminders (as a follow-up, :func:`_overdue`)."""
    shown = [e for e in events if e.kind == cal_service.DEADLINE and not e.met]
    ids = [e.id for e in shown]
    stamps: dict[str, dt.datetime | None] = {}
    for table in (Project, ProjectMilestone):
        for batch in _batches(ids):
            found = session.execute(select(table.id, table.updated_at).where(table.id.in_(batch)))
            stamps.update((row_id, stamp) for row_id, stamp in found)
    # deadlines with a time in the funder's zone (0072_project_deadline_time)
    timed: dict[str, dt.datetime] = {}
    for batch in _batches(ids):
        with_time = session.execute(
            select(Project.id, Project.deadline, Project.deadline_time, Project.deadline_zone).where(
                Project.id.in_(batch), Project.deadline_time != ""
            )
        )
        for row_id, deadline, time, zone_name in with_time:
            if (at := deadline_time.moment(deadline, time, zone_name)) is not None:
                timed[row_id] = at
    today = dt.date.today()
    for e in shown:
        at = timed.get(e.id) if e.id == e.parent_id else None
        reminded = bool(alarms) and (at.date() if at else e.starts_at.date()) >= today
        cal.add_component(_deadline_event(e, locale, reminded, stamps.get(e.id), at))


def _overdue(row: FollowUpRow) -> bool:
    """Due before today: its day-before reminder has passed. A past alarm would pop up at once on
    each import (Thunderbird shows missed alarms, Outlook lists overdue reminders), so it has none."""
    return row.due_date is not None and row.due_date < dt.date.today()


def range_follow_ups(
    session: Session,
    first: dt.date,
    last: dt.date,
    filters: cal_service.Filters | None,
    *,
    today: dt.date | None = None,
) -> list[FollowUpRow]:
    """The open follow-ups a range's file carries: due in it, and those overdue (due before today)
    even when the range starts later, of the person or organisation the calendar is filtered to.

    An overdue one stays on its due date, not moved to today: the date is what was agreed, and a
    file re-imported tomorrow would otherwise move the same event (same UID) again. Outlook, Google
    Calendar, Apple Calendar and Thunderbird keep and show past all-day events; leaving an overdue
    follow-up out made the phone's calendar look as if nothing were outstanding."""
    today = today or dt.date.today()
    rows = follow_up_service.open_due_between(
        session,
        None,
        last,
        person_id=filters.contact_id if filters else None,
        organisation_id=filters.organisation_id if filters else None,
    )
    return [r for r in rows if r.due_date is not None and (r.due_date >= first or r.due_date < today)]


def _moment(value: dt.date | dt.datetime) -> dt.datetime:
    """An event's DTSTART or DTEND as an instant: an all-day date (floating) at midnight here."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is not None else value.astimezone()
    return dt.datetime.combine(value, dt.time.min).astimezone()


def _alarm_time(ev: Component, alarm: Component) -> dt.datetime | None:
    """When ``alarm`` of ``ev`` goes off (RFC 5545 3.8.6.3: an absolute time, or a span before or
    after the start, or after the end when RELATED=END); None when the file cannot tell."""
    trigger = alarm.get("trigger")
    value = getattr(trigger, "dt", None)
    if isinstance(value, dt.datetime):
        return _moment(value)
    if not isinstance(value, dt.timedelta):
        return None
    start = getattr(ev.get("dtstart"), "dt", None)
    if not isinstance(start, dt.date):
        return None
    anchor: dt.date = start
    if str(getattr(trigger, "params", {}).get("RELATED", "START")).upper() == "END":
        end = getattr(ev.get("dtend"), "dt", None)
        if isinstance(end, dt.date):
            anchor = end
        elif not isinstance(start, dt.datetime):
            anchor = start + dt.timedelta(days=1)  # a date without DTEND lasts that day
    return _moment(anchor) + value


def _drop_past_alarms(ev: Component, now: dt.datetime) -> None:
    """Take out of ``ev`` the reminders due before ``now`` (the moment of export), keeping the event:
    Outlook and Thunderbird fire every past reminder of an imported file at once."""
    ev.subcomponents[:] = [
        c
        for c in ev.subcomponents
        if c.name != "VALARM" or (when := _alarm_time(ev, c)) is None or when >= now
    ]


def _finish(
    cal: Calendar, first: dt.date | None, last: dt.date | None, now: dt.datetime | None = None
) -> bytes:
    now = now or dt.datetime.now(dt.UTC)
    for ev in cal.walk("VEVENT"):
        _drop_past_alarms(ev, now)
    # VTIMEZONE rules only for the years the file covers keeps it small and exact.
    first = first or dt.date.today()
    last = last or first
    cal.add_missing_timezones(
        first_date=dt.date(first.year - 1, 1, 1), last_date=dt.date(last.year + 1, 12, 31)
    )
    # The zones come from a set: sorted by TZID, two exports of the same data are the same file
    # but for DTSTAMP (field test 31).
    zones = sorted(cal.walk("VTIMEZONE"), key=lambda tz: str(tz.get("tzid", "")))
    others = [c for c in cal.subcomponents if c.name != "VTIMEZONE"]
    cal.subcomponents[:] = zones + others
    return cal.to_ical()


def _load_visit(session: Session, visit_id: str) -> Visit:
    visit = _load_visits(session, [visit_id]).get(visit_id)
    if visit is None or visit.deleted_at is not None:
        raise ScheduleError(f"no visit with id {visit_id}")
    return visit


def _load_visits(session: Session, visit_ids: Sequence[str]) -> dict[str, Visit]:
    """The visits of ``visit_ids`` by id, with their items, attendees and participants: each kind
    of row read once for all of them."""
    visits = session.scalars(
        select(Visit)
        .where(Visit.id.in_(visit_ids))
        .options(
            selectinload(Visit.items)
            .selectinload(ItineraryItem.attendees)
            .selectinload(ItineraryAttendee.contact),
            selectinload(Visit.participants).selectinload(VisitParticipant.contact),
        )
    )
    return {visit.id: visit for visit in visits}


def _add_visit(
    cal: Calendar,
    session: Session,
    visit: Visit,
    locale: str,
    alarms: Sequence[int],
    *,
    only: set[str] | None = None,
    with_span: bool = True,
    emails: dict[str, str] | None = None,
) -> None:
    """The visit's events (``only`` those items) into ``cal``; ``emails`` of the people, when
    already read (see :func:`_visit_people`)."""
    roles = {p.contact_id: (p.contact, p.role.value) for p in visit.participants if p.deleted_at is None}
    items = [i for i in visit.items if i.deleted_at is None and (only is None or i.id in only)]
    if emails is None:
        emails = _emails(session, _visit_people(visit, items))
    if with_span:
        cal.add_component(_span_event("visit", visit, locale, bool(alarms), session))
    sequences = event_sequence.sequences(session, "itinerary_item", [i.id for i in items])
    for item in items:
        explicit = [a for a in item.attendees if a.deleted_at is None]
        if explicit:
            people = [(a.contact, roles.get(a.contact_id, (None, "delegate"))[1]) for a in explicit]
        else:
            people = list(roles.values())
        people = _with_protocol(session, item, people)
        cal.add_component(
            _item_event(
                item,
                people,
                emails,
                locale,
                alarms,
                visit.status.value,
                whole_delegation=not explicit,
                sequence=sequences.get(item.id, 0),
            )
        )


def _with_protocol(
    session: Session, item: ItineraryItem, people: list[tuple[Contact, str]]
) -> list[tuple[Contact, str]]:
    """The item's people with its host as CHAIR and its interpreter, each once (they are people of
    the item, as in the briefing). The head of delegation chairs only items without a host
    (field test 11, defect 6), and never on an outbound visit: abroad the hosts chair their
    meetings, also those whose host nobody entered (field test 77)."""
    jobs = {item.host_contact_id: "chair", item.interpreter_contact_id: "interpreter"}
    jobs.pop(None, None)
    guest = bool(item.host_contact_id) or item.visit.direction == VisitDirection.OUTBOUND
    out = []
    for contact, role in people:
        if guest and role == "head":
            role = "delegate"  # a guest of the chair here
        out.append((contact, jobs.pop(contact.id, role)))
    for cid, job in jobs.items():
        found = session.get(Contact, cid)
        if found is not None and found.deleted_at is None:
            out.append((found, job))
    return out


def _visit_people(visit: Visit, items: Iterable[ItineraryItem]) -> set[str]:
    """Ids of the visit's participants and of the attendees, hosts and interpreters of ``items``."""
    ids = {p.contact_id for p in visit.participants if p.deleted_at is None}
    for item in items:
        ids.update(a.contact_id for a in item.attendees if a.deleted_at is None)
        ids.update(cid for cid in (item.host_contact_id, item.interpreter_contact_id) if cid)
    return ids


def export_visit(
    session: Session,
    visit_id: str,
    *,
    locale: str = "en",
    alarms: Sequence[int] = DEFAULT_ALARMS,
    now: dt.datetime | None = None,
) -> bytes:
    """The visit (all-day), every itinerary item with attendees and reminders, and the delegation's
    travel legs and hotel stays (field test 11: the director's calendar lacked the arrival flight).
    ``now``: the moment of export (reminders before it are left out), default the clock's."""
    visit = _load_visit(session, visit_id)
    cal = _new_calendar(_summary(visit.title_en, visit.title_zh, locale))
    _add_visit(cal, session, visit, locale, alarms)
    first, last = _add_logistics(cal, session, visit, locale, alarms)
    for row in follow_up_service.open_due_between(session, visit_id=visit.id):  # (field test 50, defect 3)
        cal.add_component(_follow_up_event(row, locale, bool(alarms) and not _overdue(row)))
    return _finish(cal, min(visit.start_date, first), max(visit.end_date, last), now)


def _add_logistics(
    cal: Calendar, session: Session, visit: Visit, locale: str, alarms: Sequence[int]
) -> tuple[dt.date, dt.date]:
    """The visit's travel legs and hotel stays into ``cal``; returns the first and last day they
    touch (a flight home may land after the visit's last day), for the zones' rules."""
    legs = _legs(session, TravelLeg.visit_id == visit.id)
    stays = _stays(session, Accommodation.visit_id == visit.id)
    _add_travel(cal, session, legs, stays, locale, alarms)
    days = [visit.start_date, visit.end_date]
    days += [day for leg in legs for day in (leg.departs_at.date(), leg.arrives_at.date())]
    days += [day for stay in stays for day in (stay.check_in, stay.check_out)]
    return min(days), max(days)


def _legs(session: Session, *where: ColumnElement[bool]) -> Sequence[TravelLeg]:
    """Undeleted travel legs matching ``where``, with their travellers and visit, by departure."""
    return session.scalars(
        select(TravelLeg)
        .where(TravelLeg.deleted_at.is_(None), *where)
        .options(
            selectinload(TravelLeg.travellers).selectinload(TravelLegTraveller.contact),
            selectinload(TravelLeg.visit),
        )
        .order_by(TravelLeg.departs_at, TravelLeg.id)
    ).all()


def _stays(session: Session, *where: ColumnElement[bool]) -> Sequence[Accommodation]:
    """Undeleted hotel stays matching ``where``, with their visit, by check-in."""
    return session.scalars(
        select(Accommodation)
        .where(Accommodation.deleted_at.is_(None), *where)
        .options(selectinload(Accommodation.visit))
        .order_by(Accommodation.check_in, Accommodation.id)
    ).all()


def _add_travel(
    cal: Calendar,
    session: Session,
    legs: Sequence[TravelLeg],
    stays: Sequence[Accommodation],
    locale: str,
    alarms: Sequence[int],
) -> None:
    """``legs`` and ``stays`` into ``cal``, each with its visit's status."""
    people = [t.contact_id for leg in legs for t in leg.travellers if t.deleted_at is None]
    emails = _emails(session, people)
    leg_sequences = event_sequence.sequences(session, "travel_leg", [leg.id for leg in legs])
    for leg in legs:
        ev = _leg_event(leg, emails, locale, alarms, leg.visit.status.value, leg_sequences.get(leg.id, 0))
        cal.add_component(ev)
    stay_sequences = event_sequence.sequences(session, "accommodation", [stay.id for stay in stays])
    for stay in stays:
        cal.add_component(_stay_event(stay, locale, stay.visit.status.value, stay_sequences.get(stay.id, 0)))


def _own_travel(contact_id: str | None) -> tuple[list[ColumnElement[bool]], list[ColumnElement[bool]]]:
    """Conditions on legs and on stays for one person's file: the legs they travel on and the
    hotels where they have a room, not the whole delegation's (field test 52, defect 3)."""
    if contact_id is None:
        return [], []
    on_leg = select(TravelLegTraveller.id).where(
        TravelLegTraveller.leg_id == TravelLeg.id,
        TravelLegTraveller.contact_id == contact_id,
        TravelLegTraveller.deleted_at.is_(None),
    )
    in_room = select(RoomAssignment.id).where(
        RoomAssignment.accommodation_id == Accommodation.id,
        RoomAssignment.contact_id == contact_id,
        RoomAssignment.deleted_at.is_(None),
    )
    return [on_leg.exists()], [in_room.exists()]


def _travel_in_range(
    session: Session,
    first: dt.date,
    last: dt.date,
    tz: dt.tzinfo,
    filters: cal_service.Filters | None,
) -> tuple[list[str], list[str]]:
    """Ids of the undeleted legs and stays touching ``first`` .. ``last`` (the legs' instants as
    days in ``tz``, the stays' nights as dates) of visits the filters show: what a range's file
    carries of the visits' logistics, as :func:`export_visit` does for one visit. A person's
    file (``filters.contact_id``) carries only their own legs and rooms."""
    start, end = cal_service.day_bounds(first, last, tz)
    mine_only = _own_travel(filters.contact_id if filters else None)
    legs = session.execute(
        select(TravelLeg.id, TravelLeg.visit_id)
        .where(
            TravelLeg.deleted_at.is_(None),
            TravelLeg.departs_at < end,
            TravelLeg.arrives_at > start,
            *mine_only[0],
        )
        .order_by(TravelLeg.departs_at, TravelLeg.id)
    ).all()
    # DTEND is exclusive: the last night is the day before check-out (a stay of no night shows
    # on its check-in day, as _stay_event writes it).
    stays = session.execute(
        select(Accommodation.id, Accommodation.visit_id)
        .where(
            Accommodation.deleted_at.is_(None),
            Accommodation.check_in <= last,
            or_(Accommodation.check_out > first, Accommodation.check_in == first),
            *mine_only[1],
        )
        .order_by(Accommodation.check_in, Accommodation.id)
    ).all()
    shown: set[str] = set()
    for batch in _batches(sorted({row.visit_id for row in (*legs, *stays)})):
        shown |= cal_service.visits_shown(session, batch, filters)
    # (in the order they are written, so that batches of them give the same file)
    return (
        [row.id for row in legs if row.visit_id in shown],
        [row.id for row in stays if row.visit_id in shown],
    )


def _leg_event(
    leg: TravelLeg, emails: dict[str, str], locale: str, alarms: Sequence[int], status: str, sequence: int
) -> Event:
    """A flight, train or drive from its departure to its arrival, each in its own place's zone
    (DTSTART;TZID=Europe/Berlin … DTEND;TZID=Asia/Shanghai), so both ends read right on a phone."""
    mode_en, mode_zh = TRAVEL_MODES.get(leg.mode.value, TRAVEL_MODES["other"])
    route = f"{leg.from_place} → {leg.to_place}"
    number = f" {leg.number}" if leg.number else ""
    summary = _summary(f"{mode_en}{number} {route}", f"{mode_zh}{number} {route}", locale)
    ev = _versioned_event(uid_for("leg", leg.id), leg.updated_at, sequence)
    ev.add("dtstart", leg.departs_at.astimezone(zone(leg.departs_timezone)))
    ev.add("dtend", leg.arrives_at.astimezone(zone(leg.arrives_timezone)))
    ev.add("summary", summary)
    ev.add("location", leg.from_place)
    titles = _reader_order(leg.visit.title_en, leg.visit.title_zh, locale)
    description = "\n".join(p for p in (leg.carrier, *titles, leg.notes) if p)
    if description:
        ev.add("description", description)
    ev.add("categories", [leg.mode.value.upper()])
    ev.add("status", _STATUS.get(status, "TENTATIVE"))
    for traveller in leg.travellers:
        if traveller.deleted_at is None and traveller.contact.deleted_at is None:
            ev.add("attendee", _attendee(traveller.contact, "delegate", emails, locale), encode=False)
    for minutes in alarms:
        ev.add_component(_alarm(dt.timedelta(minutes=-minutes), summary, default=True))
    return ev


def _stay_event(stay: Accommodation, locale: str, status: str, sequence: int) -> Event:
    """The hotel nights as an all-day event from check-in to check-out (DTEND is exclusive, so the
    last day shown is the last night), free time on the calendar like the visit itself."""
    ev = _versioned_event(uid_for("stay", stay.id), stay.updated_at, sequence)
    ev.add("dtstart", stay.check_in)
    ev.add("dtend", max(stay.check_out, stay.check_in + dt.timedelta(days=1)))
    ev.add("summary", _summary(f"Hotel: {stay.hotel}", f"酒店：{stay.hotel}", locale))
    location = ", ".join(p for p in (stay.hotel, stay.address) if p)
    if location:
        ev.add("location", location)
    description = "\n".join(
        p
        for p in (stay.phone, *_reader_order(stay.visit.title_en, stay.visit.title_zh, locale), stay.notes)
        if p
    )
    if description:
        ev.add("description", description)
    ev.add("transp", "TRANSPARENT")
    ev.add("categories", ["HOTEL"])
    ev.add("status", _STATUS.get(status, "TENTATIVE"))
    return ev


def _load_training(session: Session, training_id: str) -> Training:
    training = _load_trainings(session, [training_id]).get(training_id)
    if training is None or training.deleted_at is not None:
        raise ScheduleError(f"no training with id {training_id}")
    return training


def _load_trainings(session: Session, training_ids: Sequence[str]) -> dict[str, Training]:
    """The trainings of ``training_ids`` by id, with their sessions, trainers and participants."""
    trainings = session.scalars(
        select(Training)
        .where(Training.id.in_(training_ids))
        .options(
            selectinload(Training.sessions).selectinload(TrainingSession.trainers),
            selectinload(Training.participants).selectinload(TrainingParticipant.contact),
        )
    )
    return {training.id: training for training in trainings}


def _add_training(
    cal: Calendar,
    session: Session,
    training: Training,
    locale: str,
    alarms: Sequence[int],
    *,
    only: set[str] | None = None,
    with_span: bool = True,
    with_attendees: bool = False,
) -> None:
    """The training's sessions with their trainers; the registered attendees only when asked for
    (field test 15: a trainers' calendar carried 30 attendees' addresses on every session)."""
    participants = [
        (p.contact, p.role.value) for p in training.participants if p.deleted_at is None and with_attendees
    ]
    sessions = [s for s in training.sessions if s.deleted_at is None and (only is None or s.id in only)]
    trainer_ids = {t.contact_id for s in sessions for t in s.trainers if t.deleted_at is None}
    emails = _emails(session, {c.id for c, _ in participants} | trainer_ids)
    marks = _attendance_marks(session, [s.id for s in sessions]) if with_attendees else {}
    if with_span:
        cal.add_component(_span_event("training", training, locale, bool(alarms), session))
    sequences = event_sequence.sequences(session, "training_session", [s.id for s in sessions])
    for s in sessions:
        tz = zone(s.timezone or training.timezone)
        ev = _versioned_event(uid_for("session", s.id), s.updated_at, sequences.get(s.id, 0))
        ev.add("dtstart", s.starts_at.astimezone(tz))
        ev.add("dtend", s.ends_at.astimezone(tz))
        summary = _summary(s.title_en, s.title_zh, locale)
        ev.add("summary", summary)
        location = _session_location(training, s, locale)
        if location:
            ev.add("location", location)
        titles = _reader_order(training.title_en, training.title_zh, locale)
        ev.add("description", "\n".join(p for p in titles if p))
        ev.add("categories", ["TRAINING-SESSION"])
        ev.add("status", _STATUS.get(training.status.value, "TENTATIVE"))
        ev.add("x-petdesk-kind", "training_session")
        if s.title_en:
            ev.add("x-petdesk-title-en", s.title_en)
        if s.title_zh:
            ev.add("x-petdesk-title-zh", s.title_zh)
        interpreters = interpreter_ids(training)  # attached as trainers are, with their own role
        for t in s.trainers:
            if t.deleted_at is None:
                role = "interpreter" if t.contact_id in interpreters else "trainer"
                ev.add("attendee", _attendee(t.contact, role, emails, locale), encode=False)
        for contact, role in participants:
            if contact.id not in trainer_ids:
                partstat = _PARTSTAT.get(marks.get((s.id, contact.id), ""), "NEEDS-ACTION")
                ev.add("attendee", _attendee(contact, role, emails, locale, partstat), encode=False)
        for minutes in alarms:
            ev.add_component(_alarm(dt.timedelta(minutes=-minutes), summary, default=True))
        cal.add_component(ev)


def _session_location(training: Training, s: TrainingSession, locale: str) -> str:
    """Where a session is: its meeting link or "Online / 线上" when held online (field test
    trainfollow60: an online talk had the hotel as location), else venue, room and city. A session
    set in person (0080) is at the venue even when its room names a meeting service."""
    if online_session.held_online(s):  # the session's setting (0080), else its text
        link = online_session.session_link(s.room_en, s.room_zh, s.notes)
        return link or " / ".join(_reader_order(*online_session.ONLINE_PLACE, locale))
    city_en, city_zh = _reader_city(training.city_en, training.city_zh, locale)
    venue = ", ".join(p for p in (training.venue_en, s.room_en, city_en) if p)
    venue_zh = " ".join(p for p in (city_zh, training.venue_zh, s.room_zh) if p)
    return " / ".join(p for p in _reader_order(venue, venue_zh, locale) if p)


#: An attendee's answer as the session's attendance mark says (no mark yet: NEEDS-ACTION).
_PARTSTAT = {"present": "ACCEPTED", "absent": "DECLINED", "excused": "DECLINED"}


def _attendance_marks(session: Session, session_ids: Sequence[str]) -> dict[tuple[str, str], str]:
    """(session id, contact id) → the attendance mark's status value."""
    out: dict[tuple[str, str], str] = {}
    for n in range(0, len(session_ids), 500):
        rows = session.execute(
            select(Attendance.session_id, Attendance.contact_id, Attendance.status).where(
                Attendance.session_id.in_(session_ids[n : n + 500]), Attendance.deleted_at.is_(None)
            )
        )
        for sid, cid, status in rows:
            out[(sid, cid)] = status.value
    return out


def export_training(
    session: Session,
    training_id: str,
    *,
    locale: str = "en",
    alarms: Sequence[int] = DEFAULT_ALARMS,
    with_attendees: bool = False,
    now: dt.datetime | None = None,
) -> bytes:
    """The training (all-day) and its sessions, with their trainers and reminders; with
    ``with_attendees`` also the registered attendees, answering as their attendance marks say.
    ``now`` as :func:`export_visit`'s."""
    training = _load_training(session, training_id)
    cal = _new_calendar(_summary(training.title_en, training.title_zh, locale))
    _add_training(cal, session, training, locale, alarms, with_attendees=with_attendees)
    return _finish(cal, training.start_date, training.end_date, now)


def export_range(
    session: Session,
    first: dt.date,
    last: dt.date,
    *,
    filters: cal_service.Filters | None = None,
    locale: str = "en",
    alarms: Sequence[int] = DEFAULT_ALARMS,
    tz: dt.tzinfo | None = None,
) -> bytes:
    """Everything on the calendar from ``first`` to ``last`` (days in the zone ``tz``, default UTC),
    with the flights and hotel nights of the visits shown that fall in those days."""
    out = io.BytesIO()
    write_range(out, session, first, last, filters=filters, locale=locale, alarms=alarms, tz=tz)
    return out.getvalue()


def write_range(
    out: IO[bytes],
    session: Session,
    first: dt.date,
    last: dt.date,
    *,
    filters: cal_service.Filters | None = None,
    locale: str = "en",
    alarms: Sequence[int] = DEFAULT_ALARMS,
    tz: dt.tzinfo | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """:func:`export_range` written to ``out`` as it is built, a batch of visits or trainings at a
    time: memory holds a batch, not the whole range (a year of a hub's calendar is tens of
    thousands of events). The events go to a temporary file first, since the zones they use
    (VTIMEZONE, written before them) are known only at the end. ``on_progress(done, total)`` counts
    the events. Returns the number of events."""
    found = cal_service.events_between_dates(session, first, last, tz or dt.UTC, filters)
    items: dict[str, set[str]] = {}
    sessions: dict[str, set[str]] = {}
    visit_spans: set[str] = set()
    training_spans: set[str] = set()
    deadlines = [e for e in found if e.kind == cal_service.DEADLINE and not e.met]
    for e in found:
        if e.kind == cal_service.ITEM:
            items.setdefault(e.parent_id, set()).add(e.id)
        elif e.kind == cal_service.SESSION:
            sessions.setdefault(e.parent_id, set()).add(e.id)
        elif e.kind == cal_service.VISIT:
            visit_spans.add(e.id)
        elif e.kind == cal_service.TRAINING:
            training_spans.add(e.id)
    spans = visit_spans | training_spans
    leg_ids, stay_ids = _travel_in_range(session, first, last, tz or dt.UTC, filters)
    total = sum(map(len, items.values())) + sum(map(len, sessions.values())) + len(spans)
    follow_ups = range_follow_ups(session, first, last, filters)
    total += len(leg_ids) + len(stay_ids) + len(follow_ups) + len(deadlines)
    report = on_progress or (lambda done, total: None)
    tzids: set[str] = set()
    events = 0
    now = dt.datetime.now(dt.UTC)  # the moment of export: reminders before it are left out
    with tempfile.TemporaryFile() as spool:

        def spooled(part: Calendar) -> None:
            nonlocal events
            tzids.update(part.get_used_tzids())
            for event in part.subcomponents:
                _drop_past_alarms(event, now)
                spool.write(event.to_ical())
                events += 1
            report(min(events, total), total)

        for batch in _batches(sorted(set(items) | visit_spans)):
            visits = _load_visits(session, batch)
            people: set[str] = set()
            for vid, loaded in visits.items():
                people |= _visit_people(loaded, [i for i in loaded.items if i.id in items.get(vid, ())])
            emails = _emails(session, people)
            for visit_id in batch:
                visit = visits.get(visit_id)
                if visit is None or visit.deleted_at is not None:  # (the events were found undeleted)
                    continue
                part = Calendar()
                only = items.get(visit_id, set())
                with_span = visit_id in spans
                _add_visit(
                    part, session, visit, locale, alarms, only=only, with_span=with_span, emails=emails
                )
                spooled(part)
        # (a training's days, where the filters ask for them, even without sessions in the range)
        for batch in _batches(sorted(set(sessions) | training_spans)):
            trainings = _load_trainings(session, batch)
            for training_id in batch:
                training = trainings.get(training_id)
                if training is None or training.deleted_at is not None:
                    continue
                part = Calendar()
                only = sessions.get(training_id, set())
                with_span = training_id in spans
                _add_training(part, session, training, locale, alarms, only=only, with_span=with_span)
                spooled(part)
        for leg_batch in _batches(leg_ids):
            part = Calendar()
            _add_travel(part, session, _legs(session, TravelLeg.id.in_(leg_batch)), [], locale, alarms)
            spooled(part)
        for stay_batch in _batches(stay_ids):
            part = Calendar()
            _add_travel(part, session, [], _stays(session, Accommodation.id.in_(stay_batch)), locale, alarms)
            spooled(part)
        # Open follow-ups on their due dates, so they reach a phone's calendar (field test 50, defect 3).
        part = Calendar()
        for row in follow_ups:
            part.add_component(_follow_up_event(row, locale, bool(alarms) and not _overdue(row)))
        spooled(part)
        # Deadlines and milestones of projects, so they reach a phone's calendar (field test 106).
        part = Calendar()
        _add_deadlines(part, session, deadlines, locale, alarms)
        spooled(part)
        report(total, total)
        head = _new_calendar(f"petdesk {first.isoformat()} – {last.isoformat()}")
        # as Calendar.add_missing_timezones adds them, for the years the file covers (see _finish)
        for tzid in sorted(tzids - {"UTC"}):  # (in one order: files of the same calendar are equal)
            try:
                zone_part = Timezone.from_tzid(
                    tzid, first_date=dt.date(first.year - 1, 1, 1), last_date=dt.date(last.year + 1, 12, 31)
                )
            except ValueError:
                continue
            head.subcomponents.append(zone_part)
        end = b"END:VCALENDAR\r\n"
        text = head.to_ical()
        out.write(text[: -len(end)] if text.endswith(end) else text)
        spool.seek(0)
        shutil.copyfileobj(spool, out)
        out.write(end)
    return events


def save_range(
    path: Path | str,
    session: Session,
    first: dt.date,
    last: dt.date,
    *,
    filters: cal_service.Filters | None = None,
    locale: str = "en",
    alarms: Sequence[int] = DEFAULT_ALARMS,
    tz: dt.tzinfo | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """:func:`write_range` into the file ``path`` (replaced only once it is whole, see
    :mod:`petdesk.outfile`): ``calendar --out`` and the Calendar page's export write the same file.
    The file is logged in the export log with its events and the people it names as attendees (a
    calendar carries their names and e-mail addresses). Returns the number of events."""
    from petdesk.services import export_log

    people: set[str] = set()
    token = _ATTENDEES.set(people)
    try:
        with outfile.writing(path) as fh:
            events = write_range(
                fh,
                session,
                first,
                last,
                filters=filters,
                locale=locale,
                alarms=alarms,
                tz=tz,
                on_progress=on_progress,
            )
    finally:
        _ATTENDEES.reset(token)
    export_log.record_after(session, "calendar", path, events, sorted(people))
    return events


#: Visits or trainings read together by :func:`write_range`: a handful of queries per batch
#: instead of per visit (reading them one by one was a third of a year's export).
_BATCH = 100


def _batches(ids: list[str]) -> Iterable[list[str]]:
    return (ids[start : start + _BATCH] for start in range(0, len(ids), _BATCH))


# --- import --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One event the import adds, updates, leaves as it is (older) or cancels, with its start."""

    #: "add", "update", "older", "cancel" or "cancelled_before" (an older copy of a removed meeting).
    action: str
    title: str
    #: The start in the item's zone (a date's midnight for all-day events).
    starts_at: dt.datetime
    all_day: bool

    def when(self, locale: str, all_day: str) -> str:
        """The day and time (or the words ``all_day``) in ``locale``'s way, for a list a person
        reads: the command line and the visit editor's box say it alike."""
        time = all_day if self.all_day else i18n.format_time(self.starts_at, locale)
        return f"{i18n.format_date(self.starts_at.date(), locale)} {time}"


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    #: (summary, reason) for each event left out.
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: Events already in the itinerary exactly as the file has them.
    unchanged: list[str] = field(default_factory=list)
    #: Attendees and organisers who are no contacts yet, (name, e-mail), once each: to offer adding.
    guests: list[tuple[str, str]] = field(default_factory=list)
    #: What the imported events carried that an itinerary item does not keep: property -> events.
    dropped: dict[str, int] = field(default_factory=dict)
    #: Events whose copy in the itinerary is newer (higher SEQUENCE, later LAST-MODIFIED): left alone.
    older: list[str] = field(default_factory=list)
    #: Items removed because the file cancels their event (METHOD:CANCEL, STATUS:CANCELLED).
    cancelled: list[str] = field(default_factory=list)
    #: Older copies of meetings a file cancelled before (their item is removed): left out, and said
    #: so, not "older than the itinerary's copy" of a copy no longer shown (field test 85).
    already_cancelled: list[str] = field(default_factory=list)
    #: (summary, note) for what the import decided on its own, e.g. an organiser with no e-mail.
    notes: list[tuple[str, str]] = field(default_factory=list)
    #: Each event added, updated, left as older or cancelled, with its start, in file order.
    changes: list[Change] = field(default_factory=list)

    def summary(self, locale: str = "en") -> str:
        """The counts in ``locale``'s words: "1 added, 0 updated, 0 skipped; dropped: 2 × URL"."""
        _ = i18n.translator(locale)

        def num(items: Sequence[object]) -> str:  # "2,000", grouped as the rest of petdesk
            return i18n.format_integer(len(items), locale)

        counts = [
            _("{added} added, {updated} updated, {skipped} skipped").format(
                added=num(self.added), updated=num(self.updated), skipped=num(self.skipped)
            )
        ]
        if self.unchanged:
            counts.append(_("{n} unchanged").format(n=num(self.unchanged)))
        if self.cancelled:
            counts.append(_("{n} cancelled").format(n=num(self.cancelled)))
        if self.older:
            counts.append(_("{n} older than the itinerary's copy").format(n=num(self.older)))
        if self.already_cancelled:
            counts.append(_("{n} already cancelled").format(n=num(self.already_cancelled)))
        text = ("，" if i18n.babel_locale(locale).language == "zh" else ", ").join(counts)
        if not self.dropped:
            return text
        dropped = join_like(self.dropped_words(locale), locale)
        return clauses([text, labelled(_("dropped"), dropped, locale)], locale)

    def dropped_words(self, locale: str) -> list[str]:
        """What was not kept, "2,000 × URL", the count grouped in ``locale``."""
        return [f"{i18n.format_integer(n, locale)} × {name}" for name, n in sorted(self.dropped.items())]


def _windows_zones() -> dict[str, str]:
    """Outlook writes Windows zone names ("China Standard Time"); icalendar knows their IANA names."""
    try:
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

        return dict(WINDOWS_TO_OLSON)
    except ImportError:  # an icalendar without the table: such times keep the visit's zone
        return {}


def _tzname(value: dt.datetime, fallback: str) -> str:
    """The IANA zone of an imported time; a zone petdesk cannot name keeps the visit's zone
    (the instant stays exact either way, only the wall clock shown changes)."""
    tz = value.tzinfo
    key = getattr(tz, "key", None) or getattr(tz, "zone", None)
    if key is None and tz is not None:
        # dateutil's VTIMEZONE zones (what icalendar builds for unknown TZIDs) keep the TZID here.
        tzid = str(getattr(tz, "_tzid", "") or "")
        key = (
            _windows_zones().get(tzid)
            or _notes_zone(tzid, value)
            or _zone_like(tzid, value)
            or _zone_of_cities(tzid, value)
        )
    if key and key != "UTC":
        try:
            ZoneInfo(key)
            return str(key)
        except Exception:
            pass
    return fallback


def _notes_zone(tzid: str, value: dt.datetime) -> str | None:
    """Lotus Notes names Windows' zones without " Standard Time" (``TZID="W. Europe"``,
    ``"China"``): that zone, when its offset at the event's time is the one the file gives."""
    key = _windows_zones().get(f"{tzid} Standard Time")
    if key and ZoneInfo(key).utcoffset(value.replace(tzinfo=None)) == value.utcoffset():
        return key
    return None


@functools.cache
def _iana_names() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(available_timezones())


def _zone_like(tzid: str, value: dt.datetime) -> str | None:
    """An IANA zone for a misspelt TZID whose VTIMEZONE the file carries: Apple iCal 4 wrote
    "America/New_Yrok". Only a name that differs by a typo, and whose offset at the event's time
    is the one the file's VTIMEZONE gives, is taken; anything else keeps the visit's zone."""
    import difflib

    if "/" not in tzid:
        return None
    offset = value.utcoffset()
    wall = value.replace(tzinfo=None)
    for name in difflib.get_close_matches(tzid, _iana_names(), n=3, cutoff=0.9):
        if ZoneInfo(name).utcoffset(wall) == offset:
            return name
    return None


def _zone_of_cities(tzid: str, value: dt.datetime) -> str | None:
    """An IANA zone for a TZID that lists cities, as Outlook 2003 named zones by Windows' display
    names ("Canberra, Melbourne, Sydney", "Beijing, Chongqing, Hong Kong, Urumqi"): a city's IANA
    zone whose offset at the event's time is the one the file gives; of several, the one Windows
    maps its zones to (Australia/Sydney rather than the alias Australia/Canberra)."""
    cities = [
        c.strip().replace(" ", "_").casefold() for c in re.split(r"[,;]", re.sub(r"^\(.*?\)", "", tzid))
    ]
    by_city: dict[str, str] = {}
    for name in _iana_names():
        if "/" in name:
            by_city.setdefault(name.rsplit("/", 1)[-1].casefold(), name)
    offset = value.utcoffset()
    wall = value.replace(tzinfo=None)
    found = [
        key
        for city in cities
        if (key := by_city.get(city)) is not None and ZoneInfo(key).utcoffset(wall) == offset
    ]
    preferred = set(_windows_zones().values())
    return next((key for key in found if key in preferred), found[0] if found else None)


#: Event properties petdesk reads, or that describe the file rather than the meeting.
_EVENT_READ = frozenset(
    {
        "UID", "DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "TRANSP", "SUMMARY", "DTSTART",
        "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "LOCATION", "DESCRIPTION",
        "ATTENDEE", "ORGANIZER",
    }
)  # fmt: skip
#: Calendar programs' own bookkeeping (busy status, colours of the program, petdesk's own fields).
_VENDOR_PREFIXES = (
    "X-MICROSOFT-",
    "X-MS-",
    "X-MOZ-",
    "X-APPLE-",
    "X-GOOGLE-",
    "X-LIC-",
    "X-LOTUS-",
    "X-PETDESK-",
)
#: Values that only state the default, so nothing is lost by not keeping them.
_DEFAULT_VALUES = {
    "CLASS": {"PUBLIC"},
    "STATUS": {"CONFIRMED", "CANCELLED"},  # a cancellation is acted on, not dropped
    "PRIORITY": {"0", "5"},
}


def _dropped_properties(ev: Component) -> list[str]:
    """What of an event an itinerary item does not keep (Nextcloud's STATUS:TENTATIVE, CLASS,
    CATEGORIES and COLOR; an alarm at a fixed time), for the import's report."""
    dropped = []
    for name in ev:
        key = str(name).upper()
        if key in _EVENT_READ or key.startswith(_VENDOR_PREFIXES):
            continue
        if key == "CATEGORIES":
            if _kind_from_categories(ev) is None:
                dropped.append(key)
            continue
        raw = ev.get(name)
        values = raw if isinstance(raw, list) else [raw]
        if key in _DEFAULT_VALUES and all(str(v).strip().upper() in _DEFAULT_VALUES[key] for v in values):
            continue
        dropped.append(key)
    for alarm in ev.walk("VALARM"):
        value = getattr(alarm.get("trigger"), "dt", None)
        if not (isinstance(value, dt.timedelta) and value <= dt.timedelta(0)):
            dropped.append("VALARM")  # a reminder at a fixed time or after the start
    return dropped


#: An escaped character in a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, line break.
_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def _text_prop(ev: Component, name: str) -> str:
    value = ev.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    if name.lower().startswith("x-") and not isinstance(value, vText):
        # An X- property's value is TEXT (RFC 5545 3.8.8.2): petdesk's own escape "\n" and "\,"
        return _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), str(value)).strip()
    return str(value).strip()


def _kind(ev: Component) -> ItineraryKind:
    raw = _text_prop(ev, "x-petdesk-kind")
    if raw:
        try:
            return ItineraryKind(raw)
        except ValueError:
            pass
    return _kind_from_categories(ev) or ItineraryKind.MEETING


def _kind_from_categories(ev: Component) -> ItineraryKind | None:
    cats = ev.get("categories")
    names: list[str] = []
    for c in cats if isinstance(cats, list) else [cats] if cats is not None else []:
        names.extend(str(x).lower().replace("-", "_") for x in getattr(c, "cats", [c]))
    for name in names:
        try:
            return ItineraryKind(name)
        except ValueError:
            continue
    return None


def _attendee_ids(session: Session, ev: Component) -> list[str]:
    raw = ev.get("attendee")
    if raw is None:
        return []
    addresses = raw if isinstance(raw, list) else [raw]
    emails: list[str] = []
    ids: list[str] = []
    for a in addresses:
        value = str(a).strip()
        low = value.lower()
        if low.startswith("mailto:"):
            emails.append(low[7:])
        elif low.startswith("urn:uuid:"):
            ids.extend(forms(value[9:]))  # a compact id comes back in its canonical form
    found: list[str] = []
    if ids:
        found += list(
            session.scalars(select(Contact.id).where(Contact.id.in_(ids), Contact.deleted_at.is_(None)))
        )
    if emails:
        found += list(
            session.scalars(
                select(ContactMethod.contact_id).where(
                    ContactMethod.normalized.in_(emails),
                    ContactMethod.channel == ContactChannel.EMAIL,
                    ContactMethod.deleted_at.is_(None),
                )
            )
        )
        # Rows made before ``normalized`` was filled still match by their value.
        found += list(
            session.scalars(
                select(ContactMethod.contact_id).where(
                    ContactMethod.value.in_(emails),
                    ContactMethod.channel == ContactChannel.EMAIL,
                    ContactMethod.deleted_at.is_(None),
                )
            )
        )
    return list(dict.fromkeys(found))


def parse_calendar(data: bytes | str) -> Calendar:
    """The calendar in ``data``, or a CalendarFileError saying what is wrong."""
    if isinstance(data, bytes):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        # Unfolded as bytes first: RFC 5545 folds at 75 octets, and Google Calendar splits a
        # Chinese character's bytes across two lines, which no text decoder can read line by line.
        data = _FOLD.sub(b"", data)
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CalendarFileError(f"the file is not UTF-8 text (byte {exc.start})") from None
    if "BEGIN:VCALENDAR" not in data.upper():
        raise CalendarFileError("this is not an iCalendar file (no BEGIN:VCALENDAR)")
    data = _mend_utc_dates(data)
    try:
        cal = Calendar.from_ical(data)
    except Exception as exc:
        raise CalendarFileError(f"the iCalendar file is damaged: {exc}") from None
    if isinstance(cal, list):
        cal = cal[0]
    return cal


#: A folded line's break: CRLF (or a bare LF, as some programs save) and one space or tab.
_FOLD = re.compile(rb"\r?\n[ \t]")

#: An RDATE/EXDATE of dates written with a UTC "Z" (``RDATE:20131210Z``), as Google Calendar's
#: birthday calendar exports them: no such value exists, and the parser refused the whole file.
_UTC_DATES = re.compile(r"(?im)^(RDATE|EXDATE)((?:;[^:\r\n]*)?):(\d{8}Z(?:,\d{8}Z)*)(\r?)$")


def _mend_utc_dates(text: str) -> str:
    """Read such a list as the dates it names (the event is all day): ``RDATE;VALUE=DATE:20131210``."""

    def mend(m: re.Match[str]) -> str:
        params = re.sub(r"(?i);VALUE=[^;]*", "", m.group(2))
        return f"{m.group(1)};VALUE=DATE{params}:{m.group(3).replace('Z', '')}{m.group(4)}"

    return _UTC_DATES.sub(mend, text)


def _is_recurring(ev: Component) -> bool:
    return any(ev.get(key) is not None for key in ("rrule", "rdate"))


def _occurrences(cal: Calendar, visit: Visit) -> tuple[list[Component], list[tuple[str, str]]]:
    """The events to import: single events as they are, repeating ones (RRULE, RDATE, EXDATE and
    RECURRENCE-ID overrides) expanded by ``recurring_ical_events`` to their occurrences inside the
    visit's dates. Also (summary, reason) for repeating events with no occurrence in the visit."""
    import recurring_ical_events  # type: ignore[import-untyped]

    repeating_uids = {_text_prop(ev, "uid") for ev in cal.walk("VEVENT") if _is_recurring(ev)}
    singles = [
        ev
        for ev in cal.walk("VEVENT")
        if _text_prop(ev, "uid") not in repeating_uids or not _text_prop(ev, "uid")
    ]
    singles = [ev for ev in singles if not _is_recurring(ev)]
    if not repeating_uids:
        return singles, []
    first = dt.datetime.combine(visit.start_date, dt.time.min, zone(visit.timezone))
    last = dt.datetime.combine(visit.end_date + dt.timedelta(days=1), dt.time.min, zone(visit.timezone))
    try:
        expanded = recurring_ical_events.of(cal).between(first, last)
    except Exception as exc:  # the library raises its own errors for broken rules
        raise CalendarFileError(f"a repeating event cannot be expanded: {exc}") from None
    found = [ev for ev in expanded if _text_prop(ev, "uid") in repeating_uids]
    masters = {_text_prop(ev, "uid"): ev for ev in cal.walk("VEVENT") if _is_recurring(ev)}
    for ev in found:
        _end_in_its_own_zone(ev, masters[_text_prop(ev, "uid")])
    seen = {_text_prop(ev, "uid") for ev in found}
    missing = [
        (_text_prop(ev, "summary"), "repeats, but not during the visit")
        for ev in cal.walk("VEVENT")
        if _is_recurring(ev) and _text_prop(ev, "uid") not in seen
    ]
    return singles + found, missing


def _end_in_its_own_zone(occurrence: Component, master: Component) -> None:
    """A series leaving in one zone and arriving in another (a daily flight Shanghai → Frankfurt):
    ``recurring_ical_events`` gives each occurrence's DTEND in DTSTART's zone, so it looked like a
    journey within one zone and never became a leg (round 63). The occurrence ends the series'
    duration after its start, counted in real time (a clock change between the two places does not
    stretch the flight), told in the zone DTEND names. An exception (RECURRENCE-ID) with its own
    DTEND zone is left as the file has it."""
    start, end = (getattr(master.get(name), "dt", None) for name in ("dtstart", "dtend"))
    if not (isinstance(start, dt.datetime) and isinstance(end, dt.datetime)):
        return
    if start.tzinfo is None or end.tzinfo is None or _tzname(start, "") == _tzname(end, ""):
        return
    its_start, its_end = (getattr(occurrence.get(name), "dt", None) for name in ("dtstart", "dtend"))
    if not (isinstance(its_start, dt.datetime) and isinstance(its_end, dt.datetime)):
        return
    if its_end.tzinfo is None or its_start.tzinfo is None or _tzname(its_end, "") != _tzname(its_start, ""):
        return  # already in a zone of its own (an exception written so)
    moved = (its_start.astimezone(dt.UTC) + (end - start)).astimezone(end.tzinfo)
    occurrence.pop("dtend")
    occurrence.add("dtend", moved)


def _occurrence_key(ev: Component, start: dt.date | dt.datetime, *, repeating: bool) -> str:
    """The event's identity in a re-imported file: its UID alone for an event that does not
    repeat (a meeting moved to another time is the same meeting, field test 31), the UID plus the
    occurrence's original start for an occurrence of a series or an exception to one."""
    uid = _text_prop(ev, "uid")
    if not uid:
        return ""
    rid = ev.get("recurrence-id")
    if rid is None and not repeating:
        return uid[:300]
    when = rid.dt if rid is not None and hasattr(rid, "dt") else start
    if isinstance(when, dt.datetime) and when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return f"{uid}|{when.isoformat()}"[:300]


def _version_of(ev: Component) -> str:
    """The event's version as ``SEQUENCE|LAST-MODIFIED`` (DTSTAMP when there is none) in UTC, the
    order RFC 5546 §2.1.5 gives a newer copy of one event. See :func:`_is_older`."""
    sequence = _sequence_of(ev)
    stamp = ""
    for name in ("last-modified", "dtstamp"):
        value = getattr(ev.get(name), "dt", None)
        if isinstance(value, dt.datetime):
            value = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
            stamp = value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            break
    return f"{sequence}|{stamp}"


def _last_modified(ev: Component) -> dt.datetime | None:
    """The event's LAST-MODIFIED (UTC when written without a zone), None when it has none."""
    value = getattr(ev.get("last-modified"), "dt", None)
    if not isinstance(value, dt.datetime):
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _sequence_of(ev: Component) -> int:
    """The event's SEQUENCE, 0 when it has none or an unreadable one."""
    try:
        return max(int(str(ev.get("sequence", 0)).strip() or 0), 0)
    except ValueError:
        return 0


def _is_older(version: str, stored: str) -> bool:
    """Whether an event at ``version`` is an older copy than the one imported at ``stored``: a
    lower SEQUENCE, or the same one last modified earlier (stamps compared only when both have one)."""
    if not stored or not version:
        return False
    seq, _, stamp = version.removesuffix(_CANCELLED_MARK).partition("|")
    stored_seq, _, stored_stamp = stored.removesuffix(_CANCELLED_MARK).partition("|")
    if int(seq) != int(stored_seq):
        return int(seq) < int(stored_seq)
    return bool(stamp and stored_stamp) and stamp < stored_stamp


#: Ends the version kept with an item a calendar file cancelled, to tell it from one deleted by hand
#: (round 54: both were "already cancelled" when the file came again). Stripped before comparing.
_CANCELLED_MARK = "|cancelled"


def _is_cancelled(cal: Calendar, ev: Component) -> bool:
    """A cancellation: the whole message (METHOD:CANCEL, RFC 5546) or the event's STATUS."""
    return _text_prop(cal, "method").upper() == "CANCEL" or _text_prop(ev, "status").upper() == "CANCELLED"


#: Addresses Google Calendar gives its own calendars: its birthday calendar lists "Contacts"
#: (``…@virtual``) as attendee of every birthday, a shared calendar is ``…@group.calendar.google.com``.
_CALENDAR_ADDRESSES = ("@virtual", ".calendar.google.com")


def _people_of(session: Session, ev: Component) -> tuple[list[str], list[dict[str, str]]]:
    """Contacts among the attendees and organiser, and the others as named external attendees."""
    ids = _attendee_ids(session, ev)
    raw = ev.get("attendee")
    addresses = [
        ("attendee", a) for a in (raw if isinstance(raw, list) else [raw] if raw is not None else [])
    ]
    organiser = ev.get("organizer")
    if organiser is not None:
        addresses.insert(0, ("organiser", organiser))
    external: list[dict[str, str]] = []
    known_emails = {
        v.lower()
        for v in session.scalars(
            select(ContactMethod.normalized).where(
                ContactMethod.contact_id.in_(ids), ContactMethod.channel == ContactChannel.EMAIL
            )
        )
    }
    for role, address in addresses:
        value = str(address).strip()
        email = value[7:] if value.lower().startswith("mailto:") else ""
        name = str(getattr(address, "params", {}).get("CN", "") or "").strip()
        if value.lower().startswith("urn:uuid:") or (email and email.lower() in known_emails):
            continue
        if email and email.lower().endswith(_CALENDAR_ADDRESSES):
            continue  # a calendar invited to its own events, not a person to offer as a contact
        if role == "organiser":
            organiser_ids = _attendee_ids(session, _single_attendee(address))
            if organiser_ids:
                ids = list(dict.fromkeys([*ids, *organiser_ids]))
                continue
        # An address that is no e-mail ("ORGANIZER:aaa") still names someone: kept as it is.
        plain = "" if email or value.lower().startswith("urn:") else value
        entry = {"name": name or email or plain, "email": email, "role": role}
        same = next((e for e in external if email and e["email"].lower() == email.lower()), None)
        if same is not None:
            # Apple and Nextcloud list the organiser again among the attendees: one person, once.
            if name and same["name"] == same["email"]:
                same["name"] = name
            continue
        if entry["name"] and entry not in external:
            external.append(entry)
    return ids, external


def _single_attendee(address: Any) -> Event:
    ev = Event()
    ev.add("attendee", address, encode=False)
    return ev


def _with_passed_reminders(item: ItineraryItem, in_file: list[int]) -> list[int]:
    """The reminders ``item`` keeps on import of a file giving ``in_file``: its own already past
    (petdesk's files leave those out, so the file saying nothing of them is no edit) and the file's.
    Only some past ("Soon" reminded 2 h and 30 min before, an hour ahead) lost the passed one."""
    now = dt.datetime.now(dt.UTC)
    passed = {minutes for minutes in item.alarms if item.starts_at - dt.timedelta(minutes=minutes) < now}
    if not passed:
        return in_file
    kept = [minutes for minutes in item.alarms if minutes in passed or minutes in in_file]
    return kept + [minutes for minutes in in_file if minutes not in kept]


def _alarm_minutes(ev: Component) -> list[int]:
    """Minutes before the start of the event's relative VALARM triggers."""
    minutes = []
    for alarm in ev.walk("VALARM"):
        if alarm.get(EXPORT_DEFAULT):
            continue  # the export's reminder for every item, not this one's
        trigger = alarm.get("trigger")
        value = getattr(trigger, "dt", None)
        if isinstance(value, dt.timedelta) and value <= dt.timedelta(0):
            minutes.append(int(-value.total_seconds() // 60))
    return sorted(set(minutes))


def import_calendar_file(session: Session, visit_id: str, data: bytes | str, *, file: str) -> ImportResult:
    """:func:`import_into_visit` for a file the user chose: remembered as an import (kind
    "calendar"), so that ``import-undo`` and the window's import history can take it back."""
    from petdesk.services import import_undo

    with import_undo.remembered(session, kind="calendar", source=file):
        return import_into_visit(session, visit_id, data)


def import_into_visit(session: Session, visit_id: str, data: bytes | str) -> ImportResult:
    """Add the events of an .ics file to a visit's itinerary (or update those already there).

    Repeating events become one item per occurrence inside the visit's dates; all-day events
    become all-day items; attendees and the organiser who are not contacts are kept by name; the
    file's reminders are kept. Importing an unchanged file again changes nothing.
    """
    visit = visit_service.get_visit(session, visit_id)
    cal = parse_calendar(data)
    result = ImportResult()
    existing = {i.id: i for i in visit_service.itinerary(session, visit_id)}
    by_time_title = {(i.starts_at, i.title_en or i.title_zh): i for i in existing.values()}
    by_source = {i.source_uid: i for i in existing.values() if i.source_uid}
    # Items imported before field test 31 keep "UID|start" for single events too: found by UID
    # when that UID names one item only.
    legacy: dict[str, list[ItineraryItem]] = {}
    #: The newest version imported of each UID: a new occurrence of an older copy of a series
    #: (another program's SEQUENCE 2 of Outlook's SEQUENCE 3) is older too.
    newest: dict[str, str] = {}
    #: UIDs whose newest version is a removed item's: the meeting was cancelled.
    removed: set[str] = set()
    for item in existing.values():
        uid_of_item = item.source_uid.split("|", 1)[0]
        if "|" in item.source_uid:
            legacy.setdefault(uid_of_item, []).append(item)
        known = newest.get(uid_of_item)
        if item.source_version and (known is None or _is_older(known, item.source_version)):
            newest[uid_of_item] = item.source_version
    by_hand = _deleted_by_hand(session, visit_id)
    for uid_of_item, version in _removed_versions(session, visit_id):
        # A meeting a later file cancelled stays cancelled: an older copy of it (the first
        # invitation, imported again) brought it back as new (field test 85).
        known = newest.get(uid_of_item)
        if known is None or _is_older(known, version):
            newest[uid_of_item] = version
            removed.add(uid_of_item)
    repeating_uids = {_text_prop(ev, "uid") for ev in cal.walk("VEVENT") if _is_recurring(ev)}
    events, missing = _occurrences(cal, visit)
    result.skipped.extend(missing)
    for ev in events:
        summary = _text_prop(ev, "summary")
        own = _UID_RE.match(_text_prop(ev, "uid"))
        if own and own.group(1) in ("visit", "training"):
            result.skipped.append((summary, "a whole visit or training, not an itinerary item"))
            continue
        if own and own.group(1) in ("leg", "stay"):
            result.skipped.append((summary, "travel or a hotel stay, kept in the visit's logistics"))
            continue
        if own and own.group(1) == "follow_up":
            result.skipped.append((summary, "a follow-up, kept with its partner"))
            continue
        start_prop = ev.get("dtstart")
        if start_prop is None:
            result.skipped.append((summary, "no start time"))
            continue
        if not isinstance(start_prop, vDDDTypes):
            result.skipped.append((summary, "unreadable start time"))
            continue
        start: Any = start_prop.dt
        all_day = not isinstance(start, dt.datetime)
        tzname = visit.timezone if all_day else _tzname(start, visit.timezone)
        end_prop, duration_prop = ev.get("dtend"), ev.get("duration")
        end: Any
        if end_prop is not None:
            if not isinstance(end_prop, vDDDTypes):
                result.skipped.append((summary, "unreadable end time"))
                continue
            end = end_prop.dt
        elif duration_prop is not None:
            if not (isinstance(duration_prop, vDDDTypes) and isinstance(duration_prop.dt, dt.timedelta)):
                result.skipped.append((summary, "unreadable duration"))
                continue
            end = start + duration_prop.dt
        else:
            # RFC 5545 (3.6.1): a DATE start lasts that day, a DATE-TIME start ends at its start
            # (Outlook and Google write a reminder or a departure so): a moment, not an hour
            end = start + dt.timedelta(days=1) if all_day else start
        uid = _text_prop(ev, "uid")
        key = _occurrence_key(ev, start, repeating=uid in repeating_uids)
        if all_day:
            # An all-day event runs from midnight to midnight of the place (DTEND is exclusive).
            if isinstance(end, dt.datetime):
                end = end.date()
            assert isinstance(start, dt.date) and isinstance(end, dt.date)
            end = max(end, start + dt.timedelta(days=1))
            start = dt.datetime.combine(start, dt.time.min, zone(tzname))
            end = dt.datetime.combine(end, dt.time.min, zone(tzname))
        if not isinstance(end, dt.datetime):
            result.skipped.append((summary, "end is a date but start a time"))
            continue
        # A DTEND with its own TZID (a flight landing in Frankfurt) names the place it ends in.
        travels = end_prop is not None and start.tzinfo is not None and end.tzinfo is not None
        journey = journeys.Journey(start, tzname, end, _tzname(end, tzname)) if travels else None
        if journey is not None and journey.fits_a_leg():
            # the occurrence key: a repeating journey (a weekly train) keeps one leg per occurrence
            event = journeys.Event(key, _sequence_of(ev))
            # The leg of this event's UID (0079), else one at the same moments (a leg typed in, or
            # imported before legs kept a UID).
            own_leg = journeys.leg_of_event(session, visit_id, event)
            leg = own_leg or journeys.same_leg(session, visit_id, journey)
            # A leg of this UID that a cancellation or the user removed: its event stays out unless
            # booked again (round 62: an older copy, or the same invitation again, brought it back).
            removed_leg = journeys.removed_leg_of_event(session, visit_id, event) if leg is None else None
            cancelled = _is_cancelled(cal, ev)
            number = journeys.flight_number(summary, _text_prop(ev, "description"))
            moved = own_leg or journeys.moved_leg(session, visit_id, journey, number)
            # A flight typed in by hand (no UID) and deleted here, brought again by a file: see
            # journeys.changed_after_deletion for when it comes back (round 63: it always did).
            typed = None
            if leg is None and moved is None and removed_leg is None and not cancelled:
                typed = journeys.deleted_typed_leg(session, visit_id, journey, number)
            typed_back = typed is not None and journeys.changed_after_deletion(typed, _last_modified(ev))
            if own_leg is not None and journeys.is_older(own_leg, event):
                # A copy sent before the one imported, arriving late: the leg keeps the newer times.
                reason = journeys.OLDER_COPY.format(sequence=event.sequence, stored=own_leg.source_sequence)
                result.skipped.append((summary, reason))
            elif cancelled:  # the flight is off: its leg goes, as a cancelled item does
                # not a leg of another event at the same moments (a colleague's booking of the same
                # flight): a leg with a UID is found by its UID only (review 62: it was deleted)
                if leg is not None and leg is not own_leg and event.uid and leg.source_uid is not None:
                    leg = None
                if leg is None:
                    result.skipped.append((summary, "cancelled, and not in the itinerary"))
                else:
                    # the cancellation's SEQUENCE kept with the removed leg: only a copy sent after
                    # it (a re-booked flight) brings the leg back
                    if leg.source_uid is None or leg is own_leg:
                        journeys.remember_event(leg, event)
                    logistics_service.delete_travel_leg(session, leg.id)
                    journeys.mark_cancelled(leg)  # told from a leg deleted here when it comes again
                    result.cancelled.append(summary)
            elif removed_leg is not None and not journeys.booked_again(removed_leg, event):
                result.skipped.append((summary, journeys.removed_words(removed_leg, event)))
            elif typed is not None and not typed_back:
                result.skipped.append((summary, journeys.typed_leg_words(typed, back=False)))
            elif journey.outside(visit):
                result.skipped.append((summary, "outside the visit's dates"))
            elif leg is not None and journeys.same_moments(leg, journey):
                if leg.source_uid is None or leg is own_leg:
                    journeys.remember_event(leg, event)  # a leg from before 0079 learns its event
                result.unchanged.append(summary)
            elif moved is not None:
                journeys.move_leg(session, moved, journey)
                journeys.remember_event(moved, event)
                result.updated.append(summary)
                result.changes.append(
                    Change("update", title=summary, starts_at=start.astimezone(zone(tzname)), all_day=False)
                )
            elif (back := removed_leg or typed) is not None:
                # A re-booked flight: its removed leg comes back with the new details (round 63: a
                # new leg was added beside the old one in Deleted Records), and the user is told.
                words = (
                    journeys.removed_words(back, event)
                    if removed_leg is not None
                    else journeys.typed_leg_words(back, back=True)
                )
                journeys.restore_leg(session, back, journey, event)
                result.added.append(summary)
                result.notes.append((summary, words))
                result.changes.append(
                    Change("add", title=summary, starts_at=start.astimezone(zone(tzname)), all_day=False)
                )
            else:
                journeys.add_leg(
                    session,
                    visit_id,
                    journey,
                    summary=summary,
                    location=_text_prop(ev, "location"),
                    description=_text_prop(ev, "description"),
                    event=event,
                )
                result.added.append(summary)
                result.notes.append((summary, journeys.KEPT_AS_LEG))
                result.changes.append(
                    Change("add", title=summary, starts_at=start.astimezone(zone(tzname)), all_day=False)
                )
            continue
        # Floating times (no zone) are wall-clock times of the visit's place.
        if start.tzinfo is None:
            start = start.replace(tzinfo=zone(tzname))
        if end.tzinfo is None:
            end = end.replace(tzinfo=zone(tzname))
        if end < start or (end == start and all_day) or end - start > MAX_ITEM_SPAN:
            result.skipped.append((summary, "end before start or longer than an itinerary item"))
            continue
        # A whole calendar exported from Google or Outlook holds months of events: only those on
        # the visit's days belong in its itinerary, each judged on the calendar of its own place
        # (as the clash check does; a day of slack took in the day before, then called it outside).
        place = zone(tzname)
        first = start.astimezone(place).date()
        last = (max(start, end - dt.timedelta(microseconds=1))).astimezone(place).date()
        if last < visit.start_date or first > visit.end_date:
            result.skipped.append((summary, "outside the visit's dates"))
            continue
        title_en = _text_prop(ev, "x-petdesk-title-en")
        title_zh = _text_prop(ev, "x-petdesk-title-zh")
        if not title_en and not title_zh:
            title_en, title_zh = _titles(summary)
        if not title_en and not title_zh:
            title_en = "(untitled)"
        fields: dict[str, Any] = {"title_en": title_en, "title_zh": title_zh, "kind": _kind(ev)}
        for field_key in ("place_en", "place_zh", "address_en", "address_zh", "city_en", "city_zh"):
            value = _text_prop(ev, f"x-petdesk-{field_key.replace('_', '-')}")
            if value:
                fields[field_key] = value
        if "place_en" not in fields and "place_zh" not in fields:
            fields.update(_place_fields(_text_prop(ev, "location")))
        description = _text_prop(ev, "description")
        if description and not _text_prop(ev, "x-petdesk-kind"):
            fields["notes"] = description
        attendees, external = _people_of(session, ev)
        if _text_prop(ev, WHOLE_DELEGATION).upper() == "TRUE":
            attendees = []  # petdesk's own export: everyone of the delegation, whoever joins later
        for guest in external:
            if guest["role"] == "organiser" and not guest["email"]:
                result.notes.append((summary, f"organiser “{guest['name']}” has no e-mail address"))
            if (guest["name"], guest["email"]) not in result.guests:
                result.guests.append((guest["name"], guest["email"]))
        fields["all_day"] = all_day
        fields["external_attendees"] = external
        fields["alarms"] = _alarm_minutes(ev)
        for prop in _dropped_properties(ev):
            result.dropped[prop] = result.dropped.get(prop, 0) + 1

        match = by_source.get(key) if key else None
        if match is None and key == uid and len(legacy.get(uid, [])) == 1:
            match = legacy[uid][0]
        parsed = _UID_RE.match(uid)
        if match is None and parsed and parsed.group(1) == "item":
            match = existing.get(parsed.group(2))
        if match is None:
            match = by_time_title.get((start.astimezone(dt.UTC), title_en or title_zh))
        if match is not None:
            # petdesk's own file leaves out the reminders already past: the item keeps its own
            fields["alarms"] = _with_passed_reminders(match, fields["alarms"])
        if key and not (parsed and parsed.group(1) == "item"):
            fields["source_uid"] = key
        label = title_en or title_zh
        version = _version_of(ev) if "source_uid" in fields else ""
        change = functools.partial(Change, title=label, starts_at=start.astimezone(place), all_day=all_day)
        if match is None and key in by_hand and not _is_cancelled(cal, ev):
            # deleted in the itinerary, not cancelled by its organiser: the user's choice stands
            # whatever copy comes (round 54: it was said to be "already cancelled")
            result.skipped.append((summary, f"deleted here on {by_hand[key].isoformat()}; not added again"))
            continue
        stored = match.source_version if match is not None else newest.get(uid, "")
        if _is_older(version, stored) and match is None and uid in removed:
            result.already_cancelled.append(label)
            result.changes.append(change("cancelled_before"))
            continue
        if _is_older(version, stored):
            result.older.append(label)
            result.changes.append(change("older"))
            continue
        if _is_cancelled(cal, ev):
            if match is None:
                result.skipped.append((summary, "cancelled, and not in the itinerary"))
            else:
                if _is_older(match.source_version, version):
                    match.source_version = version  # the cancellation's version, kept with the removed row
                match.source_version += _CANCELLED_MARK
                visit_service.delete_item(session, match.id)  # a soft delete, as the window's
                by_source.pop(match.source_uid, None)
                result.cancelled.append(label)
                result.changes.append(change("cancel"))
            continue
        if match is not None:
            if _unchanged(match, start, end, tzname, fields, attendees):
                if _is_older(match.source_version, version):
                    match.source_version = version  # a newer stamp of the same content
                result.unchanged.append(label)
                continue
            fields["source_version"] = version or match.source_version
            visit_service.update_item(session, match.id, start=start, end=end, timezone=tzname, **fields)
            if attendees or not match.source_uid:
                # A file's fixed list, or petdesk's own whole delegation (no rows)
                visit_service.set_item_attendees(session, match.id, attendees)
            result.updated.append(label)
            result.changes.append(change("update"))
        else:
            fields["source_version"] = version
            item = visit_service.add_item(
                session,
                visit_id,
                start=start,
                end=end,
                timezone=tzname,
                attendee_ids=attendees,
                **fields,
            )
            existing[item.id] = item
            by_time_title[(item.starts_at, label)] = item
            if item.source_uid:
                by_source[item.source_uid] = item
            result.added.append(label)
            result.changes.append(change("add"))
    return result


def _titles(summary: str) -> tuple[str, str]:
    """(English, Chinese) title of a SUMMARY: "Treffen mit der Stadtverwaltung / 上海市政府会见", as
    Hamburg's and Shanghai's offices title a shared meeting (and petdesk's own export writes it), is
    both, each in its column and window; it was all the Chinese title, German first (field test 85)."""
    parts = [p.strip() for p in summary.split(" / ")]
    if len(parts) == 2 and all(parts):
        chinese = [bool(_CJK.search(p)) for p in parts]
        if chinese == [False, True]:
            return parts[0], parts[1]
        if chinese == [True, False]:
            return parts[1], parts[0]
    return ("", summary) if _CJK.search(summary) else (summary, "")


def _place_fields(location: str) -> dict[str, str]:
    """A LOCATION as an item's place, and its address when it comes in lines: Apple Calendar writes
    "同济大学\\n四平路1239号\\n上海" (the place's name, then its address), which stayed one place in
    three lines, broken across every list and the dossier (field test 85)."""
    lines = [line.strip() for line in location.splitlines() if line.strip()]
    if not lines:
        return {}
    fields = {"place_zh" if _mostly_chinese(lines[0]) else "place_en": lines[0]}
    rest = lines[1:]
    if rest:
        chinese = _mostly_chinese(" ".join(rest))
        fields["address_zh" if chinese else "address_en"] = (" " if chinese else ", ").join(rest)
    return fields


def _removed_versions(session: Session, visit_id: str) -> list[tuple[str, str]]:
    """(UID, version) of the visit's removed items that came from a calendar file."""
    rows = session.execute(
        select(ItineraryItem.source_uid, ItineraryItem.source_version).where(
            ItineraryItem.visit_id == visit_id,
            ItineraryItem.deleted_at.is_not(None),
            ItineraryItem.source_uid != "",
            ItineraryItem.source_version != "",
        )
    )
    return [
        (uid.split("|", 1)[0], version.removesuffix(_CANCELLED_MARK))
        for uid, version in rows
        if uid and version
    ]


def _deleted_by_hand(session: Session, visit_id: str) -> dict[str, dt.date]:
    """The day (here) each removed item from a calendar file was deleted, by its UID (and occurrence),
    for the items the user deleted rather than a file cancelled."""
    rows = session.execute(
        select(ItineraryItem.source_uid, ItineraryItem.source_version, ItineraryItem.deleted_at)
        .where(
            ItineraryItem.visit_id == visit_id,
            ItineraryItem.deleted_at.is_not(None),
            ItineraryItem.source_uid != "",
        )
        .order_by(ItineraryItem.deleted_at)
    )
    return {
        uid: deleted.astimezone().date()
        for uid, version, deleted in rows
        if deleted is not None and not version.endswith(_CANCELLED_MARK)
    }


def _mostly_chinese(text: str) -> bool:
    """Whether a location is Chinese: more Chinese characters than Latin letters ("创业11F 拥翠山庄"
    is, "Room 3, 北京饭店 Beijing Hotel" is not)."""
    return len(_CJK.findall(text)) > len(re.findall("[A-Za-z]", text))


def _unchanged(
    item: ItineraryItem,
    start: dt.datetime,
    end: dt.datetime,
    tzname: str,
    fields: dict[str, Any],
    attendees: list[str],
) -> bool:
    if (item.starts_at, item.ends_at, item.timezone) != (
        start.astimezone(dt.UTC),
        end.astimezone(dt.UTC),
        tzname,
    ):
        return False
    if any(getattr(item, k) != v for k, v in fields.items()):
        return False
    current = {a.contact_id for a in item.attendees if a.deleted_at is None}
    if not item.source_uid and not attendees:
        return not current  # petdesk's own item for the whole delegation stays so
    return not attendees or set(attendees) <= current
