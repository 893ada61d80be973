"""initials of Chinese names of three characters or more in the search index

Search found people by the initials of two-character names ("zw" for 张伟, a key of
``search_gram``) but not of longer ones ("wzc" for 王泽超, "chentc" for 陈天春: field test 6,
defect 10), and most Chinese names have three characters. Such a name's initials are now one short
word of its entry's text, which the trigram index answers (``services.search._name_parts``).

This recomputes the text of the entries of the people whose Chinese name has three characters or
more, in place (each entry keeps its row id, which is its place in name order); the FTS trigger
re-indexes the changed rows. Nothing else is touched. The index is this office's own, derived from
the records: the revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0030_name_initials
Revises: 0029_lost_edits
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import refresh_long_chinese_name_texts

revision: str = "0030_name_initials"
down_revision: str | Sequence[str] | None = "0029_lost_edits"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    raw = op.get_bind().connection.driver_connection
    refresh_long_chinese_name_texts(raw)


def downgrade() -> None:
    # The older code reads the index as it is; the initials are one more word it never asks for.
    pass
