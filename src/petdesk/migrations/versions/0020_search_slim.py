"""a slimmer search index: the trigram index keeps no positions (issue 17)

``search_fts`` kept, for every trigram of every entry's text, the positions where it occurs, so that
FTS5 could match phrases: 38.5 MB of the 205 MB search index at 100,000 contacts. The service now
asks the index for the entries holding all of a term's trigrams and checks the term itself on the
row's text (``instr``), which it reads anyway to sort; so the index is rebuilt with ``detail=none``
(row ids only) and ``columnsize=0`` (no per-row token counts: nothing ranks by them). The table is
derived from ``search_entry.text``: rebuilding it is the conversion (seconds at 100,000 contacts).

The service also reads a term's entries off that index in row id order and stops when a page is
full, which needs row ids in (kind, English sort key) order, as ``rebuild_search_index`` numbers
them; entries indexed one by one since are numbered from ``TAIL_BASE`` (2**40) on. Entries indexed
one by one before this revision are numbered again here, keeping their order, and the short-key
tables follow them.

Revision ID: 0020_search_slim
Revises: 0019_compact
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020_search_slim"
down_revision: str | Sequence[str] | None = "0019_compact"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The triggers of 0002_search that keep the external-content index in step with search_entry.text,
# frozen here as they were (migrations do not change when the service does).
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


def _recreate_fts(options: str) -> None:
    for name, _when, _body in _FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        f"text, content='search_entry', content_rowid='id', tokenize='trigram'{options})"
    )
    op.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    for name, when, body in _FTS_TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")


_GRAM_TABLES = ("search_gram", "search_gram_zh")


def _renumber() -> None:
    """Row ids 1, 2, ... in (kind, sort_en, old id) order; the short-key tables follow. Only the
    entries whose id changes are touched (after a rebuild, those indexed one by one since)."""
    op.execute("CREATE TEMP TABLE search_renumber (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
    op.execute(
        "INSERT INTO search_renumber SELECT old, new FROM (SELECT id AS old, "
        "row_number() OVER (ORDER BY kind, sort_en, id) AS new FROM search_entry) WHERE new != old"
    )
    # Through negative ids, so that no new id meets an old one still in the table.
    for table, column in (("search_entry", "id"), *((name, "entry_id") for name in _GRAM_TABLES)):
        op.execute(
            f"UPDATE {table} SET {column} = -(SELECT new FROM search_renumber WHERE old = {column}) "
            f"WHERE {column} IN (SELECT old FROM search_renumber)"
        )
        op.execute(f"UPDATE {table} SET {column} = -{column} WHERE {column} < 0")
    op.execute("DROP TABLE search_renumber")


def upgrade() -> None:
    for name, _when, _body in _FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    _renumber()
    _recreate_fts(", detail=none, columnsize=0")


def downgrade() -> None:
    _recreate_fts("")
