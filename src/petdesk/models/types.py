"""Column types shared by all models.

Times are stored as UTC ISO text so that files moved between offices compare and sort the same
everywhere; lists (tags, languages) are JSON text because they travel between offices as one field.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import json
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


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
    """A fresh stable identity for a row; the same everywhere the row travels."""
    repeat = _repeat.get()
    if repeat is None:
        return str(uuid.uuid4())
    if repeat.used == len(repeat.ids):
        repeat.ids.append(str(uuid.uuid4()))
    repeat.used += 1
    return repeat.ids[repeat.used - 1]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def stored_time(value: dt.datetime | None) -> str | None:
    """What a timestamp column holds for ``value``: the one conversion for ORM and raw SQL alike.

    Raw SQL that binds or compares a timestamp column passes its values through this, so that the
    stored form can change in one place."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: petdesk stores aware datetimes only")
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def read_stored_time(value: str | None) -> dt.datetime | None:
    """The aware UTC datetime of a value read from a timestamp column (the inverse of ``stored_time``)."""
    if value is None:
        return None
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware datetime stored as UTC text ("2026-11-29T08:30:00.000000+00:00" sorts correctly)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        return stored_time(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return read_stored_time(value)


class JSONList(TypeDecorator[list]):
    """A list of strings stored as compact JSON text; never NULL, empty list instead."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> str:
        return json.dumps(list(value or []), ensure_ascii=False, separators=(",", ":"))

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[Any]:
        return json.loads(value) if value else []
