"""re-index the people and organisations whose names file or are found otherwise since round 51

Round 51 files a family name under its main word, as DIN 5007-2 and the delegation lists do
("Friedrich von Bülow" under B, not V; "Al-Mansoori" under M, the Arabic article set aside), an Arabic
or Thai name by its recorded Latin reading or else a plain letter-for-letter one (محمد بن راشد no
longer after every Latin name), in the Chinese list order too, and finds a name spelt "oo" by "ou"
("mansouri" finds Al-Mansoori). Entries written before kept the old keys until the record was
edited; this re-indexes only the records concerned (``search.reindex_filing_names``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0057_filing_names
Revises: 0056_housekeeping_log
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_filing_names

revision: str = "0057_filing_names"
down_revision: str | Sequence[str] | None = "0056_housekeeping_log"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_filing_names(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the entries as they are; nothing to undo."""
