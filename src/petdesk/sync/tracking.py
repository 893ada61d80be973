"""Change capture: every insert, edit and soft delete made through the ORM gets field versions.

A ``before_flush`` hook on every SQLAlchemy session looks at the attribute history of the
``SyncedMixin`` objects about to be written and stamps the changed fields with a fresh clock
value of this office, in the same transaction. Services therefore need to know nothing about
sync. Records written without the ORM (bulk inserts of the demo generator) have no versions yet;
they are adopted with a fresh clock value before the next export or import (``adopt_untracked``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

from petdesk.sync.entities import LOCAL_COLUMNS, RowVersions, by_name, entities
from petdesk.sync.hlc import PersistentClock, Version, to_int
from petdesk.sync.versions import UPSERT_SQL, Codes

_installed = False
_READY_KEY = "petdesk_sync_ready"
_LOG_READY_KEY = "petdesk_change_log_ready"
#: ``session.info`` key: the (office id, staff) the change log names for changes that came from
#: elsewhere (a 3iPET exchange file), as a sync import keeps the origin's log rows.
_LOG_AS_KEY = "petdesk_change_log_as"


@contextlib.contextmanager
def changes_attributed_to(session: Session, office_id: str, staff: str) -> Iterator[None]:
    """Within the block, the change log names ``office_id`` and ``staff`` as the authors of what the
    session writes, not this office's staff member. The field versions stay this office's: the
    changes were made in this database and travel from here to the other offices."""
    before = session.info.get(_LOG_AS_KEY)
    session.info[_LOG_AS_KEY] = (office_id, staff)
    try:
        yield
    finally:
        if before is None:
            session.info.pop(_LOG_AS_KEY, None)
        else:
            session.info[_LOG_AS_KEY] = before


#: Local setting naming the staff member who works at this installation (shown in history).
STAFF_SETTING = "staff.name"
#: Fields whose changes the history does not list (they change with every edit).
UNLOGGED_FIELDS = frozenset({"created_at", "updated_at"})
log = logging.getLogger(__name__)


def install() -> None:
    """Start capturing changes in every session (idempotent; called when a database opens)."""
    global _installed
    if not _installed:
        from sqlalchemy import event
        from sqlalchemy.orm import Session

        event.listen(Session, "before_flush", _before_flush)
        _installed = True


def sync_ready(cursor: Any) -> bool:
    row = cursor.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_row_version'"
    ).fetchone()
    return row is not None


def self_office_id(cursor: Any) -> str:
    """This installation's office id, creating the office row if there is none yet."""
    row = cursor.execute("SELECT id FROM office WHERE is_self = 1 ORDER BY created_at LIMIT 1").fetchone()
    if row:
        return row[0]
    from petdesk.drawn_ids import new_id
    from petdesk.services.office import DEFAULT_OFFICE_NAME
    from petdesk.stored_times import stored_time, utcnow

    office_id = new_id()
    now = stored_time(utcnow())
    cursor.execute(
        "INSERT INTO office (id, name, name_zh, region, is_self, notes, created_at, updated_at) "
        "VALUES (?, ?, '', '', 1, '', ?, ?)",
        (office_id, DEFAULT_OFFICE_NAME, now, now),
    )
    return office_id


def load_versions(cursor: Any, entity: str, row_id: str) -> RowVersions | None:
    return Codes(cursor).load(entity, [row_id]).get(row_id)


def record_local_change(
    cursor: Any, entity: str, row_id: str, changed: set[str] | None, *, hlc: str, office: str
) -> None:
    """Stamp ``changed`` fields (all fields if None) of a record with version (hlc, office)."""
    record_local_changes(cursor, entity, [(row_id, changed)], hlc=hlc, office=office, close_conflicts=True)


def record_local_changes(
    cursor: Any,
    entity: str,
    changes: list[tuple[str, set[str] | None]],
    *,
    hlc: str,
    office: str,
    close_conflicts: bool,
) -> None:
    """Stamp the changed fields of many records of one table (None: a new record, all fields)."""
    spec = by_name()[entity]
    version = Version(hlc, office)
    codes = Codes(cursor)
    code = codes.entity(entity)
    existing = codes.load(entity, [row_id for row_id, changed in changes if changed is not None])
    rows = []
    for row_id, changed in changes:
        versions = existing.get(row_id) if changed is not None else None
        if versions is None:
            versions = RowVersions(version)
        else:
            for name in changed or ():
                if name in spec.columns:
                    versions.set(name, version)
            versions.set("updated_at", version)
            versions.compact(spec.columns)
        rows.append(codes.db_row(code, row_id, versions))
    cursor.executemany(UPSERT_SQL, rows)
    if close_conflicts:
        # A field changed here by hand settles the open conflicts about it.
        for row_id, changed in changes:
            if changed:
                cursor.execute(
                    "UPDATE sync_conflict SET resolved_at = ?, "
                    "resolution = 'edited' WHERE entity = ? AND row_id = ? AND resolved_at IS NULL "
                    f"AND field IN ({','.join('?' * len(changed))})",
                    (_now(), entity, row_id, *sorted(changed)),
                )


def staff_name(cursor: Any) -> str:
    """Who is making changes here: the ``staff.name`` setting, else $PETDESK_STAFF, else the system
    account's full name, else its login (an office laptop is usually one person's; field test 84
    found "root" in the history, hence the full name first). A name taken from the system is
    noted in ``credited_unnamed`` so that the command line can say once how to set one."""
    row = cursor.execute("SELECT value FROM setting WHERE key = ?", (STAFF_SETTING,)).fetchone()
    if row and row[0]:
        return str(row[0])
    if chosen := os.environ.get("PETDESK_STAFF"):
        return chosen
    from petdesk.os_account import display_name

    name = display_name()
    credited_unnamed[0] = name
    return name


#: The system account's name changes were credited with this process for want of a ``staff.name``
#: setting (None: every change had one). A list so that readers see the value, not a copy.
credited_unnamed: list[str | None] = [None]


def _now() -> int:
    """The current time as the time columns store it."""
    from petdesk.stored_times import stored_time, utcnow

    return stored_time(utcnow())


def encode_value(value: Any) -> str:
    """A stored value as the change log and conflicts keep it (JSON, non-ASCII as is)."""
    return json.dumps(value, ensure_ascii=False)


LOG_INSERT_SQL = (
    "INSERT OR IGNORE INTO sync_change (id, entity, row_id, field, old_value, new_value, hlc, office, "
    "staff, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def change_log_ready(cursor: Any) -> bool:
    row = cursor.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_change'"
    ).fetchone()
    return row is not None


def log_changes(
    cursor: Any,
    changes: list[tuple[str, str, str, Any, Any]],
    *,
    hlc: str,
    office: str,
    staff: str | None = None,
) -> None:
    """Append (entity, row id, field, old stored value, new stored value) rows to the change log;
    field "" records a creation (no values)."""
    if not changes:
        return
    from petdesk.drawn_ids import new_id

    who = staff_name(cursor) if staff is None else staff
    at = _now()
    cursor.executemany(
        LOG_INSERT_SQL,
        [
            (
                new_id(),
                entity,
                row_id,
                name,
                None if not name else encode_value(old),
                None if not name else encode_value(new),
                hlc,
                office,
                who,
                at,
            )
            for entity, row_id, name, old, new in changes
        ],
    )


def _stored(column: Any, value: Any, dialect: Any) -> Any:
    """A Python attribute value as the log keeps it: as SQLite stores it, but times as packages
    carry them (ISO text), so that log rows travel as they are."""
    if value is None:
        return None
    from petdesk.models.types import UTCDateTime, stored_time, wire_time

    if isinstance(column.type, UTCDateTime):
        return wire_time(stored_time(value))
    # the dialect's own type: a generic Date has no processor, SQLite's turns it into text
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return processor(value) if processor else value


def _field_changes(
    obj: Any, changed: set[str], cursor: Any, dialect: Any
) -> list[tuple[str, str, str, Any, Any]]:
    """Old (as stored before this flush) and new values of the changed columns of ``obj``.

    The old value comes from the attribute history when the attribute was loaded, else from the
    row itself (the flush has not written it yet)."""
    from sqlalchemy import inspect

    state = inspect(obj)
    columns = {
        c.name: (prop.key, c)
        for prop in state.mapper.column_attrs
        for c in prop.columns
        if getattr(c, "name", None) in changed and c.name not in UNLOGGED_FIELDS
    }
    old: dict[str, Any] = {}
    unknown = []
    for name, (key, column) in columns.items():
        previous = state.attrs[key].history.deleted
        if previous:
            old[name] = _stored(column, previous[0], dialect)
        else:
            unknown.append(name)
    if unknown:
        from petdesk.models.types import UTCDateTime, wire_time

        row = cursor.execute(
            f"SELECT {', '.join(unknown)} FROM {obj.__tablename__} WHERE id = ?", (obj.id,)
        ).fetchone()
        for name, value in zip(unknown, row or (None,) * len(unknown), strict=True):
            old[name] = wire_time(value) if isinstance(columns[name][1].type, UTCDateTime) else value
    out = []
    for name in sorted(columns):
        key, column = columns[name]
        new = _stored(column, getattr(obj, key), dialect)
        if old[name] != new:
            out.append((obj.__tablename__, obj.id, name, old[name], new))
    return out


def _changed_columns(obj: Any) -> set[str]:
    from sqlalchemy import inspect

    state = inspect(obj)
    changed: set[str] = set()
    props = state.mapper.column_attrs
    # only attributes set since the last load or flush have an old value kept, and so a history:
    # asking every column took a third of undoing a 20,000-row import (80,000 rows soft-deleted)
    for key in list(state.committed_state):
        if key in props and state.attrs[key].history.has_changes():
            changed.update(c.name for c in props[key].columns if getattr(c, "name", None))
    return changed


def _before_flush(session: Session, _flush_context: Any, _instances: Any) -> None:
    synced = by_name()
    new: list[Any] = []
    dirty: list[tuple[Any, set[str]]] = []
    for obj in session.new:
        table = getattr(obj, "__tablename__", None)
        if table in synced:
            new.append(obj)
    for obj in session.dirty:
        table = getattr(obj, "__tablename__", None)
        if table in synced:
            local = LOCAL_COLUMNS.get(table, {})
            changed = {c for c in _changed_columns(obj) if c != "id" and c not in local}
            if changed:
                dirty.append((obj, changed))
    for obj in session.deleted:
        if getattr(obj, "__tablename__", None) in synced:
            # Only tombstones travel: a row removed outright stays in the other offices' files.
            log.warning(
                "%s %s is deleted outright; use soft_delete() so the deletion reaches other offices",
                obj.__tablename__,
                obj.id,
            )
    if not new and not dirty:
        return
    connection = session.connection()
    if not connection.info.get(_READY_KEY):
        cursor = connection.connection.cursor()
        if not sync_ready(cursor):
            return
        connection.info[_READY_KEY] = True
    cursor = connection.connection.cursor()
    try:
        office = _office_for_flush(session, cursor)
        hlc = PersistentClock(cursor).tick()
        from petdesk.models.types import new_id

        by_entity: dict[str, list[tuple[str, set[str] | None]]] = {}
        for obj in new:
            if obj.id is None:
                obj.id = new_id()
            by_entity.setdefault(obj.__tablename__, []).append((obj.id, None))
        for obj, changed in dirty:
            by_entity.setdefault(obj.__tablename__, []).append((obj.id, changed))
        if not connection.info.get(_LOG_READY_KEY):
            connection.info[_LOG_READY_KEY] = change_log_ready(cursor)
        if connection.info[_LOG_READY_KEY]:
            dialect = connection.dialect
            logged = [(obj.__tablename__, obj.id, "", None, None) for obj in new]
            for obj, changed in dirty:
                logged.extend(_field_changes(obj, changed, cursor, dialect))
            log_office, log_staff = session.info.get(_LOG_AS_KEY, (office, None))
            log_changes(cursor, logged, hlc=hlc, office=log_office, staff=log_staff)
        open_conflicts = bool(dirty) and (
            cursor.execute("SELECT 1 FROM sync_conflict WHERE resolved_at IS NULL LIMIT 1").fetchone()
            is not None
        )
        for entity, changes in by_entity.items():
            record_local_changes(
                cursor, entity, changes, hlc=hlc, office=office, close_conflicts=open_conflicts
            )
    finally:
        cursor.close()


def _office_for_flush(session: Session, cursor: Any) -> str:
    from petdesk.models.office import Office

    for obj in session.new:
        if isinstance(obj, Office) and obj.is_self:
            if obj.id is None:
                from petdesk.models.types import new_id

                obj.id = new_id()
            return obj.id
    return self_office_id(cursor)


def adopt_untracked(cursor: Any, *, hlc: str, office: str) -> int:
    """Give records written without the ORM (no versions yet) the version (hlc, office).

    They are treated as changed now by this office: new to everyone else, so they travel in the
    next package to every office, whatever their ``updated_at`` says.
    """
    adopted = 0
    codes = Codes(cursor)
    for entity in entities():
        code = codes.entity(entity.name)
        cursor.execute(
            "INSERT INTO sync_row_version (entity, row_id, base_hlc, base_office, fields, max_hlc) "
            f"SELECT ?, t.id, ?, ?, NULL, ? FROM {entity.name} AS t WHERE NOT EXISTS "
            # in id order: the versions' (entity, row_id) key then grows by appends, not at random
            "(SELECT 1 FROM sync_row_version v WHERE v.entity = ? AND v.row_id = t.id) ORDER BY t.id",
            (code, to_int(hlc), codes.office(office), to_int(hlc), code),
        )
        adopted += cursor.rowcount
    return adopted


def record_bulk_inserts(session: Session, inserted: dict[str, list[str]]) -> None:
    """What the ``before_flush`` hook does for new ORM objects, for rows a service inserted in bulk
    without the ORM (an import of many people): a version for each new record of a synced table and
    a creation entry in the change log, all with one clock value."""
    synced = by_name()
    changes = {table: ids for table, ids in inserted.items() if table in synced and ids}
    if not changes:
        return
    connection = session.connection()
    cursor = connection.connection.cursor()
    try:
        if not sync_ready(cursor):
            return
        office = _office_for_flush(session, cursor)
        hlc = PersistentClock(cursor).tick()
        if change_log_ready(cursor):
            logged = [(table, row_id, "", None, None) for table, ids in changes.items() for row_id in ids]
            log_changes(cursor, logged, hlc=hlc, office=office)
        for table, ids in changes.items():
            record_local_changes(
                cursor,
                table,
                [(row_id, None) for row_id in ids],
                hlc=hlc,
                office=office,
                close_conflicts=False,
            )
    finally:
        cursor.close()


def record_soft_deletes(session: Session, rows: dict[str, list[str]], when: Any) -> dict[str, list[str]]:
    """Soft-delete the live rows of ``rows`` (table -> ids) at ``when`` with one statement per table,
    written as the ``before_flush`` hook writes ORM objects given ``deleted_at`` and ``updated_at``
    (:func:`record_deleted_at_changes`). Returns the ids deleted per table (those not deleted yet).

    For undoing a large import: per-record ORM work and attribute histories took most of its time."""
    from petdesk.models.types import stored_time

    stamp = stored_time(when)
    cursor = session.connection().connection.cursor()
    try:
        live: dict[str, list[str]] = {}
        for table, ids in rows.items():
            found = cursor.execute(
                f"SELECT id FROM {table} WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            )
            if still := [row[0] for row in found]:
                live[table] = still
    finally:
        cursor.close()
    changes: dict[str, list[tuple[str, int | None, int | None]]] = {
        table: [(row_id, None, stamp) for row_id in ids] for table, ids in live.items()
    }
    record_deleted_at_changes(session, changes, stamp)
    return live


def record_deleted_at_changes(
    session: Session, changes: dict[str, list[tuple[str, int | None, int | None]]], updated: int
) -> None:
    """Set ``deleted_at`` of rows given as table -> (id, stored old value, stored new value), and
    ``updated_at`` to ``updated`` (stored), with one statement per table, tracked as the
    ``before_flush`` hook tracks ORM objects given both fields: a version for both, a ``deleted_at``
    entry in the change log, open conflicts about them settled, all with one clock value.

    For deleting and restoring many contacts at once (issue 17) and undoing a large import: loading
    each into the session and flushing took 20-38 s for 7,280 contacts, mostly attribute histories
    and per-object work."""
    from petdesk.models.types import wire_time

    changes = {table: rows for table, rows in changes.items() if rows}
    if not changes:
        return
    connection = session.connection()
    cursor = connection.connection.cursor()
    try:
        for table, rows in changes.items():
            cursor.executemany(
                f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [(new, updated, row_id) for row_id, _old, new in rows],
            )
        synced = {table: rows for table, rows in changes.items() if table in by_name()}
        if not synced or not sync_ready(cursor):
            return
        office = _office_for_flush(session, cursor)
        hlc = PersistentClock(cursor).tick()
        if change_log_ready(cursor):
            logged = [
                (table, row_id, "deleted_at", wire_time(old), wire_time(new))
                for table, rows in synced.items()
                for row_id, old, new in rows
            ]
            log_office, log_staff = session.info.get(_LOG_AS_KEY, (office, None))
            log_changes(cursor, logged, hlc=hlc, office=log_office, staff=log_staff)
        open_conflicts = (
            cursor.execute("SELECT 1 FROM sync_conflict WHERE resolved_at IS NULL LIMIT 1").fetchone()
            is not None
        )
        for table, rows in synced.items():
            record_local_changes(
                cursor,
                table,
                [(row_id, {"deleted_at", "updated_at"}) for row_id, _old, _new in rows],
                hlc=hlc,
                office=office,
                close_conflicts=open_conflicts,
            )
    finally:
        cursor.close()
