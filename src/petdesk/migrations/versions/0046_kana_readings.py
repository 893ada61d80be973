"""Kana readings and romanised kana in the search index

やまだ (a stored reading) found nobody and "sakura" did not find 佐藤さくら: the index held a name's
kana only as written and no reading at all. Since ``petdesk.kana`` an entry also holds the kana of the
name and of its reading, and both in Hepburn ("yamada", "tarou", "taro"). This re-indexes the live
contacts with kana in the name or reading (a scan in SQL); every other entry stays. The index is this
office's own, derived from the records: the revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0046_kana_readings
Revises: 0045_follow_up_partners
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_kana_names

revision: str = "0046_kana_readings"
down_revision: str | Sequence[str] | None = "0045_follow_up_partners"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_kana_names(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    # The older code reads the index as it is; it finds the kana as before.
    pass
