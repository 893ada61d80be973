"""a compact search index: short keys in integer-keyed tables, no copies of sort keys (issue 17)

``search_gram`` held, per one- or two-character key of an entry, the entry's kind and both sort keys,
with an index over each: some 160 MB of the 570 MB a 100,000-contact file took. Now two
WITHOUT ROWID tables, one per name order, keyed (gram, is_org, code, entry_id) with nothing else:
each table is its own index, and ``code`` is a number for the first letters of the sort key (ties
are put in order by the entry's full key when a page is read). The entry keeps both codes, so
probes and deletes go by primary key. Filled from the entries' own key lists, not recomputed, so
search finds what it found before.

Revision ID: 0019_compact
Revises: 0017_venue
Create Date: 2026-12-02
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0019_compact"
down_revision: str | Sequence[str] | None = "0017_venue"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_GRAM_TABLES = ("search_gram", "search_gram_zh")


# A frozen copy of ``petdesk.services.search.sort_code`` as of this revision (migrations do not
# change when the service does; tests/core/test_migration_compact.py checks that both agree).
def _code_class(ch: str) -> int:
    c = ord(ch)
    if c <= 0x20:
        return 1
    if c < 0x61:
        return 2
    if c <= 0x7A:
        return 3 + c - 0x61
    if c < 0x3000:
        return 29
    if c < 0xFFFF:
        return 30
    return 31


def sort_code(key: str) -> int:
    code = 0
    for i in range(12):
        code = code * 32 + (_code_class(key[i]) if i < len(key) else 0)
    return code


def _create_gram_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column("gram", sa.String(length=8), nullable=False),
        sa.Column("is_org", sa.Integer(), nullable=False),
        sa.Column("code", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("gram", "is_org", "code", "entry_id", name=op.f(f"pk_{name}")),
        sqlite_with_rowid=False,
    )


def upgrade() -> None:
    bind = op.get_bind()
    # Plain ADD COLUMN (in place): rebuilding search_entry in batch mode would drop its FTS triggers.
    for name in ("code_en", "code_zh"):
        op.add_column("search_entry", sa.Column(name, sa.Integer(), nullable=False, server_default="0"))
    op.drop_index("ix_search_gram_gram_kind_sort_en", table_name="search_gram")
    op.drop_index("ix_search_gram_gram_kind_sort_zh", table_name="search_gram")
    op.drop_table("search_gram")
    for name in _GRAM_TABLES:
        _create_gram_table(name)
    rows = bind.exec_driver_sql("SELECT id, kind, sort_en, sort_zh, grams FROM search_entry").fetchall()
    codes: list[tuple[int, int, int]] = []
    en: list[tuple[Any, ...]] = []
    zh: list[tuple[Any, ...]] = []
    for entry_id, kind, sort_en, sort_zh, grams in rows:
        code_en, code_zh, is_org = sort_code(sort_en), sort_code(sort_zh), int(kind == "organisation")
        codes.append((code_en, code_zh, entry_id))
        for gram in set(grams.split()):
            en.append((gram, is_org, code_en, entry_id))
            zh.append((gram, is_org, code_zh, entry_id))
    raw = bind.connection.driver_connection
    raw.executemany("UPDATE search_entry SET code_en = ?, code_zh = ? WHERE id = ?", codes)
    # In primary key order: B-tree appends, full pages.
    raw.executemany("INSERT INTO search_gram VALUES (?, ?, ?, ?)", sorted(en))
    raw.executemany("INSERT INTO search_gram_zh VALUES (?, ?, ?, ?)", sorted(zh))


def downgrade() -> None:
    bind = op.get_bind()
    for name in _GRAM_TABLES:
        op.drop_table(name)
    op.create_table(
        "search_gram",
        sa.Column("gram", sa.String(length=8), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sort_en", sa.String(length=400), nullable=False),
        sa.Column("sort_zh", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("gram", "entry_id", name=op.f("pk_search_gram")),
        sqlite_with_rowid=False,
    )
    rows = bind.exec_driver_sql("SELECT id, kind, sort_en, sort_zh, grams FROM search_entry").fetchall()
    raw = bind.connection.driver_connection
    raw.executemany(
        "INSERT OR IGNORE INTO search_gram VALUES (?, ?, ?, ?, ?)",
        sorted((g, i, kind, en, zh) for i, kind, en, zh, grams in rows for g in grams.split()),
    )
    op.create_index("ix_search_gram_gram_kind_sort_en", "search_gram", ["gram", "kind", "sort_en"])
    op.create_index("ix_search_gram_gram_kind_sort_zh", "search_gram", ["gram", "kind", "sort_zh"])
    # SQLite drops a column in place (3.35+); batch mode would rebuild the table and lose its triggers.
    for name in ("code_zh", "code_en"):
        op.execute(f"ALTER TABLE search_entry DROP COLUMN {name}")
