"""a log of the personal data this office wrote to files (exports, registration lists, name cards)

Field test 84 (a handover): petdesk recorded nowhere which personal data left the office, so neither a
successor nor a person asking "to whom did you send my data?" (PIPL, GDPR) could be answered.
``export_log`` keeps one line per file: when, who, what kind, the file's name and how many records;
``export_log_contact`` whose data it held (their ids, not the data; an export of every contact is one
flag, not 100,000 ids).

Tables of this office's own, never exchanged: packages carry no new table or column and keep naming
the schema they named before, so the revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0068_export_log
Revises: 0067_central_asian_spellings
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0068_export_log"
down_revision: str | Sequence[str] | None = "0067_central_asian_spellings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "export_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.Column("staff", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("everyone", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
    )
    op.create_table(
        "export_log_contact",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("export_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", "export_id", name=op.f("pk_export_log_contact")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("export_log_contact")
    op.drop_table("export_log")
