"""A package that fills tables in bulk sets their indexes and search triggers aside while its rows
go in (sync/bulk.py): the result must be the very database the row-by-row upkeep gives."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.models import Affiliation, Contact, ContactMethod, Organisation
from petdesk.models.enums import ContactChannel
from petdesk.services import search
from petdesk.sync import bulk, changes, service
from petdesk.sync import package as pkg
from tests.core.sync.helpers import PASSPHRASE, export, full_dump


def _fill(db: Database, n: int) -> None:
    """``n`` people with two methods and an affiliation each; one deleted."""
    with db.transaction() as session:
        org = Organisation(name_en="Qingdao Water Works", name_zh="青岛水务")
        people = [
            Contact(family_name=f"Zhou{i:03d}", given_name="Min", family_name_zh="周") for i in range(n)
        ]
        session.add_all([org, *people])
        session.flush()
        for i, person in enumerate(people):
            session.add_all(
                [
                    ContactMethod(
                        contact_id=person.id,
                        channel=ContactChannel.EMAIL,
                        value=f"m{i}@example.cn",
                        normalized=f"m{i}@example.cn",  # keyed as petdesk keys them: imports key them so
                    ),
                    ContactMethod(
                        contact_id=person.id,
                        channel=ContactChannel.PHONE,
                        value=f"+86 138 0000 {i:04d}",
                        normalized=f"861380000{i:04d}",
                    ),
                    Affiliation(contact_id=person.id, organisation_id=org.id, position_en="Engineer"),
                ]
            )
    with db.transaction() as session:
        session.query(Contact).order_by(Contact.family_name).first().soft_delete()
        session.query(Contact).filter_by(family_name="Zhou007").one().do_not_contact = True


def _schema(db: Database) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        con.close()


def _queued(db: Database) -> Counter[tuple[str, str]]:
    con = sqlite3.connect(db.path)
    try:
        return Counter(con.execute("SELECT entity_id, kind FROM search_dirty").fetchall())
    finally:
        con.close()


def _dump(db: Database) -> list[tuple[Any, ...]]:
    return [r for r in service.canonical_dump(db) if r[0] != "office"]


def test_bulk_and_row_by_row_imports_give_the_same_database(
    offices: tuple[Database, Database, Database], packages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    beijing, bonn, nairobi = offices
    _fill(beijing, 25)
    monkeypatch.setattr(changes, "PART_ROWS", 10)  # several parts per table
    path = packages / "all.petdesk-sync"
    export(beijing, path)
    empty_schema = _schema(bonn)

    monkeypatch.setattr(bulk, "MIN_ROWS", 10**9)
    row_by_row = service.import_package(bonn, path, PASSPHRASE, backup=False)
    dropped: list[str] = []
    real_execute = sqlite3.Cursor.execute
    monkeypatch.setattr(bulk, "MIN_ROWS", 5)

    class Watch:
        """The bulk module's cursor, noting what it drops."""

        def __init__(self, cursor: Any) -> None:
            self.cursor = cursor
            self.connection = cursor.connection

        def execute(self, sql: str, *args: Any) -> Any:
            if sql.startswith("DROP"):
                dropped.append(sql)
            return real_execute(self.cursor, sql, *args)

    real_init = bulk.BulkInserts.__init__
    monkeypatch.setattr(
        bulk.BulkInserts, "__init__", lambda self, cursor, incoming: real_init(self, Watch(cursor), incoming)
    )
    in_bulk = service.import_package(nairobi, path, PASSPHRASE, backup=False)

    assert row_by_row.applied and in_bulk.applied and in_bulk.counts["contact_method"].added == 50
    assert {k: v.as_dict() for k, v in in_bulk.counts.items()} == {
        k: v.as_dict() for k, v in row_by_row.counts.items()
    }
    # Indexes and queueing triggers of the filled tables were set aside, and are all back.
    assert any("ix_contact_method_normalized" in s for s in dropped)
    assert any("search_dirty_method_ins" in s for s in dropped)
    # ... but not the indexes of deleted rows: they take only those as they go in (integrity below).
    assert not any(s.endswith('_deleted"') for s in dropped)
    assert not any("ix_contact_do_not_contact" in s for s in dropped)  # nor of people not to contact
    assert _schema(nairobi) == _schema(bonn) == empty_schema
    assert _dump(nairobi) == _dump(bonn) == _dump(beijing)
    # The same entities are waiting for the search index (each once after the bulk load, where
    # the triggers queued a person once per row about them), and search finds the people.
    assert set(_queued(nairobi)) == set(_queued(bonn)) and len(_queued(nairobi)) == 25 + 1
    assert max(_queued(nairobi).values()) == 1 < max(_queued(bonn).values())
    with nairobi.transaction() as session:
        search.refresh_search_index(session)
    with nairobi.reading() as session:
        assert len(search.search(session, "zhou0", kind="contact")) == 24  # the deleted one is not listed
        assert len(search.search(session, "+86 138 0000 0007", kind="contact")) == 1
        assert search.check_index(session)
    con = sqlite3.connect(nairobi.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


def test_a_failed_bulk_import_puts_indexes_and_triggers_back(
    offices: tuple[Database, Database, Database], packages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    beijing, bonn, _ = offices
    _fill(beijing, 20)
    monkeypatch.setattr(changes, "PART_ROWS", 8)
    monkeypatch.setattr(bulk, "MIN_ROWS", 5)
    good = packages / "good.petdesk-sync"
    export(beijing, good)
    opened = pkg.read(good, PASSPHRASE)
    parts = list(opened.records())
    # A damaged last part of the change log: refused after every table was filled in bulk.
    parts.append({"history": [["not enough fields"]]})
    bad = packages / "bad.petdesk-sync"
    with pkg.PackageWriter(bad, PASSPHRASE, kdf_n=2**10, durable=False) as writer:
        for part in parts:
            writer.add(part)
        writer.finish({k: v for k, v in opened.manifest.items() if k not in ("body_sha256", "body_size")})
    before = full_dump(bonn)
    with pytest.raises(pkg.PackageError):
        service.import_package(bonn, bad, PASSPHRASE, backup=False)
    assert full_dump(bonn) == before


def test_only_plain_indexes_are_set_aside_and_only_for_tables_that_grow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bulk, "MIN_ROWS", 5)
    con = sqlite3.connect(":memory:", isolation_level=None)
    con.executescript(
        "CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT); CREATE INDEX ix_t_a ON t (a);"
        "CREATE UNIQUE INDEX ux_t_b ON t (b);"
        "CREATE TABLE big (id TEXT PRIMARY KEY, a TEXT); CREATE INDEX ix_big_a ON big (a);"
    )
    con.executemany("INSERT INTO big VALUES (?, ?)", [(str(i), "x") for i in range(30)])

    def indexes() -> set[str]:
        return {
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        }

    everything = indexes()
    con.execute("BEGIN")
    loader = bulk.BulkInserts(con.cursor(), {"t": 20, "big": 20})
    loader.before_insert("t")
    loader.before_insert("big")  # holds more rows than arrive: its index is kept up to date
    assert indexes() == {"ux_t_b", "ix_big_a"}
    con.executemany("INSERT INTO t VALUES (?, ?, ?)", [(str(i), "a", str(i)) for i in range(20)])
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("INSERT INTO t VALUES ('x', 'a', '3')")  # the unique index still checks
    loader.finish()
    assert indexes() == everything
    con.execute("COMMIT")


def test_a_big_import_leaves_wal_mode_only_when_it_has_the_file_alone(
    offices: tuple[Database, Database, Database], packages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the file alone, a big import writes through a rollback journal; beside another
    connection (the window reading), it stays in WAL mode without waiting. Both give the same."""
    beijing, bonn, nairobi = offices
    _fill(beijing, 20)
    path = packages / "all.petdesk-sync"
    export(beijing, path)
    monkeypatch.setattr(bulk, "MIN_ROWS", 5)
    switched: list[bool] = []
    real = service._rollback_journal

    def watched(cursor: Any) -> bool:
        switched.append(real(cursor))
        return switched[-1]

    monkeypatch.setattr(service, "_rollback_journal", watched)
    reader = sqlite3.connect(bonn.path)
    try:
        assert reader.execute("SELECT count(*) FROM contact").fetchone() == (0,)
        beside = service.import_package(bonn, path, PASSPHRASE, backup=False)
        assert reader.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        reader.close()
    nairobi.close()  # its pool's idle connections closed: the file alone, as a command has it
    alone = service.import_package(nairobi, path, PASSPHRASE, backup=False)
    assert switched == [False, True]
    assert beside.applied and alone.applied
    assert _dump(bonn) == _dump(nairobi) == _dump(beijing)
    for db in (bonn, nairobi):
        con = sqlite3.connect(db.path)
        try:
            assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            con.close()


def test_a_big_import_that_leaves_a_record_without_its_parent_is_refused(
    offices: tuple[Database, Database, Database], packages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big import writes with foreign keys unchecked and checks them once before its commit: a
    package whose records name a parent neither the file nor the package holds is refused, and
    nothing of it stays."""
    beijing, bonn, nairobi = offices
    _fill(beijing, 12)
    monkeypatch.setattr(bulk, "MIN_ROWS", 5)
    full = packages / "full.petdesk-sync"
    export(beijing, full)
    opened = pkg.read(full, PASSPHRASE)
    # The same package without its contacts: their methods and affiliations name missing people.
    parts = [part for part in opened.records() if part.get("entity") != "contact"]
    orphaned = packages / "orphaned.petdesk-sync"
    with pkg.PackageWriter(orphaned, PASSPHRASE, kdf_n=2**10, durable=False) as writer:
        for part in parts:
            writer.add(part)
        counts = dict(opened.manifest["counts"])
        counts.pop("contact")
        manifest = {k: v for k, v in opened.manifest.items() if k not in ("body_sha256", "body_size")}
        writer.finish({**manifest, "counts": counts, "total": sum(counts.values())})
    before = full_dump(bonn)
    with pytest.raises(service.RejectedPackage, match="does not have"):
        service.import_package(bonn, orphaned, PASSPHRASE, backup=False)
    assert full_dump(bonn) == before

    # A file that held an orphan before (a damaged file) still takes a sound big package.
    con = sqlite3.connect(nairobi.path)
    with con:
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute(
            "INSERT INTO contact_method (id, contact_id, channel, label, value, normalized, position, "
            "created_at, updated_at) VALUES ('orphan-method', 'no-such-person', 'email', 'work', "
            "'x@example.cn', 'x@example.cn', 0, 0, 0)"
        )
    con.close()
    result = service.import_package(nairobi, full, PASSPHRASE, backup=False)
    assert result.applied and result.counts["contact"].added + result.counts["contact"].deleted == 12


def test_whole_file_work_is_for_packages_that_bring_more_than_a_table_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bulk, "MIN_ROWS", 5)
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (id TEXT PRIMARY KEY)")
    con.executemany("INSERT INTO t VALUES (?)", [(str(i),) for i in range(8)])
    cursor = con.cursor()
    assert bulk.fills_a_table(cursor, {"t": 9})
    assert not bulk.fills_a_table(cursor, {"t": 8})  # holds as many: row-by-row upkeep
    assert not bulk.fills_a_table(cursor, {"t": 4})  # too few to be a big import at all
    # names that are no table of the file (a package is not trusted) are left alone
    assert not bulk.fills_a_table(cursor, {"no_such": 100, 't"; DROP TABLE t; --': 100})
    assert not bulk.fills_a_table(cursor, None)
    assert con.execute("SELECT count(*) FROM t").fetchone() == (8,)
