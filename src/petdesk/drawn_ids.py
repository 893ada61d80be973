"""Ids drawn for new rows, and the same ids drawn again when an editor's draft runs again.

Standard library only (``models.types`` re-exports these), so that the sync commands draw ids
without loading SQLAlchemy and the models."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

from petdesk.ids import new_id as _fresh_id


class RepeatableIds:
    """The ids one piece of work drew, handed out again when the same work runs again.

    An editor that holds changes until Save runs them on a draft that is rolled back after each
    look, and once more when saving: with the same ids every time, a record the user added and
    then chose (a hotel, to assign a room in it) is still the same record when the changes run
    again."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.used = 0


_repeat: contextvars.ContextVar[RepeatableIds | None] = contextvars.ContextVar("petdesk_ids", default=None)


@contextlib.contextmanager
def repeatable_ids(ids: RepeatableIds) -> Iterator[None]:
    """New ids drawn inside come from ``ids`` in order (drawn fresh the first time)."""
    ids.used = 0
    token = _repeat.set(ids)
    try:
        yield
    finally:
        _repeat.reset(token)


def new_id() -> str:
    """A fresh stable identity for a row, the same everywhere the row travels: a UUID in the compact
    form of :mod:`petdesk.ids`."""
    repeat = _repeat.get()
    if repeat is None:
        return _fresh_id()
    if repeat.used == len(repeat.ids):
        repeat.ids.append(_fresh_id())
    repeat.used += 1
    return repeat.ids[repeat.used - 1]
