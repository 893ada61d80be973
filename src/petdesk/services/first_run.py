"""Whether a database is new: nothing entered yet and the office not named (the window then welcomes)."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from petdesk.models import Contact, Office, Organisation, Training, Visit
from petdesk.services.office import DEFAULT_OFFICE_NAME


def is_new(session: Session) -> bool:
    """True while the office keeps its default name and there is no organisation, contact, visit or
    training: a first start. Cheap on any size (``EXISTS`` stops at the first row)."""
    named = session.scalar(
        select(Office.name).where(Office.is_self.is_(True), Office.name != DEFAULT_OFFICE_NAME).limit(1)
    )
    if named:
        return False
    tables = (Organisation, Contact, Visit, Training)
    return not any(session.scalar(select(exists().select_from(t))) for t in tables)
