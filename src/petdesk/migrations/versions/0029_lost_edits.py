"""a table of the edits that lost against a concurrent edit, passed on so that their office hears of it

An office whose edit of a field lost against another office's concurrent edit of the same field was
never told when the winning value reached it through an office that had seen both (a hub): only the
office where the two values met kept the conflict. ``sync_lost_edit`` keeps, at every office, which
versions lost against which (ids and clock values, nothing personal), and packages carry the ones
the receiving office lacks in their manifest (``sync.lost_edits``), so the office that wrote the
losing value records "your edit was overridden".

The facts travel in the manifest, which petdesk versions before this one ignore: packages keep
naming the schema they named before, and this revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0029_lost_edits
Revises: 0028_retired_offices
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0029_lost_edits"
down_revision: str | Sequence[str] | None = "0028_retired_offices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_lost_edit",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("loser_hlc", sa.String(length=24), nullable=False),
        sa.Column("loser_office", sa.String(length=36), nullable=False),
        sa.Column("winner_hlc", sa.String(length=24), nullable=False),
        sa.Column("winner_office", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint(
            "entity", "row_id", "field", "loser_hlc", "loser_office", name=op.f("pk_sync_lost_edit")
        ),
        sqlite_with_rowid=False,
    )
    # What the conflicts found here before knew already: the offices whose edits lost hear of them
    # with the next package they receive from here.
    op.execute(
        "INSERT OR IGNORE INTO sync_lost_edit (entity, row_id, field, loser_hlc, loser_office, winner_hlc, "
        "winner_office) SELECT entity, row_id, field, loser_hlc, loser_office, winner_hlc, winner_office "
        "FROM sync_conflict WHERE kind = 'field'"
    )


def downgrade() -> None:
    op.drop_table("sync_lost_edit")
