"""a log of this office's bulk actions (deletes, merges, erasures, restores, import undos)

Round 51: a year-end cleanup that deleted 240 contacts, merged duplicates or erased a person at
their request left nothing a colleague could read later. ``housekeeping_log`` keeps one line per
action: when, who, what, how many and (for a delete chosen with "Untouched for") the years.

A table of this office's own, never exchanged: packages carry no new table or column and keep
naming the schema they named before, so the revision is local (``sync.service.LOCAL_REVISIONS``).
Each office logs what it did itself; what other offices did arrives as their records' changes.

Revision ID: 0056_housekeeping_log
Revises: 0055_chosen_name_order_hanja
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0056_housekeeping_log"
down_revision: str | Sequence[str] | None = "0055_chosen_name_order_hanja"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "housekeeping_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.Column("staff", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("untouched_years", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_housekeeping_log")),
    )


def downgrade() -> None:
    op.drop_table("housekeeping_log")
