"""Values a newer petdesk stored in an enum column that this release does not know.

The ORM reads such a value as the enum's fallback member (``models.base.TolerantEnum``); these
helpers read what the file really holds, so that an editor can say so and a merge undo can write
it back as it was. Only attributes not changed in the session are read from the file: a pending
edit is the user's choice and wins.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, String, inspect, select, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.sql.sqltypes import Enum as SAEnum

from petdesk import enums
from petdesk.stand_in_sql import others_than as _others
from petdesk.stand_in_sql import sql_in_or_unknown as sql_in_or_unknown


def is_or_unknown(column: Any, member: enum.StrEnum) -> ColumnElement[bool]:
    """``column = member``, counting a value this release does not know as its stand-in: a filter
    on the fallback member (an open follow-up, a present mark) must not hide a newer petdesk's
    rows, which every list and count reads as that member. Only the fallback gains rows."""
    return in_or_unknown(column, [member])


def in_or_unknown(column: Any, values: Iterable[str]) -> ColumnElement[bool]:
    """``column IN values`` (an enum column: members or their values), with a value this release
    does not know counted as its stand-in.

    When the stand-in is among ``values`` this is ``column NOT IN (the other known values)``: the
    same as ``column IN values OR column NOT IN (every known value)``, in one test."""
    enum_cls = cast(type[enum.StrEnum], column.type.enum_class)
    wanted = sorted({str(getattr(v, "value", v)) for v in values})
    others = _others(enum_cls, wanted)
    # as text: the enum type binds members only; the values are the enum's own anyway
    if others is None:
        return cast(ColumnElement[bool], type_coerce(column, String).in_(wanted))
    return cast(ColumnElement[bool], type_coerce(column, String).not_in(others))


def _enum_columns(obj: Any) -> dict[str, Any]:
    """Attribute key -> column, for the enum columns of ``obj``'s mapped class."""
    return {
        attr.key: attr.columns[0]
        for attr in inspect(obj).mapper.column_attrs
        if isinstance(attr.columns[0].type, SAEnum) and attr.columns[0].type.enum_class is not None
    }


def unknown_values(session: Session, obj: Any) -> dict[str, str]:
    """Attribute key -> stored text, for each enum field of ``obj`` whose stored value this release
    does not know (read as its fallback member). Empty for a row not yet in the file."""
    return unknown_values_of(session, [obj])[0]


def unknown_values_of(session: Session, objs: Sequence[Any]) -> list[dict[str, str]]:
    """``unknown_values`` of each of ``objs`` (rows of one mapped class), in one query: a training's
    participants are mostly attendees, the fallback, and each would otherwise cost a query."""
    found: list[dict[str, str]] = [{} for _ in objs]
    wanted: dict[str, tuple[int, dict[str, tuple[Any, type[enum.StrEnum]]]]] = {}
    for n, obj in enumerate(objs):
        state = inspect(obj)
        if state.identity is None:
            continue
        candidates = {}
        for key, column in _enum_columns(obj).items():
            enum_cls = cast(type[enum.StrEnum], column.type.enum_class)
            if not state.attrs[key].history.has_changes() and getattr(obj, key) is enums.fallback(enum_cls):
                candidates[key] = (column, enum_cls)
        if candidates:
            wanted[state.identity[0]] = (n, candidates)
    if not wanted:
        return found
    table = inspect(objs[0]).mapper.local_table
    keys = sorted({key for _, candidates in wanted.values() for key in candidates})
    columns = {key: next(c[key][0] for _, c in wanted.values() if key in c) for key in keys}
    ids = list(wanted)
    for start in range(0, len(ids), 500):  # within SQLite's bound-parameter limit
        rows = session.execute(
            select(table.c.id, *(type_coerce(columns[key], String) for key in keys)).where(
                table.c.id.in_(ids[start : start + 500])
            )
        )
        for row_id, *raws in rows:
            n, candidates = wanted[row_id]
            found[n] = {
                key: raw
                for key, raw in zip(keys, raws, strict=True)
                if key in candidates and raw is not None and not enums.is_known(candidates[key][1], raw)
            }
    return found


def write_stored(session: Session, obj: Any, key: str, raw: str) -> None:
    """Write ``raw`` (a value this release may not know) into ``obj``'s enum field as it is.

    The ORM cannot bind an unknown member, so the attribute is set to the fallback (what reading
    the row gives anyway), flushed, and the text written over it with plain SQL."""
    column = _enum_columns(obj)[key]
    enum_cls = cast(type[enum.StrEnum], column.type.enum_class)
    setattr(obj, key, enums.stored(enum_cls, raw))
    if enums.is_known(enum_cls, raw):
        return
    session.flush()
    state = inspect(obj)
    table = state.mapper.local_table
    session.execute(
        update(table).where(table.c.id == state.identity[0]).values({column.name: type_coerce(raw, String)})
    )


def choose(obj: Any, key: str, value: enum.StrEnum) -> None:
    """Set ``obj``'s enum field to ``value``, the user's choice, and write it even when it is the
    fallback a newer petdesk's stored value is read as: the ORM sees no change in setting the member
    the field already reads as, and would keep the stored value the user chose to replace."""
    setattr(obj, key, value)
    flag_modified(obj, key)


def stored_text(session: Session, obj: Any, key: str) -> str:
    """The value of ``obj``'s enum field ``key`` as the file holds it: a newer petdesk's value as
    stored, else the member's value (for output that gives the data's own values: ``--json``)."""
    raw = unknown_values(session, obj).get(key)
    if raw is not None:
        return raw
    value = getattr(obj, key)
    return str(getattr(value, "value", value))


def stored_texts(session: Session, objs: Sequence[Any], key: str) -> list[str]:
    """:func:`stored_text` of each of ``objs`` (rows of one mapped class) in one query: a
    delegation's roles are mostly "delegate", an itinerary's kinds "meeting", the fallbacks."""
    newer = unknown_values_of(session, objs)
    return [
        found.get(key) or str(getattr(getattr(obj, key), "value", getattr(obj, key)))
        for obj, found in zip(objs, newer, strict=True)
    ]
