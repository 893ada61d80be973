"""The activity log (活动记录): calls, meetings, e-mails and notes against organisations and contacts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
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
    issues: list[Issue] = []
    try:
        kind = ActivityKind(kind)
    except ValueError:
        issues.append(Issue("kind", N_("Unknown kind of activity “{value}”."), {"value": str(kind)}))
    if not subject.strip() and not body.strip():
        issues.append(Issue("subject", N_("Enter a subject or a note.")))
    if len(subject.strip()) > 300:
        issues.append(Issue("subject", N_("This field is limited to {limit} characters."), {"limit": "300"}))
    if occurred_at is not None and occurred_at.tzinfo is None:
        issues.append(Issue("occurred_at", N_("The time of the activity needs a time zone.")))
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
