"""a contact's travel documents: nationality, passport number and expiry, visa note

A protocol office writes invitation letters (邀请函), registers foreign guests with hotels and the
police, and applies for outbound visas: it needs each person's nationality (ISO 3166 alpha-2),
passport number and expiry date and a free-text visa note.

The columns are the person's record and travel with it: the revision is not local. A package of an
older office has none of them; its contacts arrive with them empty, and an office that knows them
keeps what it holds (the sync takes only the columns a package names).

Revision ID: 0061_travel_documents
Revises: 0060_arabic_thai_spellings
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0061_travel_documents"
down_revision: str | Sequence[str] | None = "0060_arabic_thai_spellings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("nationality", sa.String(length=2)),
    ("passport_number", sa.String(length=50)),
    ("passport_expiry", sa.String(length=10)),
    ("visa_note", sa.Text()),
)


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    for name, kind in _COLUMNS:
        op.add_column("contact", sa.Column(name, kind, nullable=False, server_default=""))


def downgrade() -> None:
    """The older code knows none of them: the travel documents are lost."""
    # SQLite's own DROP COLUMN: batch mode would rebuild a table others reference.
    for name, _kind in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE contact DROP COLUMN {name}")
