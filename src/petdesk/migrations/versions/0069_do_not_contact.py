"""a person's "do not contact" mark: kept in past events, left out of every bulk export

Field test 96 (GDPR requests): a partner asked not to be contacted for events any more (a
restriction of processing, GDPR art. 18 and 21): he stays in the visits he took part in, but must not
appear in registration lists, mail exports or name-card runs, at any office. petdesk had no way to
say so. ``contact.do_not_contact`` keeps it, exchanged between offices like the rest of the record (a
package of an office not yet at 0069 leaves it as it is here); a partial index finds the few marked
people without reading the contacts.

Revision ID: 0069_do_not_contact
Revises: 0068_export_log
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0069_do_not_contact"
down_revision: str | Sequence[str] | None = "0068_export_log"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    op.add_column("contact", sa.Column("do_not_contact", sa.Boolean(), nullable=False, server_default="0"))
    op.execute("CREATE INDEX ix_contact_do_not_contact ON contact (id) WHERE do_not_contact = 1")


def downgrade() -> None:
    """The older code does not know the mark: the people it held back are exported again."""
    op.execute("DROP INDEX ix_contact_do_not_contact")
    # SQLite's own DROP COLUMN: batch mode would rebuild a table others reference.
    op.execute("ALTER TABLE contact DROP COLUMN do_not_contact")
