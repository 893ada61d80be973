"""a training participant's attendance mode: in person or online

Field test 79: a hybrid training's registration forms ask how the person attends (问卷星 "参会方式":
线上/线下; Google Forms "How will you attend?": Online/In person) and the answer was dropped, so online
people stood on the paper sign-in sheet and were asked about a hotel room. The answer sits on the
registration (``training_participant``), exchanged between offices like the rest of it; a package of
an office not yet at 0062 leaves it as it is here, and new registrations get "" (not known).

Revision ID: 0062_attendance_mode
Revises: 0061_travel_documents
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0062_attendance_mode"
down_revision: str | Sequence[str] | None = "0061_travel_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    op.execute("ALTER TABLE training_participant ADD COLUMN attendance_mode VARCHAR(20) NOT NULL DEFAULT ''")


def downgrade() -> None:
    op.execute("ALTER TABLE training_participant DROP COLUMN attendance_mode")
