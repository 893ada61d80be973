"""A shared database beside the write-ahead log of its older state, as a sync program leaves them
(field test 70): made for real, by copying the log at state A and writing on to state B."""

from __future__ import annotations

import shutil
from pathlib import Path

from petdesk.db import Database
from petdesk.services import contacts as contact_service


def add_contacts(db: Database, names: list[str]) -> None:
    with db.transaction() as session:
        for name in names:
            contact_service.create_contact(session, family_name=name, given_name="Jens")


def stale_pair(db: Database, tmp_path: Path) -> tuple[Path, set[str]]:
    """``db`` closed at state B with state A's log beside it: (a copy of that log, B's names)."""
    add_contacts(db, ["Alt"])
    wal = Path(f"{db.path}-wal")
    assert wal.stat().st_size > 0  # the pool's connection is open: state A is in the log
    old_log = tmp_path / "state-a.sqlite-wal"
    shutil.copyfile(wal, old_log)
    newer = [f"Neu{i:04d}" for i in range(3000)]  # the file grows well past state A's size
    add_contacts(db, newer)
    conn = db.raw()  # closed: a connection left open would keep B's log index alive
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    db.close()
    shutil.copyfile(old_log, wal)
    return old_log, {"Alt", *newer}
