"""nicknames in the search index

An Android phone's nickname (老欧) was stored with the contact but not indexed, so `petdesk search
老欧` found nothing. The index now holds a contact's nickname as it holds its tags: its words and
its Chinese characters.

This re-indexes only the contacts that have a nickname, found by one scan of the contact table;
every other entry stays as it is. The index is this office's own, derived from the records: the
revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0034_nickname_search
Revises: 0033_rare_han_search
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_nicknames

revision: str = "0034_nickname_search"
down_revision: str | Sequence[str] | None = "0033_rare_han_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_nicknames(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    # The older code reads the index as it is; the nickname's keys are ones it simply also finds.
    pass
