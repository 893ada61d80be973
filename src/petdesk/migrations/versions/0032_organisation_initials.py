"""initials of organisations' Chinese names in the search index

People are found by the initials of their Chinese names (0030_name_initials), organisations were
not: "hbsw" found nothing where "hanbaoshuiwu" found 汉堡水务技术有限公司 (field test 9,
defect 10). An organisation's entry now holds the initials of its Chinese name and short name as
one short word of its text, which the trigram index answers (``services.search._org_entry``).

This rewrites the text of organisation entries only, in place (row ids and grams stay); people's
entries are not read. The index is this office's own, derived from the records: the revision is
local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0032_organisation_initials
Revises: 0031_foreign_honorifics
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

from petdesk.services.search import refresh_organisation_name_texts

revision: str = "0032_organisation_initials"
down_revision: str | Sequence[str] | None = "0031_foreign_honorifics"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    refresh_organisation_name_texts(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    # The older code reads the index as it is; the initials are one more word it never asks for.
    pass
