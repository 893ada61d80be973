"""This installation's office identity, the basis of exchanging files with other offices."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.models import Office

DEFAULT_OFFICE_NAME = "Regional Office"


def get_self(session: Session) -> Office:
    """This installation's office, created with a new stable UUID on first use."""
    office = session.scalars(select(Office).where(Office.is_self.is_(True))).first()
    if office is None:
        office = Office(name=DEFAULT_OFFICE_NAME, is_self=True)
        session.add(office)
        session.flush()
    return office


def set_identity(
    session: Session, *, name: str | None = None, name_zh: str | None = None, region: str | None = None
) -> Office:
    """Rename this office or set its region; the UUID never changes."""
    office = get_self(session)
    if name is not None:
        name = name.strip()
        if not name:
            raise ValueError("the office name must not be empty")
        office.name = name
    if name_zh is not None:
        office.name_zh = name_zh.strip()
    if region is not None:
        office.region = region.strip()
    session.flush()
    return office
