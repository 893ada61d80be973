"""the schema another office's last package named

Field test 55, defect 5: an office still on an older petdesk refuses every package of an updated
one, and ``sync export --to`` it said nothing, although the last package from it named its older
schema. ``sync_peer.schema`` keeps those revisions (a JSON list; empty: no package read since
this column came), so that an export can warn. This office's own bookkeeping: packages carry
nothing new (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0048_peer_schema
Revises: 0047_emergency_entries
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0048_peer_schema"
down_revision: str | Sequence[str] | None = "0047_emergency_entries"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place).
    op.execute("ALTER TABLE sync_peer ADD COLUMN schema TEXT NOT NULL DEFAULT '[]'")


def downgrade() -> None:
    op.execute("ALTER TABLE sync_peer DROP COLUMN schema")
