"""a compact search index: people read their organisation through its entry; one short-key table

At 100,000 contacts the search index took 177.5 MB of a 420 MB file (issue 17). Every person's entry
held copies of the organisation's names and of its sort keys in both languages, with an index over
each sort key (about 55 MB together), and the one- and two-character keys were stored twice, once
per name order, each row keyed by a 60-bit code of the sort key (43 MB).

* ``search_entry``: ``org_entity_id``, ``org_name_en``/``_zh`` and ``org_sort_en``/``_zh`` give way to
  ``org_id``, the row id of the organisation's own entry, where the lists read the names and the sort
  keys; the lists sorted by organisation walk the organisations' entries in name order and each
  one's people by ``org_id``. ``code_en``/``code_zh`` give way to ``rank_zh``, the entry's place in
  pinyin order (``TAIL_BASE`` for entries indexed one by one since the last rebuild).
* ``search_gram``: keyed (gram, is_org, entry_id), which is English name order (row ids are, below
  ``TAIL_BASE``), with ``rank_zh`` beside the key for pages in pinyin order; ``search_gram_zh`` goes.

Everything is copied from the index as it is (no text is recomputed, so search finds what it found
before); ``updated_at`` is copied whatever its form, with the column's declared type kept.

Revision ID: 0022_search_compact
Revises: 0021_compact_times
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022_search_compact"
down_revision: str | Sequence[str] | None = "0021_compact_times"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Frozen copy of ``services.search.TAIL_BASE`` (migrations do not change when the service does).
TAIL_BASE = 1 << 40

# The triggers of 0002_search that keep the external-content index in step with search_entry.text,
# frozen here as they were (dropping search_entry drops them; they are created again).
# fmt: off
_FTS_TRIGGERS = (
    ("search_fts_ai", "AFTER INSERT ON search_entry",
     "INSERT INTO search_fts (rowid, text) VALUES (NEW.id, NEW.text);"),
    ("search_fts_ad", "AFTER DELETE ON search_entry",
     "INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);"),
    ("search_fts_au", "AFTER UPDATE OF text ON search_entry",
     "INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);"
     " INSERT INTO search_fts (rowid, text) VALUES (NEW.id, NEW.text);"),
)
# fmt: on

#: Columns both layouts share, in order.
_COMMON = (
    "id, entity_id, kind, name_en, name_zh, position_en, position_zh, email, phone, city_en, city_zh, "
    "country, tags, updated_at, sort_en, sort_zh"
)


def _updated_at_type() -> str:
    """The declared type of ``search_entry.updated_at`` as it is (another revision may change its form)."""
    bind = op.get_bind()
    for row in bind.exec_driver_sql("PRAGMA table_info(search_entry)"):
        if row[1] == "updated_at":
            return str(row[2]) or "VARCHAR(32)"
    return "VARCHAR(32)"


def _entry_table(name: str, updated_at: str, *, compact: bool) -> str:
    if compact:
        org = "org_id INTEGER"
        tail = "text TEXT NOT NULL, grams TEXT NOT NULL, rank_zh INTEGER DEFAULT '0' NOT NULL"
    else:
        org = (
            "org_entity_id VARCHAR(36), org_name_en VARCHAR(300) NOT NULL, org_name_zh VARCHAR(300) NOT NULL"
        )
        tail = (
            "org_sort_en VARCHAR(400) NOT NULL, org_sort_zh VARCHAR(400) NOT NULL, text TEXT NOT NULL, "
            "grams TEXT NOT NULL, code_en INTEGER DEFAULT '0' NOT NULL, code_zh INTEGER DEFAULT '0' NOT NULL"
        )
    return (
        f"CREATE TABLE {name} (id INTEGER NOT NULL, entity_id VARCHAR(36) NOT NULL, "
        "kind VARCHAR(16) NOT NULL, "
        f"{org}, name_en VARCHAR(300) NOT NULL, name_zh VARCHAR(300) NOT NULL, "
        "position_en VARCHAR(200) NOT NULL, position_zh VARCHAR(200) NOT NULL, email VARCHAR(300) NOT NULL, "
        "phone VARCHAR(300) NOT NULL, city_en VARCHAR(100) NOT NULL, city_zh VARCHAR(100) NOT NULL, "
        f"country VARCHAR(2) NOT NULL, tags TEXT NOT NULL, updated_at {updated_at} NOT NULL, "
        f"sort_en VARCHAR(400) NOT NULL, sort_zh VARCHAR(400) NOT NULL, {tail}, "
        # The constraints are named as search_entry's: the table is renamed to that.
        "CONSTRAINT pk_search_entry PRIMARY KEY (id), "
        "CONSTRAINT uq_search_entry_entity_id UNIQUE (entity_id))"
    )


def _drop_fts() -> None:
    for name, _when, _body in _FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts")


def _create_fts() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5(text, content='search_entry', content_rowid='id', "
        "tokenize='trigram', detail=none, columnsize=0)"
    )
    op.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    for name, when, body in _FTS_TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")


def upgrade() -> None:
    _drop_fts()
    updated_at = _updated_at_type()
    op.execute(_entry_table("search_entry_new", updated_at, compact=True))
    # Pinyin order as the rebuild numbers it, for entries in name order (below TAIL_BASE).
    op.execute(
        f"INSERT INTO search_entry_new ({_COMMON}, org_id, text, grams, rank_zh) "
        f"SELECT {', '.join('e.' + c for c in _COMMON.split(', '))}, o.id, e.text, e.grams, "
        f"CASE WHEN e.id < {TAIL_BASE} THEN row_number() OVER (ORDER BY e.kind, e.sort_zh, e.id) "
        f"ELSE {TAIL_BASE} END "
        "FROM search_entry e LEFT JOIN search_entry o ON o.entity_id = e.org_entity_id "
        "AND o.kind = 'organisation' ORDER BY e.id"
    )
    op.execute("DROP TABLE search_entry")
    op.execute("ALTER TABLE search_entry_new RENAME TO search_entry")
    for name, columns in (
        ("ix_search_entry_org_id", "org_id"),
        ("ix_search_entry_kind_sort_en", "kind, sort_en"),
        ("ix_search_entry_kind_sort_zh", "kind, sort_zh"),
        ("ix_search_entry_kind_updated_at", "kind, updated_at"),
    ):
        op.execute(f"CREATE INDEX {name} ON search_entry ({columns})")
    op.execute(
        "CREATE TABLE search_gram_new (gram VARCHAR(8) NOT NULL, is_org INTEGER NOT NULL, "
        "entry_id INTEGER NOT NULL, rank_zh INTEGER NOT NULL, "
        "CONSTRAINT pk_search_gram PRIMARY KEY (gram, is_org, entry_id)) WITHOUT ROWID"
    )
    op.execute(
        "INSERT OR IGNORE INTO search_gram_new (gram, is_org, entry_id, rank_zh) "
        "SELECT g.gram, g.is_org, g.entry_id, e.rank_zh FROM search_gram g "
        "JOIN search_entry e ON e.id = g.entry_id ORDER BY 1, 2, 3"
    )
    op.execute("DROP TABLE search_gram")
    op.execute("DROP TABLE search_gram_zh")
    op.execute("ALTER TABLE search_gram_new RENAME TO search_gram")
    _create_fts()


# A frozen copy of ``sort_code`` as of 0019_compact, for the downgrade's codes.
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


def _sort_code(key: str | None) -> int:
    key = key or ""
    code = 0
    for i in range(12):
        code = code * 32 + (_code_class(key[i]) if i < len(key) else 0)
    return code


def downgrade() -> None:
    _drop_fts()
    bind = op.get_bind()
    raw = bind.connection.driver_connection
    raw.create_function("petdesk_0022_sort_code", 1, _sort_code, deterministic=True)
    updated_at = _updated_at_type()
    op.execute(_entry_table("search_entry_new", updated_at, compact=False))
    last = "char(65535)"
    op.execute(
        f"INSERT INTO search_entry_new ({_COMMON}, org_entity_id, org_name_en, org_name_zh, org_sort_en, "
        "org_sort_zh, text, grams, code_en, code_zh) "
        f"SELECT {', '.join('e.' + c for c in _COMMON.split(', '))}, o.entity_id, "
        "coalesce(nullif(o.name_en, ''), o.name_zh, ''), coalesce(nullif(o.name_zh, ''), o.name_en, ''), "
        f"coalesce(o.sort_en, {last}), coalesce(o.sort_zh, {last}), e.text, e.grams, "
        "petdesk_0022_sort_code(e.sort_en), petdesk_0022_sort_code(e.sort_zh) "
        "FROM search_entry e LEFT JOIN search_entry o ON o.id = e.org_id ORDER BY e.id"
    )
    op.execute("DROP TABLE search_entry")
    op.execute("ALTER TABLE search_entry_new RENAME TO search_entry")
    for name, columns in (
        ("ix_search_entry_kind_sort_en", "kind, sort_en"),
        ("ix_search_entry_kind_sort_zh", "kind, sort_zh"),
        ("ix_search_entry_kind_org_sort_en", "kind, org_sort_en"),
        ("ix_search_entry_kind_org_sort_zh", "kind, org_sort_zh"),
        ("ix_search_entry_kind_updated_at", "kind, updated_at"),
        ("ix_search_entry_org_entity_id", "org_entity_id"),
    ):
        op.execute(f"CREATE INDEX {name} ON search_entry ({columns})")
    for table, code in (("search_gram_new", "code_en"), ("search_gram_zh", "code_zh")):
        op.execute(
            f"CREATE TABLE {table} (gram VARCHAR(8) NOT NULL, is_org INTEGER NOT NULL, "
            "code INTEGER NOT NULL, "
            f"entry_id INTEGER NOT NULL, CONSTRAINT pk_{table.replace('_new', '')} "
            "PRIMARY KEY (gram, is_org, code, entry_id)) WITHOUT ROWID"
        )
        op.execute(
            f"INSERT INTO {table} (gram, is_org, code, entry_id) "
            f"SELECT g.gram, g.is_org, e.{code}, g.entry_id "
            "FROM search_gram g JOIN search_entry e ON e.id = g.entry_id ORDER BY 1, 2, 3, 4"
        )
    op.execute("DROP TABLE search_gram")
    op.execute("ALTER TABLE search_gram_new RENAME TO search_gram")
    _create_fts()
