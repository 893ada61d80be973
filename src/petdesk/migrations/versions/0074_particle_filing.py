"""re-file the people whose surname files with its particle in their country

South African (Afrikaans) and Belgian (Flemish) directories file a surname as written, its particle
first: "van der Merwe" under V beside "le Roux" under L, where Dutch and German lists file "van der
Merwe" under M (``names.PARTICLE_FIRST_COUNTRIES``; the person's nationality decides, else their
organisation's country). This re-keys only the people whose key changes: a lower-case particle first
and such a country (``search.reindex_particle_filing``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0074_particle_filing
Revises: 0073_khmer_myanmar_readings
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_particle_filing

revision: str = "0074_particle_filing"
down_revision: str | Sequence[str] | None = "0073_khmer_myanmar_readings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_particle_filing(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the sort keys as any text; nothing to undo."""
