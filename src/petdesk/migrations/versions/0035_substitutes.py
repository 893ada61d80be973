"""a late substitute takes a training participant's place (replaced by whom, from which session)

Revision ID: 0035_substitutes
Revises: 0034_nickname_search
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0035_substitutes"
down_revision: str | Sequence[str] | None = "0034_nickname_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


#: The new columns: (name, the table each points to).
_LINKS = (("replaced_by_id", "contact"), ("replaced_from_id", "training_session"))


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place), as 0017 does: batch mode would rebuild the table
    # and its partial index of deleted rows (0018). Alembic's add_column cannot add a foreign key
    # on SQLite, SQLite's own ADD COLUMN can (a nullable one), named as the models name it.
    for column, target in _LINKS:
        op.execute(
            f"ALTER TABLE training_participant ADD COLUMN {column} VARCHAR(36) "
            f"CONSTRAINT fk_training_participant_{column}_{target} REFERENCES {target} (id)"
        )
    # Erasing a person finds the registrations that name them as substitute (sync/erasure.py), as it
    # finds an item's host: by index (tests/core/test_index_use.py). replaced_from_id is only read
    # from the registration itself, so it has none.
    op.create_index("ix_training_participant_replaced_by_id", "training_participant", ["replaced_by_id"])


def downgrade() -> None:
    op.drop_index("ix_training_participant_replaced_by_id", table_name="training_participant")
    with op.batch_alter_table("training_participant", schema=None) as batch_op:
        batch_op.drop_column("replaced_from_id")
        batch_op.drop_column("replaced_by_id")
