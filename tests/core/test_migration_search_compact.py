"""Migration 0022_search_compact converts a file of schema 0020_search_slim in place: every entry and
short key kept (a person's organisation now through its entry), the same records found before and
after, and the downgrade gives the old layout back row for row."""

from __future__ import annotations

import gzip
import itertools
import json
import re
import shutil
import sqlite3
from pathlib import Path

from petdesk import hangul
from petdesk.db import _alembic_config, make_upgrade_engine, open_database
from petdesk.services import search
from petdesk.stored_times import read_stored_time
from tests.helpers.old_files import rewritten_by_later_reindexes
from tests.helpers.search_0017 import differing as differing_records
from tests.helpers.search_0017 import found_in_0017_file

DATA = Path(__file__).resolve().parents[1] / "data"


def _file_at_0020(tmp_path: Path, name: str = "old.sqlite") -> Path:
    from alembic import command

    path = tmp_path / name
    with gzip.open(DATA / "petdesk_0017_search.sqlite.gz") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    engine = make_upgrade_engine(path)
    with engine.begin() as c:
        command.upgrade(_alembic_config(c), "0020_search_slim")
    engine.dispose()
    return path


def _move_to_tail(path: Path, count: int) -> None:
    """Give the first ``count`` people ids from TAIL_BASE on, as indexing one by one does."""
    conn = sqlite3.connect(path)
    try:
        moved = conn.execute(
            "SELECT id FROM search_entry WHERE kind = 'contact' ORDER BY id LIMIT ?", (count,)
        ).fetchall()
        for n, (old,) in enumerate(moved):
            new = search.TAIL_BASE + n
            conn.execute("UPDATE search_entry SET id = ? WHERE id = ?", (new, old))
            for table in ("search_gram", "search_gram_zh"):
                conn.execute(f"UPDATE {table} SET entry_id = ? WHERE entry_id = ?", (new, old))
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
        conn.commit()
    finally:
        conn.close()


def _old_layout(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {
            "entries": conn.execute(
                "SELECT id, entity_id, kind, org_entity_id, org_name_en, org_name_zh, org_sort_en, "
                "org_sort_zh, "
                "name_en, sort_en, sort_zh, text, grams, updated_at, code_en, code_zh "
                "FROM search_entry ORDER BY id"
            ).fetchall(),
            "grams": conn.execute("SELECT * FROM search_gram ORDER BY 1, 2, 3, 4").fetchall(),
            "grams_zh": conn.execute("SELECT * FROM search_gram_zh ORDER BY 1, 2, 3, 4").fetchall(),
        }
    finally:
        conn.close()


def _as_instant(row: tuple) -> tuple:
    """``row`` with its last value, a stored time in either form ("" or 0 for none), as an instant."""
    stored = row[-1]
    return (*row[:-1], read_stored_time(stored) if stored not in ("", 0, None) else None)


def _without_added_initials(row: tuple, old: tuple) -> tuple:
    """``row`` with the text it had before 0030_name_initials added one word of initials to it (and
    0055 a Latin-only Korean name's other spellings, "gim"; 0057 the "ou" form of an "oo" name; field
    test 102 an organisation's Chinese other name in pinyin, spaced and joined)."""
    text, old_text = row[11], old[11]
    old_parts = old_text.split(" ; ")
    added = [p for p in text.split(" ; ") if p not in old_parts]
    spaced = row[2] == "organisation"  # "jin qiao sheng tai gong cheng ji tuan"
    assert all(
        (p.isascii() and (p.replace(" ", "") if spaced else p).isalpha() and len(p) >= 3)
        or p.replace("ou", "oo") in old_parts
        for p in added
    ), added
    kept = " ; ".join(p for p in text.split(" ; ") if p not in added)
    return (*row[:11], kept, _without_added_keys(row[2], row[12], old[12], row[8]), *row[13:])


def _without_added_keys(kind: str, grams: str, old_grams: str, name: str = "") -> str:
    """``grams`` without the two initials 0042_organisation_initials_keys added to organisations', and
    the starts of a Latin-only Korean family name's other spellings 0053 added to contacts' ("gi"),
    and, on entries those rewrote, the initials of a given name of two words ("jw" for Ji Woo)."""
    added = set(grams.split()) - set(old_grams.split())
    korean = {s[:2] for s in hangul.latin_surname_spellings()}
    words = [w for w in re.split(r"[\s.\-]+", name.casefold()) if w]  # "Ji-woo Kim": "jw"
    given_initials = {a[:1] + b[:1] for a, b in itertools.pairwise(words)}
    assert not added or kind == "organisation" or added <= korean | given_initials, added
    assert all(g.isascii() and g.isalpha() and len(g) == 2 for g in added), added
    return " ".join(g for g in grams.split() if g not in added)


def test_upgrade_keeps_every_entry_and_finds_the_same_records(tmp_path: Path) -> None:
    path = _file_at_0020(tmp_path)
    _move_to_tail(path, 5)
    before = _old_layout(path)
    expected = json.loads((DATA / "petdesk_0017_search.json").read_text(encoding="utf-8"))

    db = open_database(path)  # runs 0022_search_compact
    try:
        conn = db.raw()
        try:
            cols = {r[1] for r in conn.execute("PRAGMA table_info(search_entry)")}
            assert {"org_id", "rank_zh"} <= cols
            assert not cols & {"org_entity_id", "org_name_en", "org_sort_en", "code_en", "code_zh"}
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert "search_gram_zh" not in tables
            # Every entry, with its organisation's id, names and sort keys now through org_id.
            after = conn.execute(
                "SELECT e.id, e.entity_id, e.kind, o.entity_id, "
                "coalesce(nullif(o.name_en, ''), o.name_zh, ''), "
                "coalesce(nullif(o.name_zh, ''), o.name_en, ''), "
                "coalesce(o.sort_en, char(65535)), coalesce(o.sort_zh, char(65535)), "
                "e.name_en, e.sort_en, e.sort_zh, e.text, e.grams, e.updated_at "
                "FROM search_entry e LEFT JOIN search_entry o ON o.id = e.org_id ORDER BY e.id"
            ).fetchall()
            # 0058 writes the entries of names with an umlaut again, with today's whole text: left aside
            later = rewritten_by_later_reindexes(conn)
            pairs = [
                (row, old) for row, old in zip(after, before["entries"], strict=True) if row[1] not in later
            ]
            assert 0 < len(later) < len(after) / 10
            rewritten = {row[0] for row in after if row[1] in later}
            # 0030_name_initials, on the way, added the initials of long Chinese names to the text.
            after = [_without_added_initials(row, old) for row, old in pairs]
            # updated_at changed its form in 0021_compact_times, on the way: the same instants.
            assert [_as_instant(row) for row in after] == [_as_instant(old[:-2]) for _row, old in pairs]
            # The short keys: the same (gram, is_org, entry) triples, with each entry's pinyin place.
            grams = conn.execute("SELECT gram, is_org, entry_id, rank_zh FROM search_gram").fetchall()
            kept = {(row[0], g) for row in after for g in row[12].split()}
            assert sorted(g[:3] for g in grams if (g[2], g[0]) in kept) == sorted(
                (g, o, e) for g, o, _code, e in before["grams"] if e not in rewritten
            )
            rank = dict(conn.execute("SELECT id, rank_zh FROM search_entry"))
            assert all(r == rank[e] for _g, _o, e, r in grams)
            # rank_zh is pinyin order for the entries in name order; the tail's is TAIL_BASE.
            ranked = conn.execute(
                "SELECT rank_zh, id >= ? FROM search_entry ORDER BY kind, sort_zh, id", (search.TAIL_BASE,)
            ).fetchall()
            head = [r for r, tail in ranked if not tail]
            assert head == sorted(head) and len(set(head)) == len(head)
            assert [r for r, tail in ranked if tail] == [search.TAIL_BASE] * 5
            conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
        finally:
            conn.close()
        with db.reading() as session:
            assert search.check_index(session)
            found = found_in_0017_file(session)
        assert found.keys() == expected.keys()
        assert differing_records(found, expected) == []
        with db.transaction() as session:
            search.rebuild_search_index(session)  # the service's own build agrees with the migration
        with db.reading() as session:
            rebuilt = found_in_0017_file(session)
        assert rebuilt == found  # order too: the same index, built two ways
    finally:
        db.close()


def test_downgrade_gives_back_the_old_layout_row_for_row(tmp_path: Path) -> None:
    from alembic import command

    path = _file_at_0020(tmp_path)
    _move_to_tail(path, 3)
    before = _old_layout(path)
    engine = make_upgrade_engine(path)
    with engine.begin() as c:
        command.upgrade(_alembic_config(c), "0022_search_compact")
        command.downgrade(_alembic_config(c), "0020_search_slim")
    engine.dispose()
    assert _old_layout(path) == before
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'search_entry'")
        }
        assert {"search_fts_ai", "search_fts_ad", "search_fts_au"} <= triggers
    finally:
        conn.close()
