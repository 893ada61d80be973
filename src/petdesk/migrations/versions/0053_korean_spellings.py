"""re-index people named by a Korean family name with more spellings

Field test 73 gave Korean family names the spellings passports use (최 "chwe", 이 "ri", 임 "rim",
남궁 "namkoong" and "namkung", and the other two-syllable names 선우, 제갈, 황보, 독고, 사공), and a
name written in Latin letters only that reads as a Korean one the other spellings of its family name
("choe" for "Choi Ji-woo"). Entries written before kept the old spellings until the person was
edited: "choe" did not find an existing "Choi Ji-woo", nor "namkoong" 남궁민. This re-indexes the
people with one of those Hangul family names, and the Latin-only ones whose family name is a Korean
family name's spelling (``search.reindex_korean_spellings``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0053_korean_spellings
Revises: 0052_romanised_names
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_korean_spellings

revision: str = "0053_korean_spellings"
down_revision: str | Sequence[str] | None = "0052_romanised_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_korean_spellings(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the entries as they are; nothing to undo."""
