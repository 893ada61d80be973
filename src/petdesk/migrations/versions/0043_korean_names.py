"""Korean names in Hangul found by their romanisation

"kim", "minjun" or "min-jun" found no 김민준: a Hangul name's index text held only the Hangul.
Since ``petdesk.hangul`` an entry also holds the name in Revised Romanization, with the customary
spellings of the family name (이 Lee, Yi, Rhee). This re-indexes the live contacts with a Hangul
name (a scan in SQL); every other entry stays. The index is this office's own, derived from the
records: the revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0043_korean_names
Revises: 0042_organisation_initials_keys
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_korean_names

revision: str = "0043_korean_names"
down_revision: str | Sequence[str] | None = "0042_organisation_initials_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_korean_names(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    # The older code reads the index as it is; it finds the Hangul as before.
    pass
