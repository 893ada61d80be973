"""follow-ups for a contact or a project, with a note (field test 50, defect 1)

A follow-up belonged to a visit or an organisation only. It can now be about a person or a
project too, and carry a note besides its title.

Revision ID: 0045_follow_up_partners
Revises: 0044_vehicle_riders
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0045_follow_up_partners"
down_revision: str | Sequence[str] | None = "0044_vehicle_riders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The new links: (column, the table it points to).
_LINKS = (("contact_id", "contact"), ("project_id", "project"))


def upgrade() -> None:
    # Plain ADD COLUMN as 0035 does: batch mode would rebuild the table and its partial index of
    # deleted rows (0018); SQLite's own ADD COLUMN can add a nullable foreign key.
    for column, target in _LINKS:
        op.execute(
            f"ALTER TABLE follow_up ADD COLUMN {column} VARCHAR(36) "
            f"CONSTRAINT fk_follow_up_{column}_{target} REFERENCES {target} (id)"
        )
        op.create_index(f"ix_follow_up_{column}", "follow_up", [column])
    op.execute("ALTER TABLE follow_up ADD COLUMN note TEXT NOT NULL DEFAULT ''")


def downgrade() -> None:
    for column, _target in _LINKS:
        op.drop_index(f"ix_follow_up_{column}", table_name="follow_up")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_column("note")
        batch_op.drop_column("project_id")
        batch_op.drop_column("contact_id")
