"""Migration 0019_compact converts a file of schema 0017 in place: every row kept, and search finds
the same records as the old code did (tests/data/make_0017_search_database.py made both files)."""

from __future__ import annotations

import gzip
import importlib.util
import itertools
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk import hangul
from petdesk.db import open_database
from petdesk.services import search
from tests.helpers.search_0017 import differing as differing_records
from tests.helpers.search_0017 import found_in_0017_file

DATA = Path(__file__).resolve().parents[1] / "data"
MIGRATION = Path(search.__file__).resolve().parents[1] / "migrations" / "versions" / "0019_compact.py"


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_gram%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.sqlite"
    with gzip.open(DATA / "petdesk_0017_search.sqlite.gz") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def _postcodes_moved(path: Path) -> tuple[int, int]:
    """The organisations whose postcode 0071 moves, and the fields it changes (one each more)."""
    from petdesk.services.postcodes import _moves

    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT id, country, city_en, address_en, address_zh FROM organisation"
        ).fetchall()
    finally:
        conn.close()
    moves = _moves(rows)
    return len(moves["postal_code"]), sum(len(m) for m in moves.values())


def test_upgrade_keeps_every_row_and_finds_the_same_records(old_file: Path) -> None:
    before = _counts(old_file)
    conn = sqlite3.connect(old_file)
    old_pairs = conn.execute("SELECT count(*) FROM search_gram").fetchone()[0]
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0017_venue"
    conn.close()
    expected = json.loads((DATA / "petdesk_0017_search.json").read_text(encoding="utf-8"))

    moved = _postcodes_moved(old_file)
    db = open_database(old_file)  # runs 0019_compact
    try:
        after = _counts(old_file)
        # Every table keeps its rows; 0023_sync_versions_compact adds the version table's codes,
        # 0028_retired_offices an empty table of retired offices, 0029_lost_edits one of the edits that
        # lost (none: the file has no conflict), 0037_catalogue_search the catalogue's search keys,
        # 0040_catalogue_marks the (empty) queue of stale catalogue keys, 0044_vehicle_riders an empty
        # table of who rides in which vehicle, 0047_emergency_entries the visits' emergency sheets,
        # 0056_housekeeping_log the (empty) log of the office's bulk actions, 0065_last_touch the
        # records' last real edits from the change log and their (empty) queue, 0068_export_log the
        # (empty) log of the files of personal data written and whose they held.
        added = (
            "sync_entity",
            "sync_office",
            "sync_retired_office",
            "sync_lost_edit",
            "catalogue_search",
            "catalogue_dirty",
            "vehicle_rider",
            "emergency_entry",
            "housekeeping_log",
            "last_touch",
            "touch_dirty",
            "export_log",
            "export_log_contact",
        )
        # 0071_organisation_postal_code moves the postcodes of some addresses into their own field, as
        # edits of this office: a version per organisation and a change line per field it changes.
        versions, changes = moved
        assert {t: n for t, n in after.items() if t not in (*added, "sync_row_version", "sync_change")} == {
            t: n for t, n in before.items() if t not in ("sync_row_version", "sync_change")
        }
        assert after["sync_change"] == before["sync_change"] + changes
        assert after["sync_row_version"] == before["sync_row_version"] + versions
        assert after["sync_retired_office"] == after["sync_lost_edit"] == 0
        assert before["sync_row_version"] == after["sync_office"] == 1  # one version
        assert after["sync_entity"] == 1 + bool(versions)  # the organisations' versions name their table
        with db.engine.connect() as c:
            pairs = {
                (g, e)
                for e, grams in c.exec_driver_sql("SELECT id, grams FROM search_entry").fetchall()
                for g in grams.split()
            }
            for table in ("search_gram",):  # one table for both name orders since 0022_search_compact
                rows = set(c.exec_driver_sql(f"SELECT gram, entry_id FROM {table}").fetchall())
                # every key kept; 0042_organisation_initials_keys adds organisations' two initials
                assert rows == pairs and len(rows) >= old_pairs
            assert c.exec_driver_sql("PRAGMA freelist_count").scalar() == 0  # VACUUMed after upgrade
        with db.reading() as session:
            assert search.check_index(session)
            found = found_in_0017_file(session)
            assert found.keys() == expected.keys()
            differing = differing_records(found, expected)
            assert differing == []
            # Pinyin, CJK, e-mail and phone prefixes all found someone (the comparison is not empty).
            for query in ("zhāng", "张", "杨燕倩", "yyang70@", "+86 186", "zh"):
                assert expected[f"all|{query}|contact"]
        with db.transaction() as session:
            search.rebuild_search_index(session)  # the service's own build agrees with the migration
        with db.reading() as session:
            rebuilt = found_in_0017_file(session)
        assert rebuilt == found  # order too: the same index, built two ways
    finally:
        db.close()


def test_migration_sort_code_is_the_services() -> None:
    spec = importlib.util.spec_from_file_location("m0019", MIGRATION)
    assert spec and spec.loader
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    keys = ["", "a", "zhang wei", "zhang wei11张伟", "ü", "\uffff", "0123", "( x )", "ab" * 20, "北京"]
    assert [migration.sort_code(k) for k in keys] == [search.sort_code(k) for k in keys]


def test_sort_code_never_sorts_against_the_key() -> None:
    keys = sorted(
        [
            "",
            " ",
            "a",
            "a b",
            "ab",
            "abc",
            "zz",
            "zhang",
            "zhang wei",
            "zhang weiming",
            "zhang wei11张伟",
            "0",
            "9",
            "(",
            "~",
            "é",
            "北",
            "北京",
            "\uffff",
            "z" * 30,
            "z" * 12 + "a",
            "z" * 12 + "b",
        ]
    )
    codes = [search.sort_code(k) for k in keys]
    assert codes == sorted(codes)
    assert search.sort_code("zhang") < search.sort_code("zhang wei") < search.sort_code("zhao")


def test_downgrade_gives_back_the_old_table_row_for_row(old_file: Path, tmp_path: Path) -> None:
    from alembic import command

    from petdesk.db import _alembic_config, make_upgrade_engine, upgrade

    original = tmp_path / "original.sqlite"
    shutil.copy(old_file, original)
    engine = make_upgrade_engine(old_file)
    upgrade(engine)
    with engine.begin() as c:
        command.downgrade(_alembic_config(c), "0017_venue")
    engine.dispose()
    conn = sqlite3.connect(old_file)
    try:
        conn.execute("ATTACH DATABASE ? AS o", (str(original),))
        assert conn.execute("SELECT count(*) FROM search_gram").fetchone()[0] > 1000
        lost = "SELECT * FROM o.search_gram EXCEPT SELECT * FROM main.search_gram"
        assert conn.execute(f"SELECT count(*) FROM ({lost})").fetchone()[0] == 0
        # The only keys left over are the organisations' two initials 0042 added, and the starts
        # of the other spellings of a Latin-only Korean family name 0053 added ("gi" for Kim
        # Min-jun's "gim"), and on the contacts those rewrote the initials of a given name of two
        # words ("mj" for Min-jun): the downgrades leave them, the older code never asks for them.
        extra = conn.execute(
            "SELECT g.gram, e.kind, e.name_en FROM "
            "(SELECT * FROM main.search_gram EXCEPT SELECT * FROM o.search_gram) g "
            "JOIN main.search_entry e ON e.id = g.entry_id"
        ).fetchall()
        korean = {s[:2] for s in hangul.latin_surname_spellings()}

        def left(gram: str, kind: str, name: str) -> bool:
            if kind == "organisation":
                return len(gram) == 2
            words = [w for w in re.split(r"[\s.\-]+", name.casefold()) if w]
            return gram in korean or gram in {a[:1] + b[:1] for a, b in itertools.pairwise(words)}

        assert all(left(*row) for row in extra), extra
        cols = [r[1] for r in conn.execute("PRAGMA table_info(search_entry)")]
        assert "code_en" not in cols
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'search_entry'")
        }
        assert {"search_fts_ai", "search_fts_ad", "search_fts_au"} <= triggers
    finally:
        conn.close()
