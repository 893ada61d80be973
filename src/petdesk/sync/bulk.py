"""Large imports (a first full package): index upkeep and search queueing deferred to one pass.

A first exchange brings every record of the other office. Each row inserted keeps its table's
secondary indexes up to date (a random page of each index per row) and fires the search module's
trigger that queues it in ``search_dirty`` (a trigger program per row). For a table that receives
more rows than it holds, building its indexes once afterwards (``CREATE INDEX`` sorts the keys) and
queueing its new rows with one ``INSERT ... SELECT`` costs a fraction of that. Everything happens
inside the import's transaction (DDL is transactional in SQLite): an error or a kill restores the
indexes and triggers with the rest of the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from petdesk.bulkload import page_cache, secondary_indexes

#: Fewer incoming rows than this for a table: the usual per-row upkeep (incremental packages).
MIN_ROWS = 10_000
#: Page cache while the indexes are built: SQLite sorts in chunks of the page cache's size, on top
#: of the cache itself, so a smaller one keeps the peak memory of a million-contact import down
#: (with 32 MB it peaked at 305 MB while building, the import's 128 MB cache freed but still held).
BUILD_CACHE_MB = 16


def is_bulk(incoming: Mapping[str, object] | None) -> bool:
    """Whether a package that brings ``incoming`` records per table (its manifest's counts) fills
    a table in bulk."""
    return any(isinstance(n, int) and n >= MIN_ROWS for n in (incoming or {}).values())


@dataclass
class _Queue:
    """A search trigger set aside, and what it would have queued for the rows inserted since."""

    table: str
    sql: str
    column: str
    kind: str
    last_rowid: int


def fills_a_table(cursor: Any, incoming: Mapping[str, object] | None) -> bool:
    """Whether a package that brings ``incoming`` records per table brings more records to one of
    them than it holds (a first exchange): the case for work on the whole file at the end (indexes
    built, foreign keys checked) rather than at every row."""
    for table, expected in (incoming or {}).items():
        if not isinstance(expected, int) or expected < MIN_ROWS or not _known_table(cursor, table):
            continue
        if _held_up_to(cursor, table, expected) < expected:
            return True
    return False


#: The conditions of partial indexes that hold a few rows of a table only: the deleted rows, the
#: people asked not to be contacted (0069).
_FEW_ROWS = (" WHERE DELETED_AT IS NOT NULL", " WHERE DO_NOT_CONTACT = 1")


def _of_few_rows(sql: str) -> bool:
    """Whether an index holds a few rows only (``... WHERE deleted_at IS NOT NULL``): a few of a
    package's, so keeping it costs an insert for each of those, where building it afterwards scans
    the whole table (four scans, 0.1 s of a first import at 100,000 contacts; the do-not-contact
    index another 0.1 s, a scan of the widest table)."""
    return " ".join(sql.upper().split()).endswith(_FEW_ROWS)


def _known_table(cursor: Any, table: str) -> bool:
    found = cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    return found.fetchone() is not None


def _held_up_to(cursor: Any, table: str, expected: int) -> int:
    """How many rows ``table`` holds, counted up to ``expected`` only (a big table costs no full scan)."""
    counted = cursor.execute(f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT ?)', (expected,))
    return int(counted.fetchone()[0])


class BulkInserts:
    """Sets aside the secondary indexes and search triggers of tables a package fills, table by
    table as the import reaches them; :meth:`finish` puts them back."""

    def __init__(self, cursor: Any, incoming: Mapping[str, int]) -> None:
        self.cursor = cursor
        self.incoming = incoming
        self._seen: set[str] = set()
        self._indexes: list[str] = []
        self._queues: list[_Queue] = []

    def before_insert(self, table: str, incoming: int | None = None) -> None:
        """Called before rows are first inserted into ``table`` (``incoming``: how many rows the
        package brings, else the manifest's count for the table)."""
        if table in self._seen:
            return
        self._seen.add(table)
        expected = self.incoming.get(table, 0) if incoming is None else incoming
        if expected < MIN_ROWS:
            return
        cursor = self.cursor
        if _held_up_to(cursor, table, expected) < expected:
            for name, sql in secondary_indexes(cursor.connection, [table]):
                if sql.upper().startswith("CREATE UNIQUE"):
                    continue  # it checks what goes in: it stays
                if _of_few_rows(sql):
                    continue  # it takes only a few rows: cheaper kept than rebuilt
                cursor.execute(f'DROP INDEX "{name}"')
                self._indexes.append(sql)
        from petdesk.search_triggers import queue_on_insert

        present = dict(
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
            )
        )
        for name, column, kind in queue_on_insert(table):
            if present.get(name):
                last = cursor.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
                cursor.execute(f'DROP TRIGGER "{name}"')
                self._queues.append(_Queue(table, present[name], column, kind, last))

    def finish(self) -> None:
        """Queue the rows inserted for the search index, put the triggers back, build the indexes."""
        cursor = self.cursor
        if self._queues:
            # New rows got rowids above the largest before the import (none is ever reused while
            # the largest stays): exactly the rows the triggers would have queued, each entity
            # once (the triggers queue a person again for each of their phone numbers, e-mails and
            # affiliations: five times as many rows, which the index refresh reads DISTINCT).
            selects = " UNION ".join(
                f"SELECT {queue.column}, ? FROM {queue.table} WHERE rowid > ?" for queue in self._queues
            )
            cursor.execute(
                f"INSERT INTO search_dirty (entity_id, kind) {selects}",
                [value for queue in self._queues for value in (queue.kind, queue.last_rowid)],
            )
            for queue in self._queues:
                cursor.execute(queue.sql)
        self._queues.clear()
        if self._indexes:
            with page_cache(cursor.connection, BUILD_CACHE_MB):
                for sql in self._indexes:
                    cursor.execute(sql)
            self._indexes.clear()
