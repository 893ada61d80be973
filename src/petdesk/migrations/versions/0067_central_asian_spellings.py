"""re-index the people and organisations whose index entry round 53 changed: Central Asian spellings,
middle names, and family names after a Romance particle or "de la"

Field test 82 added Latin spellings of Kazakh letters (Жұмабекова "zhumabekova") and of a word's first
е ("Yerzhan" for Ержан), Uzbek oʻ/gʻ without the ʻ ("gayrat" for Gʻayrat), and the middle name (a
patronymic, Нурлановна) to the index; field test 87 found "Oumar da Silva" filed under D while
"de Souza" files under S, and the sort keys of both lists now set da, das, do, dos, du, des, di, del
and della aside as they did von, van and de; field test 90 found "María de la Torre Peña" under L where
Spanish lists file her under T, and a lower-case la, las or los after de or del is now set aside too.
New and edited records had them; the records already on file did not until a full ``petdesk reindex``.
Both rounds' people are here, in one migration, because both are mended by re-indexing the entry and a
file is then scanned once: this re-indexes only those concerned (``search.reindex_central_asian_spellings``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0067_central_asian_spellings
Revises: 0066_japanese_sort
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_central_asian_spellings

revision: str = "0067_central_asian_spellings"
down_revision: str | Sequence[str] | None = "0066_japanese_sort"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_central_asian_spellings(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the new spellings and sort keys as any text; nothing to undo."""
