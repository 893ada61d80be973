"""What the file would weigh with integer row keys, and with a search copy without its text: a
measured what-if before a migration of every table (issue 17, target 1.5 KB per contact).

    python benchmarks/filesize_whatif.py DB OUT [--keep-search] [--pack-methods]

Copies DB to OUT (``VACUUM INTO``; DB is not touched) and rewrites the copy:

* every table keyed by a text id gets ``rid INTEGER PRIMARY KEY`` (the row id it had), the text id
  stays beside it as a unique column (the public identity sync needs), and every declared reference
  to such a table holds the referenced row's ``rid`` instead of its id; the indexes are made again;
* without ``--keep-search``, ``search_entry`` also loses ``text`` and ``grams`` (what the trigram
  check and the deletes of the index read) and refers to its record by ``rid``;
* with ``--pack-methods``, a contact's e-mails and phones live in its own row (a JSON list of
  ``[channel, label, value]``, plus the normalised key where it differs) instead of ``contact_method``,
  and a ``method_key`` table (normalised key, contact ``rid``; no row id) serves the lookups by key.

The copy only serves for its size: its triggers are dropped and petdesk cannot open it. Prints the
total after VACUUM and the largest b-trees. Round 17's figures are in benchmarks/HISTORY.md.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
from pathlib import Path


def _text_keyed(conn: sqlite3.Connection, tables: list[str]) -> set[str]:
    """Tables whose primary key is a text column ``id``."""
    keyed = set()
    for table in tables:
        cols = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
        key = [(name, kind) for _, name, kind, _, _, pk in cols if pk]
        if len(key) == 1 and key[0][0] == "id" and not key[0][1].upper().startswith("INT"):
            keyed.add(table)
    return keyed


def _index_sql(conn: sqlite3.Connection, table: str) -> list[str]:
    """The statements of ``table``'s own indexes (not those of its keys)."""
    query = "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
    return [sql for (sql,) in conn.execute(query, (table,))]


def _rebuild(conn: sqlite3.Connection, table: str, keyed: set[str]) -> tuple[str, list[str]] | None:
    """Copy ``table`` into ``<table>__n`` with integer keys; None if it has neither key nor reference."""
    refs = {
        col: parent
        for _, _, parent, col, to, *_ in conn.execute(f'PRAGMA foreign_key_list("{table}")')
        if parent in keyed and to == "id"
    }
    if table not in keyed and not refs:
        return None
    cols = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    defs, picks = ([], []) if table not in keyed else (["rid INTEGER PRIMARY KEY"], ["rowid"])
    for _, name, kind, _, _, _ in cols:
        if name in refs:
            defs.append(f'"{name}" INTEGER')
            picks.append(f'(SELECT rowid FROM "{refs[name]}" p WHERE p.id = s."{name}")')
        else:
            defs.append(f'"{name}" {kind}' + (" UNIQUE" if table in keyed and name == "id" else ""))
            picks.append(f's."{name}"')
    if table not in keyed:
        key = [col[1] for col in sorted(cols, key=lambda col: col[5]) if col[5]]
        if key:
            defs.append(f"PRIMARY KEY ({', '.join(key)})")
    indexes = _index_sql(conn, table)
    conn.execute(f'CREATE TABLE "{table}__n" ({", ".join(defs)})')
    conn.execute(f'INSERT INTO "{table}__n" SELECT {", ".join(picks)} FROM "{table}" s')
    return table, indexes


def _swap(conn: sqlite3.Connection, table: str, indexes: list[str]) -> None:
    conn.execute(f'DROP TABLE "{table}"')
    conn.execute(f'ALTER TABLE "{table}__n" RENAME TO "{table}"')
    for sql in indexes:
        conn.execute(sql)


def _slim_search(conn: sqlite3.Connection) -> None:
    cols = [
        c for c in conn.execute("PRAGMA table_info(search_entry)").fetchall() if c[1] not in ("text", "grams")
    ]
    defs = [
        f'"{name}" ' + ("INTEGER" if name == "entity_id" else kind) + (" PRIMARY KEY" if name == "id" else "")
        for _, name, kind, *_ in cols
    ]
    rid_of_entity = (
        "coalesce((SELECT rid FROM contact WHERE id = s.entity_id), "
        "(SELECT rid FROM organisation WHERE id = s.entity_id))"
    )
    picks = [rid_of_entity if name == "entity_id" else f's."{name}"' for _, name, *_ in cols]
    indexes = _index_sql(conn, "search_entry")
    conn.execute(f"CREATE TABLE search_entry__n ({', '.join(defs)}, UNIQUE (kind, entity_id))")
    conn.execute(f"INSERT INTO search_entry__n SELECT {', '.join(picks)} FROM search_entry s")
    _swap(conn, "search_entry", indexes)


def _pack_methods(conn: sqlite3.Connection) -> None:
    """Contact methods as a JSON column of the contact, their keys in a table without row ids."""
    conn.execute("ALTER TABLE contact ADD COLUMN methods TEXT NOT NULL DEFAULT '[]'")
    packed: dict[str, list[list[str]]] = {}
    query = (
        "SELECT contact_id, channel, label, value, normalized FROM contact_method"
        " WHERE deleted_at IS NULL ORDER BY contact_id, position"
    )
    for contact_id, channel, label, value, key in conn.execute(query):
        packed.setdefault(contact_id, []).append([channel, label, value] + ([key] if key != value else []))
    compact = {"ensure_ascii": False, "separators": (",", ":")}
    conn.executemany(
        "UPDATE contact SET methods = ? WHERE id = ?",
        ((json.dumps(items, **compact), cid) for cid, items in packed.items()),
    )
    conn.execute(
        "CREATE TABLE method_key (key TEXT NOT NULL, contact_rid INTEGER NOT NULL,"
        " PRIMARY KEY (key, contact_rid)) WITHOUT ROWID"
    )
    conn.execute(
        "INSERT OR IGNORE INTO method_key SELECT m.normalized, c.rowid"
        " FROM contact_method m JOIN contact c ON c.id = m.contact_id WHERE m.deleted_at IS NULL"
    )
    conn.execute("DROP TABLE contact_method")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--keep-search", action="store_true", help="leave search_entry as it is")
    parser.add_argument(
        "--pack-methods", action="store_true", help="e-mails and phones in the contact row, keys apart"
    )
    args = parser.parse_args()
    args.out.unlink(missing_ok=True)
    started = time.perf_counter()
    with sqlite3.connect(args.db) as source:
        source.execute("VACUUM INTO ?", (str(args.out),))
    source.close()
    conn = sqlite3.connect(args.out, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA legacy_alter_table = ON")  # renames leave other tables' references alone
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
    ).fetchall():
        conn.execute(f'DROP {kind.upper()} "{name}"')
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    conn.execute("BEGIN")
    if args.pack_methods:
        _pack_methods(conn)  # before the integer keys: the contact's row id becomes its rid
        tables.remove("contact_method")
    keyed = _text_keyed(conn, tables)
    # every copy first: the references are looked up in the old tables, whose row ids are the rids
    rebuilt = [done for table in tables if (done := _rebuild(conn, table, keyed))]
    for table, indexes in rebuilt:
        _swap(conn, table, indexes)
    if not args.keep_search:
        _slim_search(conn)
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    sizes = conn.execute("SELECT name, sum(pgsize) AS s FROM dbstat GROUP BY name ORDER BY s DESC").fetchall()
    conn.close()
    seconds = time.perf_counter() - started
    total, original = sum(s for _, s in sizes) / 1e6, args.db.stat().st_size / 1e6
    print(f"{len(keyed)} tables keyed by text ids, {len(rebuilt)} rebuilt, in {seconds:.0f} s")
    print(f"total {total:,.1f} MB after VACUUM (the original file: {original:,.1f} MB)")
    for name, size in sizes[:20]:
        print(f"  {name:<42} {size / 1e6:8.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
