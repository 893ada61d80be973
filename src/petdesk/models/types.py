"""Column types shared by all models.

Times are stored as integer microseconds since 1970-01-01T00:00Z (UTC): 8 bytes or fewer instead
of 32 characters of ISO text, and they compare and sort the same in every office's file. Packages
between offices carry them as ISO text (``wire_time`` / ``from_wire_time``). Lists (tags,
languages) are JSON text because they travel between offices as one field.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Integer, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from petdesk.ids import new_id as _fresh_id

# The conversions live without SQLAlchemy in ``petdesk.stored_times``; re-exported for the models' users.
from petdesk.stored_times import (
    EPOCH,
    from_wire_time,
    read_stored_time,
    stored_time,
    wire_time,
    wire_time_sql,
)

__all__ = [
    "EPOCH",
    "JSONList",
    "RepeatableIds",
    "UTCDateTime",
    "from_wire_time",
    "new_id",
    "read_stored_time",
    "repeatable_ids",
    "stored_time",
    "utcnow",
    "wire_time",
    "wire_time_sql",
]


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


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware datetime stored as integer microseconds since the Unix epoch (UTC)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> int | None:
        return stored_time(value)

    def process_result_value(self, value: int | None, dialect: Dialect) -> dt.datetime | None:
        return read_stored_time(value)


class JSONList(TypeDecorator[list]):
    """A list of strings stored as compact JSON text; never NULL, empty list instead."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> str:
        return json.dumps(list(value or []), ensure_ascii=False, separators=(",", ":"))

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[Any]:
        return json.loads(value) if value else []
