"""re-index the people whose given name has two or three parts, and names with 乾

Round 52 (leftovers52) put a given name's initials in the index ("W.K. Chan", "WK Chan" find Chan Wai
Kin, as Hong Kong writes him) and kept 乾 as written in a name's pinyin and filing key (乾隆 is Qianlong,
not Ganlong). New and edited records had them; the records already on file did not until something
re-indexed them. This re-indexes only those concerned (``search.reindex_given_initials``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0064_given_initials
Revises: 0062_attendance_mode
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_given_initials

revision: str = "0064_given_initials"
down_revision: str | Sequence[str] | None = "0062_attendance_mode"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_given_initials(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the initials as any text; nothing to undo."""
