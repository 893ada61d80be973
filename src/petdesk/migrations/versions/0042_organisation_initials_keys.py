"""two-letter initials of organisations' Chinese names as search keys

"bj" and "qh" found no organisations, though "zw" finds people and "bjb" organisations (field
test 47, defect 3): initials were one word of an organisation's text, which the trigram index
answers from three letters only. An organisation's entry now also holds its Chinese name's (and
short name's) first two initials as a key of ``search_gram``, as people's names do
(``services.search._org_entry``).

This adds the keys to organisation entries only, in place (row ids and texts stay); people's
entries are not read. The index is this office's own, derived from the records: the revision is
local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0042_organisation_initials_keys
Revises: 0041_unaccented_letters
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import refresh_organisation_grams

revision: str = "0042_organisation_initials_keys"
down_revision: str | Sequence[str] | None = "0041_unaccented_letters"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    refresh_organisation_grams(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    # The older code reads the index as it is; the new keys are ones it never asks for.
    pass
