"""rare Chinese characters (CJK Extensions B-G) in the search index

Search split the runs of Chinese characters it indexes and looks for at the characters of the
basic plane only, so a name with a rare character beyond it, such as 周𫖯, had no keys for 𫖯 and
could not be found by its full name or by that character (field test 12, defect 2). The index now
takes every Han character (``services.names.HAN_CLASS``).

This re-indexes only the people and organisations whose names, tags or aliases hold such a
character, found by one scan of the two tables; every other entry stays as it is. At 100,000
contacts the scan takes 0.1 s, and the whole upgrade with 200 such people 1 s (0.26 s of it
re-indexing them). The index is this office's own, derived from the records: the revision is
local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0033_rare_han_search
Revises: 0032_organisation_initials
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_rare_han_names

revision: str = "0033_rare_han_search"
down_revision: str | Sequence[str] | None = "0032_organisation_initials"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_rare_han_names(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    # The older code reads the index as it is; the new keys are ones it never asks for.
    pass
