"""The staff name of this installation: who the history and the change log credit with what is
changed here (the local ``staff.name`` setting, never exchanged). Without one they credit the system
account (``sync.tracking.staff_name``), which on a shared office laptop is the same for everybody."""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.models import Setting
from petdesk.os_account import display_name
from petdesk.sync.tracking import STAFF_SETTING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Longest name kept (the setting's column holds any text; a pasted paragraph is not a name).
MAX_LENGTH = 100


def staff_setting(session: Session) -> str:
    """The name set here, or "" when nobody set one."""
    row = session.get(Setting, STAFF_SETTING)
    return row.value.strip() if row and row.value else ""


def set_staff_name(session: Session, name: str) -> str:
    """Set (or, with "", forget) the name changes made here are credited with; returns it as kept."""
    name = " ".join(name.split())
    if len(name) > MAX_LENGTH:
        raise ValueError(f"a staff name has at most {MAX_LENGTH} characters")
    row = session.get(Setting, STAFF_SETTING)
    if not name:
        if row is not None:
            session.delete(row)
            session.flush()  # gone for the next read in this transaction too
        return ""
    if row is None:
        session.add(Setting(key=STAFF_SETTING, value=name))
    else:
        row.value = name
    session.flush()  # the change log reads the setting with SQL: what follows is credited to her
    return name


def suggested_name() -> str:
    """What to offer when asking: the system account's full name, else its login."""
    return display_name()
