"""re-index the records written with Persian ی, ک, a final ى or a ZWNJ, which search now folds

Field test 125 (Tehran) folds Persian ی and ک as the Arabic ي and ك, a final ى as ي and drops the
zero-width non-joiner, so that علی کریمی typed on a Persian keyboard is found by علي كريمي from an
Arabic keyboard or a Windows-1256 file, and نیک‌پور by نیکپور. The entries on file keep the old
folding until re-indexed: this re-keys only the search entries and catalogue keys written with one
of these letters (a scan in SQL), and of the entries only those that change.

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0077_persian_letters
Revises: 0076_thai_ro_han
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.catalogue_search import refresh_persian_keys
from petdesk.services.search import reindex_persian_letters

revision: str = "0077_persian_letters"
down_revision: str | Sequence[str] | None = "0076_thai_ro_han"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind().connection.driver_connection
    reindex_persian_letters(conn)
    refresh_persian_keys(conn)


def downgrade() -> None:
    """The older code reads the entries as any text; nothing to undo."""
