"""Export contacts as vCard 4.0 (with pinyin so phones sort Chinese names), CSV and Excel.

The CSV/XLSX columns carry the same headers the importer recognises, and the vCard carries the
petdesk id as UID, so a file exported here imports back into petdesk without creating duplicates.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import io
import json
import queue
import re
import sqlite3
import threading
from array import array
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Literal, TextIO, TypeVar

from petdesk import hangul, outfile
from petdesk.connection import session_sqlite, sqlite_of
from petdesk.enums import ChannelLabel, ContactChannel, NameOrder
from petdesk.gcpause import paused_gc
from petdesk.ids import uuid_text
from petdesk.language import N_
from petdesk.phone_dialling import international_form, numbers_country
from petdesk.quoting import quoted
from petdesk.services import names, names_indic, vcard
from petdesk.services.matching import chinese_name_pinyin
from petdesk.services.names_by_script import has_native_script, language_of
from petdesk.stored_times import read_stored_time
from petdesk.textsafety import FORMULA_START, has_control, strip_control

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.engine import Dialect
    from sqlalchemy.orm import Session

    from petdesk import models as m

# SQLAlchemy and the models are imported where the contacts are read through them: the export of
# the whole file reads plain SQL on a plain connection, and importing them took a tenth of it.

Format = Literal["vcf", "csv", "xlsx"]
_T = TypeVar("_T")

_CHUNK = 900


@dataclass(slots=True)
class MethodView:
    channel: ContactChannel
    label: ChannelLabel
    value: str
    deleted_at: dt.datetime | None = None


@dataclass(slots=True)
class OrganisationView:
    name_en: str
    name_zh: str
    #: Its country's code: the country of its people's numbers typed without a code.
    country: str = ""


@dataclass(slots=True)
class AffiliationView:
    organisation: OrganisationView
    position_en: str
    position_zh: str
    department_en: str
    department_zh: str
    start_date: dt.date | None
    end_date: dt.date | None
    is_primary: bool
    deleted_at: dt.datetime | None = None


#: Contact columns an export writes (``ContactView`` has the same attribute names as ``Contact``).
_CONTACT_COLUMNS = (
    "id",
    "family_name",
    "given_name",
    "name_order",
    "family_name_zh",
    "given_name_zh",
    "honorific_en",
    "honorific_zh",
    "gender",
    "languages",
    "dietary_needs",
    "accessibility_needs",
    "emergency_contact",
    "notes",
    "tags",
    "updated_at",
    *(
        "middle_name",
        "name_suffix",
        "nickname",
        "phonetic_family_name",
        "phonetic_given_name",
        "native_name_language",
        "birthday",
        "anniversary",
        "addresses",
        "websites",
        "related_names",
        "other_handles",
        "photo",
        "name_hanja",
        "nationality",
        "passport_number",
        "passport_expiry",
        "visa_note",
    ),
)


@dataclass(slots=True)
class ContactView:
    """A read-only contact for exporting: the same attributes as ``models.Contact`` (so the writers
    take either), loaded with plain SQL because building 500,000 ORM objects for a 100,000-contact
    export takes minutes."""

    id: str
    family_name: str
    given_name: str
    name_order: NameOrder
    family_name_zh: str
    given_name_zh: str
    honorific_en: str
    honorific_zh: str
    gender: str
    languages: list[str]
    dietary_needs: str
    accessibility_needs: str
    emergency_contact: str
    notes: str
    tags: list[str]
    updated_at: dt.datetime | None
    middle_name: str = ""
    name_suffix: str = ""
    nickname: str = ""
    phonetic_family_name: str = ""
    phonetic_given_name: str = ""
    native_name_language: str = ""
    birthday: str = ""
    anniversary: str = ""
    addresses: list[dict[str, str]] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    related_names: list[dict[str, str]] = field(default_factory=list)
    other_handles: list[dict[str, str]] = field(default_factory=list)
    photo: str = ""
    name_hanja: str = ""
    nationality: str = ""
    passport_number: str = ""
    passport_expiry: str = ""
    visa_note: str = ""
    methods: list[MethodView] = field(default_factory=list)
    affiliations: list[AffiliationView] = field(default_factory=list)

    @property
    def name_zh(self) -> str:
        return _zh_name(self.family_name_zh, self.given_name_zh)

    @property
    def name_latin(self) -> str:
        parts = (
            (self.family_name, self.given_name)
            if self.name_order == NameOrder.FAMILY_FIRST
            else (self.given_name, self.family_name)
        )
        return " ".join(p for p in parts if p)

    def current_affiliation(self) -> AffiliationView | None:
        current = [a for a in self.affiliations if a.end_date is None]
        current.sort(key=lambda a: (not a.is_primary, a.start_date or dt.date.min))
        return current[0] if current else None


#: Values a :class:`_Decoded` remembers before it starts afresh: addresses, handles and websites are
#: mostly distinct, and 10,000 of each decoded held some 10 MB during a vCard export of 100,000
#: contacts, kept in the window afterwards as freed memory it could not give back (issue 17).
_DECODED_MAX = 1_000


class _Decoded(dict[Any, Any]):
    """Stored value -> decoded value for one column, remembered: the same few values
    ("family_first", "[]", "email") repeat on every row, and decoding them anew for a
    100,000-contact export costs more than the rest of the reading. A lookup is one dict access."""

    def __init__(self, process: Callable[[Any], Any]) -> None:
        super().__init__()
        self.process = process

    def __missing__(self, value: Any) -> Any:
        if len(self) >= _DECODED_MAX:  # many distinct values (tags, addresses): keep memory bounded
            self.clear()
        result = self[value] = self.process(value)
        return result


def _decoders(session: Session | Dialect, columns: Sequence[Any]) -> list[tuple[int, Callable[[Any], Any]]]:
    """(index, decode) for the columns whose stored value needs decoding: enums and JSON lists
    through a remembered lookup, others (timestamps) through their type's own processor."""
    from sqlalchemy import Enum
    from sqlalchemy.engine import Dialect

    from petdesk.models.types import JSONList

    dialect = session if isinstance(session, Dialect) else session.get_bind().dialect
    out: list[tuple[int, Callable[[Any], Any]]] = []
    for index, column in enumerate(columns):
        process = _processor(column, dialect)
        if process is None:
            continue
        if isinstance(column.type, (Enum, JSONList)):
            out.append((index, _Decoded(process).__getitem__))
        else:
            out.append((index, _none_safe(process)))
    return out


def _processor(column: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    """How the column's stored value is decoded, by the dialect's own type: a generic ``Date``
    has no processor of its own, and dates read as text made a contact with two current
    affiliations, one without a start, fail to export (text compared with ``date.min``)."""
    return column.type.dialect_impl(dialect).result_processor(dialect, None)


def _none_safe(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else process(value)


def _lookup(session: Session, column: Any) -> Callable[[Any], Any]:
    """The remembered decoder of one enum column (identity where the type needs none)."""
    process = _processor(column, session.get_bind().dialect)
    return _Decoded(process).__getitem__ if process is not None else (lambda value: value)


def _raw_select(columns: Sequence[Any]) -> Any:
    """``select(*columns)`` handing back stored values undecoded (see :func:`_decoders`)."""
    from sqlalchemy import select, type_coerce
    from sqlalchemy.types import NullType

    return select(*(type_coerce(c, NullType()) for c in columns))


def _decode(row: Sequence[Any], decoders: Sequence[tuple[int, Callable[[Any], Any]]]) -> list[Any]:
    values = list(row)
    for index, decode in decoders:
        values[index] = decode(values[index])
    return values


def _method_columns() -> tuple[Any, ...]:
    from petdesk import models as m

    return (m.ContactMethod.contact_id, m.ContactMethod.channel, m.ContactMethod.label, m.ContactMethod.value)


def _affiliation_columns() -> tuple[Any, ...]:
    from petdesk import models as m

    return (
        m.Affiliation.contact_id,
        m.Organisation.name_en,
        m.Organisation.name_zh,
        m.Organisation.country,
        m.Affiliation.position_en,
        m.Affiliation.position_zh,
        m.Affiliation.department_en,
        m.Affiliation.department_zh,
        m.Affiliation.start_date,
        m.Affiliation.end_date,
        m.Affiliation.is_primary,
    )


class _Loader:
    """Builds ``ContactView``s from plain rows: a contact's row, then its methods and affiliations.

    The statements are written with SQLAlchemy (column names and types come from the models) but
    compiled once and run on the session's plain sqlite3 connection: the result machinery of
    SQLAlchemy costs twice the reading itself on a 100,000-contact export."""

    _IDS = "__ids__"

    def __init__(self, session: Session) -> None:
        from petdesk import models as m

        self.dialect = session.get_bind().dialect
        self.connection: Any = session.connection().connection.driver_connection
        # Columns of the table, not of the mapped class: reading their types needs no mapper set up
        # (configuring every mapper took half a second of a command that only exports).
        self.contact_columns = [m.Contact.__table__.c[name] for name in _CONTACT_COLUMNS]
        self.contact_decoders = _decoders(session, self.contact_columns)
        self.channel = _lookup(session, m.ContactMethod.__table__.c.channel)
        self.label = _lookup(session, m.ContactMethod.__table__.c.label)

    @functools.cached_property
    def affiliation_decoders(self) -> list[tuple[int, Callable[[Any], Any]]]:
        return _decoders(self.dialect, _affiliation_columns())

    @functools.cached_property
    def methods_sql(self) -> str:
        from sqlalchemy import text as sql_text

        from petdesk import models as m

        return self.sql(
            _raw_select(_method_columns())
            .where(m.ContactMethod.deleted_at.is_(None), m.ContactMethod.contact_id.in_(sql_text(self._IDS)))
            .order_by(m.ContactMethod.contact_id, m.ContactMethod.position, m.ContactMethod.id)
        )

    @functools.cached_property
    def affiliations_sql(self) -> str:
        from sqlalchemy import text as sql_text

        from petdesk import models as m

        return self.sql(
            _raw_select(_affiliation_columns())
            .join(m.Organisation, m.Organisation.id == m.Affiliation.organisation_id)
            .where(m.Affiliation.deleted_at.is_(None), m.Affiliation.contact_id.in_(sql_text(self._IDS)))
            .order_by(m.Affiliation.contact_id, m.Affiliation.start_date, m.Affiliation.id)
        )

    @functools.cached_property
    def by_id_sql(self) -> str:
        from sqlalchemy import text as sql_text

        from petdesk import models as m

        contacts = _raw_select(self.contact_columns).where(m.Contact.__table__.c.deleted_at.is_(None))
        return self.sql(contacts.where(m.Contact.__table__.c.id.in_(sql_text(self._IDS))))

    def sql(self, stmt: Select[Any]) -> str:
        return str(stmt.compile(dialect=self.dialect))

    def run(self, sql: str, ids: Sequence[str]) -> list[Any]:
        marks = ",".join("?" * len(ids))
        return self.connection.execute(sql.replace(self._IDS, marks), list(ids)).fetchall()

    def view(self, row: Sequence[Any]) -> ContactView:
        return ContactView(*_decode(row, self.contact_decoders))

    def add_method(self, view: ContactView, row: Sequence[Any]) -> None:
        view.methods.append(MethodView(self.channel(row[1]), self.label(row[2]), row[3]))

    def add_affiliation(self, view: ContactView, row: Sequence[Any]) -> None:
        values = _decode(row, self.affiliation_decoders)
        view.affiliations.append(
            AffiliationView(OrganisationView(values[1], values[2], values[3]), *values[4:])
        )

    def views(self, rows: Iterable[Sequence[Any]]) -> dict[str, ContactView]:
        views: dict[str, ContactView] = {}
        for row in rows:
            view = self.view(row)
            views[view.id] = view
        if not views:
            return views
        chunk = list(views)
        for row in self.run(self.methods_sql, chunk):
            self.add_method(views[row[0]], row)
        for row in self.run(self.affiliations_sql, chunk):
            self.add_affiliation(views[row[0]], row)
        return views


def load_contacts(session: Session, ids: Sequence[str]) -> list[ContactView]:
    """Contacts with their live contact methods and affiliations, in the order of ``ids``."""
    return list(_iter_by_ids(session, ids))


def _iter_by_ids(session: Session, ids: Sequence[str]) -> Iterator[ContactView]:
    loader = _Loader(session)
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        views = loader.views(loader.run(loader.by_id_sql, chunk))
        yield from (views[cid] for cid in chunk if cid in views)


#: Every live contact's rowid in the contacts list's order for an export in English or Chinese:
#: the search index's filing keys ("de la Cruz" under C, "Ó Briain" under O, 张 by pinyin, no case,
#: leading spaces and titles ignored), read along ``ix_search_entry_kind_sort_en``/``_zh`` with the
#: entry's id as the list's tie (no sort in SQLite, none in Python: the export keeps streaming).
_FILING_ORDER_SQL = {
    key: "SELECT c.rowid FROM search_entry e JOIN contact c ON c.id = e.entity_id "
    f"WHERE e.kind = 'contact' AND c.deleted_at IS NULL ORDER BY e.{key}, e.id"
    for key in ("sort_en", "sort_zh")
}

#: Every live contact's rowid in stored name order (people of the same name in the order they were
#: added), read from the name-order index alone (see ``ix_contact_name_order``): for the contacts the
#: search index has no entry for (not built yet), written after the others so none is lost.
_NAME_ORDER_SQL = (
    "SELECT rowid FROM contact WHERE deleted_at IS NULL "
    "ORDER BY family_name, given_name, family_name_zh, rowid"
)


def _chunk_sql(columns: str, joins: str = "") -> str:
    """A statement that reads the live contacts of a chunk of rowids (``{rowids}``) as one JSON array
    of rows, each ``columns`` and then the rowid (see :func:`_in_name_order`)."""
    return (
        f"SELECT json_group_array(json_array({columns}, c.rowid)) FROM contact c {joins} "
        "WHERE c.rowid IN ({rowids}) AND c.deleted_at IS NULL"
    )


#: A contact's live methods as a JSON array of [position, id, channel, label, value].
_METHODS_JSON = """json((SELECT json_group_array(json_array(m.position, m.id, m.channel, m.label, m.value))
  FROM contact_method m WHERE m.contact_id = c.id AND m.deleted_at IS NULL))"""

#: Every live contact (see :func:`_in_name_order`): the contact's row, its live methods (see
#: :data:`_METHODS_JSON`) and its current affiliation (the one an export writes, chosen as
#: ``ContactView.current_affiliation`` chooses) as an array, or None.
_ALL_SQL = _chunk_sql(
    ", ".join(f"c.{name}" for name in _CONTACT_COLUMNS)
    + f", {_METHODS_JSON}, "
    + """json((SELECT json_array(o.name_en, o.name_zh, a.position_en, a.position_zh, a.department_en,
                          a.department_zh, a.start_date, a.is_primary, o.country)
  FROM affiliation a JOIN organisation o ON o.id = a.organisation_id
  WHERE a.contact_id = c.id AND a.deleted_at IS NULL AND a.end_date IS NULL
  ORDER BY a.is_primary DESC, a.start_date, a.id LIMIT 1))"""
)


def _in_name_order(conn: sqlite3.Connection, sql: str, language: str = "en") -> Iterator[list[Any]]:
    """The rows ``sql`` (see :func:`_chunk_sql`) gives for every live contact, in name order, read a
    chunk at a time in a background thread (see :func:`_read_ahead`); each row ends with the rowid.
    The caller leaves ``conn`` alone until the rows are consumed or the iterator is closed.

    The background thread only runs SQLite (without Python's lock); a chunk's JSON is decoded here.
    Decoding holds the lock wherever it runs, so in the reading thread it held up both threads: at
    a million contacts, where the reading is the slower side, it was a seventh of that side's time."""
    for chunk, text in _read_ahead(_texts_in_name_order(conn, sql, language)):
        yield from _rows_in_order(chunk, text)


def _rows_in_order(chunk: Sequence[int], text: str) -> list[list[Any]]:
    """The rows of a chunk's JSON text in the order of its rowids (each row ends with its rowid)."""
    by_rowid = _rows_by_rowid(text)
    # (a contact deleted meanwhile by another connection is left out)
    return [row for row in map(by_rowid.get, chunk) if row is not None]


def _rows_by_rowid(text: str) -> dict[int, list[Any]]:
    """The rows of a chunk's JSON text by their rowid (each row ends with it)."""
    return {row[-1]: row for row in json.loads(text)}


def _name_order(conn: sqlite3.Connection, language: str = "en") -> array[int]:
    """Every live contact's rowid in the list's order for ``language`` (see :data:`_FILING_ORDER_SQL`;
    8 bytes each: 8 MB at a million contacts), but those marked "do not contact"
    (``services.do_not_contact``: no bulk export writes them)."""
    from petdesk.services import do_not_contact

    held = do_not_contact.marked_rowids(conn)
    key = "sort_zh" if language.startswith("zh") else "sort_en"
    order = array("q", (rowid for (rowid,) in conn.execute(_FILING_ORDER_SQL[key]) if rowid not in held))
    if len(order) < _count_all(conn):  # some without an index entry: after the others, none lost
        filed = set(order)
        order.extend(r for (r,) in conn.execute(_NAME_ORDER_SQL) if r not in held and r not in filed)
    return order


def _chunk_text(conn: sqlite3.Connection, sql: str, rowids: Sequence[int]) -> str:
    """The JSON text ``sql`` (see :func:`_chunk_sql`) gives for the contacts of ``rowids``."""
    (text,) = conn.execute(sql.format(rowids=",".join("?" * len(rowids))), rowids).fetchone()
    return text


def _texts_in_name_order(
    conn: sqlite3.Connection, sql: str, language: str = "en"
) -> Generator[list[tuple[array[int], str]]]:
    """Each chunk of :func:`_in_name_order` as its rowids in name order and the JSON text of its rows
    (in a list of one, as :func:`_read_ahead` takes items).

    Only the rowids are read in order (:func:`_name_order`), then each chunk's rows are looked up
    by rowid. A chunk comes as one JSON text: SQLite builds it without
    Python's lock, whereas rows fetched one by one take the lock back for each row (while the
    writing thread holds it, a wait of up to 5 ms for every row)."""
    order = _name_order(conn, language)
    for start in range(0, len(order), _CHUNK):
        chunk = order[start : start + _CHUNK]
        yield [(chunk, _chunk_text(conn, sql, chunk))]


#: Contacts of name order read together in rowid order by :func:`_ranked_rows`, at most. At a
#: million contacts, reading blocks of 200,000 took 13 s of SQLite's time against 24 s a chunk of
#: 900 at a time (the pages of each block are visited in file order, most of them read once instead
#: of once per contact).
_BLOCK = 200_000
#: The bytes of the rows' JSON text a block may come to (see :func:`_block_size`): a CSV export
#: holds a block's encoded lines, about three quarters of it (85 MB for 200,000 demo contacts, whose
#: rows are about 655 bytes).
_BLOCK_TEXT = 135_000_000


def _ranked_rows(
    conn: sqlite3.Connection, sql: str, block: int, block_text: int = _BLOCK_TEXT, language: str = "en"
) -> Generator[tuple[int, list[Any]] | None]:
    """The rows ``sql`` (see :func:`_chunk_sql`) gives for every live contact, a block of name order
    at a time (``block`` contacts) read in rowid order, each as (its rank within the block, row),
    and None after each block's last row: the caller puts a block's rows in order. Read in a
    background thread (see :func:`_read_ahead`) as :func:`_in_name_order` reads."""
    for chunk, ranks, text, last in _read_ahead(_texts_in_blocks(conn, sql, block, block_text, language)):
        by_rowid = _rows_by_rowid(text)
        for rowid, rank in zip(chunk, ranks, strict=True):
            row = by_rowid.get(rowid)
            if row is not None:  # (None: deleted meanwhile by another connection)
                yield rank, row
        if last:
            yield None


def _texts_in_blocks(
    conn: sqlite3.Connection, sql: str, block: int, block_text: int = _BLOCK_TEXT, language: str = "en"
) -> Generator[list[tuple[list[int], list[int], str, bool]]]:
    """Each chunk of :func:`_ranked_rows` as its rowids (ascending), their ranks in the block's name
    order, the JSON text of its rows, and whether it ends its block."""
    order = _name_order(conn, language)
    block = _block_size(conn, sql, order, block, block_text)
    for start in range(0, len(order), block):
        names = order[start : start + block]
        in_rowid_order = sorted(range(len(names)), key=names.__getitem__)
        for at in range(0, len(in_rowid_order), _CHUNK):
            ranks = in_rowid_order[at : at + _CHUNK]
            chunk = [names[rank] for rank in ranks]
            yield [(chunk, ranks, _chunk_text(conn, sql, chunk), at + _CHUNK >= len(in_rowid_order))]


def _block_size(
    conn: sqlite3.Connection, sql: str, order: Sequence[int], block: int, block_text: int = _BLOCK_TEXT
) -> int:
    """``block``, or fewer contacts where their rows are long (notes, addresses, many methods):
    as many as ``block_text`` bytes hold, judged by a chunk of contacts spread over the order."""
    sample = sorted(order[:: max(1, len(order) // _CHUNK)][:_CHUNK])
    if not sample:
        return block
    text = _chunk_text(conn, sql, sample) or ""
    per_contact = len(text.encode()) / len(sample)  # bytes, as the lines are held
    return max(_CHUNK, min(block, int(block_text / max(per_contact, 1.0))))


class _Failed:
    """What the reader of :func:`_read_ahead` hands over when reading failed."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


_DONE = object()


def _read_ahead(chunks: Generator[list[_T]]) -> Iterator[_T]:
    """The items of ``chunks``, whose chunks are read in a background thread, at most two ahead of
    the one being consumed (one waiting, one being read: memory stays at a few chunks, photos
    included): SQLite works without Python's lock, so the next chunk is read on the other core
    while this one is written (the read was half of a CSV export). Reading stops when the consumer
    stops or closes this iterator; an error while reading is raised here."""
    ready: queue.Queue[Any] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def hand_over(item: Any) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for chunk in chunks:
                if not hand_over(chunk):
                    return
            hand_over(_DONE)
        except BaseException as error:
            hand_over(_Failed(error))
        finally:
            chunks.close()

    reader = threading.Thread(target=read, name="petdesk-export-reader", daemon=True)
    reader.start()
    try:
        while (item := ready.get()) is not _DONE:
            if isinstance(item, _Failed):
                raise item.error
            yield from item
    finally:
        stop.set()
        reader.join()


def _iter_all(session: Session, language: str = "en") -> Iterator[ContactView]:
    """Every live contact in name order (see :data:`_ALL_SQL`), read a chunk at a time: memory stays
    at a chunk's worth whatever the size of the file. A view carries its current affiliation only,
    which is all an export writes of them."""
    from petdesk import models as m

    loader = _Loader(session)
    start_date = _lookup(session, m.Affiliation.start_date)
    n = len(_CONTACT_COLUMNS)
    for row in _in_name_order(loader.connection, _ALL_SQL, language):
        view = loader.view(row[:n])
        methods = row[n]
        if len(methods) > 1:
            methods.sort()  # by position, then id (unique): the order the contact shows them in
        view.methods = [
            MethodView(loader.channel(channel), loader.label(label), value)
            for _, _, channel, label, value in methods
        ]
        if row[n + 1] is not None:
            name_en, name_zh, pos_en, pos_zh, dept_en, dept_zh, start, primary, country = row[n + 1]
            view.affiliations = [
                AffiliationView(
                    OrganisationView(name_en, name_zh, country),
                    pos_en,
                    pos_zh,
                    dept_en,
                    dept_zh,
                    None if start is None else start_date(start),
                    None,
                    bool(primary),
                )
            ]
        yield view


@dataclass
class Selection:
    """Contacts to export, read as they are written: ``total`` is known before the first is read."""

    total: int
    contacts: Iterator[ContactView]


def stream_contacts(
    session: Session,
    *,
    ids: Sequence[str] | None = None,
    query: str | None = None,
    language: str = "en",
) -> Selection:
    """Live contacts to export (the given ids, or those the search finds for ``query``, or all
    in the contacts list's order for ``language``), read chunk by chunk as they are consumed."""
    if ids is None and not (query and query.strip()):
        return Selection(_count_all(session), _iter_all(session, language))
    if ids is None:
        ids = _query_ids(session, (query or "").strip(), language)
    from petdesk.services import do_not_contact

    unique = do_not_contact.left_out(session, dict.fromkeys(ids))
    return Selection(len(unique), _iter_by_ids(session, unique))


def _count_all(source: Session | sqlite3.Connection) -> int:
    """How many live contacts an export of all writes (plain SQL: no mapper set up for one number):
    those marked "do not contact" are not written."""
    (n,) = sqlite_of(source).execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()
    (held,) = (
        sqlite_of(source)
        .execute("SELECT count(*) FROM contact WHERE do_not_contact = 1 AND deleted_at IS NULL")
        .fetchone()
    )
    return int(n) - int(held)


def select_contacts(
    session: Session,
    *,
    ids: Sequence[str] | None = None,
    query: str | None = None,
    language: str = "en",
) -> list[ContactView]:
    """Live contacts to export as a list (see :func:`stream_contacts`)."""
    return list(stream_contacts(session, ids=ids, query=query, language=language).contacts)


def _query_ids(session: Session, query: str, language: str = "en") -> list[str]:
    """Ids of the contacts ``query`` finds: by the search service, or by LIKE where it cannot; in
    the contacts list's filing order for ``language`` either way."""
    from sqlalchemy import String, cast, or_, select

    from petdesk import models as m
    from petdesk.services import search

    matched = _search_ids(session, query, language)
    if matched is not None:
        return matched
    like = f"%{query}%"
    method_match = (
        select(m.ContactMethod.contact_id)
        .where(m.ContactMethod.deleted_at.is_(None), m.ContactMethod.value.ilike(like))
        .scalar_subquery()
    )
    stmt = (
        select(m.Contact.id)
        .where(m.Contact.deleted_at.is_(None))
        .where(
            or_(
                m.Contact.family_name.ilike(like),
                m.Contact.given_name.ilike(like),
                (m.Contact.family_name_zh + m.Contact.given_name_zh).like(like),
                # as text: the JSON type wrote the pattern as a JSON string, so no tag ever matched
                cast(m.Contact.tags, String).like(like),
                m.Contact.id.in_(method_match),
            )
        )
    )
    return search.filing_order(session, list(session.scalars(stmt)), language)


def _search_ids(session: Session, query: str, language: str = "en") -> list[str] | None:
    """Contact ids the search service finds, or None where it is not available (then LIKE is used)."""
    try:
        from petdesk.services import search
    except ImportError:
        return None
    try:
        rows = search.search(session, query, kind=search.CONTACT, language=language, limit=1_000_000)
    except Exception:  # an index not built yet: fall back rather than fail the export
        return None
    return [row.entity_id for row in rows]


# --- vCard --------------------------------------------------------------------------------------

_TEL_TYPES = {
    ChannelLabel.MOBILE: ["cell"],
    ChannelLabel.WORK: ["work", "voice"],
    ChannelLabel.HOME: ["home", "voice"],
    ChannelLabel.OTHER: ["x-other", "voice"],
}
_IMPP_SCHEME = {
    ContactChannel.WECHAT: "weixin",
    ContactChannel.WHATSAPP: "whatsapp",
    ContactChannel.SKYPE: "skype",
    ContactChannel.TELEGRAM: "tg",
    ContactChannel.LINE: "line",
}
_LABEL_TYPE = {
    ChannelLabel.WORK: "work",
    ChannelLabel.HOME: "home",
    ChannelLabel.MOBILE: "cell",
    ChannelLabel.OTHER: "x-other",
}


def contact_to_vcard(
    contact: m.Contact | ContactView, *, chinese_first: bool = True, version: str = "4.0", home: str = ""
) -> vcard.VCard:
    """A vCard 4.0 (or 3.0, for programs that read only that) of one contact.

    Names in both scripts are alternatives of one property (``ALTID`` with ``LANGUAGE``); the Chinese
    name carries ``SORT-AS`` with its pinyin and a phonetic alternative (``PHONETIC=piny``, RFC 9554),
    and ``X-PHONETIC-FIRST/LAST-NAME`` are added because that is what phones read for sorting.
    Japanese and Korean names say their language and carry the reading the file gave, never pinyin.
    vCard 3.0 has no ``ALTID``: the first name is ``N``/``FN``, the other script ``X-PETDESK-ALT-N``.
    """
    card = vcard.VCard(version="4.0" if version == "4.0" else "3.0")
    _fill_card(card, contact, chinese_first=chinese_first, v4=version == "4.0", home=home)
    return card


#: A section's lines per its kind (the function adding it) and its arguments (see :func:`_add_section`).
Sections = dict[Callable[..., None], dict[tuple[Any, ...], list[str]]]
#: Entries a ``Sections`` holds before it starts afresh (names repeat less than organisations). A
#: file's organisations and titles that repeat are far fewer than 5,000; 20,000 held for a vCard
#: export of 100,000 contacts took its peak from 85 to 94 MB (issue 17).
_SECTIONS_MAX = 5_000
#: ... and of the names: an export of all contacts comes in name order, so a name that repeats
#: comes again at once; 20,000 mostly distinct names held some 30 MB for nothing (a vCard export
#: took the window from 261 to 311 MB at 100,000 contacts).
_NAME_SECTIONS_MAX = 1_000


def _add_section(
    card: vcard.VCard | vcard.CardText,
    sections: Sections | None,
    add: Callable[..., None],
    *args: Any,
) -> None:
    """``add(card, *args)``, or, writing text, the lines it added to an earlier card with the same
    arguments: the names, the organisation and the languages of a card repeat across a large
    export, and rendering them anew (pinyin, escaping, folding) was most of a card's time. ``add``
    reads nothing but its arguments, so equal arguments give equal lines."""
    if sections is None or not isinstance(card, vcard.CardText):
        add(card, *args)
        return
    # each kind of section has its own store: the names, mostly distinct, filling a shared one
    # emptied the organisations' (every card rendered its organisation anew)
    lines_of = sections.get(add)
    if lines_of is None:
        lines_of = sections[add] = {}
    lines = lines_of.get(args)
    if lines is None:
        start = len(card.lines)
        add(card, *args)
        if len(lines_of) >= (_NAME_SECTIONS_MAX if add is _add_names else _SECTIONS_MAX):
            lines_of.clear()
        lines_of[args] = card.lines[start:]
    else:
        card.lines.extend(lines)


def _fill_card(
    card: vcard.VCard | vcard.CardText,
    contact: m.Contact | ContactView,
    *,
    chinese_first: bool,
    v4: bool,
    sections: Sections | None = None,
    home: str = "",
) -> None:
    """Add the properties of ``contact`` to ``card`` (see :func:`contact_to_vcard`); ``sections``
    remembers the lines of repeating parts across the cards of one export. A phone number goes out
    as dialled from anywhere (:func:`_dialled`), ``home`` the office's country."""
    card.put(_UID, f"urn:uuid:{uuid_text(contact.id)}")
    if v4:
        card.put(_KIND, "individual")
    native = _native_language(
        contact.native_name_language or "", contact.family_name_zh or "", contact.given_name_zh or ""
    )
    native_lang = _native_tag(native)
    _add_section(
        card,
        sections,
        _add_names,
        contact.family_name,
        contact.given_name,
        contact.name_latin,
        contact.name_order == NameOrder.FAMILY_FIRST,
        contact.family_name_zh,
        contact.given_name_zh,
        contact.middle_name,
        contact.honorific_en,
        contact.honorific_zh,
        contact.name_suffix,
        contact.phonetic_family_name,
        contact.phonetic_given_name,
        native,
        chinese_first,
        v4,
        (contact.name_hanja or "").strip(),
    )
    if contact.nickname:
        card.add("NICKNAME", vcard.escape(contact.nickname))

    affiliation = contact.current_affiliation()
    if affiliation is not None and affiliation.organisation is not None:
        org = affiliation.organisation
        a = affiliation
        _add_section(
            card,
            sections,
            _add_organisation,
            org.name_en,
            org.name_zh,
            a.department_en,
            a.department_zh,
            native_lang,
            v4,
        )
        _add_section(card, sections, _add_titles, a.position_en, a.position_zh, native_lang, v4)

    country = ""
    for method in contact.methods:
        if method.deleted_at is not None:
            continue
        head, scheme, wechat = _method_heads(method.channel, method.label)
        if head is None:
            continue
        value = method.value
        if method.channel in _TEL_CHANNELS:
            if not country:
                works_at = affiliation.organisation if affiliation is not None else None
                country = numbers_country(contact.addresses, works_at.country if works_at else "", home)
            dialled = international_form(value, country)
            if dialled != value:
                head = _with_typed(head, value)
                value = dialled
        # an IMPP value is a URI, written as it is
        card.put(head, f"{scheme}:{value}" if scheme else vcard.escape(value))
        if wechat is not None:
            card.put(wechat, vcard.escape(method.value))
    _add_extras(
        card,
        contact.other_handles,
        contact.addresses,
        contact.websites,
        contact.birthday,
        contact.anniversary,
        contact.related_names,
        contact.photo,
        v4,
    )

    _add_section(
        card,
        sections,
        _add_languages_gender_tags,
        tuple(contact.languages),
        contact.gender,
        tuple(contact.tags),
        v4,
    )
    _add_notes(
        card, contact.notes, contact.dietary_needs, contact.accessibility_needs, contact.emergency_contact
    )
    card.put(_REV, _rev(contact.updated_at))


#: Channels written as TEL: what a phone dials.
_TEL_CHANNELS = (ContactChannel.PHONE, ContactChannel.FAX)


#: The parameter of a TEL whose number went out in its international form that keeps the number as
#: typed: petdesk's import reads it back, so a round trip through a vCard rewrites nothing.
TYPED_PARAM = "X-PETDESK-TYPED"


def _with_typed(head: vcard.Head, typed: str) -> vcard.Head:
    """``head`` with :data:`TYPED_PARAM` (left out for a value a parameter cannot hold: a '"')."""
    return head if '"' in typed or has_control(typed) else head.plus(TYPED_PARAM, typed)


def _dialled_tel_line(line: str, country: str) -> str:
    """A method line the SQL wrote (see :func:`_method_line_sql`), a TEL's number as dialled from
    anywhere with the typed form beside it (:func:`_with_typed`); other lines, and a value with an
    escape, as they are."""
    if not line.startswith("TEL"):
        return line
    head, sep, value = line.partition(":")
    if not sep or "\\" in value or '"' in value or (dialled := international_form(value, country)) == value:
        return line
    return f"{head}{vcard.render_param(TYPED_PARAM, value)}:{vcard.escape(dialled)}"


def _add_extras(
    card: vcard.VCard | vcard.CardText,
    other_handles: list[dict[str, str]],
    addresses: list[dict[str, str]],
    websites: list[str],
    birthday: str,
    anniversary: str,
    related_names: list[dict[str, str]],
    photo: str,
    v4: bool,
) -> None:
    """The other handles, addresses, web pages, dates, related names and photo of a card."""
    for handle in other_handles:
        card.add("IMPP", f"{handle.get('service', 'other')}:{handle.get('handle', '')}")
    for address in addresses:
        params = {"type": address["label"]} if address.get("label") in ("home", "work") else {}
        if address.get("language"):
            params["language"] = address["language"]
        card.add(
            "ADR",
            vcard.structured(
                *(
                    address.get(k, "")
                    for k in ("po_box", "extended", "street", "city", "region", "postcode", "country")
                )
            ),
            **params,
        )
    for url in websites:
        card.add("URL", vcard.escape(url))
    if birthday:
        card.add(
            "BDAY",
            birthday.replace("-", "") if not v4 and birthday[:2] != "--" else birthday,
        )
    if anniversary:
        card.add("ANNIVERSARY" if v4 else "X-ANNIVERSARY", anniversary)
    for related in related_names:
        kind = related.get("type", "") or "contact"
        if v4:
            # the parameter is spelt out: "value" is also the name of add's value argument
            card.add("RELATED", vcard.escape(related.get("name", "")), type=kind, **{"VALUE": "text"})
        else:
            card.add("X-ABRELATEDNAMES", vcard.escape(related.get("name", "")), type=kind)
    if photo and ";base64," in photo:
        media, _, data = photo.partition(";base64,")
        if v4:
            card.add("PHOTO", f"data:{media};base64,{data}")
        else:
            card.add("PHOTO", data, encoding="b", type=media.rpartition("/")[2].upper() or "JPEG")


def _add_notes(
    card: vcard.VCard | vcard.CardText, notes: str, dietary: str, accessibility: str, emergency: str
) -> None:
    if notes:
        card.put(_NOTE, vcard.escape(notes))
    if dietary:
        card.put(_DIETARY, vcard.escape(dietary))
    if accessibility:
        card.put(_ACCESSIBILITY, vcard.escape(accessibility))
    if emergency:
        card.put(_EMERGENCY, vcard.escape(emergency))


_PRODID = vcard.Head("PRODID")
_UID = vcard.Head("UID")
_KIND = vcard.Head("KIND")
_NOTE = vcard.Head("NOTE")
_DIETARY = vcard.Head("X-PETDESK-DIETARY")
_ACCESSIBILITY = vcard.Head("X-PETDESK-ACCESSIBILITY")
_EMERGENCY = vcard.Head("X-PETDESK-EMERGENCY")
#: The travel documents' properties, in the order of :data:`TRAVEL_COLUMNS` (written when asked).
TRAVEL_HEADS = tuple(
    vcard.Head(name)
    for name in (
        "X-PETDESK-NATIONALITY",
        "X-PETDESK-PASSPORT-NUMBER",
        "X-PETDESK-PASSPORT-EXPIRY",
        "X-PETDESK-VISA-NOTE",
    )
)
_REV = vcard.Head("REV")
_X_WECHAT = vcard.Head("X-WECHAT")
_FN = vcard.Head("FN")
_N = vcard.Head("N")
_PHONETIC_LAST = vcard.Head("X-PHONETIC-LAST-NAME")
_PHONETIC_FIRST = vcard.Head("X-PHONETIC-FIRST-NAME")
#: LANGUAGE of a name in its own script, by the contact's native name language.
_NATIVE_LANGUAGE = {"ja": "ja", "ko": "ko"}
#: LANGUAGE of a Korean name's Hanja (李敏鎬 beside 이민호): Korean in Han characters (BCP 47 script
#: subtag), an alternative of FN (RFC 6350 §5.1: ALTID with LANGUAGE) rather than an X- property, so
#: that any vCard 4.0 reader knows it for the same name in another script. The import reads it back.
HANJA_LANGUAGE = "ko-Hani"
#: vCard 3.0 has no ALTID (and one FN): the Hanja goes on a line of petdesk's own.
_ALT_FN_HANJA = vcard.Head("X-PETDESK-ALT-FN", language=HANJA_LANGUAGE)


def _native_tag(native: str) -> str:
    """LANGUAGE of the name in the other script: a Hindi one is "hi", not zh-Hans (the import took
    मीना कुमारी for the person's name and her English one was lost, field test 107)."""
    return native if native in names_indic.LANGUAGES else _NATIVE_LANGUAGE.get(native, "zh-Hans")


def _native_language(stored: str, family_zh: str, given_zh: str) -> str:
    """The stored language of the native name, or the one its script shows: a Hangul name saved
    before the editor set "ko" is still not Chinese (its card said zh-Hans, its reading "pinyin")."""
    return stored or language_of(family_zh + given_zh)


@functools.cache
def _method_heads(
    channel: ContactChannel, label: ChannelLabel
) -> tuple[vcard.Head | None, str, vcard.Head | None]:
    """(head of the method's property or None where vCard has none, URI scheme of an IMPP value
    or "", head of the X-WECHAT line a WeChat id adds or None)."""
    if channel == ContactChannel.EMAIL:
        return vcard.Head("EMAIL", type=_LABEL_TYPE[label]), "", None
    if channel == ContactChannel.PHONE:
        return vcard.Head("TEL", type=_TEL_TYPES[label]), "", None
    if channel == ContactChannel.FAX:
        return vcard.Head("TEL", type=[_LABEL_TYPE[label], "fax"]), "", None
    if channel in _IMPP_SCHEME:
        head = (
            vcard.Head("IMPP") if label == ChannelLabel.OTHER else vcard.Head("IMPP", type=_LABEL_TYPE[label])
        )
        return head, _IMPP_SCHEME[channel], _X_WECHAT if channel == ContactChannel.WECHAT else None
    return None, "", None


def _add_names(
    card: vcard.VCard | vcard.CardText,
    family: str,
    given: str,
    latin_fn: str,
    family_first: bool,
    zh_family: str,
    zh_given: str,
    middle: str,
    honorific_en: str,
    honorific_zh: str,
    suffix: str,
    phonetic_family: str,
    phonetic_given: str,
    native: str,
    chinese_first: bool,
    v4: bool,
    hanja: str = "",
) -> None:
    """FN, N and the phonetic names of a card; a Korean name's Hanja as one more alternative of FN
    (see :data:`HANJA_LANGUAGE`), last, so that a program taking the first FN shows what it did."""
    if middle.strip():  # FN writes the whole name N holds: "G M F" for N:F;G;M (field test 29)
        parts = (family, given, middle) if family_first else (given, middle, family)
        latin_fn = " ".join(p.strip() for p in parts if p.strip())
    if family or given:  # FN is the name as printed: "Juan D. dela Cruz Jr." for N:…;Jr.
        latin_fn = names.with_suffix(latin_fn, suffix)
    native_lang = _native_tag(native)
    has_zh = bool(zh_family or zh_given)
    has_latin = bool(family or given)
    zh_fn = _zh_name(zh_family, zh_given)
    if phonetic_family or phonetic_given:
        py_family = py_family_t = phonetic_family
        py_given = py_given_t = phonetic_given
    elif native == "ko" and v4:
        # Hangul in Latin letters, as the phonetic N alternative only (SCRIPT=Latn): not as
        # X-PHONETIC-*, by which phones would sort a Korean name among Latin ones.
        py_family = py_given = ""
        py_family_t, py_given_t = hangul.name_reading(zh_family, zh_given)
    elif native:  # no pinyin for a Japanese name; its kana reading is not derived
        py_family = py_family_t = py_given = py_given_t = ""
    else:
        py_family, py_given = _name_pinyin(zh_family, zh_given, False) if has_zh else ("", "")
        py_family_t, py_given_t = _name_pinyin(zh_family, zh_given, True) if has_zh else ("", "")
    has_phonetic = bool(py_family or py_given)
    has_transcription = bool(py_family_t or py_given_t)

    fn_props = []
    if has_zh:
        fn_props.append((native_lang, zh_fn))
    if has_latin:
        fn_props.append(("en", latin_fn))
    if not chinese_first:
        fn_props.reverse()
    if hanja and v4:
        fn_props.append((HANJA_LANGUAGE, hanja))
    both = len(fn_props) >= 2
    if not v4:
        fn_props = fn_props[:1]
    latin_fn_written = any(lang == "en" for lang, _ in fn_props)
    for lang, text in fn_props:
        if both and v4:
            card.put(_alternative_head("FN", "1", lang), vcard.escape(text))
        elif lang != "en" and lang != "zh-Hans":
            card.put(vcard.head("FN", language=lang), vcard.escape(text))
        else:
            card.put(_FN, vcard.escape(text))
    if not fn_props:
        card.put(_FN, "")
    if hanja and not v4:  # vCard 3.0 allows one FN: the Hanja beside it, as X-PETDESK-ALT-N is
        card.put(_ALT_FN_HANJA, vcard.escape(hanja))

    n_props: list[tuple[str, str, str, str, str, dict[str, str]]] = []
    if has_zh:
        sort_as = ",".join(p for p in (py_family, py_given) if p) if native_lang == "zh-Hans" else ""
        extra = {"sort_as": sort_as} if sort_as else {}
        n_props.append((zh_family, zh_given, "", honorific_zh, native_lang, extra))
    if has_latin:
        n_props.append((family, given, middle, honorific_en, "en", {}))
    if not chinese_first:
        n_props.reverse()
    n_alternatives = len(n_props) > 1 or (has_zh and has_transcription)  # the phonetic N is one too
    for index, (n_family, n_given, n_middle, prefix, lang, extra) in enumerate(n_props):
        value = vcard.structured(n_family, n_given, n_middle, prefix, suffix)
        if not v4:
            params = {} if lang in ("en", "zh-Hans") else {"language": lang}
            card.put(vcard.head("N" if index == 0 else "X-PETDESK-ALT-N", **params), value)
        elif extra:  # SORT-AS differs from name to name, but names repeat
            card.put(_sorted_n_head(lang if n_alternatives else "", extra["sort_as"]), value)
        elif n_alternatives:
            card.put(_alternative_head("N", "2", lang), value)
        else:
            card.put(_N, value)
    if has_zh and has_transcription and v4:
        card.put(
            _phonetic_n_head(
                "piny" if native_lang == "zh-Hans" else "script",
                "Latn"
                if native_lang == "zh-Hans" or not has_native_script(py_family_t + py_given_t)
                else "Kana"
                if native == "ja"
                else "Hang",
                native_lang,
            ),
            vcard.structured(py_family_t, py_given_t, "", "", ""),
        )
    if has_phonetic:
        card.put(_PHONETIC_LAST, vcard.escape(py_family))
        card.put(_PHONETIC_FIRST, vcard.escape(py_given))
    if native:
        card.add("X-PETDESK-NAME-LANGUAGE", native)
    if family_first and not (latin_fn_written and family and given and family != given):
        # The import reads the order from the Latin FN; vCard 3.0 writes only the Chinese one, and
        # "Lu Lu" or a name of one part reads either way.
        card.add("X-PETDESK-NAME-ORDER", "family-first")
    # An honorific in a script the card has no N in (博士 for someone without a Chinese name).
    if honorific_en and not has_latin:
        card.add("X-PETDESK-HONORIFIC-EN", vcard.escape(honorific_en))
    if honorific_zh and not has_zh:
        card.add("X-PETDESK-HONORIFIC-ZH", vcard.escape(honorific_zh))


@functools.cache
def _alternative_head(name: str, altid: str, language: str) -> vcard.Head:
    """The head of one alternative of a property (``FN;ALTID=1;LANGUAGE=en:``), made once."""
    return vcard.Head(name, altid=altid, language=language)


@functools.lru_cache(maxsize=8192)
def _sorted_n_head(language: str, sort_as: str) -> vcard.Head:
    """The head of an N with SORT-AS (and, given a language, as the alternative ALTID=2), made once
    per pinyin: many people share a name."""
    return (_alternative_head("N", "2", language) if language else _N).plus("sort_as", sort_as)


@functools.cache
def _phonetic_n_head(phonetic: str, script: str, language: str) -> vcard.Head:
    """The head of the phonetic alternative of N."""
    return vcard.Head("N", altid="2", phonetic=phonetic, script=script, language=language)


def _add_organisation(
    card: vcard.VCard | vcard.CardText,
    name_en: str,
    name_zh: str,
    department_en: str,
    department_zh: str,
    native_lang: str,
    v4: bool,
) -> None:
    """ORG of the current affiliation, in both languages."""
    orgs = []
    if name_en:
        orgs.append(("en", name_en, department_en))
    if name_zh:
        orgs.append((native_lang, name_zh, department_zh))
    for lang, name, dept in orgs:
        parts = [name, *([dept] if dept else [])]
        if v4:
            card.add("ORG", vcard.structured(*parts), altid="3", language=lang)
        else:
            card.add("ORG", vcard.structured(*parts), language=lang)


def _add_titles(
    card: vcard.VCard | vcard.CardText, position_en: str, position_zh: str, native_lang: str, v4: bool
) -> None:
    """TITLE of the current affiliation, in both languages."""
    for lang, title in (("en", position_en), (native_lang, position_zh)):
        if title:
            if v4:
                card.add("TITLE", vcard.escape(title), altid="4", language=lang)
            else:
                card.add("TITLE", vcard.escape(title), language=lang)


#: vCard's sex of a stored gender (a code, or a word older versions stored); "O" for others.
def _gender_value(gender: str, v4: bool) -> str:
    """GENDER as RFC 6350 (6.2.7) writes it: the sex letter, with a free-text identity only when
    the stored gender says more than the letter (``GENDER:M``, not ``GENDER:M;m``); vCard 3.0's
    X-GENDER as The Bat! and Evolution write it (``X-GENDER:Male``)."""
    from petdesk import labels

    code = labels.gender_code(gender)
    if code in labels.GENDERS:
        return code.upper() if v4 else vcard.escape(labels.GENDERS[code][0])
    return vcard.structured("O", gender) if v4 else vcard.escape(gender)


def _add_languages_gender_tags(
    card: vcard.VCard | vcard.CardText,
    languages: tuple[str, ...],
    gender: str,
    tags: tuple[str, ...],
    v4: bool,
) -> None:
    for index, lang in enumerate(languages, start=1):
        if v4:
            card.add("LANG", vcard.escape(lang), pref=str(index))
        else:
            card.add("X-PETDESK-LANG", vcard.escape(lang))
    if gender:
        card.add("GENDER" if v4 else "X-GENDER", _gender_value(gender, v4))
    if tags:
        card.add("CATEGORIES", ",".join(vcard.escape(t) for t in tags))


#: Pinyin of a Chinese name, remembered: names repeat (张伟) across a large export.
_name_pinyin = functools.lru_cache(maxsize=8192)(chinese_name_pinyin)


def _rev(at: dt.datetime | None) -> str:
    """``at`` as REV writes it (20261102T080000Z); formatted by hand, three times faster than
    ``strftime``, where the year has four digits."""
    if at is None:
        return ""
    if at.year < 1000:
        return at.strftime("%Y%m%dT%H%M%SZ")
    return f"{at.year}{at.month:02}{at.day:02}T{at.hour:02}{at.minute:02}{at.second:02}Z"


def vcard_text(
    contacts: Sequence[m.Contact | ContactView],
    *,
    chinese_first: bool = True,
    version: str = "4.0",
    home: str = "",
) -> str:
    buffer = io.StringIO(newline="")
    write_vcards(buffer, contacts, chinese_first=chinese_first, version=version, home=home)
    return buffer.getvalue()


def write_vcards(
    out: IO[str],
    contacts: Iterable[m.Contact | ContactView],
    *,
    chinese_first: bool = True,
    version: str = "4.0",
    travel: bool = False,
    home: str = "",
) -> int:
    """Write a .vcf to the text stream ``out`` card by card; returns how many were written. With
    ``travel``, the travel documents as petdesk's own properties (:data:`TRAVEL_HEADS`); ``home``:
    the office's country, of numbers typed without a code where nothing else says."""
    v4 = version == "4.0"
    n = 0
    cards: list[str] = []
    sections: Sections = {}
    for contact in contacts:
        card = vcard.CardText(version="4.0" if v4 else "3.0")
        card.put(_PRODID, "-//petdesk//petdesk//EN")
        _fill_card(card, contact, chinese_first=chinese_first, v4=v4, sections=sections, home=home)
        if travel:
            for (_header, key), head in zip(TRAVEL_COLUMNS, TRAVEL_HEADS, strict=True):
                if value := getattr(contact, key):
                    card.put(head, vcard.escape(value))
        cards.append(card.text())
        n += 1
        if len(cards) >= _CHUNK:
            out.write("".join(cards))
            cards.clear()
    out.write("".join(cards))
    return n


def _write_texts(out: IO[str], texts: Iterable[str]) -> int:
    """Write ``texts`` (cards) to ``out``, a chunk at a time; returns how many were written."""
    n = 0
    chunk: list[str] = []
    for text in texts:
        chunk.append(text)
        if len(chunk) >= _CHUNK:
            out.write("".join(chunk))
            n += len(chunk)
            chunk.clear()
    out.write("".join(chunk))
    return n + len(chunk)


def _sql_text(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _escaped_sql(value: str) -> str:
    """SQL giving :func:`vcard.escape` of ``value``: the same replacements in the same order, made only
    where there is something to escape (one pass over most values instead of six)."""
    escaped = value
    for old, new in (("\\", "\\\\"), (",", "\\,"), (";", "\\;")):
        escaped = f"replace({escaped}, {_sql_text(old)}, {_sql_text(new)})"
    escaped = (
        f"replace(replace(replace({escaped}, char(13, 10), char(10)), char(13), char(10)), char(10), '\\n')"
    )
    # GLOB has no escape character: the bracket holds a backslash, a comma, a semicolon, CR and LF
    return f"CASE WHEN {value} GLOB '*[\\,;' || char(13, 10) || ']*' THEN {escaped} ELSE {value} END"


def _method_line_sql() -> tuple[str, str]:
    """SQL of the line a live method ``m`` writes (see :func:`_fill_card`), or, where ``k.n`` is 2, of
    the X-WECHAT line a WeChat id adds (NULL for a method vCard has no property for); and the list
    of the channels that add one."""
    escaped = _escaped_sql("m.value")
    by_channel = []
    second: dict[str, str] = {}
    for channel in ContactChannel:
        heads = []
        schemes = set()
        for label in ChannelLabel:
            head, scheme, wechat = _method_heads(channel, label)
            if head is None:
                continue
            heads.append(f"WHEN {_sql_text(label.value)} THEN {_sql_text(head.text)}")
            schemes.add(scheme)
            if wechat is not None:
                second[channel.value] = f"{_sql_text(wechat.text)} || {escaped}"
        if not heads:
            continue
        (scheme,) = schemes  # a channel's URI scheme does not depend on the label
        value = f"{_sql_text(scheme + ':')} || m.value" if scheme else escaped
        by_channel.append(
            f"WHEN {_sql_text(channel.value)} THEN CASE m.label {' '.join(heads)} END || {value}"
        )
    assert len(set(second.values())) == 1  # one second line, that of WeChat
    wechat_line = next(iter(second.values()))
    line = (
        f"CASE WHEN {_UNKNOWN_KIND_SQL} THEN {_UNKNOWN_MARK_SQL} WHEN k.n = 2 THEN {wechat_line} "
        f"ELSE CASE m.channel {' '.join(by_channel)} END END"
    )
    return line, ", ".join(_sql_text(channel) for channel in second)


#: A method of a channel or label petdesk does not know (a damaged or foreign file), which the SQL of
#: the lines would leave out: it writes a mark instead (NUL, channel, NUL, label, NUL), and the
#: cards refuse it (:func:`_refuse_unknown_kind`), as reading contact objects would. Checked in the
#: read itself: a scan of every method before the export took a second at a million contacts.
_UNKNOWN_KIND_SQL = (
    f"(m.channel NOT IN ({', '.join(_sql_text(c.value) for c in ContactChannel)}) "
    f"OR m.label NOT IN ({', '.join(_sql_text(label.value) for label in ChannelLabel)}))"
)
_UNKNOWN_MARK_SQL = "char(0) || m.channel || char(0) || m.label || char(0)"


def _refuse_unknown_kind(contact_id: str, lines: str) -> None:
    """Raise :func:`_unknown_method` for the first mark of an unknown method in a card's lines (a
    line that starts with NUL: no property's line does, whatever its value holds)."""
    if "\x00" not in lines:
        return
    for line in lines.split("\r\n"):
        if line.startswith("\x00"):
            channel, label, *_ = [*line[1:].split("\x00"), "", ""]
            raise _unknown_method(contact_id, channel, label)


def _methods_block_sql() -> str:
    """SQL of a contact's method lines (see :func:`_method_line_sql`) in the order the contact shows
    them, joined by line ends; where one is longer than a line may be, as a JSON array of the lines
    (it starts with "[", which no property name does) to be folded in Python. NULL without any."""
    line, wechat_channels = _method_line_sql()
    return f"""(SELECT CASE WHEN max(length(CAST(line AS BLOB))) > 75 THEN json_group_array(line)
                ELSE group_concat(line, char(13, 10)) END
  FROM (SELECT {line} AS line
    FROM contact_method m JOIN (SELECT 1 AS n UNION ALL SELECT 2) k
      ON k.n = 1 OR m.channel IN ({wechat_channels})
    WHERE m.contact_id = c.id AND m.deleted_at IS NULL ORDER BY m.position, m.id, k.n)
  WHERE line IS NOT NULL)"""


#: The first year REV is written with four digits by :func:`_rev` (earlier ones go through Python).
_YEAR_1000_MICROS = -30_610_224_000_000_000
_MICROS = "((c.updated_at % 1000000 + 1000000) % 1000000)"
#: The columns of a contact as :func:`_all_vcards` reads them (lists and times as stored).
_CARD_COLUMNS = (
    "id",
    "family_name",
    "given_name",
    "name_order",
    "family_name_zh",
    "given_name_zh",
    "honorific_en",
    "honorific_zh",
    "gender",
    "languages",
    "tags",
    "notes",
    "dietary_needs",
    "accessibility_needs",
    "emergency_contact",
    "middle_name",
    "name_suffix",
    "nickname",
    "phonetic_family_name",
    "phonetic_given_name",
    "native_name_language",
    "name_hanja",
    "updated_at",
)
#: Every live contact as :func:`_all_vcards` writes it (see :func:`_in_name_order`): the columns of
#: ``_CARD_COLUMNS``; REV's text where SQLite can write it as :func:`_rev` does (NULL otherwise); the
#: other handles, addresses, web pages, dates, related names and photo as an array of stored values,
#: or NULL where all are empty (most contacts); the methods' lines (:func:`_methods_block_sql`); and
#: the current affiliation's organisation names, departments and positions (NULL without one),
#: chosen as ``ContactView.current_affiliation`` chooses. SQLite renders the methods without
#: Python's lock, on the other core, while the cards before are written.
_ALL_CARDS_SQL = _chunk_sql(
    ", ".join(f"c.{name}" for name in _CARD_COLUMNS)
    + f""", CASE WHEN typeof(c.updated_at) = 'integer' AND c.updated_at >= {_YEAR_1000_MICROS}
    THEN strftime('%Y%m%dT%H%M%SZ', (c.updated_at - {_MICROS}) / 1000000, 'unixepoch') END,
  CASE WHEN c.other_handles = '[]' AND c.addresses = '[]' AND c.websites = '[]' AND c.birthday = ''
    AND c.anniversary = '' AND c.related_names = '[]' AND c.photo = '' THEN NULL
    ELSE json_array(c.other_handles, c.addresses, c.websites, c.birthday, c.anniversary, c.related_names,
                    c.photo) END,
  {_methods_block_sql()},
  CASE WHEN o.rowid IS NULL THEN NULL ELSE json_array(o.name_en, o.name_zh, a.department_en,
    a.department_zh, a.position_en, a.position_zh, o.country) END""",
    """LEFT JOIN affiliation a ON a.rowid = (
  SELECT a2.rowid FROM affiliation a2 JOIN organisation o2 ON o2.id = a2.organisation_id
   WHERE a2.contact_id = c.id AND a2.deleted_at IS NULL AND a2.end_date IS NULL
   ORDER BY a2.is_primary DESC, a2.start_date, a2.id LIMIT 1)
LEFT JOIN organisation o ON o.id = a.organisation_id""",
)


def _unknown_method(contact_id: str, channel: str, label: str) -> ValueError:
    return ValueError(
        f"contact {contact_id} has a phone, e-mail or other way to reach them of a kind petdesk "
        f"does not know (channel {quoted(channel)}, label {quoted(label)}); run petdesk check"
    )


def _all_vcards(
    conn: sqlite3.Connection, *, chinese_first: bool, v4: bool, home: str = "", language: str = "en"
) -> Generator[str]:
    """The card of every live contact in name order, as :func:`write_vcards` writes it, a chunk at a
    time: for the vCard export of the whole file, which needs no contact objects (building them and
    writing the methods and REV in Python was a third of a 100,000-contact export)."""
    stored_list = _Decoded(lambda text: json.loads(text) if text else [])
    stored_tuple = _Decoded(lambda text: tuple(json.loads(text)) if text else ())
    family_first = NameOrder.FAMILY_FIRST.value
    sections: Sections = {}
    version = "4.0" if v4 else "3.0"
    for row in _in_name_order(conn, _ALL_CARDS_SQL, language):
        (
            cid, family, given, name_order, family_zh, given_zh, honorific_en, honorific_zh, gender,
            languages, tags, notes, dietary, accessibility, emergency, middle, suffix, nickname,
            phonetic_family, phonetic_given, native, hanja, updated_at, rev, extras, methods, affiliation, _,
        ) = row  # fmt: skip
        card = vcard.CardText(version)
        card.put(_PRODID, "-//petdesk//petdesk//EN")
        card.put(_UID, f"urn:uuid:{uuid_text(cid)}")
        if v4:
            card.put(_KIND, "individual")
        native = _native_language(native or "", family_zh or "", given_zh or "")
        native_lang = _native_tag(native)
        parts = (family, given) if name_order == family_first else (given, family)
        _add_section(
            card,
            sections,
            _add_names,
            family,
            given,
            " ".join(p for p in parts if p),
            name_order == family_first,
            family_zh,
            given_zh,
            middle,
            honorific_en,
            honorific_zh,
            suffix,
            phonetic_family,
            phonetic_given,
            native,
            chinese_first,
            v4,
            (hanja or "").strip(),
        )
        if nickname:
            card.add("NICKNAME", vcard.escape(nickname))
        org_country = ""
        if affiliation is not None:
            name_en, name_zh, department_en, department_zh, position_en, position_zh, org_country = (
                affiliation
            )
            _add_section(
                card,
                sections,
                _add_organisation,
                name_en,
                name_zh,
                department_en,
                department_zh,
                native_lang,
                v4,
            )
            _add_section(card, sections, _add_titles, position_en, position_zh, native_lang, v4)
        if methods is not None:
            has_tel = "TEL" in methods if type(methods) is str else any(x.startswith("TEL") for x in methods)
            country = (
                numbers_country(stored_list[extras[1]] if extras else (), org_country or "", home)
                if has_tel
                else ""
            )
            if type(methods) is str and methods[0] != "[" and not has_tel:
                _refuse_unknown_kind(cid, methods)
                card.lines.append(methods)
            else:  # lines to fold: one by one (as an array, or as its text)
                if type(methods) is str:
                    _refuse_unknown_kind(cid, methods)
                    methods = json.loads(methods) if methods[0] == "[" else methods.split("\r\n")
                for line in methods:
                    _refuse_unknown_kind(cid, line)
                    card.lines.extend(vcard.fold(_dialled_tel_line(line, country) if has_tel else line))
        if extras is not None:
            handles, addresses, websites, birthday, anniversary, related, photo = extras
            _add_extras(
                card,
                stored_list[handles],
                stored_list[addresses],
                stored_list[websites],
                birthday,
                anniversary,
                stored_list[related],
                photo,
                v4,
            )
        _add_section(
            card,
            sections,
            _add_languages_gender_tags,
            stored_tuple[languages],
            gender,
            stored_tuple[tags],
            v4,
        )
        _add_notes(card, notes, dietary, accessibility, emergency)
        card.put(_REV, _rev(read_stored_time(updated_at)) if rev is None else rev)
        yield card.text()


def _zh_name(family_zh: str, given_zh: str) -> str:
    """The name in Chinese characters as stored (``names.chinese_name`` without trimming): family name
    first, but a transliterated name (阿卜杜拉· + 艾买提) as it is written."""
    if names.given_first_in_chinese(family_zh, given_zh):
        return f"{given_zh}{family_zh}"
    return f"{family_zh}{given_zh}"


# --- CSV / Excel --------------------------------------------------------------------------------

#: Exported columns (header, field key of the importer). Headers are the importer's field labels, so
#: the exported file maps itself on import; a Chinese export writes their catalogue translations,
#: which the importer reads too (see :func:`headers`).
COLUMNS: tuple[tuple[str, str], ...] = (
    (N_("ID"), "id"),
    (N_("Family name"), "family_name"),
    (N_("Given name"), "given_name"),
    (N_("Name order"), "name_order"),
    # Korean and Japanese names too; files with the older "Chinese family name" still import
    (N_("Family name (Chinese/Japanese/Korean)"), "family_name_zh"),
    (N_("Given name (Chinese/Japanese/Korean)"), "given_name_zh"),
    (N_("Honorific (English)"), "honorific_en"),
    (N_("Honorific (Chinese)"), "honorific_zh"),
    (N_("Gender"), "gender"),
    (N_("Organisation (English)"), "organisation_en"),
    (N_("Organisation (Chinese)"), "organisation_zh"),
    (N_("Department (English)"), "department_en"),
    (N_("Department (Chinese)"), "department_zh"),
    (N_("Position (English)"), "position_en"),
    (N_("Position (Chinese)"), "position_zh"),
    (N_("E-mail"), "email"),
    (N_("Phone (work)"), "phone"),
    (N_("Mobile phone"), "mobile"),
    (N_("Phone (home)"), "phone_home"),
    (N_("Fax"), "fax"),
    (N_("WeChat"), "wechat"),
    (N_("WhatsApp"), "whatsapp"),
    (N_("Skype"), "skype"),
    (N_("Telegram"), "telegram"),
    (N_("LINE"), "line_id"),
    (N_("Languages"), "languages"),
    (N_("Dietary requirements"), "dietary_needs"),
    (N_("Accessibility needs"), "accessibility_needs"),
    (N_("Emergency contact"), "emergency_contact"),
    (N_("Tags"), "tags"),
    (N_("Notes"), "notes"),
    (N_("Fax (home)"), "fax_home"),
    (N_("Middle name"), "middle_name"),
    (N_("Name suffix"), "name_suffix"),
    (N_("Nickname"), "nickname"),
    (N_("Family name (reading)"), "phonetic_family_name"),
    (N_("Given name (reading)"), "phonetic_given_name"),
    (N_("Birthday"), "birthday"),
    (N_("Anniversary"), "anniversary"),
    (N_("Web page"), "website"),
    (N_("Address (work): street"), "address_work_street"),
    (N_("Address (work): city"), "address_work_city"),
    (N_("Address (work): postcode"), "address_work_postcode"),
    (N_("Address (work): country"), "address_work_country"),
    (N_("Address (home): street"), "address_home_street"),
    (N_("Address (home): city"), "address_home_city"),
    (N_("Address (home): postcode"), "address_home_postcode"),
    (N_("Address (home): country"), "address_home_country"),
    # Added after the others, so that the columns of older exports keep their places.
    (N_("Address (work): region"), "address_work_region"),
    (N_("Address (home): region"), "address_home_region"),
    # The labels the columns above had no place for (vCard keeps them), after them for that reason:
    # e-mails, phones and faxes have a column per label, as phones had; a messaging handle stays in
    # its service's column and the label column beside says the labels of the cell's handles, in
    # order, where one is not "other" (a column per service and label would be fifteen more); the
    # handles of services without a channel of their own (QQ, others as "service: handle").
    (N_("E-mail (home)"), "email_home"),
    (N_("E-mail (other)"), "email_other"),
    (N_("E-mail (mobile)"), "email_mobile"),
    (N_("Phone (other)"), "phone_other"),
    (N_("Fax (other)"), "fax_other"),
    (N_("Fax (mobile)"), "fax_mobile"),
    (N_("WeChat label"), "wechat_label"),
    (N_("WhatsApp label"), "whatsapp_label"),
    (N_("Skype label"), "skype_label"),
    (N_("Telegram label"), "telegram_label"),
    (N_("LINE label"), "line_id_label"),
    (N_("QQ"), "qq"),
    (N_("Messaging handle"), "im"),
    # The whole name, in Chinese script when the person has a Chinese name: the column Chinese mail
    # programs read a name from (QQ Mail, Foxmail and 163 look for 姓名, the Chinese header); the
    # importer takes the name parts above when a row has them (field test 35, D3).
    (N_("Full name"), "full_name"),
    # The language of the name in its own script ("ja", "ko"; empty: Chinese): 山田 太郎 is
    # Han characters only and came back Chinese, romanised as pinyin (fixes2, item 4).
    (N_("Name language"), "native_name_language"),
    # A Korean name's Hanja (李敏鎬 beside 이민호, 0055): without it an export and re-import lost it.
    (N_("Hanja"), "name_hanja"),
)

_METHOD_COLUMN = {
    (ContactChannel.EMAIL, ChannelLabel.HOME): "email_home",
    (ContactChannel.EMAIL, ChannelLabel.OTHER): "email_other",
    (ContactChannel.EMAIL, ChannelLabel.MOBILE): "email_mobile",
    (ContactChannel.EMAIL, None): "email",
    (ContactChannel.PHONE, ChannelLabel.MOBILE): "mobile",
    (ContactChannel.PHONE, ChannelLabel.HOME): "phone_home",
    (ContactChannel.PHONE, ChannelLabel.OTHER): "phone_other",
    (ContactChannel.PHONE, None): "phone",
    (ContactChannel.FAX, ChannelLabel.HOME): "fax_home",
    (ContactChannel.FAX, ChannelLabel.OTHER): "fax_other",
    (ContactChannel.FAX, ChannelLabel.MOBILE): "fax_mobile",
    (ContactChannel.FAX, None): "fax",
    (ContactChannel.WECHAT, None): "wechat",
    (ContactChannel.WHATSAPP, None): "whatsapp",
    (ContactChannel.SKYPE, None): "skype",
    (ContactChannel.TELEGRAM, None): "telegram",
    (ContactChannel.LINE, None): "line_id",
}
#: The label column beside each messaging channel's column (see ``COLUMNS``).
_LABEL_COLUMN = {
    ContactChannel.WECHAT: "wechat_label",
    ContactChannel.WHATSAPP: "whatsapp_label",
    ContactChannel.SKYPE: "skype_label",
    ContactChannel.TELEGRAM: "telegram_label",
    ContactChannel.LINE: "line_id_label",
}
#: The label of a handle whose label cell is empty (as the import reads the service's column).
_HANDLE_LABEL = ChannelLabel.OTHER.value


_KEYS = tuple(key for _, key in COLUMNS)
_AT = {key: index for index, key in enumerate(_KEYS)}
#: The parts of the work and home addresses that have cells (street and city first).
_ADDRESS_PARTS = ("street", "city", "postcode", "country", "region")
#: Positions of the cells of ``_ADDRESS_PARTS`` of the work and home addresses.
_ADDRESS_AT = {
    label: tuple(_AT[f"address_{label}_{part}"] for part in _ADDRESS_PARTS) for label in ("work", "home")
}
_METHOD_AT = {pair: _AT[key] for pair, key in _METHOD_COLUMN.items()}
#: Position of each messaging channel's label cell, by the channel's stored value.
_LABEL_AT = {channel.value: _AT[key] for channel, key in _LABEL_COLUMN.items()}
_QQ_AT = _AT["qq"]
_IM_AT = _AT["im"]
_ORGANISATION_AT = _AT["organisation_en"]
_FAMILY_FIRST = "family first"
_GIVEN_FIRST = "given first"


#: Travel documents (0061): written only when asked (``travel=True``, ``--with-travel-documents``):
#: passport numbers are not for every address list that leaves the office.
TRAVEL_COLUMNS: tuple[tuple[str, str], ...] = (
    (N_("Nationality"), "nationality"),
    (N_("Passport number"), "passport_number"),
    (N_("Passport expiry date"), "passport_expiry"),
    (N_("Visa note"), "visa_note"),
)


def headers(language: str = "en", *, travel: bool = False) -> list[str]:
    """The header row in ``language`` (field test 14, defect 5: a Chinese office's supervisor opens
    the file in Chinese Excel); the importer reads the headers of either language. With ``travel``,
    the travel documents' columns after the others."""
    columns = (*COLUMNS, *TRAVEL_COLUMNS) if travel else COLUMNS
    if not _is_chinese(language):
        return [header for header, _ in columns]
    from petdesk.i18n import translator

    _ = translator(language)
    return [_(header) for header, _key in columns]


def travel_cells(contact: m.Contact | ContactView) -> list[str]:
    """The cells of :data:`TRAVEL_COLUMNS`."""
    return [str(getattr(contact, key) or "") for _header, key in TRAVEL_COLUMNS]


def _with_travel_cells(contact: m.Contact | ContactView) -> list[str]:
    return contact_cells(contact) + travel_cells(contact)


def _sheet_name(language: str) -> str:
    """The workbook's sheet named in ``language``, as its headers are ("联系人" in Chinese)."""
    if not _is_chinese(language):
        return "Contacts"
    from petdesk.i18n import translator

    return translator(language)(N_("Contacts"))


def _is_chinese(language: str) -> bool:
    return language.lower().startswith("zh")


def _value_words(language: str) -> Callable[[list[str]], list[str]] | None:
    """What puts a row's name order, gender and handle labels into ``language``'s words, in place
    (None for English, the stored words): the ones the importer reads back ("姓在前", "男", "住宅")."""
    if not _is_chinese(language):
        return None
    from petdesk import labels, vocab

    name_order = {
        _FAMILY_FIRST: vocab.label(NameOrder.FAMILY_FIRST, language),
        _GIVEN_FIRST: vocab.label(NameOrder.GIVEN_FIRST, language),
    }
    channel_label = {label.value: vocab.label(label, language) for label in ChannelLabel}
    order_at, gender_at, label_ats = _AT["name_order"], _AT["gender"], tuple(_LABEL_AT.values())

    def in_words(cells: list[str]) -> list[str]:
        cells[order_at] = name_order.get(cells[order_at], cells[order_at])
        if gender := cells[gender_at]:
            cells[gender_at] = labels.code_label(labels.GENDERS, labels.gender_code(gender), language)
        for at in label_ats:
            if cells[at]:
                cells[at] = "; ".join(channel_label.get(word, word) for word in cells[at].split("; "))
        return cells

    return in_words


def _in_language(rows: Iterable[list[str]], language: str) -> Iterable[list[str]]:
    in_words = _value_words(language)
    return rows if in_words is None else map(in_words, rows)


def _family_first(c: m.Contact | ContactView) -> bool:
    """The name order an export states: family name first for a name in Chinese characters only,
    whatever an older office or file left on it (``names.name_order_of``)."""
    order = names.name_order_of(
        c.name_order,
        family=c.family_name or "",
        given=c.given_name or "",
        family_zh=c.family_name_zh or "",
        given_zh=c.given_name_zh or "",
    )
    return order == NameOrder.FAMILY_FIRST


#: :func:`_family_first`'s Chinese-only name in SQL (a transliterated one, written given name
#: first with its dot, left out as ``names.given_first_in_chinese`` does).
_DOTS_SQL = ", ".join(f"'{dot}'" for dot in names.NAME_DOTS)
_CHINESE_ONLY_SQL = (
    "(trim(c.family_name) = '' AND trim(c.given_name) = '' "
    "AND (trim(c.family_name_zh) != '' OR trim(c.given_name_zh) != '') "
    f"AND substr(rtrim(c.given_name_zh), -1) NOT IN ({_DOTS_SQL}) "
    f"AND substr(ltrim(c.family_name_zh), 1, 1) NOT IN ({_DOTS_SQL}))"
)


def contact_cells(contact: m.Contact | ContactView) -> list[str]:
    """One contact as exported cells, in the order of ``COLUMNS``. Built by position: a 100,000-
    contact export calls this once per contact, and a dict per row cost a fifth of the export."""
    c = contact
    cells = [
        c.id,
        c.family_name,
        c.given_name,
        _FAMILY_FIRST if _family_first(c) else _GIVEN_FIRST,
        c.family_name_zh,
        c.given_name_zh,
        c.honorific_en,
        c.honorific_zh,
        c.gender,
        "",  # organisation_en
        "",  # organisation_zh
        "",  # department_en
        "",  # department_zh
        "",  # position_en
        "",  # position_zh
        "",  # email
        "",  # phone
        "",  # mobile
        "",  # phone_home
        "",  # fax
        "",  # wechat
        "",  # whatsapp
        "",  # skype
        "",  # telegram
        "",  # line_id
        "; ".join(c.languages),
        c.dietary_needs,
        c.accessibility_needs,
        c.emergency_contact,
        "; ".join(c.tags),
        c.notes,
        "",  # fax_home
        c.middle_name,
        c.name_suffix,
        c.nickname,
        c.phonetic_family_name,
        c.phonetic_given_name,
        c.birthday,
        c.anniversary,
        "; ".join(c.websites),
        "", "", "", "",  # work address
        "", "", "", "",  # home address
        "", "",  # work and home address regions
        "", "", "", "", "", "",  # e-mails, phones and faxes of other labels
        "", "", "", "", "",  # labels of the messaging handles
        "", "",  # QQ, other messaging handles
        "",  # full name
        c.native_name_language or "",
        c.name_hanja or "",
    ]  # fmt: skip
    _fill_addresses(cells, c.addresses)
    if c.other_handles:
        _fill_other_handles(cells, c.other_handles)
    affiliation = c.current_affiliation()
    if affiliation is not None and affiliation.organisation is not None:
        org = _ORGANISATION_AT
        cells[org : org + 6] = (
            affiliation.organisation.name_en,
            affiliation.organisation.name_zh,
            affiliation.department_en,
            affiliation.department_zh,
            affiliation.position_en,
            affiliation.position_zh,
        )
    labels: dict[int, list[str]] = {}
    for method in c.methods:
        if method.deleted_at is not None:
            continue
        column = _METHOD_AT.get((method.channel, method.label))
        index = _METHOD_AT[(method.channel, None)] if column is None else column
        cells[index] = f"{cells[index]}; {method.value}" if cells[index] else method.value
        label_at = _LABEL_AT.get(method.channel)
        if label_at is not None:
            labels.setdefault(label_at, []).append(method.label.value)
    if labels:
        _fill_labels(cells, labels)
    _fill_full_name(cells)
    return cells


_FULL_NAME_AT = _AT["full_name"]
_LANGUAGE_AT = _AT["native_name_language"]
_SUFFIX_AT = _AT["name_suffix"]
_NAME_AT = tuple(
    _AT[key] for key in ("family_name", "given_name", "name_order", "family_name_zh", "given_name_zh")
)


def _fill_full_name(cells: list[str]) -> None:
    """The full-name cell from the name cells: the Chinese name as lists write it (张伟,
    安娜·林德奎斯特), else the Latin name in its order."""
    family, given, order_cell, family_zh, given_zh = (cells[at] for at in _NAME_AT)
    order = NameOrder.FAMILY_FIRST if order_cell == _FAMILY_FIRST else NameOrder.GIVEN_FIRST
    # a Hindi name is the one beside the English name, which lists write first (field test 107)
    indic = cells[_LANGUAGE_AT] in names_indic.LANGUAGES and (family.strip() or given.strip())
    if (family_zh.strip() or given_zh.strip()) and not indic:
        cells[_FULL_NAME_AT] = names.chinese_name(family_zh, given_zh, family=family, order=order)
    else:
        cells[_FULL_NAME_AT] = names.with_suffix(names.latin_name(family, given, order), cells[_SUFFIX_AT])


def _fill_labels(cells: list[str], labels: dict[int, list[str]]) -> None:
    """The label cells of the messaging columns (position -> the labels of the cell's handles, in
    order): written where one of them is not the label an empty cell means."""
    for at, given in labels.items():
        if any(label != _HANDLE_LABEL for label in given):
            cells[at] = "; ".join(given)


def _fill_other_handles(cells: list[str], handles: Iterable[dict[str, str]]) -> None:
    """The QQ cell and the "service: handle" entries of the other services' handles."""
    for entry in handles:
        handle = entry.get("handle", "")
        if not handle:
            continue
        service = entry.get("service") or "other"
        at, text = (_QQ_AT, handle) if service.casefold() == "qq" else (_IM_AT, f"{service}: {handle}")
        cells[at] = f"{cells[at]}; {text}" if cells[at] else text


def _fill_addresses(cells: list[str], addresses: Iterable[dict[str, str]]) -> None:
    """The address cells of a row: the first work and the first home address with a street or a city."""
    for address in addresses:
        at = _ADDRESS_AT.get(address.get("label", ""))
        if at is not None and not cells[at[0]] and not cells[at[1]]:
            for index, part in zip(at, _ADDRESS_PARTS, strict=True):
                cells[index] = address.get(part, "")


#: What each cell is where the whole file is read as cells (see :func:`_all_cells`): a column of
#: the contact by default; a stored JSON list (made text in Python); the current affiliation's
#: column; or empty, filled in Python from the methods and the addresses.
_LIST_KEYS = {"languages": "languages", "tags": "tags", "website": "websites"}
_AFFILIATION_CELLS = {
    "organisation_en": "o.name_en",
    "organisation_zh": "o.name_zh",
    "department_en": "a.department_en",
    "department_zh": "a.department_zh",
    "position_en": "a.position_en",
    "position_zh": "a.position_zh",
}
_EMPTY_KEYS = {
    *_METHOD_COLUMN.values(),
    *_LABEL_COLUMN.values(),
    "qq",
    "im",
    "full_name",
    *(key for key in _KEYS if key.startswith("address_")),
}


def _cell_sql(key: str) -> str:
    if key == "name_order":
        family_first = NameOrder.FAMILY_FIRST.value
        return (
            f"CASE WHEN {_CHINESE_ONLY_SQL} THEN '{_FAMILY_FIRST}' "
            f"WHEN c.name_order = '{family_first}' THEN '{_FAMILY_FIRST}' ELSE '{_GIVEN_FIRST}' END"
        )
    if key in _LIST_KEYS:
        return f"c.{_LIST_KEYS[key]}"
    if key in _AFFILIATION_CELLS:
        return f"coalesce({_AFFILIATION_CELLS[key]}, '')"
    if key in _EMPTY_KEYS:
        return "''"
    return f"c.{key}"


#: Every live contact (see :func:`_in_name_order`) as the cells of ``COLUMNS`` but the empty ones
#: (the list cells still JSON), then its addresses and other handles (JSON) and its live methods
#: (see :data:`_METHODS_JSON`). The current affiliation is the one ``ContactView.current_affiliation``
#: chooses, read by a join on its rowid (by its id, a tenth more).
_ALL_CELLS_SQL = _chunk_sql(
    ", ".join(_cell_sql(key) for key in _KEYS if key not in _EMPTY_KEYS)
    + f", c.addresses, c.other_handles, {_METHODS_JSON}",
    """LEFT JOIN affiliation a ON a.rowid = (
  SELECT a2.rowid FROM affiliation a2 JOIN organisation o2 ON o2.id = a2.organisation_id
   WHERE a2.contact_id = c.id AND a2.deleted_at IS NULL AND a2.end_date IS NULL
   ORDER BY a2.is_primary DESC, a2.start_date, a2.id LIMIT 1)
LEFT JOIN organisation o ON o.id = a.organisation_id""",
)
_LIST_AT = tuple(_AT[key] for key in _LIST_KEYS)


def _empty_runs() -> tuple[tuple[slice, list[str]], ...]:
    """Where the runs of cells that the read leaves out go (in order), each with its empty cells:
    the methods' and addresses' cells, filled in Python. Reading 19 constant empty strings for every
    contact cost a third of reading the others."""
    runs: list[tuple[int, int]] = []
    for at, key in enumerate(_KEYS):
        if key not in _EMPTY_KEYS:
            continue
        if runs and sum(runs[-1]) == at:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((at, 1))
    return tuple((slice(at, at), [""] * n) for at, n in runs)


_EMPTY_RUNS = _empty_runs()
#: Cell of each stored (channel, label) of a method, as ``contact_cells`` places it.
_RAW_METHOD_AT = {
    (channel.value, label.value): _METHOD_AT.get((channel, label), _METHOD_AT[(channel, None)])
    for channel in ContactChannel
    for label in ChannelLabel
}


def _all_cells(conn: sqlite3.Connection, language: str = "en") -> Generator[list[str]]:
    """The cells of every live contact in name order, as ``contact_cells`` gives them, a chunk at a
    time: for the Excel export of the whole file, which needs no contact objects (building them was
    half of a 100,000-contact CSV export)."""
    yield from map(_cells_of_rows(), _in_name_order(conn, _ALL_CELLS_SQL, language))


def _cells_of_rows() -> Callable[[list[Any]], list[str]]:
    """What turns a row of :data:`_ALL_CELLS_SQL` into its contact's cells (in place); it remembers
    the decoded lists and addresses it has met."""
    joined = _Decoded(lambda text: "; ".join(json.loads(text)) if text else "")
    addresses = _Decoded(lambda text: json.loads(text) if text else [])
    method_at = _RAW_METHOD_AT
    label_at = _LABEL_AT

    def cells_of(cells: list[Any]) -> list[str]:
        cells.pop()  # the rowid
        methods = cells.pop()
        stored_handles = cells.pop()
        stored_addresses = cells.pop()
        for gap, empty in _EMPTY_RUNS:
            cells[gap] = empty
        for at in _LIST_AT:
            cells[at] = joined[cells[at]]
        if stored_addresses != "[]":
            _fill_addresses(cells, addresses[stored_addresses])
        if stored_handles and stored_handles != "[]":  # (as rarely as addresses: not remembered)
            _fill_other_handles(cells, json.loads(stored_handles))
        if methods:
            if len(methods) > 1:
                methods.sort()  # by position, then id (unique): the order the contact shows
            labels: dict[int, list[str]] = {}
            for _, _, channel, label, value in methods:
                index = method_at.get((channel, label))
                if index is None:
                    raise _unknown_method(cells[0], channel, label)
                cells[index] = f"{cells[index]}; {value}" if cells[index] else value
                label_cell = label_at.get(channel)
                if label_cell is not None:
                    labels.setdefault(label_cell, []).append(label)
            if labels:
                _fill_labels(cells, labels)
        _fill_full_name(cells)
        return cells

    return cells_of


def contact_row(contact: m.Contact | ContactView) -> dict[str, str]:
    """One contact as exported columns (field key -> text)."""
    return dict(zip(_KEYS, contact_cells(contact), strict=True))


#: Phone numbers and plain numbers stay as they are, one or several ("+86 139 …; +86 138 …", two
#: mobiles in one cell): digits and punctuation cannot call anything.
_NUMBER = r"[+\-]?[\d\s().\-/]+"
_PLAIN_NUMBER = re.compile(rf"^{_NUMBER}(?:;\s*{_NUMBER})*$")


def safe_cell(text: str) -> str:
    """A CSV cell no spreadsheet evaluates: formula-like text gets a leading apostrophe (shown by
    Excel and LibreOffice as plain text), while "+86 10 6532 1234" or "-3" stay readable. Text that
    already starts with apostrophes before such a character gets one more, so that the import,
    which takes off one (:func:`~petdesk.textsafety.without_formula_guard`), gives it back."""
    if text.lstrip("'").startswith(FORMULA_START) and not _PLAIN_NUMBER.match(text):
        return "'" + text
    return text


def _clean(text: str, cleaned: list[int]) -> str:
    """``text`` without control characters (a spreadsheet cannot hold them); counts the cells changed."""
    if has_control(text):
        cleaned[0] += 1
        return strip_control(text)
    return text


_SEP = "\x00"
#: Control characters but the separator (see :func:`_row_text`).
_CONTROL_BUT_SEP = re.compile("[\x01-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _row_text(cells: list[str], cleaned: list[int]) -> str:
    """The row's cells without control characters (a spreadsheet cannot hold them), joined by NUL,
    which no cleaned cell holds; counts the cells changed. Whole-row searches and replacements on
    this text spare 48 calls per contact in the usual case of a clean row."""
    text = _SEP.join(cells)
    if _CONTROL_BUT_SEP.search(text) or text.count(_SEP) != len(cells) - 1:
        text = _SEP.join(_clean(cell, cleaned) for cell in cells)
    return text


#: A formula-like cell in a row's text with a separator in front (see :func:`safe_cell`): a
#: separator, then one of the formula characters (after any apostrophes), unless the whole cell is
#: a plain number. The pattern starts with a plain character so that the search jumps from
#: separator to separator.
_FORMULA_CELL = re.compile(rf"\x00(?='*[=+\-@\t\r])(?!{_NUMBER}(?:;\s*{_NUMBER})*(?:\x00|\Z))")


def _safe_row(text: str) -> str:
    """:func:`safe_cell` applied to every cell of a row's text."""
    return _FORMULA_CELL.sub("\x00'", _SEP + text)[1:]


#: What makes the csv module quote a cell (the delimiter, the quote, a line end).
_CSV_QUOTED = re.compile('[,"\r\n]')


def _quoted_by(delimiter: str) -> re.Pattern[str]:
    """:data:`_CSV_QUOTED` for a file separated by ``delimiter`` (a semicolon for German Excel)."""
    return _CSV_QUOTED if delimiter == "," else re.compile(f'[{re.escape(delimiter)}"\r\n]')


def _cells(cells: list[str], cleaned: list[int]) -> list[str]:
    """``cells`` without control characters; counts the cells changed."""
    return _row_text(cells, cleaned).split(_SEP)


def _warn_cleaned(cleaned: list[int], on_warning: Callable[[str], None] | None) -> None:
    if cleaned[0] and on_warning is not None:
        # a sentence of messages.TEMPLATES: the command line shows it in the user's language
        from petdesk.messages import english_count

        on_warning(
            english_count(
                cleaned[0],
                "control characters were removed from {n} cell",
                "control characters were removed from {n} cells",
            )
        )


def write_csv(
    out: IO[str],
    contacts: Iterable[m.Contact | ContactView],
    *,
    on_warning: Callable[[str], None] | None = None,
    language: str = "en",
    delimiter: str = ",",
) -> int:
    """Write CSV rows to the text stream ``out`` as the contacts come; returns how many were written.
    Cells that a spreadsheet would run as formulas are neutralised (:func:`safe_cell`).

    A row is built as one text: the csv module writes only rows with a cell it must quote, the
    others are their cells joined by ``delimiter`` (what it would write), a chunk of rows at a time."""
    cells = map(contact_cells, contacts)
    return _write_csv_cells(out, cells, on_warning=on_warning, language=language, delimiter=delimiter)


class _Appending:
    """Where the csv module writes a row it must quote: its line appended to ``lines`` (a row is one
    ``write``), spared a buffer to read and empty again for two thirds of the rows."""

    def __init__(self, lines: list[str]) -> None:
        self.write = lines.append


class _CsvLines:
    """CSV lines of rows of cells, as the csv module writes them, appended to ``lines`` (a line in
    a few pieces); counts in ``cleaned`` the cells that lost control characters."""

    def __init__(self, delimiter: str = ",") -> None:
        self.lines: list[str] = []
        self.cleaned = [0]
        self._delimiter = delimiter
        self._quoted = _quoted_by(delimiter)
        self._quoting = csv.writer(_Appending(self.lines), lineterminator="\r\n", delimiter=delimiter)

    def add(self, cells: list[str]) -> None:
        lines = self.lines
        text = _safe_row(_row_text(cells, self.cleaned))
        found = self._quoted.search(text)
        if found is None:
            lines.append(text.replace(_SEP, self._delimiter))
            lines.append("\r\n")
        elif not _quote_one_cell(text, found.start(), lines, self._delimiter, self._quoted):
            self._quoting.writerow(text.split(_SEP))  # appends the row's line to ``lines``

    def line(self, cells: list[str]) -> str:
        """The line of one row on its own."""
        self.add(cells)
        text = "".join(self.lines)
        self.lines.clear()
        return text

    def flush(self, out: IO[str]) -> None:
        out.write("".join(self.lines))
        self.lines.clear()


def _write_header(out: IO[str], language: str = "en", delimiter: str = ",", *, travel: bool = False) -> None:
    csv.writer(out, lineterminator="\r\n", delimiter=delimiter).writerow(headers(language, travel=travel))


def _write_csv_cells(
    out: IO[str],
    rows: Iterable[list[str]],
    *,
    on_warning: Callable[[str], None] | None = None,
    language: str = "en",
    delimiter: str = ",",
    travel: bool = False,
) -> int:
    """:func:`write_csv` of the contacts' cells (see :func:`contact_cells`)."""
    _write_header(out, language, delimiter, travel=travel)
    lines = _CsvLines(delimiter)
    n = 0
    for cells in _in_language(rows, language):
        lines.add(cells)
        n += 1
        if len(lines.lines) >= _CHUNK:
            lines.flush(out)
    lines.flush(out)
    _warn_cleaned(lines.cleaned, on_warning)
    return n


def _write_all_csv(
    out: TextIO,
    conn: sqlite3.Connection,
    total: int,
    on_progress: Callable[[int, int], None] | None,
    on_warning: Callable[[str], None] | None,
    language: str = "en",
    block_text: int = _BLOCK_TEXT,
    delimiter: str = ",",
) -> int:
    """:func:`write_csv` of every live contact in name order, read a block at a time in file order
    (see :func:`_ranked_rows`): each block's lines are held (see :class:`_HeldLines`) and written
    in name order when it ends."""
    _write_header(out, language, delimiter)
    out.flush()  # the lines go to the bytes underneath, after the header (and the byte-order mark)
    lines = _CsvLines(delimiter)
    cells_of = _cells_of_rows()
    if (in_words := _value_words(language)) is not None:
        cells_of = _then(cells_of, in_words)
    held = _HeldLines(_BLOCK)
    # the held lines are bytes in the file's encoding (GB18030, or UTF-8 after the mark)
    codec = "utf-8" if out.encoding.lower().replace("_", "-") in ("utf-8", "utf-8-sig") else out.encoding
    n = 0
    if on_progress is not None:
        on_progress(0, total)
    ranked = _ranked_rows(conn, _ALL_CELLS_SQL, _BLOCK, block_text, language)
    with contextlib.closing(ranked) as rows:  # (see export_all)
        for item in rows:
            if item is None:
                held.write(out.buffer)
                continue
            rank, row = item
            held.add(rank, lines.line(cells_of(row)).encode(codec))
            n += 1
            if on_progress is not None and n % _CHUNK == 0:
                on_progress(n, max(total, n))
    if on_progress is not None:
        on_progress(n, max(total, n))
    _warn_cleaned(lines.cleaned, on_warning)
    return n


def _then(
    first: Callable[[Any], list[str]], second: Callable[[list[str]], list[str]]
) -> Callable[[Any], list[str]]:
    return lambda row: second(first(row))


class _HeldLines:
    """The encoded lines of a block, kept one after another in the order they come, with where
    each rank's line starts and ends; written in the order of their ranks. One buffer instead of a
    string per line: 200,000 lines as strings took 390 MB resident (Chinese text at two bytes a
    character, and the freed strings of a block not reused by the next)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._clear()

    def _clear(self) -> None:
        self._text = bytearray()
        self._start = array("q", bytes(8 * self._size))
        self._end = array("q", bytes(8 * self._size))
        self._top = 0

    def add(self, rank: int, line: bytes) -> None:
        self._start[rank] = len(self._text)
        self._text += line
        self._end[rank] = len(self._text)
        self._top = max(self._top, rank + 1)

    def write(self, out: BinaryIO) -> None:
        """Write the lines in rank order (a rank never added, a contact deleted meanwhile, is
        skipped) and forget them."""
        with memoryview(self._text) as text:
            start, end = self._start, self._end
            for at in range(0, self._top, _CHUNK):
                ranks = range(at, min(at + _CHUNK, self._top))
                out.write(b"".join([text[start[rank] : end[rank]] for rank in ranks]))
        self._clear()


def _quote_one_cell(
    text: str, at: int, lines: list[str], delimiter: str = ",", quoted: re.Pattern[str] = _CSV_QUOTED
) -> bool:
    """Append the CSV line of a row (its cells joined by :data:`_SEP`) whose first character to
    quote is at ``at``, if that cell is the only one to quote and holds no quote (which the csv
    module would double); False otherwise. Two rows in three have such a cell, for a comma (an
    organisation's "…, Ltd."): slicing it out spares the csv module's look at every cell (a
    third of the writing of 100,000 contacts)."""
    start = text.rfind(_SEP, 0, at) + 1
    end = text.find(_SEP, at)
    if end < 0:
        end = len(text)
    if quoted.search(text, end) is not None or text.find('"', at, end) >= 0:
        return False
    lines.append(text[:start].replace(_SEP, delimiter))
    lines.append(f'"{text[start:end]}"')
    lines.append(text[end:].replace(_SEP, delimiter))
    lines.append("\r\n")
    return True


def csv_bytes(
    contacts: Sequence[m.Contact | ContactView],
    *,
    encoding: str = "utf-8-sig",
    on_warning: Callable[[str], None] | None = None,
) -> bytes:
    """CSV with a byte-order mark by default, so that Excel shows Chinese correctly when opened."""
    buffer = io.StringIO(newline="")
    write_csv(buffer, contacts, on_warning=on_warning)
    return buffer.getvalue().encode(encoding)


def write_xlsx(
    out: IO[bytes] | Path,
    contacts: Iterable[m.Contact | ContactView],
    *,
    on_warning: Callable[[str], None] | None = None,
    language: str = "en",
) -> int:
    """An Excel workbook: openpyxl (write-only) writes the workbook and the header row, and the rows
    are written into its sheet as they come (:mod:`petdesk.services.xlsx_stream`), so memory does
    not grow with the number of contacts. Every cell is text: phone numbers must not become
    numbers (leading zeros, "+"), and text that starts with "=" must not become a formula.
    Returns how many contacts were written."""
    return _write_xlsx_cells(out, map(contact_cells, contacts), on_warning=on_warning, language=language)


def _write_xlsx_cells(
    out: IO[bytes] | Path,
    rows: Iterable[list[str]],
    *,
    on_warning: Callable[[str], None] | None = None,
    language: str = "en",
    travel: bool = False,
) -> int:
    """:func:`write_xlsx` of the contacts' cells (see :func:`contact_cells`)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from petdesk.services import xlsx_stream

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_name(language))
    row_of_headers = headers(language, travel=travel)
    for index, header in enumerate(row_of_headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(10, min(40, len(header) + 4))
    sheet.freeze_panes = "B2"
    bold = Font(bold=True)
    header_cells = []
    for header in row_of_headers:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    cleaned = [0]
    counted = [0]

    def texts() -> Iterator[str]:
        for cells in _in_language(rows, language):
            yield _row_text(cells, cleaned)
            counted[0] += 1

    xlsx_stream.write_workbook(out, workbook, len(row_of_headers), texts())
    _warn_cleaned(cleaned, on_warning)
    return counted[0]


def xlsx_bytes(
    contacts: Sequence[m.Contact | ContactView], *, on_warning: Callable[[str], None] | None = None
) -> bytes:
    buffer = io.BytesIO()
    write_xlsx(buffer, contacts, on_warning=on_warning)
    return buffer.getvalue()


def _with_progress(
    contacts: Iterator[_T], total: int, on_progress: Callable[[int, int], None] | None
) -> Iterator[_T]:
    """``contacts`` unchanged, calling ``on_progress(done, total)`` every chunk and at the end."""
    if on_progress is None:
        yield from contacts
        return
    done = 0
    on_progress(0, total)
    for contact in contacts:
        yield contact
        done += 1
        if done % _CHUNK == 0:
            on_progress(done, max(total, done))
    on_progress(done, max(total, done))


def export_contacts(
    session: Session,
    path: Path | str,
    fmt: Format,
    *,
    ids: Sequence[str] | None = None,
    query: str | None = None,
    vcard_version: str = "4.0",
    on_warning: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    language: str = "en",
    bom: bool = True,
    encoding: str = "utf-8",
    delimiter: str = ",",
    with_travel_documents: bool = False,
) -> int:
    """Write the selected contacts to ``path`` as they are read, a chunk at a time (memory does not
    grow with the file), atomically: a temporary file renamed into place, removed again if writing
    fails. ``on_progress(done, total)`` is called as contacts are written. Returns how many were
    written. A CSV or Excel file has its headers and words in ``language`` (a vCard has none). A
    CSV starts with a byte-order mark, which Excel needs to read UTF-8, unless ``bom`` is False.
    Nationality, passport and visa note are written only ``with_travel_documents`` (the contacts
    then read through the session, not the quick read of all, which knows no such columns)."""
    from petdesk.services import export_log
    from petdesk.services.office import home_country

    _check_format(fmt)
    travel = with_travel_documents
    everyone = ids is None and not (query and query.strip())
    if everyone and not travel:
        conn = session_sqlite(session)
        written = export_all(
            conn,
            path,
            fmt,
            vcard_version=vcard_version,
            on_warning=on_warning,
            on_progress=on_progress,
            language=language,
            bom=bom,
            encoding=encoding,
            delimiter=delimiter,
        )
        export_log.record_after(session, "contacts", path, written, None)
        return written
    selection = stream_contacts(session, ids=ids, query=query, language=language)
    sent: list[str] = []  # whose data the file holds, for the export log
    contacts = _with_progress(
        export_log.collecting_ids(selection.contacts, sent), selection.total, on_progress
    )
    if fmt == "vcf":
        written = _write_file(
            path,
            fmt,
            lambda out: write_vcards(
                out, contacts, version=vcard_version, travel=travel, home=home_country(session)
            ),
        )
        export_log.record_after(session, "contacts", path, written, None if everyone else sent)
        return written
    with_photo = [0]
    written = _write_rows(
        path,
        fmt,
        map(_with_travel_cells if travel else contact_cells, _counting_photos(contacts, with_photo)),
        on_warning,
        language=language,
        bom=bom,
        encoding=encoding,
        delimiter=delimiter,
        travel=travel,
    )
    _warn_photos_left_out(with_photo[0], on_warning)
    export_log.record_after(session, "contacts", path, written, None if everyone else sent)
    return written


def _counting_photos(contacts: Iterable[Any], with_photo: list[int]) -> Iterator[Any]:
    """``contacts`` as they are, counting in ``with_photo[0]`` those that have a photo."""
    for contact in contacts:
        if contact.photo:
            with_photo[0] += 1
        yield contact


def _warn_photos_left_out(n: int, on_warning: Callable[[str], None] | None) -> None:
    """A CSV or Excel file has no column for a photo: say how many were not written, rather than
    let them vanish unseen from a round trip (field test 29)."""
    if n and on_warning is not None:
        from petdesk.messages import english_count

        on_warning(
            english_count(
                n,
                "CSV and Excel files hold no photos: {n} contact's photo was not written",
                "CSV and Excel files hold no photos: {n} contacts' photos were not written",
            )
        )


def export_all(
    conn: sqlite3.Connection,
    path: Path | str,
    fmt: Format,
    *,
    vcard_version: str = "4.0",
    on_warning: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    before_keeping: Callable[[], None] | None = None,
    language: str = "en",
    bom: bool = True,
    encoding: str = "utf-8",
    block_text: int = _BLOCK_TEXT,
    delimiter: str = ",",
) -> int:
    """:func:`export_contacts` of every live contact, on a plain connection: cards or cells straight
    from one read, no contact objects, no SQLAlchemy (the command line opens none for it: importing
    it and the models took a tenth of a 100,000-contact export). ``conn`` may be used from another
    thread (the rows are read ahead in one); reads stay consistent when it is in a transaction.
    ``before_keeping`` runs when everything is written, before the file takes its name: an error it
    raises leaves no file (and an earlier one of that name as it was). ``block_text``: the bytes of
    rows a CSV export holds at a time to put them in name order (see :func:`_ranked_rows`)."""
    _check_format(fmt)
    total = _count_all(conn)
    if fmt == "csv":
        written = _write_file(
            path,
            fmt,
            lambda out: _write_all_csv(
                out, conn, total, on_progress, on_warning, language, block_text, delimiter
            ),
            before_keeping,
            bom=bom,
            encoding=encoding,
        )
        _warn_photos_left_out(_count_photos(conn), on_warning)
        return written
    # Closed here, not when the caller lets go of an error (whose traceback holds this frame): that
    # ends the reading thread at once (a cancelled export in the window).
    if fmt == "vcf":
        cards = _all_vcards(
            conn, chinese_first=True, v4=vcard_version == "4.0", home=_office_country(conn), language=language
        )
        with contextlib.closing(cards):
            return _write_file(
                path,
                fmt,
                lambda out: _write_texts(out, _with_progress(cards, total, on_progress)),
                before_keeping,
            )
    cells = _all_cells(conn, language)
    with contextlib.closing(cells):
        written = _write_rows(
            path,
            fmt,
            _with_progress(cells, total, on_progress),
            on_warning,
            before_keeping,
            language=language,
        )
    _warn_photos_left_out(_count_photos(conn), on_warning)
    return written


def _office_country(conn: sqlite3.Connection) -> str:
    """``office.home_country`` on a plain connection (the whole-file export opens no session)."""
    from petdesk.office_country import COUNTRY_SETTING, DEFAULT_COUNTRY

    row = conn.execute("SELECT value FROM setting WHERE key = ?", (COUNTRY_SETTING,)).fetchone()
    return row[0] if row and row[0] else DEFAULT_COUNTRY


def _count_photos(conn: sqlite3.Connection) -> int:
    """How many live contacts have a photo."""
    (n,) = conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL AND photo != ''").fetchone()
    return int(n)


def export_all_of_file(
    db_path: Path | str,
    path: Path | str,
    fmt: Format,
    *,
    check_budget_s: float,
    vcard_version: str = "4.0",
    on_warning: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    language: str = "en",
    bom: bool = True,
    encoding: str = "utf-8",
    block_text: int = _BLOCK_TEXT,
    delimiter: str = ",",
) -> int:
    """:func:`export_all` on a read-only connection of its own, opened here, as the command line and
    the window both export every contact: rows read ahead in a thread (hence a connection usable
    from another thread, which a session's is not), the file's integrity check run beside
    (``check_budget_s`` seconds at most) and asked before the file is kept. Through a session the
    window took twice the command line's time (field test 10: vCard of 100,000, 19.7 s vs 8.3 s)."""
    from petdesk.db import bulk_reading
    from petdesk.services import export_log

    with bulk_reading(db_path, check_budget_s=check_budget_s, check_same_thread=False) as (conn, check):
        conn.execute("BEGIN")  # one snapshot for every chunk, whatever another program writes meanwhile
        written = export_all(
            conn,
            path,
            fmt,
            vcard_version=vcard_version,
            on_warning=on_warning,
            on_progress=on_progress,
            before_keeping=check.verdict,
            language=language,
            bom=bom,
            encoding=encoding,
            block_text=block_text,
            delimiter=delimiter,
        )
    export_log.record_in_file(db_path, "contacts", path, written, None)
    return written


def _check_format(fmt: str) -> None:
    if fmt not in ("vcf", "csv", "xlsx"):
        raise ValueError(f"unknown export format {quoted(fmt)}; choose vcf, csv or xlsx")


#: Encodings a CSV export can be written in: UTF-8 (with a byte-order mark for Excel unless asked
#: not to), or GB18030 for older Chinese Excel, Outlook and Foxmail, which read a CSV without a mark
#: as the system's GBK; GB18030 holds every character, so nothing is lost (field test 35, D3).
CSV_ENCODINGS = ("utf-8", "gb18030")


def _file_encoding(fmt: str, encoding: str, bom: bool) -> str:
    if fmt != "csv":
        return "utf-8"
    if encoding.lower() not in CSV_ENCODINGS:
        raise ValueError(f"unknown CSV encoding {quoted(encoding)}; choose {' or '.join(CSV_ENCODINGS)}")
    if encoding.lower() == "gb18030":
        return "gb18030"
    return "utf-8-sig" if bom else "utf-8"


def _write_rows(
    path: Path | str,
    fmt: Format,
    rows: Iterable[list[str]],
    on_warning: Callable[[str], None] | None,
    before_keeping: Callable[[], None] | None = None,
    *,
    language: str = "en",
    bom: bool = True,
    encoding: str = "utf-8",
    delimiter: str = ",",
    travel: bool = False,
) -> int:
    if fmt == "xlsx":
        return _write_file(
            path,
            fmt,
            lambda out: _write_xlsx_cells(out, rows, on_warning=on_warning, language=language, travel=travel),
            before_keeping,
        )
    return _write_file(
        path,
        fmt,
        lambda out: _write_csv_cells(
            out, rows, on_warning=on_warning, language=language, delimiter=delimiter, travel=travel
        ),
        before_keeping,
        bom=bom,
        encoding=encoding,
    )


def _write_file(
    path: Path | str,
    fmt: Format,
    write: Callable[[Any], int],
    before_keeping: Callable[[], None] | None = None,
    *,
    bom: bool = True,
    encoding: str = "utf-8",
) -> int:
    """``write(file)`` into ``path`` through :func:`petdesk.outfile.writing` (an ordinary file is
    kept only if writing and ``before_keeping``, called before the rename, succeed); returns what
    ``write`` returns."""
    if fmt == "xlsx":
        opened = outfile.writing(path)
    else:  # CSV with a byte-order mark (unless asked not to), so that Excel shows Chinese correctly
        opened = outfile.writing(path, "w", encoding=_file_encoding(fmt, encoding, bom), newline="")
    with opened as fh:
        # No cycle collection while writing (see :mod:`petdesk.gcpause`): rows, cards and the remembered
        # sections and decoded values hold no cycles, and rescanning them was a twentieth of a vCard export.
        with paused_gc():
            n = write(fh)
        if before_keeping is not None:
            before_keeping()
    return n
