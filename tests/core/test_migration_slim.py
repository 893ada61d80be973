"""Migration 0020_search_slim converts a file of schema 0019 in place: the trigram index is rebuilt
without positions, entries indexed one by one are numbered into name order, and search finds the
same records, in the same order, as the old code did (tests/data/make_0017_search_database.py)."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

from petdesk.db import _alembic_config, make_upgrade_engine, open_database
from petdesk.services import search
from tests.helpers.search_0017 import differing as differing_records
from tests.helpers.search_0017 import found_in_0017_file

DATA = Path(__file__).resolve().parents[1] / "data"


def _file_at_0019(tmp_path: Path) -> Path:
    from alembic import command

    path = tmp_path / "old.sqlite"
    with gzip.open(DATA / "petdesk_0017_search.sqlite.gz") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    engine = make_upgrade_engine(path)
    with engine.begin() as c:
        command.upgrade(_alembic_config(c), "0019_compact")
    engine.dispose()
    return path


def _out_of_order(path: Path, count: int) -> list[str]:
    """Give the first ``count`` entries ids after all others, as indexing one by one did before
    0020 (a new id is max(id) + 1, wherever the name sorts); returns their entity ids."""
    conn = sqlite3.connect(path)
    try:
        top = conn.execute("SELECT max(id) FROM search_entry").fetchone()[0]
        moved = conn.execute(
            "SELECT id, entity_id FROM search_entry ORDER BY id LIMIT ?", (count,)
        ).fetchall()
        for n, (old, _entity) in enumerate(moved, 1):
            conn.execute("UPDATE search_entry SET id = ? WHERE id = ?", (top + n, old))
            for table in ("search_gram", "search_gram_zh"):
                conn.execute(f"UPDATE {table} SET entry_id = ? WHERE entry_id = ?", (top + n, old))
        conn.commit()
        return [entity for _old, entity in moved]
    finally:
        conn.close()


def test_upgrade_renumbers_into_name_order_and_finds_the_same_records(tmp_path: Path) -> None:
    path = _file_at_0019(tmp_path)
    moved = _out_of_order(path, 7)
    expected = json.loads((DATA / "petdesk_0017_search.json").read_text(encoding="utf-8"))
    conn = sqlite3.connect(path)
    rows_before = conn.execute("SELECT count(*) FROM search_entry").fetchone()[0]
    grams_before = conn.execute("SELECT count(*) FROM search_gram").fetchone()[0]
    conn.close()

    db = open_database(path)  # runs 0020_search_slim
    try:
        conn = db.raw()
        try:
            fts_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").fetchone()[0]
            assert "detail=none" in fts_sql and "columnsize=0" in fts_sql
            ids = [r[0] for r in conn.execute("SELECT id FROM search_entry ORDER BY kind, sort_en, id")]
            assert ids == list(range(1, rows_before + 1))  # name order, the moved entries included
            placed = conn.execute(
                f"SELECT count(*) FROM search_entry WHERE entity_id IN ({','.join('?' * len(moved))}) "
                "AND id < ?",
                [*moved, rows_before - len(moved)],
            ).fetchone()[0]
            assert placed > 0  # they did move back among the others
            for table in ("search_gram",):  # one table for both name orders since 0022_search_compact
                # every key kept (0042_organisation_initials_keys adds organisations' two initials)
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] >= grams_before
                pairs = set(conn.execute(f"SELECT gram, entry_id FROM {table}"))
                assert pairs == {
                    (g, e)
                    for e, grams in conn.execute("SELECT id, grams FROM search_entry")
                    for g in grams.split()
                }
        finally:
            conn.close()
        with db.reading() as session:
            assert search.check_index(session)
            found = found_in_0017_file(session)
            # Pages in English order are read off the index's row ids now: the compared pages used it.
            assert search.plan_query(session, "zhang", kind="contact").strategy == "walk"
        assert differing_records(found, expected) == []
        assert expected["page|zhang|contact|en"] and expected["page|zhangchen|contact|en"]
    finally:
        db.close()


def test_downgrade_gives_back_the_positional_index(tmp_path: Path) -> None:
    from alembic import command

    path = _file_at_0019(tmp_path)
    engine = make_upgrade_engine(path)
    with engine.begin() as c:
        command.upgrade(_alembic_config(c), "0020_search_slim")
        command.downgrade(_alembic_config(c), "0019_compact")
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        fts_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").fetchone()[0]
        assert "detail" not in fts_sql
        # The old code's phrase query works again, and the index agrees with its content.
        assert (
            conn.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"zhang\"'").fetchone()[0]
            > 0
        )
        conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"search_fts_ai", "search_fts_ad", "search_fts_au"} <= triggers
    finally:
        conn.close()
