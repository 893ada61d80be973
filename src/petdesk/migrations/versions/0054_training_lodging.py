"""a training participant's lodging: needs a room, hotel, nights, room kind, note for the hotel

A three-day training with forty attendees from other cities had nowhere to say who sleeps where:
visits have rooming lists, trainings had none. The answers sit on the registration
(``training_participant``), exchanged between offices like the rest of it. A package of an office
not yet at 0054 carries the registration without these columns: the import leaves them as they are
here (it merges the columns a package carries), and new registrations get the empty answer.

Revision ID: 0054_training_lodging
Revises: 0053_korean_spellings
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0054_training_lodging"
down_revision: str | Sequence[str] | None = "0053_korean_spellings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("lodging_needed", "BOOLEAN"),
    ("lodging_hotel", "VARCHAR(300) NOT NULL DEFAULT ''"),
    ("lodging_check_in", "DATE"),
    ("lodging_check_out", "DATE"),
    ("lodging_room", "VARCHAR(20) NOT NULL DEFAULT ''"),
    ("lodging_note", "VARCHAR(300) NOT NULL DEFAULT ''"),
)


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    for name, kind in _COLUMNS:
        op.execute(f"ALTER TABLE training_participant ADD COLUMN {name} {kind}")


def downgrade() -> None:
    for name, _kind in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE training_participant DROP COLUMN {name}")
