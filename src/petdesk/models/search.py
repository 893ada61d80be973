"""The search and list index of organisations and contacts (owned by the contacts workspace).

One row per live organisation or contact, holding what the lists show (names in both scripts,
e-mail, phone; a person's organisation through its entry) and precomputed sort keys for each
interface language, so that the lists filter, sort and page in SQL. The full-text index
``search_fts`` (an FTS5 trigram table kept in sync with ``search_entry.text`` by triggers, without
positions since ``0020_search_slim``) and the short-query table ``search_gram`` hang off it. Row ids
below ``services.search.TAIL_BASE`` are in (kind, English sort key) order, as the rebuild numbers
them; entries indexed one by one later are numbered from there on.
Rows are derived data: ``petdesk.services.search.rebuild_search_index`` can always recreate them.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from petdesk.models.base import Base

#: Tables created by the migration outside the ORM metadata (the FTS5 table and its shadow tables);
#: schema comparisons skip them.
FTS_TABLES = frozenset(
    {
        "search_fts",
        "search_fts_data",
        "search_fts_idx",
        "search_fts_docsize",
        "search_fts_config",
        "search_fts_content",
    }
)


class SearchEntry(Base):
    __tablename__ = "search_entry"

    #: Integer row id: the FTS5 index refers to it (UUIDs cannot be FTS rowids); name order below
    #: ``TAIL_BASE`` (see the module docstring).
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entity_id: Mapped[str] = mapped_column(String(36), unique=True)
    #: "contact" or "organisation".
    kind: Mapped[str] = mapped_column(String(16))
    #: For contacts, the row id of the entry of the organisation of the current primary affiliation:
    #: its names and sort keys are read from there (migration ``0022_search_compact``: copies of them
    #: in every person's row, with two indexes, took 55 MB at 100,000 contacts).
    org_id: Mapped[int | None] = mapped_column(Integer, index=True)
    name_en: Mapped[str] = mapped_column(String(300), default="")
    name_zh: Mapped[str] = mapped_column(String(300), default="")
    position_en: Mapped[str] = mapped_column(String(200), default="")
    position_zh: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(300), default="")
    city_en: Mapped[str] = mapped_column(String(100), default="")
    city_zh: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    #: Tags joined by ", " for display.
    tags: Mapped[str] = mapped_column(Text, default="")
    #: As stored in the entity (``models.types.stored_time``: microseconds since 1970, UTC).
    updated_at: Mapped[int] = mapped_column(Integer, default=0)
    sort_en: Mapped[str] = mapped_column(String(400), default="")
    sort_zh: Mapped[str] = mapped_column(String(400), default="")
    #: Folded searchable text (names in both scripts, pinyin with and without spaces, e-mails,
    #: phone digits, tags); what ``search_fts`` indexes.
    text: Mapped[str] = mapped_column(Text, default="")
    #: This entry's keys in ``search_gram``, space-separated, so they can be deleted by primary key.
    grams: Mapped[str] = mapped_column(Text, default="")
    #: The entry's place in Chinese (pinyin) name order among the entries of its kind, numbered by
    #: the rebuild; ``services.search.TAIL_BASE`` for entries indexed one by one since.
    rank_zh: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (
        Index("ix_search_entry_kind_sort_en", "kind", "sort_en"),
        Index("ix_search_entry_kind_sort_zh", "kind", "sort_zh"),
        Index("ix_search_entry_kind_updated_at", "kind", "updated_at"),
    )


class SearchGram(Base):
    """One- and two-character keys of an entry (Chinese characters and character pairs, first
    letters of words, initials), for the queries too short for the trigram index. Keyed (gram,
    is_org, entry_id): below ``TAIL_BASE`` entry ids are in English name order, so a one- or
    two-character query reads its first page in that order off the primary key however many entries
    share the key (张); ``rank_zh`` (the entry's place in pinyin order) lets the same rows give the
    first page in Chinese order through a bounded sort, without a second table."""

    __tablename__ = "search_gram"

    gram: Mapped[str] = mapped_column(String(8), primary_key=True)
    #: 1 for organisations, 0 for contacts.
    is_org: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: ``search_entry.id`` (no foreign key: the index is rebuilt in bulk, and an entry's keys are
    #: deleted by primary key from ``search_entry.grams``).
    entry_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rank_zh: Mapped[int] = mapped_column(Integer)

    __table_args__ = ({"sqlite_with_rowid": False},)


class SearchDirty(Base):
    """Entities whose index rows are stale; appended to by triggers on the source tables (an
    append is the cheapest thing a trigger can do during bulk inserts), worked off and emptied by
    ``petdesk.services.search.refresh_search_index``. An entity may appear several times."""

    __tablename__ = "search_dirty"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))


class LastTouch(Base):
    """When a person last edited a contact or organisation (or one of its phone numbers, e-mails or
    positions), for the "Untouched for N years" filter: derived from the change log by
    ``petdesk.sync.touches`` (a restore, an undo, a re-index or a bulk tag is no touch), so that the
    filter is a range of ``(kind, at)`` instead of a pass over the log (1.1-1.5 s CPU at 100,000
    contacts with a full log). Only records with a log of their own or a part edited have a row: for
    the others (written in bulk, before the log) their search entry's ``updated_at`` counts."""

    __tablename__ = "last_touch"

    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: "contact" or "organisation".
    kind: Mapped[str] = mapped_column(String(16))
    #: Stored time of the last real edit; 0 when the log holds only housekeeping for the record.
    at: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_last_touch_kind_at", "kind", "at"), {"sqlite_with_rowid": False})


class TouchDirty(Base):
    """Change log rows' records whose ``last_touch`` is to be worked out again; appended to by
    triggers on ``sync_change`` (every way of writing the log, a sync import's rows included) and
    worked off with the search index's queue (``petdesk.sync.touches.settle``)."""

    __tablename__ = "touch_dirty"
    __table_args__ = ({"sqlite_with_rowid": False},)

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class CatalogueSearch(Base):
    """Search keys of technologies and city needs (folded text in both scripts, pinyin, initials,
    German spellings of umlauts), so the catalogue is searched in SQL rather than by working out
    pinyin for every row on every query (field test 26, defect 8). ``stamp`` is the record's and
    its organisation's ``updated_at`` (and the key version): a key whose stamp differs is stale and
    is worked out again by ``petdesk.services.catalogue_search``."""

    __tablename__ = "catalogue_search"

    #: "technology" or "need".
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    stamp: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = ({"sqlite_with_rowid": False},)


class CatalogueDirty(Base):
    """Technologies and city needs whose ``catalogue_search`` key is stale; appended to by triggers
    on the tables the keys are made from (migration 0040), worked off and emptied at each commit by
    ``petdesk.services.catalogue_search.refresh_marked``. A record may appear several times."""

    __tablename__ = "catalogue_dirty"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: "technology" or "need".
    kind: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[str] = mapped_column(String(36))
