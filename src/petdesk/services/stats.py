"""Counts per entity, for ``petdesk stats`` and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from petdesk import models as m

#: Entities counted by ``petdesk stats``, in the order shown.
COUNTED: tuple[tuple[str, type[m.SyncedMixin]], ...] = (
    ("organisations", m.Organisation),
    ("contacts", m.Contact),
    ("contact methods", m.ContactMethod),
    ("affiliations", m.Affiliation),
    ("visits", m.Visit),
    ("visit participants", m.VisitParticipant),
    ("itinerary items", m.ItineraryItem),
    ("follow-ups", m.FollowUp),
    ("trainings", m.Training),
    ("training sessions", m.TrainingSession),
    ("training participants", m.TrainingParticipant),
    ("attendance records", m.Attendance),
    ("activities", m.Activity),
    ("projects", m.Project),
)


def entity_counts(session: Session) -> dict[str, int]:
    """Live (not deleted) rows per entity."""
    return {
        label: session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0
        for label, model in COUNTED
    }
