"""The people of one training or visit, for exporting just them (field test 15: the funder's list
of one training's attendees meant exporting all 2,034 contacts and filtering by hand)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from petdesk.models import Contact, Training, TrainingParticipant, VisitParticipant
from petdesk.services.trainings import SERVING_ROLES

if TYPE_CHECKING:
    from petdesk.services.exporting import Format


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
    participant list and the sign-in sheet have them), not its trainers or interpreters."""
    return _linked_contact_ids(
        session,
        TrainingParticipant,
        TrainingParticipant.training_id == training_id,
        TrainingParticipant.role.not_in(SERVING_ROLES),
    )


def export_training_attendees(
    session: Session,
    training_id: str,
    path: Path | str,
    fmt: Format,
    *,
    language: str = "en",
    vcard_version: str = "4.0",
    on_warning: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    bom: bool = True,
    encoding: str = "utf-8",
    delimiter: str = ",",
    with_travel_documents: bool = False,
) -> int:
    """Write the training's attendees (:func:`training_attendee_ids`) to ``path``, as
    ``petdesk export-contacts --training`` and the training editor's Export participants… both do;
    returns how many were written. Refused in plain words when the training is gone."""
    from petdesk.services import exporting
    from petdesk.services.visits import require

    require(session, Training, training_id, "training")
    return exporting.export_contacts(
        session,
        path,
        fmt,
        ids=training_attendee_ids(session, training_id),
        vcard_version=vcard_version,
        on_warning=on_warning,
        on_progress=on_progress,
        language=language,
        bom=bom,
        encoding=encoding,
        delimiter=delimiter,
        with_travel_documents=with_travel_documents,
    )


def visit_participant_ids(session: Session, visit_id: str) -> list[str]:
    """The visit's delegation and staff: everyone on its participant list."""
    return _linked_contact_ids(session, VisitParticipant, VisitParticipant.visit_id == visit_id)
