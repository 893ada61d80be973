"""Column types shared by all models.

Times are stored as integer microseconds since 1970-01-01T00:00Z (UTC): 8 bytes or fewer instead
of 32 characters of ISO text, and they compare and sort the same in every office's file. Packages
between offices carry them as ISO text (``wire_time`` / ``from_wire_time``). Lists (tags,
languages) are JSON text because they travel between offices as one field.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Integer, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

# Ids and the conversions of times live without SQLAlchemy in ``petdesk.drawn_ids`` and
# ``petdesk.stored_times``; re-exported for the models' users.
from petdesk.drawn_ids import RepeatableIds, new_id, repeatable_ids
from petdesk.stored_times import (
    EPOCH,
    from_wire_time,
    read_stored_time,
    stored_time,
    utcnow,
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
