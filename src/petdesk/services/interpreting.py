"""Interpreters' hours and days per event, for paying freelance interpreters (field test 94).

An interpreter works at a visit's item when they are its interpreter, or when they are an
interpreter of the visit (participant role) among the item's people (ticked, or the whole
delegation when nobody is): the second interpreter of a simultaneous booth is ticked beside the
first. At a training they work the sessions they are attached to (as interpreter or trainer); a
registered interpreter attached to none, and anyone else registered, every session less those marked
absent. Cancelled visits and trainings count
nothing. Hours are the union of the person's items in an event (a double booking is paid once);
days are the distinct local dates worked; an all-day item counts its days, no hours.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from petdesk.enums import AttendanceStatus, ParticipantRole, TrainingRole, TrainingStatus, VisitStatus
from petdesk.models import (
    Contact,
    ItineraryItem,
    Training,
    TrainingParticipant,
    TrainingSession,
    Visit,
    VisitParticipant,
)
from petdesk.services.trainings import interpreter_ids, latin_name, person_key
from petdesk.services.visits import utc_to_local

if TYPE_CHECKING:
    from petdesk.db import Database

VISIT = "visit"
TRAINING = "training"


@dataclass(frozen=True)
class Worked:
    """One interpreter's work at one visit or training in the period."""

    contact_id: str
    name_en: str
    name_zh: str
    kind: str  # VISIT or TRAINING
    event_id: str
    event_en: str
    event_zh: str
    first: dt.date
    last: dt.date
    #: Items or sessions worked.
    items: int
    hours: float
    days: int

    def name(self, language: str) -> str:
        return (self.name_zh or self.name_en) if language.startswith("zh") else (self.name_en or self.name_zh)

    def event(self, language: str) -> str:
        return (
            (self.event_zh or self.event_en)
            if language.startswith("zh")
            else (self.event_en or self.event_zh)
        )


#: (start, end, local dates, all day) of one item or session worked
_Span = tuple[dt.datetime, dt.datetime, set[dt.date], bool]


def _dates(start: dt.datetime, end: dt.datetime, zone: str) -> set[dt.date]:
    first = utc_to_local(start, zone).date()
    # a moment (an item ending at its start) is on its own day, also at 00:00
    last = utc_to_local(max(start, end - dt.timedelta(microseconds=1)), zone).date()
    return {first + dt.timedelta(days=n) for n in range((last - first).days + 1)}


def _in_period(dates: set[dt.date], first: dt.date, last: dt.date) -> bool:
    return min(dates) <= last and max(dates) >= first


def interpreters_in(session: Session, first: dt.date, last: dt.date) -> set[str]:
    """People booked as interpreters (an item's interpreter, a visit's or a training's) in the
    period's visits and trainings."""
    in_period = select(Visit.id).where(
        Visit.deleted_at.is_(None),
        Visit.status != VisitStatus.CANCELLED,
        Visit.start_date <= last + dt.timedelta(days=1),
        Visit.end_date >= first,
    )
    # asked of the database: loading each visit's participants and items took seconds over a year
    booked = select(VisitParticipant.contact_id).where(
        VisitParticipant.visit_id.in_(in_period),
        VisitParticipant.deleted_at.is_(None),
        VisitParticipant.role == ParticipantRole.INTERPRETER,
    )
    booked_for_items = select(ItineraryItem.interpreter_contact_id).where(
        ItineraryItem.visit_id.in_(in_period),
        ItineraryItem.deleted_at.is_(None),
        ItineraryItem.interpreter_contact_id.is_not(None),
    )
    trainings = select(Training.id).where(
        Training.deleted_at.is_(None),
        Training.status != TrainingStatus.CANCELLED,
        Training.start_date <= last + dt.timedelta(days=1),
        Training.end_date >= first - dt.timedelta(days=1),
    )
    booked_for_trainings = select(TrainingParticipant.contact_id).where(
        TrainingParticipant.training_id.in_(trainings),
        TrainingParticipant.deleted_at.is_(None),
        TrainingParticipant.role == TrainingRole.INTERPRETER,
    )
    found: set[str] = set(session.scalars(booked)) | set(session.scalars(booked_for_trainings))
    return found | {cid for cid in session.scalars(booked_for_items) if cid}


#: Work found per person, per (VISIT or TRAINING, event id).
_Found = dict[str, dict[tuple[str, str], list[_Span]]]


def _window(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants around the period's local dates in any zone (offsets stay within 14 hours): what
    is read from the database, the dates worked deciding what counts."""
    lo = dt.datetime.combine(first - dt.timedelta(days=2), dt.time(), dt.UTC)
    return lo, dt.datetime.combine(last + dt.timedelta(days=3), dt.time(), dt.UTC)


def _visit_spans(session: Session, people: set[str], window: tuple[dt.datetime, dt.datetime]) -> _Found:
    """The items each of ``people`` interprets (read once for all of them: per person and over every
    year, a year's tally of 20 interpreters took six minutes)."""
    spans: _Found = defaultdict(lambda: defaultdict(list))
    items = session.scalars(
        select(ItineraryItem)
        .join(Visit, Visit.id == ItineraryItem.visit_id)
        .where(
            ItineraryItem.deleted_at.is_(None),
            ItineraryItem.starts_at < window[1],
            ItineraryItem.ends_at >= window[0],
            Visit.deleted_at.is_(None),
            Visit.status != VisitStatus.CANCELLED,
        )
        .options(
            selectinload(ItineraryItem.attendees),
            selectinload(ItineraryItem.visit).selectinload(Visit.participants),
        )
    ).all()
    for item in items:
        roles = {p.contact_id: p.role for p in item.visit.participants if p.deleted_at is None}
        ticked = {a.contact_id for a in item.attendees if a.deleted_at is None}
        # an interpreter of the visit among the item's people (everyone's when nobody is ticked)
        working = {
            c
            for c, role in roles.items()
            if role == ParticipantRole.INTERPRETER and (c in ticked or not ticked)
        }
        if item.interpreter_contact_id:
            working.add(item.interpreter_contact_id)
        if not (working := working & people):
            continue
        dates = _dates(item.starts_at, item.ends_at, item.timezone)
        for cid in working:
            spans[cid][(VISIT, item.visit_id)].append((item.starts_at, item.ends_at, dates, item.all_day))
    return spans


def _training_spans(session: Session, people: set[str], window: tuple[dt.datetime, dt.datetime]) -> _Found:
    spans: _Found = defaultdict(lambda: defaultdict(list))
    rows = session.scalars(
        select(TrainingSession)
        .join(Training, Training.id == TrainingSession.training_id)
        .where(
            TrainingSession.deleted_at.is_(None),
            TrainingSession.starts_at < window[1],
            TrainingSession.ends_at >= window[0],
            Training.deleted_at.is_(None),
            Training.status != TrainingStatus.CANCELLED,
        )
        .options(
            selectinload(TrainingSession.trainers),
            selectinload(TrainingSession.attendance),
            selectinload(TrainingSession.training).selectinload(Training.participants),
            selectinload(TrainingSession.training)
            .selectinload(Training.sessions)
            .selectinload(TrainingSession.trainers),
        )
    ).all()
    for row in rows:
        teaching = {t.contact_id for t in row.trainers if t.deleted_at is None}
        registered = {
            p.contact_id
            for p in row.training.participants
            if p.deleted_at is None and p.replaced_by_id is None
        }
        # an interpreter attached to some sessions works those, not every session of the training
        registered -= _attached_interpreters(row.training)
        absent = {
            a.contact_id
            for a in row.attendance
            if a.deleted_at is None and a.status == AttendanceStatus.ABSENT
        }
        dates = _dates(row.starts_at, row.ends_at, row.timezone)
        for cid in (teaching | (registered - absent)) & people:
            spans[cid][(TRAINING, row.training_id)].append((row.starts_at, row.ends_at, dates, False))
    return spans


def _attached_interpreters(training: Training) -> set[str]:
    """The training's interpreters who are attached to at least one live session."""
    attached = {
        t.contact_id
        for s in training.sessions
        if s.deleted_at is None
        for t in s.trainers
        if t.deleted_at is None
    }
    return interpreter_ids(training) & attached


def _hours(spans: list[_Span]) -> float:
    """Hours of the union of the timed spans: two items at once are paid once."""
    total = dt.timedelta()
    end: dt.datetime | None = None
    for start, stop, _days, all_day in sorted(spans):
        if all_day:
            continue
        if end is None or start >= end:
            total += stop - start
            end = stop
        elif stop > end:
            total += stop - end
            end = stop
    return round(total.total_seconds() / 3600, 2)


def interpreting(
    session: Session, first: dt.date, last: dt.date, *, contact_id: str | None = None
) -> list[Worked]:
    """Each interpreter's hours and days per visit and training from ``first`` to ``last`` (local
    dates): of ``contact_id``, else of everyone booked as an interpreter in the period's visits."""
    people = [contact_id] if contact_id else sorted(interpreters_in(session, first, last))
    window = _window(first, last)
    at_visits = _visit_spans(session, set(people), window)
    at_trainings = _training_spans(session, set(people), window)
    out: list[tuple[tuple[str, ...], Worked]] = []
    for cid in people:
        contact = session.get(Contact, cid)
        if contact is None:
            continue
        found = {**at_visits.get(cid, {}), **at_trainings.get(cid, {})}
        for (kind, event_id), spans in found.items():
            kept = [s for s in spans if _in_period(s[2], first, last)]
            if not kept:
                continue
            dates = {d for s in kept for d in s[2] if first <= d <= last}
            event: Visit | Training | None = (
                session.get(Visit, event_id) if kind == VISIT else session.get(Training, event_id)
            )
            assert event is not None
            worked = Worked(
                contact_id=cid,
                name_en=latin_name(contact),
                name_zh=contact.name_zh,
                kind=kind,
                event_id=event_id,
                event_en=event.title_en,
                event_zh=event.title_zh,
                first=min(dates),
                last=max(dates),
                items=len(kept),
                hours=_hours(kept),
                days=len(dates),
            )
            # by person, then by first day, a visit before a training, then by title
            visit_first = "0" if kind == VISIT else "1"
            key = (*person_key(contact), worked.first.isoformat(), visit_first, event.title_en, event_id)
            out.append((key, worked))
    return [w for _key, w in sorted(out, key=lambda pair: pair[0])]


def headers(locale: str) -> list[str]:
    """The list's column names in ``locale``."""
    from petdesk.i18n import translator

    _ = translator(locale)
    return [_("Interpreter"), _("Event"), _("First day"), _("Last day"), _("Items"), _("Hours"), _("Days")]


def rows(found: list[Worked], locale: str) -> list[list[object]]:
    return [[w.name(locale), w.event(locale), w.first, w.last, w.items, w.hours, w.days] for w in found]


def write_list(
    found: list[Worked],
    out: Path,
    locale: str,
    *,
    delimiter: str = ",",
    logged_in: Database | None = None,
) -> int:
    """The list for finance as a workbook (.xlsx) or a CSV file (.csv), headers in ``locale``. The
    interpreters it names are logged in ``logged_in``'s export log, as an attendance report's people."""
    from petdesk.i18n import translator
    from petdesk.services.table_file import write_table

    sheet = translator(locale)("Interpreting")
    written = write_table(
        out, headers(locale), rows(found, locale), sheet=sheet, date_columns=(3, 4), delimiter=delimiter
    )
    if logged_in is not None:
        from petdesk.services import export_log

        ids = list(dict.fromkeys(w.contact_id for w in found))
        export_log.record_through(logged_in, "report", out, len(ids), ids)
    return written
