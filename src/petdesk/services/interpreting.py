"""Interpreters' hours and days per event, for paying freelance interpreters (field test 94).

An interpreter works at a visit's item when they are its interpreter, or when they are an
interpreter of the visit (participant role) among the item's people (ticked, or the whole
delegation when nobody is): the second interpreter of a simultaneous booth is ticked beside the
first. At a training they work the sessions they teach, or every session when registered (trainings
have no interpreter role), less the sessions marked absent. Cancelled visits and trainings count
nothing. Hours are the union of the person's items in an event (a double booking is paid once);
days are the distinct local dates worked; an all-day item counts its days, no hours.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.enums import AttendanceStatus, ParticipantRole, TrainingStatus, VisitStatus
from petdesk.models import Contact, ItineraryItem, Training, TrainingSession, Visit
from petdesk.services.trainings import latin_name, person_key
from petdesk.services.visits import utc_to_local

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
    """People booked as interpreters (an item's interpreter or a visit's) in visits of the period."""
    live = (Visit.deleted_at.is_(None), Visit.status != VisitStatus.CANCELLED)
    visits = session.scalars(
        select(Visit).where(*live, Visit.start_date <= last + dt.timedelta(days=1), Visit.end_date >= first)
    ).all()
    ids: set[str] = set()
    for visit in visits:
        ids.update(
            p.contact_id
            for p in visit.participants
            if p.deleted_at is None and p.role == ParticipantRole.INTERPRETER
        )
        ids.update(
            i.interpreter_contact_id for i in visit.items if i.deleted_at is None and i.interpreter_contact_id
        )
    return ids


def _visit_spans(session: Session, contact_id: str) -> dict[tuple[str, str], list[_Span]]:
    spans: dict[tuple[str, str], list[_Span]] = defaultdict(list)
    items = session.scalars(
        select(ItineraryItem)
        .join(Visit, Visit.id == ItineraryItem.visit_id)
        .where(
            ItineraryItem.deleted_at.is_(None),
            Visit.deleted_at.is_(None),
            Visit.status != VisitStatus.CANCELLED,
        )
    ).all()
    for item in items:
        roles = {p.contact_id: p.role for p in item.visit.participants if p.deleted_at is None}
        ticked = [a.contact_id for a in item.attendees if a.deleted_at is None]
        among = contact_id in ticked if ticked else contact_id in roles
        if item.interpreter_contact_id == contact_id or (
            among and roles.get(contact_id) == ParticipantRole.INTERPRETER
        ):
            dates = _dates(item.starts_at, item.ends_at, item.timezone)
            spans[(VISIT, item.visit_id)].append((item.starts_at, item.ends_at, dates, item.all_day))
    return spans


def _training_spans(session: Session, contact_id: str) -> dict[tuple[str, str], list[_Span]]:
    spans: dict[tuple[str, str], list[_Span]] = defaultdict(list)
    rows = session.scalars(
        select(TrainingSession)
        .join(Training, Training.id == TrainingSession.training_id)
        .where(
            TrainingSession.deleted_at.is_(None),
            Training.deleted_at.is_(None),
            Training.status != TrainingStatus.CANCELLED,
        )
    ).all()
    for row in rows:
        teaches = any(t.contact_id == contact_id and t.deleted_at is None for t in row.trainers)
        registered = any(
            p.contact_id == contact_id and p.deleted_at is None and p.replaced_by_id is None
            for p in row.training.participants
        )
        absent = any(
            a.contact_id == contact_id and a.deleted_at is None and a.status == AttendanceStatus.ABSENT
            for a in row.attendance
        )
        if teaches or (registered and not absent):
            dates = _dates(row.starts_at, row.ends_at, row.timezone)
            spans[(TRAINING, row.training_id)].append((row.starts_at, row.ends_at, dates, False))
    return spans


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
    out: list[tuple[tuple[str, ...], Worked]] = []
    for cid in people:
        contact = session.get(Contact, cid)
        if contact is None:
            continue
        found = {**_visit_spans(session, cid), **_training_spans(session, cid)}
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


def write_list(found: list[Worked], out: Path, locale: str, *, delimiter: str = ",") -> int:
    """The list for finance as a workbook (.xlsx) or a CSV file (.csv), headers in ``locale``."""
    from petdesk.i18n import translator
    from petdesk.services.table_file import write_table

    sheet = translator(locale)("Interpreting")
    return write_table(
        out, headers(locale), rows(found, locale), sheet=sheet, date_columns=(3, 4), delimiter=delimiter
    )
