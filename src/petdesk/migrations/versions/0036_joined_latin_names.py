"""Latin names without spaces in the search index

"zhangwei" and "weizhang" did not find Wei Zhang, who has no Chinese name, where "zhang wei" and
"wei zhang" did (field test 25): only Chinese names' pinyin was indexed without spaces. A person's
entry now holds the Latin name's words joined in both orders, as one word ("weizhangwei"), and an
organisation's its Latin name's words run together ("greentechltd"; ``services.search``).

This rewrites entries' text in place: people's from their name alone, organisations' from their own
rows; row ids and grams stay. The index is this office's own, derived from the records: the
revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0036_joined_latin_names
Revises: 0035_substitutes
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import refresh_joined_latin_texts

revision: str = "0036_joined_latin_names"
down_revision: str | Sequence[str] | None = "0035_substitutes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    refresh_joined_latin_texts(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    # The older code reads the index as it is; the joined words are ones it simply also finds.
    pass
