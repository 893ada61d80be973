"""join the search, sync and merge branches into one head

Revision ID: 0006_heads
Revises: 0002_search, 0003_sync, 0005_merge
Create Date: 2026-12-01

The first round grew three branches from 0001; later migrations build on this single head.
"""

from collections.abc import Sequence

revision: str = "0006_heads"
down_revision: str | Sequence[str] | None = ("0002_search", "0003_sync", "0005_merge")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
