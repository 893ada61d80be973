"""re-index names in Cyrillic, Greek and Devanagari under their Latin spelling

An organisation named in Cyrillic or Greek (Московский государственный университет, Πανεπιστήμιο
Αθηνών) sorted after every Latin name in English lists and searches, and "moskovsky" did not find
it; people's names were read in Latin letters since field test 67. Its index entry now holds the
Latin spellings and sorts by the first (``names.organisation_sort_key_en``). A name in Devanagari
(प्रिया शर्मा) is now read in plain Hunterian ("priya sharma") for people and organisations alike,
and -ий is also spelled "y" (Достоевский "dostoevsky"). This re-indexes the organisations and the
people that have such a name (``search.reindex_romanised_names``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0052_romanised_names
Revises: 0051_finance_lead_investor_index
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_romanised_names

revision: str = "0052_romanised_names"
down_revision: str | Sequence[str] | None = "0051_finance_lead_investor_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_romanised_names(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the entries as they are; nothing to undo."""
