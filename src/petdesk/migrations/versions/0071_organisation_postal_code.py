"""an organisation's postal code, exchanged; moved out of the address text where it is beyond doubt

Field test 98's labels print a Chinese block postcode first and a German one with the postcode
before the town, but an organisation's address had no postcode: a label to an organisation (or to
a person whose address is the organisation's) went out without one. ``organisation.postal_code``
keeps it and travels like the rest of the record (a package of an office not yet at 0071 leaves it
as it is here).

Addresses typed before often carry the postcode in the text ("…100号（邮编：200030）", "Hauptstr. 5,
53113 Bonn"). Where the text begins or ends with one beyond doubt (``services.postcodes``) it is
moved into the field, recorded as an edit of this office like ``0031_foreign_honorifics`` (so an
office that has not moved it yet receives the same values, which do not conflict); any other text
is left as it was.

Revision ID: 0071_organisation_postal_code
Revises: 0070_visit_country_head_count
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0071_organisation_postal_code"
# 0070_visit_country_head_count is written beside this one; rechained onto it at merge.
down_revision: str | Sequence[str] | None = "0070_visit_country_head_count"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    op.add_column("organisation", sa.Column("postal_code", sa.String(20), nullable=True))
    from petdesk.services.postcodes import move_stored_postcodes

    move_stored_postcodes(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code has no field for it: the postcodes moved out of the address text are lost to it."""
    # SQLite's own DROP COLUMN: batch mode would rebuild a table others reference.
    op.execute("ALTER TABLE organisation DROP COLUMN postal_code")
