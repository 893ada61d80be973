"""Declarative base and the columns every synchronised row carries.

Every row has a UUID identity (rows travel between offices by file, so integer keys would clash),
UTC creation and update times, and a soft-delete time: a deleted row stays as a tombstone so that
the deletion itself can travel to other offices.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import Any, ClassVar, cast

from sqlalchemy import Enum, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from petdesk.enums import fallback
from petdesk.models.types import JSONList, UTCDateTime, new_id, utcnow, wire_time

#: Constraint names are fixed so that migrations in SQLite batch mode can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime(), list[str]: JSONList()}


class TolerantEnum(Enum):
    """An ``Enum`` that reads a value this release does not know as the enum's fallback member
    (``enums.falls_back_to``) instead of raising ``LookupError``, so a row a newer office wrote
    still opens. The stored value stays in the file: the ORM writes only the attributes that
    changed, and sync packages are built from the stored rows with plain SQL."""

    cache_ok = True

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        strict = super().result_processor(dialect, coltype)
        enum_cls = self.enum_class

        def process(value: Any) -> Any:
            try:
                return strict(value)
            except LookupError:
                if enum_cls is None:
                    raise
                return fallback(cast(type[enum.StrEnum], enum_cls))

        return process


def enum_column(enum_cls: type[enum.StrEnum], **kwargs: Any) -> Any:
    """A VARCHAR column holding the enum's values (not names), without a CHECK constraint,
    so that a newer office's new value does not break an older office's file."""
    fallback(enum_cls)  # every enum stored names its fallback (KeyError at import otherwise)
    return mapped_column(
        TolerantEnum(
            enum_cls,
            native_enum=False,
            create_constraint=False,
            length=24,
            values_callable=lambda e: [m.value for m in e],
            validate_strings=True,
        ),
        **kwargs,
    )


class SyncedMixin:
    """Identity, timestamps and tombstone of a row that is exchanged between offices."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def soft_delete(self) -> None:
        self.deleted_at = utcnow()


@functools.cache
def time_columns(table: str) -> frozenset[str]:
    """The columns of ``table`` that hold times (``UTCDateTime``: integer microseconds), for raw
    SQL that reads whole rows and shows or sends them as text (``types.wire_time``)."""
    import petdesk.models  # noqa: F401  (every model's table registered before the answer is cached)

    found = Base.metadata.tables.get(table)
    if found is None:
        return frozenset()
    return frozenset(str(c.name) for c in found.columns if isinstance(c.type, UTCDateTime))


def with_wire_times(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` (a stored row as a dict) with its times as UTC ISO text."""
    times = time_columns(table)
    return {k: wire_time(v) if k in times else v for k, v in row.items()}
