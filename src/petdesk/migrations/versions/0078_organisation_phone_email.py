"""an organisation's own phone and e-mail (its switchboard, "info@..."), exchanged

Imports reported an organisation's "Phone"/"电话" and "E-mail"/"邮箱" columns (and Outlook's
"Company Main Phone") as dropped, and a protocol office had nowhere to keep a host organisation's
switchboard. ``organisation.phone`` and ``organisation.email`` keep them (empty: not known).

The columns are the organisation's record and travel with it, as 0061 did for a contact's travel
documents: the revision is not local (``sync.service.LOCAL_REVISIONS``), so packages written here name
it. A package of an office not yet at 0078 carries no such column; the import merges only the
columns a package names, so its organisations arrive with them empty and an office that knows them
keeps what it holds. An office that has not updated refuses a package naming 0078 (a revision it
does not know) in plain words, asking to update petdesk first, rather than read columns it has no
place for: nothing is lost, the package imports once it has updated.

Existing rows get "" (not known); the search index needs no re-index, since no row has a value yet.

Revision ID: 0078_organisation_phone_email
Revises: 0077_persian_letters
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0078_organisation_phone_email"
down_revision: str | Sequence[str] | None = "0077_persian_letters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (("phone", sa.String(length=100)), ("email", sa.String(length=300)))


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    for name, kind in _COLUMNS:
        op.add_column("organisation", sa.Column(name, kind, nullable=False, server_default=""))


def downgrade() -> None:
    """The older code has no field for them: the organisations' phones and e-mails are lost to it."""
    # SQLite's own DROP COLUMN: batch mode would rebuild a table others reference.
    for name, _kind in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE organisation DROP COLUMN {name}")
