"""re-index the people and organisations whose Latin name has a German umlaut

Field test 74: a German user types "mueller" for Müller, "gruene" for the Grüne Liga. Round 51 widened
such a query to its folded spelling ("muller") and checked each match for an umlaut; perf51 found it
read thousands of entries for a "choe" or "joel" (2.8x slower). The index now holds a name's umlauts
written ae, oe, ue besides the folded name, and the query is an ordinary one. Entries written before
lacked that spelling; this re-indexes only the records with an umlaut in their name
(``search.reindex_umlaut_spellings``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0058_umlaut_spellings
Revises: 0057_filing_names
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_umlaut_spellings

revision: str = "0058_umlaut_spellings"
down_revision: str | Sequence[str] | None = "0057_filing_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_umlaut_spellings(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the entries as they are (it widens the query itself); nothing to undo."""
