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
LOCAL_COLUMNS: dict[str, dict[str, Any]] = {
    "office": {"is_self": 0},
    # the version of the calendar file this office imported the item from (0038): another office
    # that imports the same file keeps its own
    "itinerary_item": {"source_version": ""},
}
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
    #: Columns whose stored values are codes a reader needs in words (``sync.value_words``):
    #: "bool", "date", "list" (JSON text) or the name of an enum of ``petdesk.enums``.
    kinds: dict[str, str] = field(default_factory=dict)
    #: Columns naming another record: column -> the table it links to.
    links: dict[str, str] = field(default_factory=dict)


def _stored_default(column: Any) -> Any:
    default = column.default
    if default is None:
        return None
    value = default.arg(None) if default.is_callable else default.arg
    from sqlalchemy.dialects import sqlite

    processor = column.type.bind_processor(sqlite.dialect())
    return processor(value) if processor else value


def _kind(column_type: Any) -> str:
    """What a column's values are for a reader (``Entity.kinds``); "" for text and numbers."""
    from sqlalchemy import Boolean, Date, Enum

    from petdesk.models.types import JSONList

    if isinstance(column_type, Enum) and column_type.enum_class is not None:
        return column_type.enum_class.__name__
    if isinstance(column_type, Boolean):
        return "bool"
    if isinstance(column_type, Date):
        return "date"
    return "list" if isinstance(column_type, JSONList) else ""


def model_tables() -> tuple[dict[str, Any], ...]:
    """The synchronised tables as the models define them, parents before children: what
    ``petdesk.sync.schema`` holds written out (``python -m petdesk.sync.entities`` writes it)."""
    from sqlalchemy import Table

    from petdesk.models import Base, SyncedMixin
    from petdesk.models.types import UTCDateTime, utcnow

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
        cols = [str(c.name) for c in table.columns if c.name != "id" and c.name not in local]
        defaults: dict[str, Any] = {}
        made_at: list[str] = []
        for c in table.columns:
            if c.name not in cols:
                continue
            made = getattr(c.default, "arg", None)  # SQLAlchemy wraps a callable, keeping its name
            if callable(made) and getattr(made, "__name__", "") == utcnow.__name__:
                made_at.append(str(c.name))  # the moment the record is made: taken when read
                defaults[str(c.name)] = None
                continue
            try:
                defaults[str(c.name)] = _stored_default(c)
            except Exception:  # a default that needs a context: none then
                defaults[str(c.name)] = None
        times = [str(c.name) for c in table.columns if isinstance(c.type, UTCDateTime)]
        kinds = {str(c.name): kind for c in table.columns if c.name in cols and (kind := _kind(c.type))}
        links = {
            str(c.name): fk.column.table.name
            for c in table.columns
            if c.name in cols
            for fk in c.foreign_keys
        }
        result.append(
            {
                "name": str(table.name),
                "columns": tuple(cols),
                "local_defaults": dict(local),
                "column_defaults": defaults,
                "time_columns": tuple(times),
                "made_at": tuple(made_at),
                "kinds": kinds,
                "links": links,
            }
        )
    return tuple(result)


@cache
def entities() -> tuple[Entity, ...]:
    """Synchronised tables, parents before children, from ``petdesk.sync.schema``: the sync
    commands read it instead of loading SQLAlchemy and every model (0.6 s of each command).
    ``tests/core/sync/test_schema_written_out.py`` holds it equal to :func:`model_tables`."""
    from petdesk.stored_times import stored_time, utcnow
    from petdesk.sync.schema import TABLES

    now = stored_time(utcnow())
    return tuple(
        Entity(
            table["name"],
            table["columns"],
            dict(table["local_defaults"]),
            {**table["column_defaults"], **dict.fromkeys(table["made_at"], now)},
            frozenset(table["time_columns"]),
            dict(table["kinds"]),
            dict(table["links"]),
        )
        for table in TABLES
    )


def schema_module_text() -> str:
    """The text of ``petdesk/sync/schema.py`` for the models as they are."""
    import pprint

    body = pprint.pformat(model_tables(), width=108, sort_dicts=False, compact=True)
    return (
        '"""The synchronised tables, written out from the models by ``python -m petdesk.sync.entities``\n'
        "(run it after changing a synchronised model; a test says when it is due). The sync commands\n"
        'read this instead of loading SQLAlchemy and the models (see ``entities.entities``)."""\n\n'
        "from typing import Any\n\n"
        f"TABLES: tuple[dict[str, Any], ...] = {body}\n"
    )


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


if __name__ == "__main__":
    import subprocess
    import sys
    from pathlib import Path

    target = Path(__file__).with_name("schema.py")
    target.write_text(schema_module_text(), encoding="utf-8")
    # laid out as the rest of the code, where ruff is installed (a maintainer's checkout)
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(target)], check=False)
    print(f"written: {target}")
