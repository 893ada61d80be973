"""compact times: every UTC timestamp column holds integer microseconds since 1970 (issue 17)

Each row carried its ``created_at``, ``updated_at`` and ``deleted_at`` (and some other instants) as
32 characters of ISO text ("2026-06-03T15:27:40.000000+00:00"); an integer of microseconds since
1970-01-01T00:00Z takes 8 bytes and sorts and compares the same. Only UTC instants change: dates
(DATE columns) and the zone names kept beside itinerary and session times stay as they are. The
search index's ``search_entry.updated_at`` (a copy of the entity's) follows, "" becoming 0.

The declared column types are changed to INTEGER first (a column declared VARCHAR would store the
integers as text again): SQLite keeps each value with its own type whatever the declaration, so the
declaration is rewritten in ``sqlite_master`` (SQLite's documented ``writable_schema`` procedure)
rather than copying every table, which would take far longer and twice the disk at 100,000
contacts. Then the values are converted in place, one UPDATE per table, through a Python function
so that the conversion is exact to the microsecond (``julianday`` arithmetic is not; converting in
SQL with ``strftime('%s')`` was measured no faster once the form is checked). Triggers of the
changed tables are set aside meanwhile: the search index's "dirty" triggers would otherwise mark
every contact for reindexing.

The change log (``sync_change.old_value`` / ``new_value``) and the conflicts' values keep times as
packages carry them (ISO text), so they are not touched.

Revision ID: 0021_compact_times
Revises: 0020_search_slim
Create Date: 2026-12-02
"""

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from alembic import op

revision: str = "0021_compact_times"
down_revision: str | Sequence[str] | None = "0020_search_slim"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_META = ("created_at", "updated_at", "deleted_at")
# The UTC instant columns of every table at 0020_search_slim, frozen (migrations do not change
# when the models do).
# fmt: off
TIME_COLUMNS: dict[str, tuple[str, ...]] = {
    "accommodation": _META, "activity": ("occurred_at", *_META), "affiliation": _META,
    "attendance": _META, "city_need": _META, "contact": _META, "contact_method": _META,
    "duplicate_dismissal": _META, "finance_lead": _META, "follow_up": _META, "gift": _META,
    "itinerary_attendee": _META, "itinerary_item": ("starts_at", "ends_at", *_META),
    "itinerary_organisation": _META, "merge_record": ("merged_at", "undone_at", *_META),
    "office": _META, "organisation": _META, "project": _META, "project_link": _META,
    "project_milestone": _META, "project_partner": _META, "project_stage_change": _META,
    "room_assignment": _META, "search_entry": ("updated_at",), "session_trainer": _META,
    "sync_change": ("at",), "sync_conflict": ("detected_at", "resolved_at"),
    "sync_erasure": ("erased_at",), "sync_exchange": ("at",),
    "sync_peer": ("last_import_at", "last_export_at"), "tech_match": _META, "technology": _META,
    "technology_reference": _META, "training": _META, "training_participant": _META,
    "training_session": ("starts_at", "ends_at", *_META),
    "travel_leg": ("departs_at", "arrives_at", *_META), "travel_leg_traveller": _META,
    "vehicle": _META, "vehicle_assignment": _META, "visit": _META, "visit_participant": _META,
}
# fmt: on

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICRO = dt.timedelta(microseconds=1)


def to_micros(value: Any) -> Any:
    """ISO text with a zone -> microseconds since the epoch; "" (search_entry) -> 0; anything
    else (NULL, a number) as it is. Text without a zone was never written by petdesk: as is."""
    if not isinstance(value, str):
        return value
    if value == "":
        return 0
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return value
    return (moment - _EPOCH) // _MICRO


def to_iso(value: Any) -> Any:
    """The inverse, for the downgrade (0 in search_entry back to "" is not needed: it sorts first)."""
    if not isinstance(value, int):
        return value
    return (_EPOCH + dt.timedelta(microseconds=value)).isoformat(timespec="microseconds")


def _convert(function: Callable[[Any], Any], old_type: str, new_type: str) -> None:
    bind = op.get_bind()
    raw = bind.connection.driver_connection
    # A name per direction: SQLite refuses to redefine a function while statements are open.
    convert = f"petdesk_time_{function.__name__}"
    raw.create_function(convert, 1, function, deterministic=True)
    present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = [t for t in TIME_COLUMNS if t in present]
    triggers = bind.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        f"AND tbl_name IN ({', '.join('?' * len(tables))})",
        tuple(tables),
    ).fetchall()
    # Declared types first: a column still declared VARCHAR would store the integers as text.
    _retype(tables, old_type, new_type)
    for name, _sql in triggers:
        op.execute(f'DROP TRIGGER "{name}"')
    for table in tables:
        sets = ", ".join(f"{c} = {convert}({c})" for c in TIME_COLUMNS[table])
        op.execute(f"UPDATE {table} SET {sets}")
    for _name, sql in triggers:
        op.execute(sql)


def _retype(tables: list[str], old_type: str, new_type: str) -> None:
    """Rewrite the declared type of the time columns in each table's CREATE TABLE text."""
    bind = op.get_bind()
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        for table in tables:
            sql = bind.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).scalar_one()
            for column in TIME_COLUMNS[table]:
                declared = rf"(?<![\w\"]){column} {re.escape(old_type)}"
                sql, found = re.subn(declared, f"{column} {new_type}", sql)
                if found != 1:
                    raise RuntimeError(f"{table}.{column} is not declared {old_type}")
            bind.exec_driver_sql(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, table)
            )
        # A new schema version makes every connection read the changed declarations.
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    _convert(to_micros, "VARCHAR(32)", "INTEGER")


def downgrade() -> None:
    _convert(to_iso, "INTEGER", "VARCHAR(32)")
