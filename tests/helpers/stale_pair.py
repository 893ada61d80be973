"""A shared database beside the write-ahead log of its older state, as a sync program leaves them
(field test 70): made for real, by copying the log at state A and writing on to state B."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from petdesk.db import Database, open_database
from petdesk.services import contacts as contact_service
from tests.helpers.fixtures import new_file_at


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


@dataclass(frozen=True)
class StalePair:
    """A test's own copy of the file at state B with state A's log beside it."""

    path: Path
    old_log: Path  # state A's log as it was made (shared: read, never written)
    names: frozenset[str]  # the family names at state B


@pytest.fixture(scope="session")
def built_stale_pair(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> StalePair:
    """``stale_pair`` written once per session (per xdist worker): its 3,001 contacts took 5-50 s,
    and nine tests in three files each wrote them again."""
    folder = tmp_path_factory.mktemp("stale")
    path = new_file_at(empty_template, folder / "petdesk.sqlite")
    old_log, names = stale_pair(open_database(path), folder)  # closes it, state A's log beside it
    return StalePair(path, old_log, frozenset(names))


@pytest.fixture
def stale_db(built_stale_pair: StalePair, tmp_path: Path) -> StalePair:
    """This test's own copy of the file and of the older log beside it (opening sets the log aside)."""
    built = built_stale_pair.path
    for part in built.parent.glob(f"{built.name}*"):  # the file and its -wal (state A's)
        shutil.copy(part, tmp_path / part.name)  # copy, not copyfile: the file keeps its mode 0600
    return StalePair(tmp_path / built.name, built_stale_pair.old_log, built_stale_pair.names)
