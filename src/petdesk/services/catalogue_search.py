"""Search keys for technologies and city needs, kept in ``catalogue_search`` (migration 0037).

The keys are built with the same pieces as the contact and organisation index
(:mod:`petdesk.services.names`: folding, pinyin, initials), so the catalogue answers what the
address book answers: 真空, zhenkong, zhen kong, initials ``zkps``, ``Kruger`` for Krüger and
``Mueller`` for Müller (field test 26, defect 8). A query is then a few ``instr`` tests in SQL over
one short text per record instead of pinyin worked out for every record on every query.

Triggers on the tables the keys are made from (technology, city need, and the organisation's
names) append the records whose key is stale to ``catalogue_dirty`` (migration 0040), whoever
writes: the window, a sync import, plain SQL. Only those keys are worked out again, before each
commit (``db.py`` listeners) so that a read-only session never has to write, and before a search
for marks left by writes that committed in some other way. A commit that changed no technology,
need or organisation name finds the queue empty and costs one indexed read.

The ``stamp`` (the record's and its organisation's ``updated_at`` and the key version) is kept for
:func:`refresh_keys`, which compares every key: migrations and a ``KEY_VERSION`` change use it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence

from sqlalchemy.orm import Session

from petdesk.connection import OperationalError, session_sqlite
from petdesk.han_script import simplified
from petdesk.persian_letters import PERSIAN_FORMS_GLOB
from petdesk.services import names
from petdesk.vocab import SECTORS

TECHNOLOGY = "technology"
NEED = "need"

#: Raise when the key's make-up changes, with a local migration that calls :func:`refresh_keys`:
#: every stored key becomes stale and is worked out again.
KEY_VERSION = "3"  # 2: ø, æ, ł … folded too (field test 44, §4); 3: Han characters Simplified

_HAN_RUN = re.compile(f"[{names.HAN_CLASS}]+")
#: How German writes umlauts without them (Müller, Mueller); fold() gives the other form (muller).
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_SEP = " ; "

#: The stamp as SQL: record, organisation and key version (``o`` may be missing: no provider).
_STAMP = f"'{KEY_VERSION}:' || coalesce(r.updated_at, '') || ':' || coalesce(o.updated_at, '')"
_SOURCES = {
    TECHNOLOGY: (
        "SELECT r.id, {stamp}, r.name_en, r.name_zh, r.tags, r.sector, o.name_en, o.name_zh, "
        "r.description_en, r.description_zh, r.key_figures_en, r.key_figures_zh "
        "FROM technology r LEFT JOIN organisation o ON o.id = r.provider_organisation_id "
        "LEFT JOIN catalogue_search k ON k.kind = 'technology' AND k.entity_id = r.id "
        "WHERE r.deleted_at IS NULL AND {which}"
    ),
    NEED: (
        "SELECT r.id, {stamp}, r.title_en, r.title_zh, r.tags, r.sector, "
        "coalesce(nullif(o.city_en, ''), o.name_en), coalesce(nullif(o.city_zh, ''), o.name_zh), "
        "r.problem_en, r.problem_zh, '', '' "
        "FROM city_need r LEFT JOIN organisation o ON o.id = r.city_organisation_id "
        "LEFT JOIN catalogue_search k ON k.kind = 'need' AND k.entity_id = r.id "
        "WHERE r.deleted_at IS NULL AND {which}"
    ),
}

#: Which records' keys :func:`refresh_keys` works out: those whose stamp differs.
_STALE = f"k.stamp IS NOT {_STAMP}"
#: Which records' keys :func:`refresh_marked` works out: those marked up to ``seq`` ``?``.
_MARKED = "r.id IN (SELECT entity_id FROM catalogue_dirty WHERE kind = '{kind}' AND seq <= ?)"

#: Keys of records no longer live (deleted, soft or for good, or erased): search shows only live
#: records, so such a key is never used again; a restored record gets a new one.
_TABLES = {TECHNOLOGY: "technology", NEED: "city_need"}
_GONE = {
    TECHNOLOGY: (
        "DELETE FROM catalogue_search WHERE kind = 'technology' AND NOT EXISTS "
        "(SELECT 1 FROM technology r WHERE r.id = catalogue_search.entity_id AND r.deleted_at IS NULL)"
    ),
    NEED: (
        "DELETE FROM catalogue_search WHERE kind = 'need' AND NOT EXISTS "
        "(SELECT 1 FROM city_need r WHERE r.id = catalogue_search.entity_id AND r.deleted_at IS NULL)"
    ),
}


def _pinyin(text: str) -> list[str]:
    return names.pinyin_syllables(text, phrase=True) if names.has_cjk(text) else []


def _forms(text: str) -> list[str]:
    """``text`` folded, in German spelling if it has umlauts, and in pinyin with and without spaces."""
    syllables = _pinyin(text)
    german = text.translate(_GERMAN)
    return [
        names.fold(text),
        names.fold(german) if german != text else "",
        " ".join(syllables),
        "".join(syllables),
    ]


def _initials(text: str) -> list[str]:
    """Pinyin initials of each run of Chinese characters ("老城区真空排水系统" -> "lcqzkpsxt"), as
    pinyin input methods abbreviate; only for names, where a few letters say something."""
    return [names.initials(_pinyin(run)) for run in _HAN_RUN.findall(text)]


def key_text(*, titles: Iterable[str], texts: Iterable[str]) -> str:
    """The searchable text: ``titles`` (names, tags, organisation, sector labels) with initials,
    ``texts`` (descriptions) without, all folded and in pinyin."""
    # Han characters Simplified, as queries are: 臺北 finds a 台北 provider's technology and back
    titles, texts = [simplified(t) for t in titles if t], [simplified(t) for t in texts if t]
    parts = [form for t in (*titles, *texts) for form in _forms(t)]
    parts += [i for t in titles for i in _initials(t)]
    return _SEP.join(dict.fromkeys(p for p in parts if p))


def _tags(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(t) for t in value] if isinstance(value, list) else []


def _ready(conn: sqlite3.Connection, table: str = "catalogue_search") -> bool:
    """Whether the file has the table (a database before migration 0037, or 0040 for
    ``catalogue_dirty``, has not)."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    return row.fetchone() is not None


def refresh_keys(conn: sqlite3.Connection, kinds: Sequence[str] = (TECHNOLOGY, NEED)) -> int:
    """Compare every key of ``kinds`` with its record: work out the stale ones again and drop
    those of records no longer live; how many keys were worked out."""
    if not _ready(conn):
        return 0
    done = 0
    for kind in kinds:
        # Looked for before deleting: a DELETE writes even when it finds nothing, and a read-only
        # file (a USB stick) must still be searchable.
        gone = _GONE[kind]
        if conn.execute("SELECT 1 " + gone.removeprefix("DELETE ") + " LIMIT 1").fetchone():
            conn.execute(gone)
        done += _write_keys(conn, kind, _STALE, ())
    return done


def refresh_marked(conn: sqlite3.Connection) -> int:
    """Work out the keys the triggers marked stale, drop those of marked records no longer live,
    and empty the queue; how many keys were worked out. Nothing marked: nothing written."""
    try:
        last = conn.execute("SELECT max(seq) FROM catalogue_dirty").fetchone()[0]
    except OperationalError:  # a file before migration 0040 (plain or encrypted): no marks to go by
        return refresh_keys(conn)
    if last is None:
        return 0
    done = 0
    for kind in (TECHNOLOGY, NEED):
        conn.execute(
            "DELETE FROM catalogue_search WHERE kind = ? AND entity_id IN "
            "(SELECT entity_id FROM catalogue_dirty WHERE kind = ? AND seq <= ?) "
            f"AND NOT EXISTS (SELECT 1 FROM {_TABLES[kind]} r "
            "WHERE r.id = catalogue_search.entity_id AND r.deleted_at IS NULL)",
            (kind, kind, last),
        )
        done += _write_keys(conn, kind, _MARKED.format(kind=kind), (last,))
    conn.execute("DELETE FROM catalogue_dirty WHERE seq <= ?", (last,))
    return done


def _write_keys(conn: sqlite3.Connection, kind: str, which: str, params: Sequence[object]) -> int:
    """Work out and store the keys of the live records of ``kind`` that ``which`` selects."""
    rows = conn.execute(_SOURCES[kind].format(stamp=_STAMP, which=which), params).fetchall()
    keys = []
    for rid, stamp, title_en, title_zh, tags, sector, org_en, org_zh, *texts in rows:
        titles = [title_en, title_zh, org_en or "", org_zh or "", sector, *_tags(tags)]
        titles += SECTORS.get(sector, ("", ""))
        keys.append((kind, rid, stamp, key_text(titles=titles, texts=texts)))
    if keys:
        conn.executemany(
            "INSERT OR REPLACE INTO catalogue_search (kind, entity_id, stamp, text) VALUES (?, ?, ?, ?)",
            keys,
        )
    return len(keys)


def refresh_persian_keys(conn: sqlite3.Connection) -> int:
    """Work out again the keys written with Persian ی, ک, a final ى or a ZWNJ, which
    :func:`names.fold` writes as ي, ك and nothing since ``0077_persian_letters`` (field test 125);
    every other key stays. How many keys were worked out."""
    if not _ready(conn):
        return 0
    return sum(_write_keys(conn, kind, "k.text GLOB ?", (PERSIAN_FORMS_GLOB,)) for kind in (TECHNOLOGY, NEED))


def rebuild_keys(conn: sqlite3.Connection) -> int:
    """Every key worked out anew (``petdesk reindex``); how many live records have one."""
    if not _ready(conn):
        return 0
    conn.execute("DELETE FROM catalogue_search")
    if _ready(conn, "catalogue_dirty"):
        conn.execute("DELETE FROM catalogue_dirty")  # every mark is answered by the rebuild
    return refresh_keys(conn)


def matching_ids(session: Session, kind: str, query: str) -> list[str]:
    """Ids of the live records of ``kind`` whose key holds every word of ``query`` (folded)."""
    conn = session_sqlite(session)
    refresh_marked(conn)
    words = [w for w in simplified(names.fold(query)).split() if w]
    where = "".join(" AND instr(text, ?) > 0" for _ in words)
    sql = f"SELECT entity_id FROM catalogue_search WHERE kind = ?{where}"
    return [row[0] for row in conn.execute(sql, [kind, *words])]


def before_commit(session: Session) -> None:
    """Keys of records changed in this transaction, whoever changed them (listener in ``db.py``)."""
    if session.in_transaction():
        refresh_marked(session_sqlite(session))
