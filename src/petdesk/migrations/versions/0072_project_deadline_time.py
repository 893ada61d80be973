"""a project's deadline time and the funder's time zone, exchanged

A project's application deadline was a date alone. A GEF call closes at 17:00 Washington time,
06:00 the next morning in Beijing; an EU call at 17:00 Brussels: offices in different zones read the
stored date differently, and the one nearest the deadline could miss it. ``project.deadline_time``
("HH:MM") and ``project.deadline_zone`` (an IANA name) give the moment; both "" (every project
here, and every project of a package from an office not yet at 0072) is a whole-day deadline, as
before. They travel like the project's other fields.

Revision ID: 0072_project_deadline_time
Revises: 0071_organisation_postal_code
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0072_project_deadline_time"
down_revision: str | Sequence[str] | None = "0071_organisation_postal_code"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    op.add_column("project", sa.Column("deadline_time", sa.String(5), nullable=False, server_default=""))
    op.add_column("project", sa.Column("deadline_zone", sa.String(64), nullable=False, server_default=""))


def downgrade() -> None:
    """The older code has no fields: the deadline's time and zone are lost to it, its date stays."""
    # SQLite's own DROP COLUMN: batch mode would rebuild a table others reference.
    op.execute("ALTER TABLE project DROP COLUMN deadline_zone")
    op.execute("ALTER TABLE project DROP COLUMN deadline_time")
