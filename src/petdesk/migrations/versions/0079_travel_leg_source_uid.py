"""a travel leg keeps the UID and SEQUENCE of the calendar event it was imported from

A flight or train imported from an .ics file (``services.ical_journeys``) was paired with its leg
again only by flight number and day, so a flight moved to the next day, a train without a number or
a renamed event came in as a second leg beside the first. ``travel_leg.source_uid`` keeps the event's
UID and ``travel_leg.source_sequence`` its SEQUENCE (both None: typed in, or imported before), so a
re-sent event finds its leg by UID and an older copy sent late is told and left out.

The columns travel with the leg, as its times do: the revision is not local
(``sync.service.LOCAL_REVISIONS``), so packages written here name it. A package of an office not yet
at 0079 carries no such column; the import merges only the columns a package names, so its legs
arrive with them empty and an office that knows them keeps what it holds. An office that has not
updated refuses a package naming 0079 (a revision it does not know) in plain words, asking to update
petdesk first: nothing is lost, the package imports once it has updated.

Existing legs get NULL (no event known); they still pair by number and day.

Revision ID: 0079_travel_leg_source_uid
Revises: 0078_organisation_phone_email
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0079_travel_leg_source_uid"
down_revision: str | Sequence[str] | None = "0078_organisation_phone_email"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (("source_uid", sa.String(length=300)), ("source_sequence", sa.Integer()))


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    for name, kind in _COLUMNS:
        op.add_column("travel_leg", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    """The older code has no field for them: the legs' events are lost to it (they pair by number)."""
    # SQLite's own DROP COLUMN: batch mode would rebuild a table others reference.
    for name, _kind in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE travel_leg DROP COLUMN {name}")
