"""Set one field on many organisations at once, set-based, in the caller's transaction (issue 10).

The list's "all N matching" or its selection gets a new country, kind or city in a handful of
statements over a temporary table of the targets, the way :mod:`petdesk.services.tagging` tags
them: one ``UPDATE ... FROM`` writes the changed rows, sync history (field versions and the change
log) is written in SQL too, and the search index follows through its dirty queue (the update
triggers queue every changed row; the commit brings the index up to date). The returned
:class:`BulkChange` keeps every record's old value, so :func:`undo` puts them back the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from petdesk import labels
from petdesk.connection import begin_real_transaction, session_sqlite
from petdesk.i18n import N_
from petdesk.models.enums import OrgKind
from petdesk.models.types import stored_time, utcnow
from petdesk.services import search as search_service
from petdesk.services import tagging
from petdesk.services.validation import Issue, ValidationError

_TEMP = "temp.petdesk_bulk"


def _country(value: str) -> str:
    """A code or a country's name (English or Chinese), as the editor's country field takes it."""
    code = labels.country_code(value)
    if code is None:
        raise ValidationError(
            [
                Issue(
                    "country",
                    N_("“{value}” is not a country petdesk knows (e.g. Germany, DE)."),
                    {"value": value},
                )
            ]
        )
    return code


def _kind(value: str) -> str:
    return OrgKind(value).value  # ValueError for a kind that does not exist


def _text(value: str) -> str:
    return value.strip()


#: The fields that can be set on many records at once, per kind, with their cleaning rule.
FIELDS: dict[str, dict[str, Callable[[str], str]]] = {
    search_service.ORGANISATION: {"country": _country, "kind": _kind, "city_en": _text, "city_zh": _text},
}


@dataclass(frozen=True)
class BulkChange:
    """What :func:`set_field` changed: the field and each changed record's old value."""

    kind: str
    field: str
    value: str
    previous: tuple[tuple[str, str], ...]

    @property
    def ids(self) -> list[str]:
        return [record_id for record_id, _old in self.previous]


def clean_value(kind: str, field: str, value: str) -> str:
    """``value`` as :func:`set_field` would store it, or the :class:`ValidationError` it would
    raise: the window asks before it starts the write, so a typing mistake keeps the dialog."""
    if field not in FIELDS.get(kind, {}):
        raise ValueError(f"{field} cannot be set on many {kind} records at once")
    return FIELDS[kind][field](value)


def set_field(
    session: Session,
    kind: str,
    field: str,
    value: str,
    *,
    ids: Sequence[str] | None = None,
    query: str | None = None,
    filters: dict[str, str] | None = None,
) -> BulkChange:
    """Set ``field`` to ``value`` on the live records of ``kind`` given by ``ids`` or matching the
    search ``query`` and ``filters``; records that already have the value are left alone."""
    new = clean_value(kind, field, value)
    conn = _start(session)
    table = tagging.TABLES[kind]
    live = (
        f"SELECT t.id, t.{field}, ? FROM {table} t "
        f"WHERE t.deleted_at IS NULL AND t.{field} IS NOT ? AND t.id IN "
    )
    if query is not None:
        sql, params = search_service.matching_ids_sql(query, kind=kind, filters=filters)
        conn.execute(
            f"INSERT OR IGNORE INTO {_TEMP} (id, old, new) {live}(SELECT * FROM ({sql}))", [new, new, *params]
        )
    else:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS petdesk_bulk_ids (id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM temp.petdesk_bulk_ids")
        conn.executemany("INSERT OR IGNORE INTO temp.petdesk_bulk_ids VALUES (?)", [(i,) for i in ids or ()])
        conn.execute(
            f"INSERT INTO {_TEMP} (id, old, new) {live}(SELECT id FROM temp.petdesk_bulk_ids)", [new, new]
        )
    previous = tuple(
        (str(i), str(old)) for i, old in conn.execute(f"SELECT id, old FROM {_TEMP} ORDER BY id")
    )
    _write(session, conn, table, field)
    return BulkChange(kind, field, new, previous)


def undo(session: Session, change: BulkChange) -> int:
    """Put back the old values ``change`` replaced (on the records still holding its value)."""
    conn = _start(session)
    table = tagging.TABLES[change.kind]
    conn.executemany(
        f"INSERT INTO {_TEMP} (id, old, new) SELECT t.id, t.{change.field}, ? FROM {table} t "
        f"WHERE t.id = ? AND t.deleted_at IS NULL AND t.{change.field} IS ?",
        [(old, record_id, change.value) for record_id, old in change.previous],
    )
    return _write(session, conn, table, change.field)


def _start(session: Session) -> sqlite3.Connection:
    session.flush()  # pending ORM work first: this writes under the ORM's feet
    conn = session_sqlite(session)
    begin_real_transaction(conn)
    tagging._install_functions(conn)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS petdesk_bulk (id TEXT PRIMARY KEY, old TEXT, new TEXT)")
    conn.execute(f"DELETE FROM {_TEMP}")
    return conn


def _write(session: Session, conn: sqlite3.Connection, table: str, field: str) -> int:
    """Write the temporary table's new values with their history; returns how many changed."""
    changed = int(conn.execute(f"SELECT count(*) FROM {_TEMP}").fetchone()[0])
    if changed:
        now = stored_time(utcnow())
        conn.execute(
            f"UPDATE {table} SET {field} = r.new, updated_at = ? FROM {_TEMP} r WHERE {table}.id = r.id",
            [now],
        )
        tagging._capture_for_sync(conn, table, now, field=field, temp=_TEMP)
    conn.execute(f"DELETE FROM {_TEMP}")
    session.expire_all()  # loaded objects of this session now hold old values
    return changed
