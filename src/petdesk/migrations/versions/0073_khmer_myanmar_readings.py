"""re-index the people with a Khmer or Burmese name: found and filed by its Latin reading

Round 56 gave Khmer and Burmese names a Latin reading (``petdesk.khmer_myanmar_latin``: សុខ ចាន់ណា
"Sok Channa", အောင်ကျော်မင်း "Aung Kyaw Min"): the index holds it, so "kyaw" and "channa" find them,
and both lists file such a name by it, under S and A, not after every Latin name. The records already
on file were found only once re-saved. This re-indexes only those with a Khmer or Burmese letter in a
name field, and the organisations whose name has a reading
(``search.reindex_khmer_myanmar_readings``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0073_khmer_myanmar_readings
Revises: 0072_project_deadline_time
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_khmer_myanmar_readings

revision: str = "0073_khmer_myanmar_readings"
down_revision: str | Sequence[str] | None = "0072_project_deadline_time"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_khmer_myanmar_readings(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the readings and sort keys as any text; nothing to undo."""
