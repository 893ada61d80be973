"""Transliterated Western names given·family in the search index

The index kept 林德奎斯特安娜 for Anna Lindqvist (林德奎斯特 + 安娜), where cards, dossiers, lists and
the command line now write 安娜·林德奎斯特 (``chinese_names.person_chinese_name``). This re-indexes
the people whose Chinese name may be such a transliteration, so that search results show and sort
them as everything else does; every other entry stays. The index is this office's own, derived
from the records: the revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0039_transliterated_names
Revises: 0038_item_source_version
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_transliterated_names

revision: str = "0039_transliterated_names"
down_revision: str | Sequence[str] | None = "0038_item_source_version"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_transliterated_names(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    # The older code reads the index as it is; it re-indexes a person when their record changes.
    pass
