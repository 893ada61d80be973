"""Which tables and columns travel between offices, and how a record's field versions are kept.

Every model with ``SyncedMixin`` is exchanged, so a feature that adds such a model gets sync for
free. ``id`` is the record's identity, not a field; columns that only make sense in one
installation (``office.is_self``) are listed in ``LOCAL_COLUMNS`` and never leave it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from petdesk.sync.hlc import Version

#: Columns that stay in their installation, with the value a record received from elsewhere gets.
LOCAL_COLUMNS: dict[str, dict[str, Any]] = {"office": {"is_self": 0}}
#: Fields that change with every edit and never make a conflict a person has to look at.
META_FIELDS = frozenset({"created_at", "updated_at"})


@dataclass(frozen=True)
class Entity:
    """One synchronised table."""

    name: str
    #: Exchanged columns, without ``id``.
    columns: tuple[str, ...]
    #: Local-only columns and the value they get on records that arrive from another office.
    local_defaults: dict[str, Any] = field(default_factory=dict)
    #: Defaults (as stored) for exchanged columns, for packages from an older schema.
    column_defaults: dict[str, Any] = field(default_factory=dict)
    #: Columns holding times: stored as integer microseconds, carried in packages as ISO text.
    time_columns: frozenset[str] = frozenset()


def _stored_default(column: Any) -> Any:
    default = column.default
    if default is None:
        return None
    value = default.arg(None) if default.is_callable else default.arg
    from sqlalchemy.dialects import sqlite

    processor = column.type.bind_processor(sqlite.dialect())
    return processor(value) if processor else value


@cache
def entities() -> tuple[Entity, ...]:
    """Synchronised tables, parents before children."""
    from sqlalchemy import Table

    from petdesk.models import Base, SyncedMixin
    from petdesk.models.types import UTCDateTime

    synced = {
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedMixin) and isinstance(mapper.local_table, Table)
    }
    result = []
    for table in Base.metadata.sorted_tables:
        if table.name not in synced:
            continue
        local = LOCAL_COLUMNS.get(table.name, {})
        cols = tuple(c.name for c in table.columns if c.name != "id" and c.name not in local)
        defaults = {}
        for c in table.columns:
            if c.name in cols:
                try:
                    defaults[c.name] = _stored_default(c)
                except Exception:  # a default that needs a context: none then
                    defaults[c.name] = None
        # plain str: SQLAlchemy's quoted_name costs sqlite3 an adaptation lookup per bound row
        times = frozenset(str(c.name) for c in table.columns if isinstance(c.type, UTCDateTime))
        result.append(Entity(str(table.name), tuple(map(str, cols)), dict(local), defaults, times))
    return tuple(result)


@cache
def by_name() -> dict[str, Entity]:
    return {e.name: e for e in entities()}


@dataclass
class RowVersions:
    """The versions of all fields of one record: a base plus the fields changed after it."""

    base: Version
    fields: dict[str, Version] = field(default_factory=dict)

    def of(self, name: str) -> Version:
        return self.fields.get(name, self.base)

    def max(self) -> Version:
        return max([self.base, *self.fields.values()])

    def all(self) -> list[Version]:
        return [self.base, *self.fields.values()]

    def set(self, name: str, version: Version) -> None:
        if version == self.base:
            self.fields.pop(name, None)
        else:
            self.fields[name] = version

    def compact(self, columns: tuple[str, ...]) -> None:
        """Fold field versions into the base when every field has the same one."""
        if self.fields and len(self.fields) == len(columns):
            values = set(self.fields.values())
            if len(values) == 1:
                self.base = values.pop()
                self.fields.clear()
