"""Soft deletion of records a list page deletes and its Undo restores: the row stays, marked."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.models.base import SyncedMixin
from petdesk.models.types import utcnow


def set_deleted(
    session: Session, model: type[SyncedMixin], ids: Iterable[str], *, deleted: bool
) -> list[str]:
    """Mark the records of ``ids`` deleted (or no longer deleted); the ids changed, in the order
    given. Their links stay, so a restore brings them back whole; ``updated_at`` moves, so the
    change travels to other offices."""
    wanted, now = list(dict.fromkeys(ids)), utcnow()
    column = model.deleted_at
    state = column.is_(None) if deleted else column.is_not(None)
    rows = {r.id: r for r in session.scalars(select(model).where(model.id.in_(wanted), state))}
    for row in rows.values():
        row.deleted_at = now if deleted else None
        row.updated_at = now
    session.flush()
    return [i for i in wanted if i in rows]
