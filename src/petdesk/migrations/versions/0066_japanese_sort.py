"""re-index the people without a Latin name whose name has a kana reading: they file by its Hepburn

The English contacts list filed 佐藤 健 (read さとう けん, no Latin name) by his kanji's pinyin, "zuo
teng" under Z, while his dossier and the visit lists print "Sato Ken" (field test 78). The index's
English sort key now takes the reading's Hepburn; the records already on file had the old key until
something re-indexed them. This re-indexes only those concerned (``search.reindex_japanese_sort``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0066_japanese_sort
Revises: 0065_last_touch
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_japanese_sort

revision: str = "0066_japanese_sort"
down_revision: str | Sequence[str] | None = "0065_last_touch"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_japanese_sort(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the sort key as any text; nothing to undo."""
