"""Migration 0021_compact_times converts a file of schema 0020_search_slim, with data, in place:
every row is kept, every UTC time holds the same instant to the microsecond as an integer, the
columns are declared INTEGER, and search finds the same records as before (the demo file of
tests/data/make_0017_search_database.py, upgraded to 0020 first)."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from petdesk.db import _alembic_config, make_upgrade_engine, open_database
from petdesk.models.base import time_columns
from petdesk.services import check as check_service
from petdesk.services import search
from tests.helpers.search_0017 import differing as differing_records
from tests.helpers.search_0017 import found_in_0017_file

DATA = Path(__file__).resolve().parents[1] / "data"
TIME_COLUMNS: dict[str, tuple[str, ...]] = importlib.import_module(
    "petdesk.migrations.versions.0021_compact_times"
).TIME_COLUMNS
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

#: Times the demo does not make: odd microseconds, another zone, before 1970, far ahead.
ODD_TIMES = {
    "2026-06-03T15:27:40.123457+00:00": dt.datetime(2026, 6, 3, 15, 27, 40, 123457, tzinfo=dt.UTC),
    "2026-06-03T23:27:40.000001+08:00": dt.datetime(2026, 6, 3, 15, 27, 40, 1, tzinfo=dt.UTC),
    "1969-12-31T23:59:59.999999+00:00": dt.datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC),
    "2999-12-31T23:59:59.999999+00:00": dt.datetime(2999, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC),
}


def _file_at_0020(tmp_path: Path) -> Path:
    from alembic import command

    path = tmp_path / "old.sqlite"
    with gzip.open(DATA / "petdesk_0017_search.sqlite.gz") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    engine = make_upgrade_engine(path)
    with engine.begin() as c:
        command.upgrade(_alembic_config(c), "0020_search_slim")
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        contacts = [r[0] for r in conn.execute("SELECT id FROM contact ORDER BY id LIMIT 4")]
        for contact_id, text in zip(contacts, ODD_TIMES, strict=True):
            conn.execute("UPDATE contact SET created_at = ? WHERE id = ?", (text, contact_id))
        conn.execute("DELETE FROM search_dirty")  # the names did not change: nothing to reindex
        conn.execute(
            "INSERT INTO sync_peer (office_id, acked, last_import_at, last_export_at) "
            "VALUES (?, '{}', ?, NULL)",
            ("peer-office", "2026-11-30T08:00:00.000005+00:00"),
        )
        conn.commit()
    finally:
        conn.close()
    return path


def _instant(value: Any) -> Any:
    if isinstance(value, str) and value:
        return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
    if isinstance(value, int):
        return EPOCH + dt.timedelta(microseconds=value)
    return value


def _rows(path: Path) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, set[str]]]:
    """Every row of every table with times (times as instants), in rowid order; and the storage
    classes (typeof) the time columns hold, per table."""
    conn = sqlite3.connect(path)
    try:
        rows: dict[str, list[tuple[Any, ...]]] = {}
        kinds: dict[str, set[str]] = {}
        for table, cols in TIME_COLUMNS.items():
            names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            times = {names.index(c) for c in cols}
            rows[table] = [
                tuple(_instant(v) if i in times else v for i, v in enumerate(row))
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
            ]
            typeofs = ", ".join(f"typeof({c})" for c in cols)
            kinds[table] = {k for r in conn.execute(f"SELECT {typeofs} FROM {table}") for k in r}
        return rows, kinds
    finally:
        conn.close()


def _updated_order(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [
            r[0] for r in conn.execute("SELECT entity_id FROM search_entry ORDER BY kind, updated_at, id")
        ]
    finally:
        conn.close()


def test_frozen_columns_are_the_models_time_columns() -> None:
    for table, cols in TIME_COLUMNS.items():
        if table == "search_entry":  # a plain integer copy of the entity's time (derived data)
            continue
        assert set(cols) == time_columns(table), table


def test_upgrade_keeps_every_row_and_time_and_search_finds_the_same(tmp_path: Path) -> None:
    path = _file_at_0020(tmp_path)
    before, kinds_before = _rows(path)
    order_before = _updated_order(path)
    assert sum(len(r) for r in before.values()) > 1000
    assert {"text", "null"} >= set().union(*kinds_before.values()) >= {"text"}
    expected = json.loads((DATA / "petdesk_0017_search.json").read_text(encoding="utf-8"))

    from alembic import command

    engine = make_upgrade_engine(path)
    with engine.begin() as c:  # this revision alone: later ones may reshape the search index
        command.upgrade(_alembic_config(c), "0021_compact_times")
    engine.dispose()
    after, kinds_after = _rows(path)
    order_after = _updated_order(path)
    db = open_database(path)  # any later revision too
    try:
        assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
        assert after == before  # every value, the times as the same instants to the microsecond
        assert {"integer", "null"} >= set().union(*kinds_after.values()) >= {"integer"}
        assert order_after == order_before
        conn = db.raw()
        try:
            for table, cols in TIME_COLUMNS.items():
                declared = {r[1]: r[2] for r in conn.execute(f"PRAGMA table_info({table})")}
                assert {declared[c] for c in cols} == {"INTEGER"}, table
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            # The rewrite did not mark every record for reindexing.
            assert conn.execute("SELECT count(*) FROM search_dirty").fetchone()[0] == 0
            odd = [r[0] for r in conn.execute("SELECT created_at FROM contact ORDER BY id LIMIT 4")]
            assert odd == [(t - EPOCH) // dt.timedelta(microseconds=1) for t in ODD_TIMES.values()]
        finally:
            conn.close()
        with db.reading() as session:
            assert search.check_index(session)
            found = found_in_0017_file(session)
        assert differing_records(found, expected) == []
        assert check_service.check(path).clean
    finally:
        db.close()


def test_downgrade_gives_back_the_same_text(tmp_path: Path) -> None:
    from alembic import command

    path = _file_at_0020(tmp_path)
    conn = sqlite3.connect(path)
    text_before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TIME_COLUMNS}
    conn.close()
    engine = make_upgrade_engine(path)
    with engine.begin() as c:
        command.upgrade(_alembic_config(c), "0021_compact_times")
        command.downgrade(_alembic_config(c), "0020_search_slim")
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        for table in TIME_COLUMNS:
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            if table == "contact":  # the +08:00 time comes back as the same instant in UTC
                zoned = "2026-06-03T23:27:40.000001+08:00"
                assert [r for r in text_before[table] if zoned in r] == [
                    tuple(zoned if v == "2026-06-03T15:27:40.000001+00:00" else v for v in r)
                    for r in rows
                    if "2026-06-03T15:27:40.000001+00:00" in r
                ]
                rows = [r for r in rows if "2026-06-03T15:27:40.000001+00:00" not in r]
                text_before[table] = [r for r in text_before[table] if zoned not in r]
            assert rows == text_before[table], table
        declared = {r[2] for r in conn.execute("PRAGMA table_info(contact)") if r[1].endswith("_at")}
        assert declared == {"VARCHAR(32)"}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_check_finds_and_repair_converts_a_time_written_as_text(tmp_path: Path) -> None:
    path = _file_at_0020(tmp_path)
    open_database(path).close()
    conn = sqlite3.connect(path)
    contact_id, stored = conn.execute("SELECT id, updated_at FROM contact ORDER BY id LIMIT 1").fetchone()
    text = (EPOCH + dt.timedelta(microseconds=stored)).isoformat(timespec="microseconds")
    conn.execute("UPDATE contact SET updated_at = ? WHERE id = ?", (text, contact_id))
    conn.commit()
    conn.close()
    findings = [f.text for f in check_service.check(path).findings]
    assert findings == ["1 contact.updated_at time stored as text instead of a number"]
    assert "stored 1 contact.updated_at time as a number" in check_service.repair(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT updated_at FROM contact WHERE id = ?", (contact_id,)).fetchone()[0] == stored
    conn.close()
    assert check_service.check(path).clean
