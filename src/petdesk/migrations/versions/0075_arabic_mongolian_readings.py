"""re-index the people whose Arabic or Mongolian name is found and filed differently since round 57

Field test 118 gave an Arabic name in Latin letters its other spellings in the index ("mohammed" and
"muhammad" find Mohamed El-Sayed) and listed Egyptian names (سيد, مصري, شريف …); field test 119 gave
a Mongolian ө its passport spelling ("ulziibayar" finds Өлзийбаяр) and files a name with the
father's name first ("Батын Болд", "Б. Болд") by the given name. The records already on file kept
their old entries until a full reindex. This recomputes only the candidates found in SQL (Arabic
letters, Latin name words with listed Arabic spellings, ө/ү, a father's name, Cyrillic names of
Mongolia) and rewrites those whose entry changed (``search.reindex_arabic_mongolian_readings``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0075_arabic_mongolian_readings
Revises: 0074_particle_filing
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_arabic_mongolian_readings

revision: str = "0075_arabic_mongolian_readings"
down_revision: str | Sequence[str] | None = "0074_particle_filing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_arabic_mongolian_readings(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the texts and sort keys as any text; nothing to undo."""
