"""merge records and dismissed duplicate pairs

Revision ID: 0005_merge
Revises: 0001_initial
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_merge"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "merge_record",
        sa.Column("entity", sa.String(length=24), nullable=False),
        sa.Column("kept_id", sa.String(length=36), nullable=False),
        sa.Column("merged_id", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.String(length=32), nullable=False),
        sa.Column("undone_at", sa.String(length=32), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_record")),
    )
    with op.batch_alter_table("merge_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_record_kept_id"), ["kept_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merge_record_merged_id"), ["merged_id"], unique=False)

    op.create_table(
        "duplicate_dismissal",
        sa.Column("entity", sa.String(length=24), nullable=False),
        sa.Column("first_id", sa.String(length=36), nullable=False),
        sa.Column("second_id", sa.String(length=36), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_dismissal")),
    )
    with op.batch_alter_table("duplicate_dismissal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_duplicate_dismissal_first_id"), ["first_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_duplicate_dismissal_second_id"), ["second_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("duplicate_dismissal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duplicate_dismissal_second_id"))
        batch_op.drop_index(batch_op.f("ix_duplicate_dismissal_first_id"))
    op.drop_table("duplicate_dismissal")
    with op.batch_alter_table("merge_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_record_merged_id"))
        batch_op.drop_index(batch_op.f("ix_merge_record_kept_id"))
    op.drop_table("merge_record")
