"""Changes this office writes while it imports a package (settling what the package brought).

Written straight to the file, as the sync commands do not load the models: each field set is
stored, versioned and logged like an edit made here, so it travels to the other offices. Offices
that settle the same thing write the same values, which do not conflict.
"""

from __future__ import annotations

from typing import Any

from petdesk.sync.hlc import Version
from petdesk.sync.tracking import log_changes, record_local_change


def linking(cursor: Any, entity: str) -> list[tuple[str, str]]:
    """(table, column) of the columns with a foreign key to ``entity``, read from the file (the
    sync commands do not load the models); merge records aside."""
    tables = [r[0] for r in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return [
        (table, fk[3])
        for table in tables
        if table != "merge_record"
        for fk in cursor.execute(f"SELECT * FROM pragma_foreign_key_list('{table}')").fetchall()
        if fk[2] == entity and fk[4] in (None, "id")
    ]


class LocalWriter:
    """Set one field of one row as a change of this office: stored, versioned, logged."""

    def __init__(self, cursor: Any, local: Version, now: int) -> None:
        self.cursor, self.local, self.now = cursor, local, now
        #: (table, id) of every row written, in order.
        self.touched: list[tuple[str, str]] = []

    def __call__(self, table: str, row_id: str, column: str, value: Any) -> bool:
        """Write ``value``; returns whether it changed anything."""
        found = self.cursor.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if found is None or found[0] == value:
            return False
        self.cursor.execute(
            f"UPDATE {table} SET {column} = ?, updated_at = ? WHERE id = ?", (value, self.now, row_id)
        )
        hlc, office = self.local.hlc, self.local.office
        record_local_change(self.cursor, table, row_id, {column}, hlc=hlc, office=office)
        log_changes(self.cursor, [(table, row_id, column, found[0], value)], hlc=hlc, office=office)
        self.touched.append((table, row_id))
        return True

    def retire(self, table: str, row_id: str) -> bool:
        """Soft-delete a row (a copy that says the same as another)."""
        return self(table, row_id, "deleted_at", self.now)

    def close_conflicts(self, resolution: str = "superseded") -> None:
        """The open conflicts on the rows written here are settled with them."""
        self.cursor.executemany(
            "UPDATE sync_conflict SET resolved_at = ?, resolution = ? "
            "WHERE entity = ? AND row_id = ? AND resolved_at IS NULL",
            [(self.now, resolution, table, row_id) for table, row_id in self.touched],
        )


def add_conflict(cursor: Any, conflict: dict[str, Any], *, now: int, exchange_id: str | None) -> bool:
    """Record a conflict (as ``changes._conflict`` makes it) unless the same one (same field, same
    value offered) was recorded before, settled or not; returns whether it was recorded.

    Nor when one of the same edit is (same field, same version offered: the table keeps one per
    version). A person deleted at one office and, at another, given an affiliation and an activity in
    one save has two links of one version: the first opens the conflict, which offers to restore
    them; the second raised UNIQUE and refused the package (an older office's pinned package did)."""
    from petdesk.drawn_ids import new_id

    same = cursor.execute(
        "SELECT 1 FROM sync_conflict WHERE entity = ? AND row_id = ? AND field = ? "
        "AND (loser_value IS ? OR (loser_hlc IS ? AND loser_office IS ?))",
        (
            conflict["entity"],
            conflict["row_id"],
            conflict["field"],
            conflict["loser_value"],
            conflict["loser_hlc"],
            conflict["loser_office"],
        ),
    ).fetchone()
    if same is not None:
        return False
    cursor.execute(
        "INSERT INTO sync_conflict (id, entity, row_id, field, kind, winner_value, winner_hlc, "
        "winner_office, loser_value, loser_hlc, loser_office, detected_at, exchange_id, resolved_at, "
        "resolution) VALUES (:id, :entity, :row_id, :field, :kind, :winner_value, :winner_hlc, "
        ":winner_office, :loser_value, :loser_hlc, :loser_office, :now, :exchange_id, NULL, '')",
        {**conflict, "id": new_id(), "now": now, "exchange_id": exchange_id},
    )
    return True
