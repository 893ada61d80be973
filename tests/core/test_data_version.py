"""What the window's watcher of outside changes reads below the GUI (field test 70):
``Database.data_version`` changes when another connection commits, and ``own_commits`` counts the
commits of this Database's engine, so that the window tells its own writes apart."""

from __future__ import annotations

import sqlite3

from petdesk.db import Database, open_database
from petdesk.services import contacts as cs


def test_another_process_commit_changes_the_version_and_own_commits_are_counted(db: Database) -> None:
    first = db.data_version()
    assert first is not None and db.data_version() == first  # nothing committed: unchanged

    before = db.own_commits
    with db.transaction() as s:
        cs.create_contact(s, family_name="Krüger", given_name="Thomas")
    assert db.own_commits == before + 1
    own = db.data_version()  # changed: the pool's connection is not the one read on

    other = sqlite3.connect(db.path)  # another program
    try:
        other.execute("UPDATE contact SET given_name = 'Tom'")
        other.commit()
    finally:
        other.close()
    assert db.data_version() != own
    assert db.own_commits == before + 1  # not counted as the window's


def test_the_version_connection_closes_while_the_file_is_converted(db: Database) -> None:
    assert db.data_version() is not None
    with db.released():
        assert db.data_version() is None  # no connection opened under a conversion
    assert db.data_version() is not None


def test_no_version_read_once_the_office_is_removed(db: Database) -> None:
    second = open_database(db.path)
    try:
        assert second.data_version() is not None
        second.retire()
        assert second.data_version() is None
    finally:
        second.close()
