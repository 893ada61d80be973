"""Records of merged duplicates (so a merge can be undone) and pairs a person said are not duplicates."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from petdesk.models.base import Base, SyncedMixin
from petdesk.models.types import utcnow


class JSONDict(TypeDecorator[dict]):
    """A JSON object stored as text; an empty object rather than NULL."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Dialect) -> str:
        return json.dumps(value or {}, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    def process_result_value(self, value: str | None, dialect: Dialect) -> dict[str, Any]:
        return json.loads(value) if value else {}


class MergeRecord(SyncedMixin, Base):
    """One merge of two contacts or two organisations.

    ``payload`` keeps everything needed to undo it: both records' fields before the merge, the kept
    record's fields after it, and every link row that was moved or retired (table, row id, column,
    old value). Ids are plain strings, not foreign keys, because the record names rows of two tables.
    """

    __tablename__ = "merge_record"

    #: "contact" or "organisation".
    entity: Mapped[str] = mapped_column(String(24))
    kept_id: Mapped[str] = mapped_column(String(36), index=True)
    merged_id: Mapped[str] = mapped_column(String(36), index=True)
    merged_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: Set when the merge was undone; an undone merge cannot be undone twice.
    undone_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    #: Staff member who merged (free text, as in the activity log).
    author: Mapped[str] = mapped_column(String(200), default="")
    #: One readable line, e.g. "张伟 ← Zhang Wei: 3 links moved".
    summary: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSONDict(), default=dict)


class DuplicateDismissal(SyncedMixin, Base):
    """Two records a person looked at and declared distinct, so they are not proposed again."""

    __tablename__ = "duplicate_dismissal"

    entity: Mapped[str] = mapped_column(String(24))
    #: The two ids in sorted order, so a pair is stored one way only.
    first_id: Mapped[str] = mapped_column(String(36), index=True)
    second_id: Mapped[str] = mapped_column(String(36), index=True)
