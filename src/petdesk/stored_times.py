"""The stored form of UTC instants, and the ISO text packages and exports carry.

Every timestamp column holds integer microseconds since 1970-01-01T00:00Z (``0021_compact_times``).
Standard library only, so that read-only commands (clashes, duplicates) can convert times without
importing SQLAlchemy or the models; ``models.types`` re-exports these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import overload

#: The instant a stored time counts from.
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@overload
def stored_time(value: dt.datetime) -> int: ...
@overload
def stored_time(value: None) -> None: ...
@overload
def stored_time(value: dt.datetime | None) -> int | None: ...
def stored_time(value: dt.datetime | None) -> int | None:
    """What a timestamp column holds for ``value`` (microseconds since the Unix epoch, UTC): the
    one conversion for ORM and raw SQL alike.

    Raw SQL that binds or compares a timestamp column passes its values through this, so that the
    stored form can change in one place."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: petdesk stores aware datetimes only")
    # Integer arithmetic on the timedelta's parts: exact to the microsecond (a float timestamp is
    # not), and three times as fast as dividing it by a microsecond (a sync import converts
    # millions of times). Its days may be negative; its seconds and microseconds never are.
    delta = value - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


@overload
def read_stored_time(value: int | str) -> dt.datetime: ...
@overload
def read_stored_time(value: None) -> None: ...
@overload
def read_stored_time(value: int | str | None) -> dt.datetime | None: ...
def read_stored_time(value: int | str | None) -> dt.datetime | None:
    """The aware UTC datetime of a value read from a timestamp column (the inverse of ``stored_time``)."""
    if value is None:
        return None
    if isinstance(value, str):
        # A file written before 0021_compact_times, or a value taken from a package as is.
        return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
    return EPOCH + dt.timedelta(microseconds=value)


@overload
def wire_time(value: int | str) -> str: ...
@overload
def wire_time(value: None) -> None: ...
@overload
def wire_time(value: int | str | None) -> str | None: ...
def wire_time(value: int | str | None) -> str | None:
    """A stored time as packages and exports carry it: UTC ISO text with microseconds
    ("2026-11-29T08:30:00.000000+00:00"), the form every office's petdesk reads."""
    moment = read_stored_time(value)
    return None if moment is None else moment.isoformat(timespec="microseconds")


def wire_time_sql(column: str) -> str:
    """An SQL expression giving ``wire_time`` of an integer time column (NULL stays NULL), for
    queries that read many rows to send them: SQLite formats them twice as fast as Python.

    The sub-second part is taken modulo a second rounded down (SQLite's ``%`` keeps the sign of
    the dividend), so times before 1970 come out right too."""
    micros = f"(({column} % 1000000 + 1000000) % 1000000)"
    return (
        f"strftime('%Y-%m-%dT%H:%M:%S', ({column} - {micros}) / 1000000, 'unixepoch') "
        f"|| printf('.%06d+00:00', {micros})"
    )


@overload
def from_wire_time(value: str | int) -> int: ...
@overload
def from_wire_time(value: None) -> None: ...
@overload
def from_wire_time(value: str | int | None) -> int | None: ...
def from_wire_time(value: str | int | None) -> int | None:
    """The stored form of a time as a package carries it (ISO text with a zone); stored integers
    pass as they are."""
    if value is None or isinstance(value, int):
        return value
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(f"time without a zone: {value!r}")
    return stored_time(moment)


class NotAWireTime(ValueError):
    """A package's time that is not ISO text with a zone; ``value`` is the offending value."""

    def __init__(self, value: object) -> None:
        super().__init__(f"not a time with a zone: {value!r}")
        self.value = value


def from_wire_text(value: object) -> int:
    """:func:`from_wire_time` of a time a package must carry as ISO text with a zone: anything else
    raises ``NotAWireTime``, an integer too (``from_wire_time`` lets integers pass, as stored
    already, and ``True`` is one)."""
    if not isinstance(value, str):
        raise NotAWireTime(value)
    try:
        return from_wire_time(value)
    except ValueError:
        raise NotAWireTime(value) from None


def from_wire_times(texts: Iterable[str | None]) -> dict[str | None, int | None]:
    """``from_wire_time`` of each of ``texts`` (ISO text or None), as a mapping from each text to
    its stored form; raises ``NotAWireTime`` for the first that is not a time with a zone.

    ``stored_time``'s arithmetic written out in one loop: a first sync package of 100,000 contacts
    carries 777,000 different times, and the calls per time were a fifth of their cost."""
    parse, epoch = dt.datetime.fromisoformat, EPOCH
    stored: dict[str | None, int | None] = {}
    for text in texts:
        if text is None:
            stored[text] = None
            continue
        try:
            moment = parse(text)
        except (TypeError, ValueError):
            raise NotAWireTime(text) from None
        if moment.tzinfo is None:
            raise NotAWireTime(text)
        delta = moment - epoch
        stored[text] = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return stored
