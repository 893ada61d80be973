"""partial indexes of deleted rows, so that live rows are counted without reading every row (issue 18)

Revision ID: 0018_quick_counts
Revises: 0014_logistics
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_quick_counts"
down_revision: str | Sequence[str] | None = "0014_logistics"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The tables ``petdesk stats`` and the status bar count (petdesk.services.stats.COUNTED).
TABLES = (
    "organisation",
    "contact",
    "contact_method",
    "affiliation",
    "visit",
    "visit_participant",
    "itinerary_item",
    "follow_up",
    "training",
    "training_session",
    "training_participant",
    "attendance",
    "activity",
    "project",
)


def upgrade() -> None:
    for table in TABLES:
        op.create_index(
            f"ix_{table}_deleted",
            table,
            ["deleted_at"],
            sqlite_where=sa.text("deleted_at IS NOT NULL"),
        )


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_deleted", table_name=table)
