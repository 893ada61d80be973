"""Where the bytes of the search index's entries go: each column of ``search_entry`` in MB, and how
often the Chinese copies equal the English ones (issue 17: which copy is worth storing once).

    python benchmarks/search_columns.py [DB]   # default: /tmp/petdesk-bench-100k.sqlite

Reads only; build the file with ``benchmarks/scale.py --contacts 100000 --db DB --only size-mb``.
Column bytes are the values' own (text as UTF-8), without SQLite's per-row headers.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

#: (English column, Chinese column) pairs the index stores for both interface languages.
PAIRS = (
    ("name_en", "name_zh"),
    ("sort_en", "sort_zh"),
    ("position_en", "position_zh"),
    ("city_en", "city_zh"),
)


def column_bytes(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """(column, bytes of its values) of ``search_entry``, largest first."""
    columns = [row[1] for row in conn.execute("PRAGMA table_info(search_entry)")]
    total = "SELECT coalesce(sum(length(CAST({} AS BLOB))), 0) FROM search_entry"
    sums = [(c, conn.execute(total.format(c)).fetchone()[0]) for c in columns]
    return sorted(sums, key=lambda item: -item[1])


def equal_pairs(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """(pair, rows where both are equal and not empty, bytes the Chinese copy takes in them)."""
    out = []
    for en, zh in PAIRS:
        rows, size = conn.execute(
            f"SELECT count(*), coalesce(sum(length(CAST({zh} AS BLOB))), 0) FROM search_entry "
            f"WHERE {en} = {zh} AND {zh} <> ''"
        ).fetchone()
        out.append((f"{en} = {zh}", rows, size))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path, default=Path("/tmp/petdesk-bench-100k.sqlite"))
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    try:
        (entries,) = conn.execute("SELECT count(*) FROM search_entry").fetchone()
        print(f"search_entry: {entries:,} rows")
        for column, size in column_bytes(conn):
            print(f"  {column:<12} {size / 1e6:7.2f} MB")
        for pair, rows, size in equal_pairs(conn):
            print(f"  {pair:<28} {rows:>8,} rows  {size / 1e6:6.2f} MB in the copy")
    finally:
        conn.close()


if __name__ == "__main__":
    main()
