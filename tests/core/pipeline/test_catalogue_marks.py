"""Catalogue search keys marked stale by triggers (migration 0040): a commit works out only the
keys of what changed, whoever changed it (the window, a sync import, plain SQL, ``check --repair``),
and a commit that changed no technology, need or organisation name costs about nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.connection import session_sqlite
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import catalogue_search
from petdesk.services import check as check_service
from petdesk.services import technologies as tech_service
from tests.helpers.read_only_place import read_only


@pytest.fixture
def catalogue(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        provider = m.Organisation(name_en="Krüger Wassertechnik", kind=OrgKind.ENTERPRISE, country="DE")
        s.add(provider)
        s.flush()
        vacuum = tech_service.create_technology(
            s, name_zh="老城区真空排水系统", sector="wastewater", provider_organisation_id=provider.id
        )
        other = tech_service.create_technology(s, name_en="Membrane bioreactor", sector="wastewater")
        contact = m.Contact(family_name="Wang", given_name="Li")
        s.add(contact)
        s.flush()
        return {"vacuum": vacuum.id, "other": other.id, "provider": provider.id, "contact": contact.id}


def _technologies(db: Database, query: str) -> set[str]:
    with db.reading() as s:
        return {t.id for t in tech_service.list_technologies(s, query)}


def _plain_sql(db: Database, sql: str, *params: object) -> None:
    """A write no session of petdesk sees, as another program or a bulk job makes it."""
    conn = sqlite3.connect(db.path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _marks(db: Database) -> list[tuple[str, str]]:
    with db.raw() as conn:
        return conn.execute("SELECT kind, entity_id FROM catalogue_dirty ORDER BY seq").fetchall()


def test_a_technology_renamed_by_plain_sql_is_found_by_its_new_name(db: Database, catalogue) -> None:
    """``updated_at`` is left as it was, as a repair or a migration may leave it: the trigger marks
    the key all the same (a comparison of stamps would not see the change)."""
    _plain_sql(db, "UPDATE technology SET name_zh = '雨水花园' WHERE id = ?", catalogue["vacuum"])
    assert _marks(db) == [("technology", catalogue["vacuum"])]
    assert _technologies(db, "yshy") == {catalogue["vacuum"]}  # pinyin initials of 雨水花园
    assert _technologies(db, "yushui huayuan") == {catalogue["vacuum"]}
    assert _technologies(db, "zkps") == set()


def test_a_provider_renamed_by_plain_sql_marks_its_technologies(db: Database, catalogue) -> None:
    _plain_sql(db, "UPDATE organisation SET name_en = 'Dresden Aqua' WHERE id = ?", catalogue["provider"])
    assert _marks(db) == [("technology", catalogue["vacuum"])]
    assert _technologies(db, "dresden") == {catalogue["vacuum"]}
    assert _technologies(db, "kruger") == set()


def test_other_columns_of_an_organisation_mark_nothing(db: Database, catalogue) -> None:
    """An organisation's notes or website are in no key: changing them leaves the catalogue alone."""
    _plain_sql(
        db,
        "UPDATE organisation SET notes = 'met in Bonn', website = 'x.de' WHERE id = ?",
        catalogue["provider"],
    )
    assert _marks(db) == []


def test_a_commit_that_touches_no_catalogue_record_reads_no_catalogue_table(db: Database, catalogue) -> None:
    statements: list[str] = []
    with db.transaction() as s:
        conn = session_sqlite(s)
        conn.set_trace_callback(statements.append)
        s.get(m.Contact, catalogue["contact"]).given_name = "Lei"
    conn.set_trace_callback(None)
    assert statements, "the trace saw the commit"
    read = [sql for sql in statements if "FROM technology" in sql or "FROM city_need" in sql]
    assert read == []


def test_a_commit_works_out_only_the_keys_of_what_changed(db: Database, catalogue) -> None:
    _plain_sql(db, "UPDATE technology SET trl = 7 WHERE id = ?", catalogue["other"])
    with db.raw() as conn:
        assert catalogue_search.refresh_marked(conn) == 1
        assert catalogue_search.refresh_marked(conn) == 0  # the queue is empty now
    with db.transaction() as s:
        tech_service.update_technology(s, catalogue["vacuum"], name_en="Vacuum sewer")
    assert _marks(db) == []
    assert _technologies(db, "vacuum sewer") == {catalogue["vacuum"]}


def test_a_technology_deleted_by_plain_sql_leaves_no_key(db: Database, catalogue) -> None:
    _plain_sql(db, "DELETE FROM technology WHERE id = ?", catalogue["other"])
    with db.transaction() as s:  # any commit works off the marks
        s.get(m.Contact, catalogue["contact"]).given_name = "Lei"
    with db.raw() as conn:
        keyed = {r[0] for r in conn.execute("SELECT entity_id FROM catalogue_search")}
    assert keyed == {catalogue["vacuum"]}


def test_check_finds_a_missing_catalogue_trigger_and_repair_puts_it_back(db: Database, catalogue) -> None:
    _plain_sql(db, "DROP TRIGGER catalogue_dirty_technology_upd")
    # changed while the trigger was missing: no mark, so only the repair's rebuild sees it
    _plain_sql(db, "UPDATE technology SET name_zh = '雨水花园' WHERE id = ?", catalogue["vacuum"])
    path = db.path
    db.close()
    findings = [f.text for f in check_service.check(path).findings]
    assert "search index triggers missing: catalogue_dirty_technology_upd" in findings
    done = check_service.repair(path)
    assert "recreated the trigger catalogue_dirty_technology_upd" in done
    assert "rebuilt the catalogue search keys (2 keys)" in done
    assert check_service.check(path).clean
    conn = sqlite3.connect(path)
    try:
        text = conn.execute(
            "SELECT text FROM catalogue_search WHERE entity_id = ?", (catalogue["vacuum"],)
        ).fetchone()[0]
    finally:
        conn.close()
    assert "yshy" in text


@pytest.fixture
def read_only_catalogue(db: Database, catalogue, tmp_path: Path) -> Iterator[Path]:
    """A copy of the catalogue, its last change made by plain SQL and committed by a session, in a
    folder nobody may write."""
    _plain_sql(db, "UPDATE technology SET name_zh = '雨水花园' WHERE id = ?", catalogue["vacuum"])
    with db.transaction() as s:
        s.get(m.Contact, catalogue["contact"]).given_name = "Lei"
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source = tmp_path / "stick"
    source.mkdir()
    shutil.copy(db.path, source / "o.sqlite")
    if os.geteuid() != 0:
        (source / "o.sqlite").chmod(0o444)
    with read_only(source) as place:
        yield place / "o.sqlite"


def test_a_read_only_catalogue_is_searched_without_writing(
    read_only_catalogue: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", str(read_only_catalogue), "technologies", "yshy"]) == 0
    assert "雨水花园" in capsys.readouterr().out
    assert not list(read_only_catalogue.parent.glob("*-shm"))


def test_a_file_without_the_marks_compares_every_stamp(db: Database, catalogue) -> None:
    """A file before migration 0040 (as during an upgrade) is brought up to date the old way."""
    with db.raw() as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'catalogue_dirty%'"):
            if name != "catalogue_dirty":
                conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DROP TABLE catalogue_dirty")
    with db.transaction() as s:
        tech_service.update_technology(s, catalogue["vacuum"], name_en="Vacuum sewer")
    assert _technologies(db, "vacuum sewer") == {catalogue["vacuum"]}
