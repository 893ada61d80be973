"""the contacts' name order read from one index (issue 17: a CSV export of a million contacts)

An export of every contact writes them in name order: family name, given name, Chinese family
name. SQLite walked ``ix_contact_family_name`` (the family name alone) and read every contact's row
for the rest of the order, 2.3 s at a million contacts before the first row was written.
``ix_contact_name_order`` holds the whole order and whether a contact is deleted (people of the
same name follow their rowid, which every index entry carries): 0.5 s, no row read, only the few
people of one name sorted among themselves. It replaces the family-name index, which no other
statement uses; at 100,000 contacts it takes 2.4 MB instead of 1.3 MB. (A partial index of the
live contacts would be smaller, but SQLite then walks it for every scan of the live contacts,
reading their rows one by one in name order.)

Only this office's file changes (no table or column that packages carry): the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0025_name_order_index
Revises: 0024_unused_indexes
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0025_name_order_index"
down_revision: str | Sequence[str] | None = "0024_unused_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_contact_name_order "
        "ON contact (family_name, given_name, family_name_zh, deleted_at)"
    )
    op.execute("DROP INDEX IF EXISTS ix_contact_family_name")


def downgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_contact_family_name ON contact (family_name)")
    op.execute("DROP INDEX IF EXISTS ix_contact_name_order")
