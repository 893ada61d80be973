"""re-index the people with an Arabic or Thai name, and Arabic names in Latin letters

Gulf/Thai field test 75 left gaps: an Arabic or Thai name entered without a Latin reading was not found
in Latin letters ("siriporn", "mansouri"), "mansuri" did not find Mansouri or Mansoori, and
"Almansoori" in one word filed under A. The index now holds such names' Latin spellings
(``petdesk.arabic_names``, ``petdesk.thai_latin``), an Arabic name's vowels folded, and files
"Almansoori" under M; this re-indexes only the records concerned (``search.reindex_arabic_thai_spellings``).

Only this office's search index changes, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0060_arabic_thai_spellings
Revises: 0058_umlaut_spellings
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import reindex_arabic_thai_spellings

revision: str = "0060_arabic_thai_spellings"
down_revision: str | Sequence[str] | None = "0058_umlaut_spellings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    reindex_arabic_thai_spellings(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code reads the extra spellings as any text; nothing to undo."""
