"""Bookkeeping of the exchange of change packages between offices (never exchanged itself).

Field versions live in one row per synchronised record (``sync_row_version``): a base version
that every field has, plus a small JSON map of fields that were changed later (stored with short
codes for tables and offices, see ``sync.versions``). Most records are
created in one go and never edited field by field, so this keeps the bookkeeping to one row per
record instead of one row per field.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from petdesk.models.base import Base
from petdesk.models.types import new_id, utcnow


class SyncRowVersion(Base):
    """The version (hybrid logical clock, office) of every field of one synchronised record.

    One row per record that ever travelled, so stored compactly (``sync.versions`` converts):
    entity and offices as codes, clock values as integers (``sync.hlc.to_int``), no rowid."""

    __tablename__ = "sync_row_version"
    __table_args__ = ({"sqlite_with_rowid": False},)

    #: Code of the record's table (``sync_entity``).
    entity: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: Version every field has unless ``fields`` names a newer one (clock value, office code).
    base_hlc: Mapped[int] = mapped_column(Integer)
    base_office: Mapped[int] = mapped_column(Integer)
    #: JSON ``{"field": [clock value, office code]}`` of fields changed after the base version, or NULL.
    fields: Mapped[str | None] = mapped_column(Text, default=None)
    #: Newest clock value among all fields, to skip unchanged records without reading ``fields``.
    #: Not indexed: an index of it would repeat the whole key (45% of the table's size), and an
    #: incremental export reads every synchronised table anyway (``adopt_untracked``).
    max_hlc: Mapped[int] = mapped_column(Integer)


class SyncEntity(Base):
    """The short codes the version table gives the synchronised tables' names."""

    __tablename__ = "sync_entity"

    code: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)


class SyncOffice(Base):
    """The short codes the version table gives office ids (every office that wrote a version)."""

    __tablename__ = "sync_office"

    code: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[str] = mapped_column(String(36), unique=True)


class SyncState(Base):
    """Local key/value state of the sync engine (the persistent hybrid logical clock)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SyncKnowledge(Base):
    """This office's version vector: for each origin office, the clock value up to which every
    change made there is reflected here (directly or overwritten by a later change)."""

    __tablename__ = "sync_knowledge"

    origin_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(24))


class SyncPeer(Base):
    """What another office has acknowledged (its version vector, as last received from it)."""

    __tablename__ = "sync_peer"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: JSON ``{"origin office id": "hlc"}``.
    acked: Mapped[str] = mapped_column(Text, default="{}")
    last_import_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    last_export_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    #: JSON list: the schema revisions its last package named ("[]": none read since 0048), so
    #: that an export can say when it cannot read what this office writes now.
    schema: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class SyncRetiredOffice(Base):
    """An office taken out of service (a laptop wiped and set up again as a new office, say): its
    packages are refused and none are written for it. The decision travels in every package's
    manifest (``sync.retirement``), so that every office stops expecting the old one."""

    __tablename__ = "sync_retired_office"

    office_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: When it was retired; NULL once it was returned to service (the row stays, so that an older
    #: retirement arriving later does not win over the return).
    retired_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    #: The decision's version: clock value and the office where it was made; the later one wins.
    hlc: Mapped[str] = mapped_column(String(24))
    decided_by: Mapped[str] = mapped_column(String(36))


class SyncConflict(Base):
    """A value that lost against a concurrent change of the same field (or an edit of a deleted
    record), kept so that a person can look at it and choose it instead."""

    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("entity", "row_id", "field", "loser_hlc", "loser_office"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(64))
    # looked up by (entity, row_id): the unique key's index serves it (migration 0024)
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    #: "field" (two values of one field) or "delete_edit" (a record deleted in one office and
    #: edited in another; the record stays deleted with the edit kept inside it).
    kind: Mapped[str] = mapped_column(String(16), default="field")
    #: Values as stored in the database, JSON-encoded; times as packages carry them (ISO text).
    winner_value: Mapped[str | None] = mapped_column(Text, default=None)
    winner_hlc: Mapped[str] = mapped_column(String(24))
    winner_office: Mapped[str] = mapped_column(String(36))
    loser_value: Mapped[str | None] = mapped_column(Text, default=None)
    loser_hlc: Mapped[str] = mapped_column(String(24))
    loser_office: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: The exchange (journal entry) that brought the conflict to light.
    exchange_id: Mapped[str | None] = mapped_column(String(36), default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None, index=True)
    #: "kept" (winner confirmed), "chose_other" (loser made a new change), "superseded" (a later
    #: change replaced both), "edited" (changed here by hand).
    resolution: Mapped[str] = mapped_column(String(16), default="")


class SyncLostEdit(Base):
    """A field value that lost against a concurrent edit, as whichever office saw the two meet
    found it: kept, and passed on in the manifests of packages, so that the office that wrote the
    losing value hears of it even when the winning value reaches it through an office that had seen
    both (see :mod:`petdesk.sync.lost_edits`). Ids and versions only; the values stay in the
    records and their history."""

    __tablename__ = "sync_lost_edit"
    __table_args__ = ({"sqlite_with_rowid": False},)

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: The losing value's version (clock value, office that wrote it).
    loser_hlc: Mapped[str] = mapped_column(String(24), primary_key=True)
    loser_office: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: The version that won: a package carries the fact to an office that lacks it.
    winner_hlc: Mapped[str] = mapped_column(String(24))
    winner_office: Mapped[str] = mapped_column(String(36))


class SyncExchange(Base):
    """The exchange journal: every package written or imported, from or to whom, and when."""

    __tablename__ = "sync_exchange"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: "export" or "import".
    direction: Mapped[str] = mapped_column(String(8))
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    #: The other office (recipient of an export, sender of an import); NULL for ``--all``.
    peer_office_id: Mapped[str | None] = mapped_column(String(36), default=None)
    peer_name: Mapped[str] = mapped_column(String(200), default="")
    file_name: Mapped[str] = mapped_column(Text, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    file_size: Mapped[int] = mapped_column(Integer, default=0)
    #: Clock range of the changes carried ("" when empty).
    hlc_from: Mapped[str] = mapped_column(String(24), default="")
    hlc_to: Mapped[str] = mapped_column(String(24), default="")
    #: JSON ``{"contact": {"added": 3, "updated": 1, "deleted": 0, "conflicts": 0}, ...}``.
    counts: Mapped[str] = mapped_column(Text, default="{}")
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    backup_path: Mapped[str] = mapped_column(Text, default="")


class SyncChange(Base):
    """The change log: one row per field changed (or record created) here or at another office.

    Written by the same change capture that stamps ``sync_row_version`` and carried in packages
    with the versions, so every office sees who changed what, from what, when and where: the one
    source of a record's history. A created record has one row with ``field`` empty and no values
    (its first values are the old values of its later changes, or its current ones).
    """

    __tablename__ = "sync_change"
    __table_args__ = (Index("ix_sync_change_entity_row_id", "entity", "row_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    #: Column name, or "" for the creation of the record.
    field: Mapped[str] = mapped_column(String(64), default="")
    #: Values as stored in the database, JSON-encoded (NULL for a creation); times as packages
    #: carry them (ISO text, ``models.types.wire_time``), so that the log travels as it is.
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)
    #: The change's version: clock value and office (as in ``sync_row_version``).
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    office: Mapped[str] = mapped_column(String(36))
    #: Staff member who made the change (the ``staff.name`` setting, else the system user name).
    staff: Mapped[str] = mapped_column(String(200), default="")
    #: When the change was made, for people (the clock value orders changes).
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SyncErasure(Base):
    """A record erased for data protection (not a tombstone: nothing of it is kept). The marker
    travels in every package so that each office erases the record too and never takes it back."""

    __tablename__ = "sync_erasure"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(24))
    office: Mapped[str] = mapped_column(String(36))
    #: When the record was erased (backups older than this still hold the record).
    erased_at: Mapped[dt.datetime] = mapped_column()
    #: The erased person's record ("contact", id) the marker belongs to.
    person_id: Mapped[str] = mapped_column(String(36), default="")
