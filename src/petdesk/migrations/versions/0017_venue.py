"""training venue address in both languages (issue 14: the training dossier prints where to go)

Revision ID: 0017_venue
Revises: 0016_funders (written on 0014_logistics; re-chained at merge)
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_venue"
down_revision: str | Sequence[str] | None = "0016_funders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ("venue_address_en", "venue_address_zh")


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place), as 0013 does: rebuilding ``training`` in batch mode
    # would drop a table that session and participant rows point to.
    for name in _COLUMNS:
        op.add_column("training", sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("training", schema=None) as batch_op:
        for name in reversed(_COLUMNS):
            batch_op.drop_column(name)
