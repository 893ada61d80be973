"""Where the bytes of a database file go: every table and index after VACUUM, beside a raw baseline.

    python benchmarks/filesize.py [DB]          # default: /tmp/petdesk-bench-100k.sqlite
    python benchmarks/filesize.py --contacts 10000 --rebuild-db

Creates the database with ``petdesk demo --contacts N`` when it does not exist. The file is copied
with ``VACUUM INTO`` (the original is not touched), and SQLite's ``dbstat`` table gives the bytes
of every table and index in the copy, and how much of it is UUID text (record identities and the
references to them, in rows and again in every index over them; canonical or compact, see
``petdesk.ids``). The raw baseline is the same rows
of every table but the search index (derived data) in plain tables without keys or indexes: what
the data itself takes.
Target (issue 17): 1.5 KB per contact, all tables and indexes included (150 MB at 100,000).
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

#: The search index: derived from the other tables, rebuilt by ``petdesk check --repair``.
SEARCH_PREFIX = "search_"
TARGET_PER_CONTACT = 1500


def sizes(path: Path) -> list[tuple[str, str, str, int]]:
    """(name, type, table it belongs to, bytes) of every b-tree in the file, largest first."""
    conn = sqlite3.connect(path)
    try:
        owner = {
            name: (kind, table)
            for name, kind, table in conn.execute("SELECT name, type, tbl_name FROM sqlite_master")
        }
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    finally:
        conn.close()
    out = []
    for name, size in rows:
        kind, table = owner.get(name, ("table", name))
        if name.startswith("sqlite_autoindex_"):
            kind, table = "index", name.removeprefix("sqlite_autoindex_").rsplit("_", 1)[0]
        out.append((name, kind, table, int(size)))
    return sorted(out, key=lambda r: -r[3])


def raw_baseline(source: Path, target: Path) -> int:
    """Bytes of the rows of every non-search table copied into plain tables (no keys, no indexes)."""
    conn = sqlite3.connect(target)
    try:
        conn.execute("ATTACH DATABASE ? AS src", (str(source),))
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM src.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE ? AND sql NOT LIKE 'CREATE VIRTUAL%'",
                (SEARCH_PREFIX + "%",),
            )
        ]
        for table in tables:
            conn.execute(f'CREATE TABLE "{table}" AS SELECT * FROM src."{table}"')
        conn.commit()
        conn.execute("DETACH DATABASE src")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return target.stat().st_size


#: A UUID as text, for GLOB: the identity of every record and every reference to one, in the
#: canonical form (36 characters) and in the compact one rows made since use (22: petdesk.ids).
UUID_GLOB = "-".join("[0-9a-f]" * n for n in (8, 4, 4, 4, 12))
COMPACT_GLOB = "[0-3]" + "[-0-9A-Za-z_]" * 21
#: Bytes a value of each form takes: its text and a byte of its record header.
UUID_BYTES, COMPACT_BYTES = 37, 23


def uuid_text(path: Path) -> tuple[int, int]:
    """(values, bytes) of UUID text in the file, of both forms: in every column that holds one, and
    again in every index entry over such a column (shared between the forms as the column's are)."""
    conn = sqlite3.connect(path)
    try:
        values = 0
        size = 0.0
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'"
        ).fetchall()
        for (table,) in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            # column -> (canonical values, compact values)
            held: dict[str, tuple[int, int]] = {}
            for column in columns:
                counts = conn.execute(
                    f'SELECT count(*) FILTER (WHERE "{column}" GLOB ?), '
                    f'count(*) FILTER (WHERE "{column}" GLOB ?) FROM "{table}"',
                    (UUID_GLOB, COMPACT_GLOB),
                ).fetchone()
                if counts[0] or counts[1]:
                    held[column] = counts
            for canonical, compact in held.values():
                values += canonical + compact
                size += canonical * UUID_BYTES + compact * COMPACT_BYTES
            indexes = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,)
            ).fetchall()
            for (index,) in indexes:
                keyed = [row[2] for row in conn.execute(f'PRAGMA index_info("{index}")') if row[2] in held]
                entries = conn.execute("SELECT sum(ncell) FROM dbstat WHERE name = ?", (index,)).fetchone()[0]
                for column in keyed:
                    canonical, compact = held[column]
                    share = (entries or 0) / (canonical + compact)
                    values += round(share * (canonical + compact))
                    size += share * (canonical * UUID_BYTES + compact * COMPACT_BYTES)
    finally:
        conn.close()
    return values, round(size)


def report(db_path: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="petdesk-filesize-", dir=db_path.parent) as tmp:
        copy = Path(tmp) / "vacuumed.sqlite"
        src = sqlite3.connect(db_path)
        try:
            contacts = src.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
            src.execute("VACUUM INTO ?", (str(copy),))
        finally:
            src.close()
        total = copy.stat().st_size
        trees = sizes(copy)
        raw = raw_baseline(copy, Path(tmp) / "raw.sqlite")
        uuid_values, uuid_bytes = uuid_text(copy)

    per = max(contacts, 1)
    print(f"database: {db_path} ({db_path.stat().st_size / 1e6:.1f} MB on disk), {contacts:,} contacts")
    print(
        f"after VACUUM: {total / 1e6:.1f} MB, {total / per:,.0f} bytes per contact "
        f"(target {TARGET_PER_CONTACT:,}: {'met' if total / per <= TARGET_PER_CONTACT else 'NOT met'})"
    )
    print(
        f"raw baseline (same rows, no search index, no keys or indexes): {raw / 1e6:.1f} MB, "
        f"{raw / per:,.0f} bytes per contact; file / raw = {total / raw:.2f}x\n"
    )

    by_table: dict[str, list[tuple[str, str, int]]] = {}
    for name, kind, table, size in trees:
        by_table.setdefault(table, []).append((name, kind, size))
    totals = sorted(((sum(s for _n, _k, s in items), t) for t, items in by_table.items()), reverse=True)
    search_bytes = sum(s for s, t in totals if t.startswith(SEARCH_PREFIX))
    print(f"{'table / index':<44} {'MB':>8} {'B/contact':>10}")
    print("-" * 64)
    for table_total, table in totals:
        if table_total < 0.05e6:
            continue
        print(f"{table:<44} {table_total / 1e6:>8.1f} {table_total / per:>10,.0f}")
        for name, kind, size in by_table[table]:
            if name != table and size >= 0.05e6:
                print(f"  {kind} {name:<36} {size / 1e6:>8.1f} {size / per:>10,.0f}")
    small = sum(s for s, _t in totals if s < 0.05e6)
    print(f"{'(tables under 0.05 MB, with indexes)':<44} {small / 1e6:>8.1f}")
    print(f"\nsearch index (search_*): {search_bytes / 1e6:.1f} MB ({search_bytes / total:.0%} of the file)")
    print(
        f"UUID text in rows and index entries: {uuid_values:,} values, {uuid_bytes / 1e6:.1f} MB "
        f"({uuid_bytes / total:.0%} of the file; as 16-byte blobs {uuid_values * 17 / 1e6:.1f} MB)"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("db", nargs="?", type=Path, default=Path("/tmp/petdesk-bench-100k.sqlite"))
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--rebuild-db", action="store_true", help="delete and recreate the database first")
    args = parser.parse_args()
    if args.rebuild_db:
        args.db.unlink(missing_ok=True)
    if not args.db.exists():
        print(f"creating {args.db} with {args.contacts:,} demo contacts ...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "petdesk", "--db", str(args.db), "demo", "--contacts", str(args.contacts)],
            check=True,
        )
    return report(args.db)


if __name__ == "__main__":
    raise SystemExit(main())
