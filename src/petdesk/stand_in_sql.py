"""SQL text that counts a value a newer petdesk stored as its stand-in (``enums.falls_back_to``),
for statements written by hand: here, without SQLAlchemy, for the lists read with plain SQL (the
command line's ``visits`` and ``followups`` start without it). ``services.newer_values`` has the
SQLAlchemy form."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence

from petdesk import enums


def sql_in_or_unknown(column: str, enum_cls: type[enum.StrEnum], values: Iterable[str]) -> str:
    """``column IN values``, a value this release does not know counted as its stand-in: when the
    stand-in is among ``values``, ``column NOT IN (the other known values)``. ``values`` are checked
    against the enum, so only its own values are written into the text."""
    wanted = sorted({str(getattr(v, "value", v)) for v in values})
    known = [v for v in wanted if enums.is_known(enum_cls, v)]
    if len(known) != len(wanted):
        raise ValueError(f"not a {enum_cls.__name__}: {sorted(set(wanted) - set(known))}")
    others = others_than(enum_cls, wanted)
    if others is None:
        return f"{column} IN ({_quoted(wanted)})"
    return f"{column} NOT IN ({_quoted(others)})" if others else f"{column} IS NOT NULL"


def others_than(enum_cls: type[enum.StrEnum], wanted: Sequence[str]) -> list[str] | None:
    """The known values not wanted, when the stand-in is wanted (None when it is not)."""
    if enums.fallback(enum_cls).value not in wanted:
        return None
    return [m.value for m in enum_cls if m.value not in wanted]


def _quoted(values: Sequence[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)
