"""The people of one training or visit, for exporting just them (field test 15: the funder's list
of one training's attendees meant exporting all 2,034 contacts and filtering by hand)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from petdesk.enums import TrainingRole
from petdesk.models import Contact, TrainingParticipant, VisitParticipant


def _linked_contact_ids(session: Session, link: Any, *conditions: ColumnElement[bool]) -> list[str]:
    """The contacts of the ``link`` table's rows that match ``conditions``, leaving out rows and
    contacts in the bin."""
    return list(
        session.scalars(
            select(link.contact_id)
            .join(Contact, Contact.id == link.contact_id)
            .where(*conditions, link.deleted_at.is_(None), Contact.deleted_at.is_(None))
        )
    )


def training_attendee_ids(session: Session, training_id: str) -> list[str]:
    """The training's registered attendees and organisers, not its trainers (as the dossier's
    participant list and the sign-in sheet have them)."""
    return _linked_contact_ids(
        session,
        TrainingParticipant,
        TrainingParticipant.training_id == training_id,
        TrainingParticipant.role != TrainingRole.TRAINER,
    )


def visit_participant_ids(session: Session, visit_id: str) -> list[str]:
    """The visit's delegation and staff: everyone on its participant list."""
    return _linked_contact_ids(session, VisitParticipant, VisitParticipant.visit_id == visit_id)
