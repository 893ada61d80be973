"""the version (SEQUENCE, LAST-MODIFIED/DTSTAMP) of the calendar event an itinerary item was imported from

Revision ID: 0038_item_source_version
Revises: 0037_catalogue_search
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0038_item_source_version"
down_revision: str | Sequence[str] | None = "0037_catalogue_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place), as 0017 and 0035 do: batch mode would rebuild the
    # table, which other tables point to.
    op.add_column(
        "itinerary_item", sa.Column("source_version", sa.String(length=80), nullable=False, server_default="")
    )


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), for the same reason.
    op.execute("ALTER TABLE itinerary_item DROP COLUMN source_version")
