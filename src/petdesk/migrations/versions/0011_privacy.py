"""history and privacy: the change log (old and new values, staff member) and erasure markers

Revision ID: 0011_privacy
Revises: 0015_pipeline
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_privacy"
down_revision: str | Sequence[str] | None = "0015_pipeline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("office", sa.String(length=36), nullable=False),
        sa.Column("staff", sa.String(length=200), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_change")),
    )
    with op.batch_alter_table("sync_change", schema=None) as batch_op:
        batch_op.create_index("ix_sync_change_entity_row_id", ["entity", "row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_change_hlc"), ["hlc"], unique=False)
    op.create_table(
        "sync_erasure",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.Column("office", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.String(length=32), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_erasure")),
    )
    with op.batch_alter_table("sync_erasure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_erasure_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    op.drop_table("sync_erasure")
    op.drop_table("sync_change")
