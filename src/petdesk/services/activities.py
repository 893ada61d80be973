"""The activity log (活动记录): calls, meetings, e-mails and notes against organisations and contacts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.i18n import N_
from petdesk.models.enums import ActivityKind
from petdesk.models.types import utcnow
from petdesk.services.validation import Issue, NotFoundError, ValidationError


def add_activity(
    session: Session,
    *,
    kind: ActivityKind | str = ActivityKind.NOTE,
    subject: str = "",
    body: str = "",
    occurred_at: dt.datetime | None = None,
    contact_id: str | None = None,
    organisation_id: str | None = None,
    visit_id: str | None = None,
    author: str = "",
) -> m.Activity:
    """Log something that happened. Logged against a contact, it is also filed under the
    contact's current organisation (unless another is given), so the organisation's history
    shows it too."""
    issues = _entry_issues(kind, subject, body, occurred_at)
    if contact_id is None and organisation_id is None:
        issues.append(Issue("contact_id", N_("Choose the contact or organisation the activity is about.")))
    contact = session.get(m.Contact, contact_id) if contact_id else None
    if contact_id and (contact is None or contact.deleted_at is not None):
        issues.append(Issue("contact_id", N_("Choose an existing contact.")))
    if organisation_id:
        org = session.get(m.Organisation, organisation_id)
        if org is None or org.deleted_at is not None:
            issues.append(Issue("organisation_id", N_("Choose an existing organisation.")))
    if issues:
        raise ValidationError(issues)
    kind = ActivityKind(kind)
    if contact is not None and organisation_id is None:
        current = contact.current_affiliation()
        organisation_id = current.organisation_id if current else None
    activity = m.Activity(
        kind=kind,
        subject=subject.strip(),
        body=body.strip(),
        occurred_at=occurred_at or utcnow(),
        contact_id=contact_id,
        organisation_id=organisation_id,
        visit_id=visit_id,
        author=author.strip(),
    )
    session.add(activity)
    session.flush()
    return activity


def _entry_issues(
    kind: ActivityKind | str, subject: str, body: str, occurred_at: dt.datetime | None
) -> list[Issue]:
    """What a logged entry's own fields are refused for (on adding and on correcting it)."""
    issues: list[Issue] = []
    try:
        ActivityKind(kind)
    except ValueError:
        issues.append(Issue("kind", N_("Unknown kind of activity “{value}”."), {"value": str(kind)}))
    if not subject.strip() and not body.strip():
        issues.append(Issue("subject", N_("Enter a subject or a note.")))
    if len(subject.strip()) > 300:
        issues.append(Issue("subject", N_("This field is limited to {limit} characters."), {"limit": "300"}))
    if occurred_at is not None and occurred_at.tzinfo is None:
        issues.append(Issue("occurred_at", N_("The time of the activity needs a time zone.")))
    return issues


def update_activity(
    session: Session,
    activity_id: str,
    *,
    kind: ActivityKind | str | None = None,
    subject: str | None = None,
    body: str | None = None,
    occurred_at: dt.datetime | None = None,
    author: str | None = None,
) -> m.Activity:
    """Correct a logged entry; what is not given stays as it was. Whom it is about stays too:
    a call logged against the wrong partner is deleted and logged again."""
    activity = _live(session, activity_id)
    new_kind = activity.kind if kind is None else kind
    new_subject = activity.subject if subject is None else subject
    new_body = activity.body if body is None else body
    if issues := _entry_issues(new_kind, new_subject, new_body, occurred_at):
        raise ValidationError(issues)
    activity.kind = ActivityKind(new_kind)
    activity.subject = new_subject.strip()
    activity.body = new_body.strip()
    if occurred_at is not None:
        activity.occurred_at = occurred_at
    if author is not None:
        activity.author = author.strip()
    session.flush()
    return activity


def _live(session: Session, activity_id: str) -> m.Activity:
    activity = session.get(m.Activity, activity_id)
    if activity is None or activity.deleted_at is not None:
        raise NotFoundError(f"no activity with id {activity_id}")
    return activity


@dataclass(frozen=True)
class ActivityView:
    """One logged entry as the window and the command line show it: plain values, names resolved."""

    id: str
    kind: ActivityKind
    occurred_at: dt.datetime
    subject: str
    body: str
    author: str
    organisation_id: str | None
    organisation_en: str
    organisation_zh: str
    contact_id: str | None
    contact_name: str

    def organisation(self, language: str) -> str:
        first, second = (
            (self.organisation_zh, self.organisation_en)
            if language.startswith("zh")
            else (self.organisation_en, self.organisation_zh)
        )
        return first or second

    def partner(self, language: str) -> str:
        """Whom it was with: "person · organisation", either alone when the other is missing."""
        return " · ".join(p for p in (self.contact_name, self.organisation(language)) if p)


def _view(session: Session, activity: m.Activity, language: str) -> ActivityView:
    org = session.get(m.Organisation, activity.organisation_id) if activity.organisation_id else None
    contact = session.get(m.Contact, activity.contact_id) if activity.contact_id else None
    return ActivityView(
        id=activity.id,
        kind=ActivityKind(activity.kind),
        occurred_at=activity.occurred_at,
        subject=activity.subject,
        body=activity.body,
        author=activity.author,
        organisation_id=activity.organisation_id,
        organisation_en=(org.name_en or org.name_zh) if org else "",
        organisation_zh=(org.name_zh or org.name_en) if org else "",
        contact_id=activity.contact_id,
        contact_name=contact.display_name(language) if contact else "",
    )


def activity_view(session: Session, activity_id: str, language: str = "en") -> ActivityView:
    return _view(session, _live(session, activity_id), language)


@dataclass(frozen=True)
class ActivityFilter:
    """Which entries a list across partners shows; None means any."""

    kind: ActivityKind | None = None
    organisation_id: str | None = None
    #: Entries logged against this person (field test 59: one person's calls and meetings).
    contact_id: str | None = None
    #: From this day on, up to and including ``until`` (days in the viewer's zone).
    since: dt.date | None = None
    until: dt.date | None = None

    def clauses(self, zone: dt.tzinfo | None = None) -> list[ColumnElement[bool]]:
        """SQL conditions on ``Activity`` (the window's list and the command line use the same)."""
        a = m.Activity
        out: list[ColumnElement[bool]] = []
        if self.kind is not None:
            out.append(a.kind == self.kind)
        if self.organisation_id:
            out.append(a.organisation_id == self.organisation_id)
        if self.contact_id:
            out.append(a.contact_id == self.contact_id)
        if self.since is not None:
            out.append(a.occurred_at >= _day_start(self.since, zone))
        if self.until is not None:
            out.append(a.occurred_at < _day_start(self.until + dt.timedelta(days=1), zone))
        return out


def _day_start(day: dt.date, zone: dt.tzinfo | None) -> dt.datetime:
    """Midnight at the start of ``day`` in ``zone`` (the laptop's own when None)."""
    local = dt.datetime.combine(day, dt.time())
    return local.replace(tzinfo=zone) if zone is not None else local.astimezone()


def find_activities(
    session: Session,
    selection: ActivityFilter = ActivityFilter(),
    *,
    text: str = "",
    language: str = "en",
    limit: int = 500,
    zone: dt.tzinfo | None = None,
) -> list[ActivityView]:
    """Entries across partners, newest first: those ``selection`` lets through whose subject,
    notes or author hold ``text`` (any case)."""
    query = select(m.Activity).where(m.Activity.deleted_at.is_(None), *selection.clauses(zone))
    if words := text.strip():
        pattern = f"%{words.replace('%', '').replace('_', '')}%"
        query = query.where(
            or_(
                m.Activity.subject.ilike(pattern),
                m.Activity.body.ilike(pattern),
                m.Activity.author.ilike(pattern),
            )
        )
    query = query.order_by(m.Activity.occurred_at.desc(), m.Activity.id).limit(limit)
    return [_view(session, a, language) for a in session.scalars(query)]


def delete_activities(session: Session, activity_ids: Iterable[str]) -> list[str]:
    """Soft-delete the live ones among ``activity_ids`` (they can be restored); their ids."""
    found = list(
        session.scalars(
            select(m.Activity).where(
                and_(m.Activity.id.in_(list(activity_ids)), m.Activity.deleted_at.is_(None))
            )
        )
    )
    for activity in found:
        activity.soft_delete()
    session.flush()
    return [a.id for a in found]


def restore_activities(session: Session, activity_ids: Iterable[str]) -> list[str]:
    found = list(
        session.scalars(
            select(m.Activity).where(
                and_(m.Activity.id.in_(list(activity_ids)), m.Activity.deleted_at.is_not(None))
            )
        )
    )
    for activity in found:
        activity.deleted_at = None
    session.flush()
    return [a.id for a in found]


def list_activities(
    session: Session, *, contact_id: str | None = None, organisation_id: str | None = None, limit: int = 500
) -> list[m.Activity]:
    """Newest first. For an organisation: its own entries and those of people filed under it."""
    query = select(m.Activity).where(m.Activity.deleted_at.is_(None))
    conds = []
    if contact_id:
        conds.append(m.Activity.contact_id == contact_id)
    if organisation_id:
        conds.append(m.Activity.organisation_id == organisation_id)
    if conds:
        query = query.where(or_(*conds))
    return list(session.scalars(query.order_by(m.Activity.occurred_at.desc()).limit(limit)))


def delete_activity(session: Session, activity_id: str) -> None:
    activity = session.get(m.Activity, activity_id)
    if activity is None or activity.deleted_at is not None:
        raise NotFoundError(f"no activity with id {activity_id}")
    activity.soft_delete()
    session.flush()


def restore_activity(session: Session, activity_id: str) -> None:
    activity = session.get(m.Activity, activity_id)
    if activity is None:
        raise NotFoundError(f"no activity with id {activity_id}")
    activity.deleted_at = None
    session.flush()


def organisations_with_activities(session: Session, language: str = "en") -> list[tuple[str, str]]:
    """(name, id) of the live organisations that have live entries, by name: the choices of the
    activity log's organisation filter (bounded by what was logged, not by every organisation)."""
    org = m.Organisation
    rows = session.execute(
        select(org.id, org.name_en, org.name_zh).where(
            org.deleted_at.is_(None),
            org.id.in_(select(m.Activity.organisation_id).where(m.Activity.deleted_at.is_(None))),
        )
    ).all()
    zh = language.startswith("zh")
    named = [((zh_name or en) if zh else (en or zh_name), oid) for oid, en, zh_name in rows]
    return sorted(named, key=lambda pair: pair[0].casefold())


def contacts_with_activities(session: Session, language: str = "en") -> list[tuple[str, str]]:
    """(name, id) of the live contacts that have live entries, by name: the choices of the
    activity log's contact filter (as ``organisations_with_activities``)."""
    ids = select(m.Activity.contact_id).where(m.Activity.deleted_at.is_(None))
    people = session.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None), m.Contact.id.in_(ids)))
    named = [(person.display_name(language), person.id) for person in people]
    seen = Counter(name for name, _id in named)  # namesakes told apart by their ids, as the CLI shows them
    named = [(f"{name} · {pid[:8]}" if seen[name] > 1 else name, pid) for name, pid in named]
    return sorted(named, key=lambda pair: pair[0].casefold())
