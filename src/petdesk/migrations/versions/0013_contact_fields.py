"""contact fields that vCards and phone/mail programs carry; imported calendar details (issue 13)

Revision ID: 0013_contact_fields
Revises: 0006_heads
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_contact_fields"
down_revision: str | Sequence[str] | None = "0006_heads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT_COLUMNS = (
    ("middle_name", 100),
    ("name_suffix", 50),
    ("nickname", 100),
    ("phonetic_family_name", 100),
    ("phonetic_given_name", 100),
    ("native_name_language", 10),
    ("birthday", 10),
    ("anniversary", 10),
)
_LIST_COLUMNS = ("addresses", "websites", "related_names", "other_handles")


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name, length in _TEXT_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False, server_default=""))
        for name in _LIST_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("photo", sa.Text(), nullable=False, server_default=""))
    # Plain ADD COLUMN (SQLite does it in place): rebuilding itinerary_item in batch mode would drop
    # a table that attendee rows point to.
    op.add_column("itinerary_item", sa.Column("all_day", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column(
        "itinerary_item", sa.Column("external_attendees", sa.Text(), nullable=False, server_default="[]")
    )
    op.add_column("itinerary_item", sa.Column("alarms", sa.Text(), nullable=False, server_default="[]"))
    op.add_column(
        "itinerary_item", sa.Column("source_uid", sa.String(length=300), nullable=False, server_default="")
    )


def downgrade() -> None:
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        for name in ("source_uid", "alarms", "external_attendees", "all_day"):
            batch_op.drop_column(name)
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("photo")
        for name in reversed(_LIST_COLUMNS):
            batch_op.drop_column(name)
        for name, _length in reversed(_TEXT_COLUMNS):
            batch_op.drop_column(name)
