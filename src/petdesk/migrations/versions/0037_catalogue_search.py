"""search keys of technologies and city needs (pinyin, initials, folded accents), for search in SQL

Revision ID: 0037_catalogue_search
Revises: 0036_joined_latin_names
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from petdesk.services.catalogue_search import refresh_keys

revision: str = "0037_catalogue_search"
down_revision: str | Sequence[str] | None = "0036_joined_latin_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "catalogue_search",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("stamp", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "entity_id", name=op.f("pk_catalogue_search")),
        sqlite_with_rowid=False,
    )
    # Filled now, so the first search after the upgrade is as quick as the next.
    refresh_keys(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    op.drop_table("catalogue_search")
