"""The people of one training or visit, for exporting just them (field test 15: the funder's list
of one training's attendees meant exporting all 2,034 contacts and filtering by hand)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.enums import TrainingRole
from petdesk.models import Contact, TrainingParticipant, VisitParticipant


def training_attendee_ids(session: Session, training_id: str) -> list[str]:
    """The training's registered attendees and organisers, not its trainers (as the dossier's
    participant list and the sign-in sheet have them)."""
    return list(
        session.scalars(
            select(TrainingParticipant.contact_id)
            .join(Contact, Contact.id == TrainingParticipant.contact_id)
            .where(
                TrainingParticipant.training_id == training_id,
                TrainingParticipant.deleted_at.is_(None),
                TrainingParticipant.role != TrainingRole.TRAINER,
                Contact.deleted_at.is_(None),
            )
        )
    )


def visit_participant_ids(session: Session, visit_id: str) -> list[str]:
    """The visit's delegation and staff: everyone on its participant list."""
    return list(
        session.scalars(
            select(VisitParticipant.contact_id)
            .join(Contact, Contact.id == VisitParticipant.contact_id)
            .where(
                VisitParticipant.visit_id == visit_id,
                VisitParticipant.deleted_at.is_(None),
                Contact.deleted_at.is_(None),
            )
        )
    )
