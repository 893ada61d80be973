"""Undo the last save of an editor: every field it changed goes back, every record it added goes.

An editor's save may touch several records (a person, their phone numbers, their position). The
change log (``sync_change``) already says what each save did, field by field, so undoing it needs
no copy of the form: the changes this office logged between two marks taken in the save's own
transaction are the save. Undoing writes new changes, which travel to other offices like any
edit; a record the save added is deleted (it can be restored from Deleted Records), not erased.

Refused, with the record named, when something changed one of those fields again after the save:
undoing then would silently throw that later change away. History can still put fields back one
at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from petdesk.models.sync import SyncChange

# History's own readers of the change log: a save is undone with the same conversions a revert uses.
from petdesk.services.history import (
    HistoryEntry,
    _attribute,
    _cursor,
    _decode,
    _entry,
    _in_words,
    _label,
    _model,
    _python_value,
    _restorable,
    _set_stored,
    value_words,
)
from petdesk.stored_times import utcnow
from petdesk.sync.hlc import ZERO
from petdesk.sync.tracking import self_office_id
from petdesk.sync.value_words import describe_record


class UndoSaveError(ValueError):
    """The save cannot be undone as a whole; the message names the record."""


@dataclass(frozen=True)
class SavedEdit:
    """The changes one save logged here: clock values after ``after`` up to ``until``."""

    office: str
    after: str
    until: str


def _newest(session: Session) -> tuple[str, str]:
    """This office's id and the newest clock value of its logged changes (``ZERO`` before any)."""
    office = self_office_id(_cursor(session))
    row = session.execute(
        text("SELECT hlc FROM sync_change WHERE office = :office ORDER BY hlc DESC LIMIT 1"),
        {"office": office},
    ).first()
    return office, row[0] if row else ZERO


def change_mark(session: Session) -> str:
    """The newest clock value of this office's logged changes (``ZERO`` before the first)."""
    return _newest(session)[1]


def saved_since(session: Session, after: str) -> SavedEdit | None:
    """The changes logged here since ``change_mark`` gave ``after`` (None when there are none)."""
    session.flush()
    office, until = _newest(session)
    return SavedEdit(office, after, until) if until > after else None


def saved_entries(
    session: Session, edit: SavedEdit, *, entity: str, locale: str = "en"
) -> list[HistoryEntry]:
    """What ``edit`` changed, field by field and oldest first, as history lines with their values
    in words in ``locale``; a row other than a record of ``entity`` (a visit's delegate, a
    contact's e-mail) labelled with what it is. A revert on the command line says so what it put
    back, from what to what."""
    cursor = _cursor(session)
    rows = session.scalars(
        select(SyncChange)
        .where(SyncChange.office == edit.office, SyncChange.hlc > edit.after, SyncChange.hlc <= edit.until)
        .order_by(SyncChange.hlc)
    )
    entries = [
        _entry(
            c,
            {},
            "" if c.entity == entity else describe_record(cursor, c.entity, c.row_id, locale, whole=False),
        )
        for c in rows
        if c.field
    ]
    return _in_words(entries, value_words(session, locale))


def _changes(session: Session, edit: SavedEdit) -> list[Any]:
    return list(
        session.execute(
            text(
                "SELECT entity, row_id, field, old_value, new_value FROM sync_change "
                "WHERE office = :office AND hlc > :after AND hlc <= :until ORDER BY hlc, rowid"
            ),
            {"office": edit.office, "after": edit.after, "until": edit.until},
        )
    )


def undo_saved_edit(session: Session, edit: SavedEdit, *, locale: str = "en") -> list[tuple[str, str]]:
    """Put back what the save changed; returns the records touched as (kind, id)."""
    first_old: dict[tuple[str, str, str], Any] = {}
    last_new: dict[tuple[str, str, str], Any] = {}
    created: list[tuple[str, str]] = []
    for entity, row_id, field, old, new in _changes(session, edit):
        if not field:
            created.append((entity, row_id))
            continue
        if field in ("created_at", "updated_at"):
            continue
        first_old.setdefault((entity, row_id, field), old)
        last_new[(entity, row_id, field)] = new
    records = list(dict.fromkeys([*created, *((e, r) for e, r, _f in first_old)]))
    objects = {key: session.get(_model(key[0]), key[1]) for key in records}
    dialect = session.get_bind().dialect
    for entity, row_id in created:  # a record the save added and someone changed since stays
        later = session.execute(
            text("SELECT 1 FROM sync_change WHERE entity = :e AND row_id = :r AND hlc > :until LIMIT 1"),
            {"e": entity, "r": row_id, "until": edit.until},
        ).first()
        if objects[(entity, row_id)] is None or later is not None:
            raise UndoSaveError(_changed_again(session, entity, row_id, locale))
    for (entity, row_id, field), new in last_new.items():
        obj = objects[(entity, row_id)]
        if obj is None:
            raise UndoSaveError(_changed_again(session, entity, row_id, locale))
        attribute, column = _attribute(obj, field)
        if getattr(obj, attribute) != _python_value(column, _decode(new), dialect):
            raise UndoSaveError(_changed_again(session, entity, row_id, locale))
    for (entity, row_id, field), old in first_old.items():
        _set_stored(session, objects[(entity, row_id)], field, _restorable(_decode(old)))
    now = utcnow()
    for key in created:
        obj = objects[key]
        if obj is not None and getattr(obj, "deleted_at", None) is None:
            obj.deleted_at = now
    for obj in objects.values():
        if obj is not None and hasattr(obj, "updated_at"):
            obj.updated_at = now
    session.flush()
    return records


def _changed_again(session: Session, entity: str, row_id: str, locale: str) -> str:
    from petdesk.i18n import translator

    _ = translator(locale)
    return _(
        "{record} was changed again after this save, so the save cannot be undone as a whole. "
        "Its History can put single fields back."
    ).format(record=_label(_cursor(session), entity, row_id, locale))


def deleted_now(session: Session, records: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Those of ``records`` (kind, id) that are deleted now: an undo deletes what its save added."""
    gone = set()
    for entity, row_id in records:
        obj = session.get(_model(entity), row_id)
        if obj is None or obj.deleted_at is not None:
            gone.add((entity, row_id))
    return gone
