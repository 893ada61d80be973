"""store when a person last touched each contact and organisation (``last_touch``)

The "Untouched for N years" filter read the whole change log at every search: 1.1-1.5 s CPU at
100,000 contacts with a full log (benchmarks/HISTORY.md, untouched52). The last real edit of each
record and its parts is now stored for the records that have a log, filled here once from it, kept by
triggers on the log and ``petdesk.sync.touches.settle``; the filter reads a range of ``(kind, at)``, and
for records without a log the range of ``search_entry (kind, updated_at)`` as before.

Only this office's derived data changes: the revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0065_last_touch
Revises: 0064_given_initials
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.sync import touches

revision: str = "0065_last_touch"
down_revision: str | Sequence[str] | None = "0064_given_initials"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE last_touch (entity_id VARCHAR(36) NOT NULL, kind VARCHAR(16) NOT NULL, "
        "at INTEGER NOT NULL, CONSTRAINT pk_last_touch PRIMARY KEY (entity_id)) WITHOUT ROWID"
    )
    op.execute("CREATE INDEX ix_last_touch_kind_at ON last_touch (kind, at)")
    op.execute(
        "CREATE TABLE touch_dirty (entity VARCHAR(64) NOT NULL, row_id VARCHAR(36) NOT NULL, "
        "CONSTRAINT pk_touch_dirty PRIMARY KEY (entity, row_id)) WITHOUT ROWID"
    )
    conn = op.get_bind().connection.driver_connection
    touches.fill(conn)
    for sql in touches.TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in touches.TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE touch_dirty")
    op.execute("DROP TABLE last_touch")
