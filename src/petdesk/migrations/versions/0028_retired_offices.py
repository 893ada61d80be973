"""offices taken out of service (a wiped laptop that came back as a new office)

``sync_retired_office`` holds each office retired here or at another office, and each returned to
service. It travels in a section of the package manifest that older petdesk ignores, not in an
exchanged table, so the revision is local (``sync.service.LOCAL_REVISIONS``): offices that have
not updated still import the packages of those that have.

Revision ID: 0028_retired_offices
Revises: 0027_one_method_key
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028_retired_offices"
down_revision: str | Sequence[str] | None = "0027_one_method_key"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_retired_office",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("retired_at", sa.Integer(), nullable=True),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("decided_by", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("office_id", name=op.f("pk_sync_retired_office")),
    )


def downgrade() -> None:
    op.drop_table("sync_retired_office")
