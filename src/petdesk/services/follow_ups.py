"""Follow-ups of any partner: what is owed to a contact, an organisation, a project or agreed
during a visit, with who does it, by when, and a note; marked done, reopened, postponed,
deleted and brought back.

Every function takes a ``Session``; the caller owns the transaction. Widgets and the command
line get :class:`FollowUpRow` (plain values, the partner's name already read).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from petdesk.models import Contact, FollowUp, Organisation, Project, Visit
from petdesk.models.base import SyncedMixin
from petdesk.models.enums import FollowUpStatus
from petdesk.models.types import utcnow
from petdesk.quoting import quoted
from petdesk.services import names, newer_values
from petdesk.services import visits as visit_service
from petdesk.services.follow_up_list import FollowUpRow as FollowUpRow
from petdesk.services.follow_up_list import list_order as _list_order
from petdesk.services.follow_up_list import of_partner, row_of
from petdesk.services.visits import RecordGone, ScheduleError, require

_COLUMN = {
    "contact": FollowUp.contact_id,
    "organisation": FollowUp.organisation_id,
    "project": FollowUp.project_id,
    "visit": FollowUp.visit_id,
}
#: Postpone choices the window offers: a day, a week.
DAY, WEEK = 1, 7
#: Why :func:`restore` (a delete's Undo) is refused, whole sentences: each is a template of
#: ``messages.localize``, so the Chinese window shows it in Chinese (one "{kind}" filled in twice
#: could not be matched back to its template).
RESTORE_FIRST = {
    "visit": "the visit of this follow-up is deleted; restore the visit first",
    "contact": "the contact of this follow-up is deleted; restore the contact first",
    "organisation": "the organisation of this follow-up is deleted; restore the organisation first",
    "project": "the project of this follow-up is deleted; restore the project first",
}


# --- writing ---------------------------------------------------------------------------------


def add(
    session: Session,
    *,
    kind: str,
    record_id: str,
    title_en: str = "",
    title_zh: str = "",
    due_date: dt.date | None = None,
    owner_id: str | None = None,
    note: str = "",
) -> FollowUp:
    """A new open follow-up for the ``kind`` record ``record_id`` (contact, organisation, project
    or visit)."""
    if kind not in _COLUMN:
        raise ScheduleError(
            f"a follow-up belongs to a contact, an organisation, a project or a visit, not {quoted(kind)}"
        )
    links: dict[str, Any] = {f"{kind}_id": record_id}
    visit_id = links.pop("visit_id", None)
    return visit_service.add_follow_up(
        session,
        visit_id,
        description_en=title_en,
        description_zh=title_zh,
        owner_id=owner_id,
        due_date=due_date,
        note=note,
        **links,
    )


#: What :func:`edit` changes, by the names ``add`` takes, and the follow-up's columns they write.
EDITABLE = {
    "title_en": "description_en",
    "title_zh": "description_zh",
    "owner_id": "owner_id",
    "due_date": "due_date",
    "note": "note",
}


def edit(session: Session, follow_up_id: str, **fields: Any) -> FollowUp:
    """Change what a follow-up says after it was added: ``title_en``, ``title_zh``, ``owner_id``
    (None: nobody), ``due_date`` and ``note``; fields not given stay as they are."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise TypeError(f"a follow-up's editable fields are {', '.join(EDITABLE)}, not {', '.join(unknown)}")
    return visit_service.update_follow_up(
        session, follow_up_id, **{EDITABLE[name]: value for name, value in fields.items()}
    )


def mark_done(session: Session, follow_up_id: str) -> FollowUp:
    return visit_service.update_follow_up(session, follow_up_id, status=FollowUpStatus.DONE)


def reopen(session: Session, follow_up_id: str) -> FollowUp:
    """A follow-up marked done (or dropped) is open again, with its due date as it was."""
    return visit_service.update_follow_up(session, follow_up_id, status=FollowUpStatus.OPEN)


def postpone(
    session: Session,
    follow_up_id: str,
    *,
    days: int | None = None,
    to: dt.date | None = None,
    today: dt.date | None = None,
) -> FollowUp:
    """Move the due date ``to`` a day, or by ``days``. Counted from today when it is overdue or
    has no date: postponing something a week overdue "by a day" means tomorrow, not still overdue."""
    if (days is None) == (to is None):
        raise ScheduleError("postpone by a number of days or to a date, one of the two")
    follow_up = require(session, FollowUp, follow_up_id, "follow-up")
    today = today or dt.date.today()
    if to is None:
        assert days is not None
        base = max(follow_up.due_date or today, today)
        to = base + dt.timedelta(days=days)
    return visit_service.update_follow_up(session, follow_up_id, due_date=to)


def delete(session: Session, follow_up_id: str) -> str:
    """Soft-delete; :func:`restore` brings it back. Returns the id (what Undo needs)."""
    visit_service.delete_follow_up(session, follow_up_id)
    return follow_up_id


def restore(session: Session, follow_up_id: str) -> str:
    """Undo :func:`delete`. Refused while a record it belongs to is deleted: an open follow-up
    there is due on Home under a record nobody can open, and the next sync import deletes it again
    (sync.orphaned_follow_ups; review 47, finding 7). Restoring that record brings it back."""
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise RecordGone("follow-up", follow_up_id)
    models: dict[str, type[SyncedMixin]] = {
        "visit": Visit,
        "contact": Contact,
        "organisation": Organisation,
        "project": Project,
    }
    for kind, model in models.items():
        record_id = getattr(follow_up, f"{kind}_id")
        record = session.get(model, record_id) if record_id else None
        if record is not None and record.deleted_at is not None:
            raise ScheduleError(RESTORE_FIRST[kind])
    follow_up.deleted_at = None
    follow_up.updated_at = utcnow()
    session.flush()
    return follow_up_id


# --- reading ---------------------------------------------------------------------------------


def of_record(session: Session, kind: str, record_id: str) -> list[FollowUpRow]:
    """The live follow-ups of one record: open ones first by due date, then the others."""
    rows = session.scalars(
        select(FollowUp).where(_COLUMN[kind] == record_id, FollowUp.deleted_at.is_(None))
    ).all()
    return sorted(_rows(session, rows), key=_list_order)


def listing(
    session: Session,
    *,
    today: dt.date | None = None,
    due_within: int | None = None,
    overdue: bool = False,
    partner: str = "",
    include_closed: bool = False,
) -> list[FollowUpRow]:
    """Follow-ups across partners: open ones (``include_closed`` adds done and dropped), those due
    within ``due_within`` days (overdue ones included), only overdue ones, or those whose partner's
    name contains ``partner`` (or whose partner's id starts with it)."""
    today = today or dt.date.today()
    query = select(FollowUp).where(FollowUp.deleted_at.is_(None))
    if not include_closed:
        # not == OPEN: a newer petdesk's status is read as OPEN and stays on the list
        query = query.where(FollowUp.status.not_in([FollowUpStatus.DONE, FollowUpStatus.DROPPED]))
    if overdue:
        query = query.where(FollowUp.due_date < today)
    if due_within is not None:
        query = query.where(FollowUp.due_date <= today + dt.timedelta(days=due_within))
    rows = _rows(session, session.scalars(query).all())
    if partner:
        rows = of_partner(rows, partner)
    return sorted(rows, key=_list_order)


def open_due_between(
    session: Session,
    first: dt.date | None = None,
    last: dt.date | None = None,
    *,
    visit_id: str | None = None,
    person_id: str | None = None,
    organisation_id: str | None = None,
) -> list[FollowUpRow]:
    """Open follow-ups due from ``first`` to ``last`` (either end open), for a calendar: of one
    visit, of one organisation, or those a person owns or that are about them."""
    query = select(FollowUp).where(
        FollowUp.deleted_at.is_(None),
        newer_values.is_or_unknown(FollowUp.status, FollowUpStatus.OPEN),
        FollowUp.due_date.is_not(None),
    )
    if first is not None:
        query = query.where(FollowUp.due_date >= first)
    if last is not None:
        query = query.where(FollowUp.due_date <= last)
    if visit_id is not None:
        query = query.where(FollowUp.visit_id == visit_id)
    if person_id is not None:
        query = query.where(or_(FollowUp.owner_id == person_id, FollowUp.contact_id == person_id))
    if organisation_id is not None:
        query = query.where(FollowUp.organisation_id == organisation_id)
    return sorted(_rows(session, session.scalars(query).all()), key=_list_order)


def get(session: Session, follow_up_id: str) -> FollowUpRow:
    return _rows(session, [require(session, FollowUp, follow_up_id, "follow-up")])[0]


def _rows(session: Session, follow_ups: Iterable[FollowUp]) -> list[FollowUpRow]:
    follow_ups = list(follow_ups)
    people = _people(session, {i for f in follow_ups for i in (f.owner_id, f.contact_id) if i})
    orgs = {
        o.id: (o.name_en, o.name_zh)
        for o in _by_id(session, Organisation, {f.organisation_id for f in follow_ups if f.organisation_id})
    }
    projects = {
        p.id: (p.title_en, p.title_zh)
        for p in _by_id(session, Project, {f.project_id for f in follow_ups if f.project_id})
    }
    visits = {
        v.id: (v.title_en, v.title_zh)
        for v in _by_id(session, Visit, {f.visit_id for f in follow_ups if f.visit_id})
    }
    names_of = {"contact": people, "organisation": orgs, "project": projects, "visit": visits}
    newer = newer_values.unknown_values_of(session, follow_ups) if follow_ups else []
    return [
        row_of(f, names_of, due_date=f.due_date, updated_at=f.updated_at, stored_status=n.get("status"))
        for f, n in zip(follow_ups, newer, strict=True)
    ]


def _by_id(session: Session, model: type[Any], ids: set[str]) -> list[Any]:
    return list(session.scalars(select(model).where(model.id.in_(ids)))) if ids else []


def _people(session: Session, ids: set[str]) -> dict[str, tuple[str, str]]:
    """Contact id -> (name in English, name in Chinese)."""
    out = {}
    for c in _by_id(session, Contact, ids):
        parts = {
            "family": c.family_name or "",
            "given": c.given_name or "",
            "order": c.name_order,
            "family_zh": c.family_name_zh or "",
            "given_zh": c.given_name_zh or "",
        }
        out[c.id] = (names.person_display_name("en", **parts), names.person_display_name("zh", **parts))
    return out
