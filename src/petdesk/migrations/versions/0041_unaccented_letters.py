"""Letters with their accent inside found without it in search

"Orsted" did not find Ørsted, nor "Soren" Søren (field test 44, §4): search folded accents by
dropping combining marks, and ø, æ, ł, đ, þ … have none. ``names.fold`` now writes them as o, ae,
l, d, th. This re-indexes the contacts and organisations written with such a letter (a scan in
SQL; every other entry stays) and works out the catalogue's search keys again (``KEY_VERSION``
2). Both are this office's own, derived from the records: the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0041_unaccented_letters
Revises: 0040_catalogue_marks
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.catalogue_search import refresh_keys
from petdesk.services.search import reindex_undecomposed_letters

revision: str = "0041_unaccented_letters"
down_revision: str | Sequence[str] | None = "0040_catalogue_marks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind().connection.driver_connection
    reindex_undecomposed_letters(conn)
    refresh_keys(conn)  # every key's stamp names KEY_VERSION 1: all are worked out again


def downgrade() -> None:
    # The older code reads the index and keys as they are; it finds "Ørsted" typed with its ø.
    pass
