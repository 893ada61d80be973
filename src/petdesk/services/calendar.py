"""What happens when: visits, itinerary items and training sessions in a range of time.

Everything is selected in SQL, one query per kind of event, with the filters (staff member or any
participant, organisation, status) as ``EXISTS`` clauses, so a month of a database with 50,000
itinerary items reads a few hundred rows through the ``starts_at`` index instead of all of them.
Items and sessions are found by their start time, at most ``MAX_ITEM_SPAN`` before the range, which
is why the services refuse longer items.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session

from petdesk import city_names, enums
from petdesk.connection import session_sqlite
from petdesk.enums import VisitStatus
from petdesk.models.types import read_stored_time, stored_time
from petdesk.services import deadline_time, names, newer_values, project_dates

# defined without models (for ``clashes``), re-exported here where the calendar's users look
from petdesk.services.schedule_time import MAX_ITEM_SPAN, zone
from petdesk.services.schedule_time import day_bounds as day_bounds
from petdesk.services.schedule_time import viewer_timezone as viewer_timezone

VISIT = "visit"
ITEM = "item"
SESSION = "session"
TRAINING = "training"
#: A project's application deadline or an open milestone / report due (an all-day event).
DEADLINE = "deadline"
#: Kinds shown unless asked otherwise; a training's span is shown through its sessions.
DEFAULT_KINDS = frozenset({VISIT, ITEM, SESSION, DEADLINE})


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One thing on the calendar. ``starts_at``/``ends_at`` are aware UTC; ``timezone`` is the
    place's zone. Visits and trainings are all-day spans from ``start_date`` to ``end_date``."""

    kind: str
    id: str
    #: The visit of an item, the training of a session; the row itself for visits and trainings.
    parent_id: str
    title_en: str
    title_zh: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    status: str
    all_day: bool = False
    #: ItineraryKind value for items ("meeting", "banquet" ...); "" otherwise.
    item_kind: str = ""
    city_en: str = ""
    city_zh: str = ""
    place_en: str = ""
    place_zh: str = ""
    parent_title_en: str = ""
    parent_title_zh: str = ""
    #: A project's application deadline that passed after the application went in: met, not
    #: overdue (``project_dates.deadline_matters``), so it is titled and drawn as history.
    met: bool = False

    def __post_init__(self) -> None:
        # A known city's other-language name where the record has none (saved before field test 57,
        # or from another office): shown, never written back.
        city = city_names.in_both_languages(self.city_en, self.city_zh)
        if city != (self.city_en, self.city_zh):
            object.__setattr__(self, "city_en", city[0])
            object.__setattr__(self, "city_zh", city[1])

    def title(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.title_zh or self.title_en
        return self.title_en or self.title_zh

    def parent_title(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.parent_title_zh or self.parent_title_en
        return self.parent_title_en or self.parent_title_zh

    def local_start(self) -> dt.datetime:
        return self.starts_at.astimezone(ZoneInfo(self.timezone))

    def local_end(self) -> dt.datetime:
        return self.ends_at.astimezone(ZoneInfo(self.timezone))

    @property
    def start_date(self) -> dt.date:
        return self.local_start().date()

    @property
    def end_date(self) -> dt.date:
        """Last local day the event touches (an event ending at midnight ends the day before; a
        moment at midnight, ending at its start, is on its own day)."""
        return max(self.local_start(), self.local_end() - dt.timedelta(microseconds=1)).date()

    def days(self, tz: dt.tzinfo | None = None) -> list[dt.date]:
        """Days the event covers: in the place's zone for all-day spans, else in ``tz``."""
        if self.all_day or tz is None:
            first, last = self.start_date, self.end_date
        else:
            first = self.starts_at.astimezone(tz).date()
            last = max(self.starts_at, self.ends_at - dt.timedelta(microseconds=1)).astimezone(tz).date()
        return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]

    def continues(self, day: dt.date, tz: dt.tzinfo | None = None) -> tuple[bool, bool]:
        """Whether the event goes on from the day before ``day`` and on into the day after (days as
        :meth:`days`): a three-day expo or a night train is one event across its days, not a new
        one each morning (round 52: each day's part read "09:00 Expo")."""
        days = self.days(tz)
        return day > days[0], day < days[-1]


#: The mark of an event going on from the day before or into the next (no words: both languages).
CONTINUES = "→"


def continued_line(text: str, *, before: bool, after: bool) -> str:
    """A day's line of an event: "→" before it when it began on an earlier day, after it when it
    goes on into the next."""
    return f"{CONTINUES + ' ' if before else ''}{text}{' ' + CONTINUES if after else ''}"


@dataclass(frozen=True)
class Filters:
    """What the calendar shows; empty means everything."""

    #: A person (office staff member or anyone): events they take part in.
    contact_id: str | None = None
    organisation_id: str | None = None
    statuses: tuple[str, ...] = ()
    kinds: frozenset[str] = DEFAULT_KINDS


_iso = stored_time  # the stored form of a time, to compare with the columns
_parse = read_stored_time


def _status_clause(alias: str, statuses: Sequence[str], params: dict[str, Any]) -> str:
    if not statuses:
        return ""
    if all(enums.is_known(VisitStatus, value) for value in statuses):
        # a newer petdesk's status is shown as planned, so the Planned filter keeps it
        return " AND " + newer_values.sql_in_or_unknown(f"{alias}.status", VisitStatus, statuses)
    keys = []
    for n, value in enumerate(statuses):
        params[f"st{n}"] = value
        keys.append(f":st{n}")
    return f" AND {alias}.status IN ({', '.join(keys)})"


def events(
    session: Session,
    start: dt.datetime,
    end: dt.datetime,
    filters: Filters | None = None,
    today: dt.date | None = None,
) -> list[CalendarEvent]:
    """Events overlapping [start, end) (aware datetimes), sorted by start time. ``today`` (default:
    the computer's) tells a met application deadline from one still to meet."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("events() needs aware datetimes")
    f = filters or Filters()
    out: list[CalendarEvent] = []
    conn = RawRows(session)
    if VISIT in f.kinds:
        out.extend(_visits(conn, start, end, f))
    if TRAINING in f.kinds:
        out.extend(_trainings(conn, start, end, f))
    if ITEM in f.kinds:
        out.extend(_items(conn, start, end, f))
    if SESSION in f.kinds:
        out.extend(_sessions(conn, start, end, f))
    if DEADLINE in f.kinds and not f.contact_id and not f.statuses:
        # Deadlines belong to projects, not to a person or a visit status: those filters hide them.
        out.extend(_deadlines(conn, start, end, f, today or deadline_time.office_now().date()))
    # Longer spans first on a day (as calendars draw them), timed events by start then end.
    out.sort(
        key=lambda e: (
            e.starts_at,
            not e.all_day,
            (e.starts_at - e.ends_at) if e.all_day else (e.ends_at - e.starts_at),
            e.title_en,
        )
    )
    return out


class RawRows:
    """Runs SQL on the session's own sqlite3 connection (same transaction), skipping SQLAlchemy's
    per-row result processing, which costs more than the query itself on a busy month."""

    def __init__(self, session: Session) -> None:
        self.dbapi = session_sqlite(session)

    def execute(self, sql: Any, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        return self.dbapi.execute(str(sql), params).fetchall()


def _items(conn: Any, start: dt.datetime, end: dt.datetime, f: Filters) -> list[CalendarEvent]:
    params: dict[str, Any] = {
        "lo": _iso(start - MAX_ITEM_SPAN),
        "hi": _iso(end),
        "a": _iso(start),
    }
    where = _status_clause("v", f.statuses, params)
    if f.contact_id:
        params["cid"] = f.contact_id
        # The item's host and interpreter are people of it even when not ticked (as in clashes):
        # a freelance interpreter's own schedule lacked the meetings they interpret (field test 94).
        where += """ AND (i.interpreter_contact_id = :cid OR i.host_contact_id = :cid
                       OR EXISTS (SELECT 1 FROM itinerary_attendee ia
                              WHERE ia.item_id = i.id AND ia.contact_id = :cid AND ia.deleted_at IS NULL)
                       OR (NOT EXISTS (SELECT 1 FROM itinerary_attendee ia
                                       WHERE ia.item_id = i.id AND ia.deleted_at IS NULL)
                           AND EXISTS (SELECT 1 FROM visit_participant vp WHERE vp.visit_id = v.id
                                       AND vp.contact_id = :cid AND vp.deleted_at IS NULL)))"""
    if f.organisation_id:
        params["oid"] = f.organisation_id
        where += """ AND (v.host_organisation_id = :oid OR v.visiting_organisation_id = :oid
                       OR EXISTS (SELECT 1 FROM itinerary_organisation io WHERE io.item_id = i.id
                                  AND io.organisation_id = :oid AND io.deleted_at IS NULL))"""
    # (a moment at the range's first instant ends there too: it is in the range, on its own day)
    sql = f"""
        SELECT i.id, i.visit_id, i.title_en, i.title_zh, i.starts_at, i.ends_at, i.timezone, v.status,
               i.kind, i.city_en, i.city_zh, i.place_en, i.place_zh, v.title_en, v.title_zh, i.all_day
        FROM itinerary_item i JOIN visit v ON v.id = i.visit_id
        WHERE i.starts_at >= :lo AND i.starts_at < :hi AND (i.ends_at > :a OR i.starts_at = :a)
          AND i.deleted_at IS NULL AND v.deleted_at IS NULL {where}
        ORDER BY i.starts_at
    """
    return [
        CalendarEvent(
            kind=ITEM,
            id=r[0],
            parent_id=r[1],
            title_en=r[2],
            title_zh=r[3],
            starts_at=_parse(r[4]),
            ends_at=_parse(r[5]),
            timezone=r[6],
            status=r[7],
            item_kind=r[8],
            city_en=r[9],
            city_zh=r[10],
            place_en=r[11],
            place_zh=r[12],
            parent_title_en=r[13],
            parent_title_zh=r[14],
            all_day=bool(r[15]),  # an imported all-day event (field test 31)
        )
        for r in conn.execute(text(sql), params)
    ]


def _sessions(conn: Any, start: dt.datetime, end: dt.datetime, f: Filters) -> list[CalendarEvent]:
    params: dict[str, Any] = {
        "lo": _iso(start - MAX_ITEM_SPAN),
        "hi": _iso(end),
        "a": _iso(start),
    }
    where = _status_clause("t", f.statuses, params)
    if f.contact_id:
        params["cid"] = f.contact_id
        where += """ AND (EXISTS (SELECT 1 FROM session_trainer st WHERE st.session_id = s.id
                                  AND st.contact_id = :cid AND st.deleted_at IS NULL)
                       OR EXISTS (SELECT 1 FROM training_participant tp WHERE tp.training_id = t.id
                                  AND tp.contact_id = :cid AND tp.deleted_at IS NULL
                                  AND NOT (tp.role = 'interpreter' AND EXISTS (
                                      -- an interpreter attached to some sessions is at those only
                                      SELECT 1 FROM session_trainer x
                                      JOIN training_session xs ON xs.id = x.session_id
                                      WHERE xs.training_id = t.id AND x.contact_id = :cid
                                        AND x.deleted_at IS NULL AND xs.deleted_at IS NULL))))"""
    if f.organisation_id:
        params["oid"] = f.organisation_id
        where += " AND t.organiser_id = :oid"
    sql = f"""
        SELECT s.id, s.training_id, s.title_en, s.title_zh, s.starts_at, s.ends_at, s.timezone,
               t.status, t.city_en, t.city_zh, s.room_en, s.room_zh, t.title_en, t.title_zh,
               t.venue_en, t.venue_zh
        FROM training_session s JOIN training t ON t.id = s.training_id
        WHERE s.starts_at >= :lo AND s.starts_at < :hi AND s.ends_at > :a
          AND s.deleted_at IS NULL AND t.deleted_at IS NULL {where}
        ORDER BY s.starts_at
    """
    return [
        CalendarEvent(
            kind=SESSION,
            id=r[0],
            parent_id=r[1],
            title_en=r[2],
            title_zh=r[3],
            starts_at=_parse(r[4]),
            ends_at=_parse(r[5]),
            timezone=r[6],
            status=r[7],
            item_kind="training_session",
            city_en=r[8],
            city_zh=r[9],
            place_en=", ".join(p for p in (r[14], r[10]) if p),
            place_zh=" ".join(p for p in (r[15], r[11]) if p),
            parent_title_en=r[12],
            parent_title_zh=r[13],
        )
        for r in conn.execute(text(sql), params)
    ]


def _span_event(kind: str, row: Sequence[Any]) -> CalendarEvent:
    rid, title_en, title_zh, status, start_date, end_date, tzname = row[:7]
    tz = zone(tzname)
    starts_at, ends_at = day_bounds(dt.date.fromisoformat(start_date), dt.date.fromisoformat(end_date), tz)
    return CalendarEvent(
        kind=kind,
        id=rid,
        parent_id=rid,
        title_en=title_en,
        title_zh=title_zh,
        starts_at=starts_at,
        ends_at=ends_at,
        timezone=tzname,
        status=status,
        all_day=True,
        city_en=row[7] or "",
        city_zh=row[8] or "",
        parent_title_en=title_en,
        parent_title_zh=title_zh,
    )


def _date_params(start: dt.datetime, end: dt.datetime) -> dict[str, Any]:
    # Visit dates are days of the place; a day more on each side covers every zone, the exact
    # instants are checked after reading.
    return {
        "dfrom": (start.date() - dt.timedelta(days=1)).isoformat(),
        "dto": (end.date() + dt.timedelta(days=1)).isoformat(),
    }


def _visit_where(f: Filters, params: dict[str, Any]) -> str:
    """The filters' conditions on a visit ``v`` (status, person, organisation), as SQL."""
    where = _status_clause("v", f.statuses, params)
    if f.contact_id:
        params["cid"] = f.contact_id
        where += """ AND (EXISTS (SELECT 1 FROM visit_participant vp WHERE vp.visit_id = v.id
                                  AND vp.contact_id = :cid AND vp.deleted_at IS NULL)
                       OR EXISTS (SELECT 1 FROM itinerary_item i WHERE i.visit_id = v.id
                                  AND i.deleted_at IS NULL
                                  AND :cid IN (i.interpreter_contact_id, i.host_contact_id)))"""
    if f.organisation_id:
        params["oid"] = f.organisation_id
        where += """ AND (v.host_organisation_id = :oid OR v.visiting_organisation_id = :oid
                       OR EXISTS (SELECT 1 FROM itinerary_item i JOIN itinerary_organisation io
                                  ON io.item_id = i.id WHERE i.visit_id = v.id
                                  AND io.organisation_id = :oid AND io.deleted_at IS NULL
                                  AND i.deleted_at IS NULL))"""
    return where


def visits_shown(session: Session, visit_ids: Iterable[str], filters: Filters | None = None) -> set[str]:
    """Those of ``visit_ids`` whose events the filters show, whatever their dates: for what belongs
    to a visit without being one of its events (its flights and hotel nights in a calendar file)."""
    f = filters or Filters()
    ids = sorted(set(visit_ids))
    if not ids or not ({VISIT, ITEM} & f.kinds):
        return set()
    params: dict[str, Any] = {f"v{n}": vid for n, vid in enumerate(ids)}
    keys = ", ".join(f":v{n}" for n in range(len(ids)))
    where = _visit_where(f, params)
    sql = f"SELECT v.id FROM visit v WHERE v.id IN ({keys}) AND v.deleted_at IS NULL {where}"
    return {row[0] for row in RawRows(session).execute(text(sql), params)}


def _visits(conn: Any, start: dt.datetime, end: dt.datetime, f: Filters) -> list[CalendarEvent]:
    params = _date_params(start, end)
    where = _visit_where(f, params)
    sql = f"""
        SELECT v.id, v.title_en, v.title_zh, v.status, v.start_date, v.end_date, v.timezone,
               coalesce(h.city_en, ''), coalesce(h.city_zh, '')
        FROM visit v LEFT JOIN organisation h ON h.id = v.host_organisation_id
        WHERE v.start_date <= :dto AND v.end_date >= :dfrom AND v.deleted_at IS NULL {where}
    """
    found = (_span_event(VISIT, r) for r in conn.execute(text(sql), params))
    return [e for e in found if e.starts_at < end and e.ends_at > start]


def _trainings(conn: Any, start: dt.datetime, end: dt.datetime, f: Filters) -> list[CalendarEvent]:
    params = _date_params(start, end)
    where = _status_clause("t", f.statuses, params)
    if f.contact_id:
        params["cid"] = f.contact_id
        where += """ AND EXISTS (SELECT 1 FROM training_participant tp WHERE tp.training_id = t.id
                                 AND tp.contact_id = :cid AND tp.deleted_at IS NULL)"""
    if f.organisation_id:
        params["oid"] = f.organisation_id
        where += " AND t.organiser_id = :oid"
    sql = f"""
        SELECT t.id, t.title_en, t.title_zh, t.status, t.start_date, t.end_date, t.timezone,
               t.city_en, t.city_zh
        FROM training t
        WHERE t.start_date <= :dto AND t.end_date >= :dfrom AND t.deleted_at IS NULL {where}
    """
    found = (_span_event(TRAINING, r) for r in conn.execute(text(sql), params))
    return [e for e in found if e.starts_at < end and e.ends_at > start]


def _deadlines(
    conn: Any, start: dt.datetime, end: dt.datetime, f: Filters, today: dt.date
) -> list[CalendarEvent]:
    """Project deadlines and open milestones (reports due, ...) as all-day events of their date.

    Open projects only, as the reminders (``project_dates.dates_matter_sql``): a rejected or closed
    project's dates are history. A submitted (approved, running) project's passed deadline was met
    (``project_dates.deadline_matters``): it stays on its day, titled "Deadline met" (the calendar
    drew it as the red deadline the reminders no longer called overdue; field test 37). A deadline
    is a date, not an instant, so it is placed in UTC, where its day is the date itself; a timed
    one (0072) is placed on the office's day of its moment, the day the reminders give it."""
    params = _date_params(start, end)
    matter = project_dates.dates_matter_sql("p")
    # a timed deadline on the office's day of its moment: 17:00 Washington is tomorrow in Beijing
    office_day = project_dates.deadline_day_sql("p")
    org = ""
    if f.organisation_id:
        params["oid"] = f.organisation_id
        org = """ AND (p.lead_organisation_id = :oid OR p.funder_organisation_id = :oid
                    OR EXISTS (SELECT 1 FROM project_partner pp WHERE pp.project_id = p.id
                               AND pp.organisation_id = :oid AND pp.deleted_at IS NULL))"""
    sql = f"""
        SELECT p.id, p.id, 'Deadline: ' || coalesce(nullif(p.title_en, ''), p.title_zh),
               '截止日期：' || coalesce(nullif(p.title_zh, ''), p.title_en), {office_day}, p.status,
               p.title_en, p.title_zh, 'deadline', p.deadline, p.deadline_time, p.deadline_zone
        FROM project p
        WHERE p.deleted_at IS NULL AND p.deadline IS NOT NULL AND {matter}
          AND {office_day} >= :dfrom AND {office_day} <= :dto {org}
        UNION ALL
        SELECT ms.id, p.id, coalesce(nullif(ms.title_en, ''), ms.title_zh),
               coalesce(nullif(ms.title_zh, ''), ms.title_en), ms.due, p.status,
               p.title_en, p.title_zh, ms.kind, NULL, '', ''
        FROM project_milestone ms JOIN project p ON p.id = ms.project_id
        WHERE ms.deleted_at IS NULL AND p.deleted_at IS NULL AND ms.done = 0 AND ms.due IS NOT NULL
          AND {matter} AND ms.due >= :dfrom AND ms.due <= :dto {org}
    """
    out = []
    rows = conn.execute(text(sql), params)
    for rid, pid, t_en, t_zh, due, status, p_en, p_zh, kind, stored_day, clock, funder_zone in rows:
        day = dt.date.fromisoformat(due)
        starts_at, ends_at = day_bounds(day, day, dt.UTC)
        # a timed deadline is the moment itself, drawn at its time on the office's clock (the .ics
        # export writes it so too); met once that moment passed, not the next day
        timed = (_day_of(stored_day), clock or "", funder_zone or "")
        at = deadline_time.moment(*timed) if kind == "deadline" else None
        here = deadline_time.sort_text(*timed) if at else None
        if at is not None and here is not None and len(here) > 10:
            starts_at = ends_at = at.astimezone(dt.UTC)
        else:
            at = None
        met = kind == "deadline" and not project_dates.deadline_matters(status, day, today, here=here)
        if met:
            t_en, t_zh = _met_titles(p_en, p_zh)
        if starts_at < end and (ends_at >= start if at else ends_at > start):  # a moment has no length
            out.append(
                CalendarEvent(
                    kind=DEADLINE,
                    id=rid,
                    parent_id=pid,
                    title_en=t_en,
                    title_zh=t_zh,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    timezone=funder_zone if at else "UTC",  # the funder's, "at the place"
                    status=status,
                    all_day=at is None,
                    item_kind=kind,
                    parent_title_en=p_en,
                    parent_title_zh=p_zh,
                    met=met,
                )
            )
    return out


def _day_of(stored: object) -> dt.date | None:
    """A stored date as SQLite hands it back (text), or None."""
    if isinstance(stored, dt.date):
        return stored
    try:
        return dt.date.fromisoformat(str(stored)[:10]) if stored else None
    except ValueError:
        return None


def _met_titles(project_en: str, project_zh: str) -> tuple[str, str]:
    """The titles of a project's met application deadline (the data's two languages, as the
    "Deadline: …" titles the query writes)."""
    en, zh = project_en or project_zh, project_zh or project_en
    return f"Deadline met: {en}", f"截止日期（已按期申请）：{zh}"


def events_between_dates(
    session: Session,
    first: dt.date,
    last: dt.date,
    tz: dt.tzinfo,
    filters: Filters | None = None,
    today: dt.date | None = None,
) -> list[CalendarEvent]:
    """Events touching the days ``first`` .. ``last`` (inclusive) as seen in the zone ``tz``; an
    all-day event (a deadline, a visit's days) by its own dates, which the zone does not move: a
    deadline placed in UTC overlapped the first hours of an Asia/Shanghai range that began the day
    after it, and went into the office's calendar file."""
    start, end = day_bounds(first, last, tz)
    found = events(session, start, end, filters, today)
    return [e for e in found if not e.all_day or (e.start_date <= last and e.end_date >= first)]


def by_day(
    found: Iterable[CalendarEvent], first: dt.date, last: dt.date, tz: dt.tzinfo
) -> dict[dt.date, list[CalendarEvent]]:
    """Events per day of a view (an event spanning days is listed on each of them)."""
    days: dict[dt.date, list[CalendarEvent]] = {
        first + dt.timedelta(days=n): [] for n in range((last - first).days + 1)
    }
    for event in found:
        for day in event.days(tz):
            if day in days:
                days[day].append(event)
    return days


# --- views ---------------------------------------------------------------------------------------


def month_grid(year: int, month: int, first_weekday: int) -> list[list[dt.date]]:
    """The weeks (rows of 7 days) shown for a month, starting on ``first_weekday`` (0 = Monday)."""
    return _calendar.Calendar(first_weekday).monthdatescalendar(year, month)


def week_days(day: dt.date, first_weekday: int) -> list[dt.date]:
    """The seven days of the week containing ``day``."""
    offset = (day.weekday() - first_weekday) % 7
    first = day - dt.timedelta(days=offset)
    return [first + dt.timedelta(days=n) for n in range(7)]


# --- choices for the filters ---------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: str
    label_en: str
    label_zh: str

    def label(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.label_zh or self.label_en
        return self.label_en or self.label_zh


#: Visit roles that make a person office staff for the calendar filter.
STAFF_ROLES = ("staff", "organiser")


def staff_members(session: Session) -> list[Choice]:
    """People who organise visits or trainings (roles staff/organiser, trainers), and the interpreters
    booked for visits, their items or trainings, by name: an office books freelance interpreters and
    sends each their own schedule (field test 94: the filter offered no interpreter)."""
    sql = """
        SELECT c.id, c.given_name, c.family_name, c.name_order, c.family_name_zh, c.given_name_zh
        FROM contact c
        WHERE c.deleted_at IS NULL AND (
          c.id IN (SELECT contact_id FROM visit_participant
                   WHERE role IN ('staff', 'organiser', 'interpreter') AND deleted_at IS NULL)
          OR c.id IN (SELECT interpreter_contact_id FROM itinerary_item
                      WHERE interpreter_contact_id IS NOT NULL AND deleted_at IS NULL)
          OR c.id IN (SELECT contact_id FROM training_participant
                      WHERE role IN ('organiser', 'interpreter') AND deleted_at IS NULL))
        ORDER BY c.family_name, c.given_name
    """
    out = []
    for cid, given, family, order, fam_zh, giv_zh in session.execute(text(sql)):
        latin = " ".join(p for p in ((family, given) if order == "family_first" else (given, family)) if p)
        out.append(Choice(cid, latin, names.chinese_name(fam_zh, giv_zh)))
    return out


def organisations_in_schedule(session: Session) -> list[Choice]:
    """Organisations that host, visit or organise something: the choices of the filter."""
    sql = """
        SELECT o.id, o.name_en, o.name_zh FROM organisation o
        WHERE o.deleted_at IS NULL AND (
          o.id IN (SELECT host_organisation_id FROM visit WHERE deleted_at IS NULL)
          OR o.id IN (SELECT visiting_organisation_id FROM visit WHERE deleted_at IS NULL)
          OR o.id IN (SELECT organiser_id FROM training WHERE deleted_at IS NULL))
        ORDER BY o.name_en
    """
    return [Choice(r[0], r[1], r[2]) for r in session.execute(text(sql))]
