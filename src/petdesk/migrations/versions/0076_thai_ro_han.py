"""re-index the Thai names with ร หัน (รร), read letter by letter before round 58

Field test 120: อุตสาหกรรม was indexed as "utsahakonrom", so "utsahakam" (its RTGS spelling, and the
one on an Industrial Estate Authority card) found nothing. The reading now takes รร as "a" closed by
the next consonant, or "an" (:mod:`petdesk.thai_latin`). A second look the same round fixed more Thai
readings (แห่ง "haeng", not "ngae"; ธรรมชาติ "thammachat"; ไทย "thai"; หลวง "luang"), so this recomputes
the people and organisations with any Thai letter in a name and rewrites only those whose entry changed
(``search.reindex_thai_ro_han``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0076_thai_ro_han
Revises: 0075_arabic_mongolian_readings
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_thai_ro_han

revision: str = "0076_thai_ro_han"
down_revision: str | Sequence[str] | None = "0075_arabic_mongolian_readings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_thai_ro_han(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the texts as any text; nothing to undo."""
