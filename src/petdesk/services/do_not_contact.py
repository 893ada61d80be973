"""People who asked not to be contacted (GDPR restriction, field test 96; migration 0069).

A marked person stays in the visits and trainings they took part in and in the office's records,
but no bulk export writes them: contact exports (all, a search, a visit's or training's people: mail
merges), registration lists and name cards. The mark is a synced column of the contact, so every
office that imports the package leaves them out too. The marked are few: they are read through a
partial index into a set, and the exports drop them, whatever path (quick or not) they take.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from petdesk.connection import sqlite_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Contacts marked, walked in the partial index ``ix_contact_do_not_contact`` (in its order): the
#: contacts themselves are not read.
_MARKED_SQL = "SELECT id FROM contact WHERE do_not_contact = 1 ORDER BY id"


def marked(source: Session | sqlite3.Connection) -> set[str]:
    """Ids of the contacts marked "do not contact" (deleted ones too: they are never exported)."""
    return {row[0] for row in sqlite_of(source).execute(_MARKED_SQL)}


def marked_rowids(conn: sqlite3.Connection) -> set[int]:
    """Their rowids, for the quick export of all contacts, which walks rowids."""
    return {row[0] for row in conn.execute(_MARKED_SQL.replace("SELECT id", "SELECT rowid"))}


def left_out(source: Session | sqlite3.Connection, ids: Iterable[str]) -> list[str]:
    """``ids`` without the marked, in their order."""
    held = marked(source)
    return [i for i in ids if i not in held]


def set_mark(session: Session, contact_id: str, on: bool = True) -> bool:
    """Mark the person (or lift the mark); whether it changed. Recorded as an edit, so it travels."""
    from petdesk.services import contacts

    contact = contacts.get_contact(session, contact_id)
    if bool(contact.do_not_contact) == on:
        return False
    contacts.update_contact(session, contact_id, do_not_contact=on)
    return True
