"""sync bookkeeping: field versions, clock, version vectors, conflicts, exchange journal

Revision ID: 0003_sync
Revises: 0001_initial
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_sync"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_row_version",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("base_hlc", sa.String(length=24), nullable=False),
        sa.Column("base_office", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.Text(), nullable=True),
        sa.Column("max_hlc", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_row_version")),
    )
    with op.batch_alter_table("sync_row_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_row_version_max_hlc"), ["max_hlc"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_knowledge",
        sa.Column("origin_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("origin_id", name=op.f("pk_sync_knowledge")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.Column("acked", sa.Text(), nullable=False),
        sa.Column("last_import_at", sa.String(length=32), nullable=True),
        sa.Column("last_export_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("office_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("winner_value", sa.Text(), nullable=True),
        sa.Column("winner_hlc", sa.String(length=24), nullable=False),
        sa.Column("winner_office", sa.String(length=36), nullable=False),
        sa.Column("loser_value", sa.Text(), nullable=True),
        sa.Column("loser_hlc", sa.String(length=24), nullable=False),
        sa.Column("loser_office", sa.String(length=36), nullable=False),
        sa.Column("detected_at", sa.String(length=32), nullable=False),
        sa.Column("exchange_id", sa.String(length=36), nullable=True),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
        sa.UniqueConstraint(
            "entity",
            "row_id",
            "field",
            "loser_hlc",
            "loser_office",
            name=op.f("uq_sync_conflict_entity_row_id_field_loser_hlc_loser_office"),
        ),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_resolved_at"), ["resolved_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_row_id"), ["row_id"], unique=False)

    op.create_table(
        "sync_exchange",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("peer_office_id", sa.String(length=36), nullable=True),
        sa.Column("peer_name", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("hlc_from", sa.String(length=24), nullable=False),
        sa.Column("hlc_to", sa.String(length=24), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("backup_path", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_exchange")),
    )
    with op.batch_alter_table("sync_exchange", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_exchange_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_exchange_package_id"), ["package_id"], unique=False)


def downgrade() -> None:
    op.drop_table("sync_exchange")
    op.drop_table("sync_conflict")
    op.drop_table("sync_peer")
    op.drop_table("sync_knowledge")
    op.drop_table("sync_state")
    op.drop_table("sync_row_version")
