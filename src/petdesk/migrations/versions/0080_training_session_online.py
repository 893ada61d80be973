"""a training session says whether it is held online

Whether a session was online was only read from its room, title and notes (``services.
online_session``): a session whose room said nothing of it could not be marked online, and a wrong
reading could not be corrected. ``training_session.online`` says it: 1 online, 0 in person, NULL not
said (the reading from the text stands, so nothing changes for existing sessions).

The column travels with the session: the revision is not local (``sync.service.LOCAL_REVISIONS``),
so packages written here name it. A package of an office not yet at 0080 carries no such column; the
import merges only the columns a package names, so an office that knows it keeps what it holds. An
office that has not updated refuses a package naming 0080 (a revision it does not know) in plain
words, asking to update petdesk first: nothing is lost, the package imports once it has updated.

Revision ID: 0080_training_session_online
Revises: 0079_travel_leg_source_uid
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0080_training_session_online"
down_revision: str | Sequence[str] | None = "0079_travel_leg_source_uid"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    op.add_column("training_session", sa.Column("online", sa.Boolean(), nullable=True))


def downgrade() -> None:
    """The older code has no field for it: sessions go back to being read from their text."""
    # SQLite's own DROP COLUMN: batch mode would rebuild a table others reference.
    op.execute("ALTER TABLE training_session DROP COLUMN online")
