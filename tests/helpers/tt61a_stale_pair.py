"""The stale pair of ``tests.helpers.stale_pair`` (field test 70) with state B's 3,000 contacts
written in one flush: ``create_contact`` flushes each on its own (about 40 s under load for the
3,000, a fifth of that in one flush). The log of state A is made as before, by the service."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database, open_database
from tests.helpers.fixtures import new_file_at
from tests.helpers.stale_pair import StalePair, add_contacts


def quick_stale_pair(db: Database, tmp_path: Path) -> tuple[Path, set[str]]:
    """As ``stale_pair``: ``db`` closed at state B with state A's log beside it."""
    add_contacts(db, ["Alt"])
    wal = Path(f"{db.path}-wal")
    assert wal.stat().st_size > 0  # the pool's connection is open: state A is in the log
    old_log = tmp_path / "state-a.sqlite-wal"
    shutil.copyfile(wal, old_log)
    newer = [f"Neu{i:04d}" for i in range(3000)]  # the file grows well past state A's size
    with db.transaction() as session:  # one flush: the search index and sync log as for any save
        session.add_all([m.Contact(family_name=name, given_name="Jens") for name in newer])
    conn = db.raw()  # closed: a connection left open would keep B's log index alive
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    db.close()
    shutil.copyfile(old_log, wal)
    return old_log, {"Alt", *newer}


@pytest.fixture(scope="session")
def built_stale_pair(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> StalePair:
    """Overrides the session's ``built_stale_pair`` in the modules that import it."""
    folder = tmp_path_factory.mktemp("stale-quick")
    path = new_file_at(empty_template, folder / "petdesk.sqlite")
    old_log, names = quick_stale_pair(open_database(path), folder)
    return StalePair(path, old_log, frozenset(names))
