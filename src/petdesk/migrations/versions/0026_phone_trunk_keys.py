"""phone keys without the "(0)" trunk prefix: numbers stored before that rule match again

``contact_method.normalized`` is the key search (and ``contacts.find_contacts``) compare a phone
number by. Since the "(0)" after a country code is left out when numbers are normalised ("+44 (0)20
7946 0958" is "+44 20 7946 0958"), a number written with it gets the same key as the number written
without; those stored before kept "4402079460958" and did not match "442079460958". This recomputes
the key of the phone and fax rows whose value holds a "(" with the function that makes it now
(:func:`petdesk.services.matching.normalize_phone`, as the import stores it), where it differs.

The key is derived from the value, which does not change: every office computes the same key when
its file reaches this revision, so the change is not recorded for other offices (no field version,
no change-log entry, no history line for a fix nobody made), and the revision is local
(``sync.service.LOCAL_REVISIONS``): packages keep the schema they had, and offices that have not
upgraded yet go on exchanging with this one. The search index's triggers mark the contacts whose
keys changed for reindexing.

Revision ID: 0026_phone_trunk_keys
Revises: 0025_name_order_index
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from petdesk.services.matching import normalize_phone

revision: str = "0026_phone_trunk_keys"
down_revision: str | Sequence[str] | None = "0025_name_order_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    # Only values with a bracket can hold "(0)": SQLite picks those few rows, the rest are not
    # handed to Python at all.
    rows = conn.execute(
        text(
            "SELECT id, value, normalized FROM contact_method "
            "WHERE channel IN ('phone', 'fax') AND value LIKE '%(%'"
        )
    ).fetchall()
    changed = [
        {"id": row_id, "key": key}
        for row_id, value, normalized in rows
        if (key := normalize_phone(value)) != normalized
    ]
    if changed:
        conn.execute(text("UPDATE contact_method SET normalized = :key WHERE id = :id"), changed)


def downgrade() -> None:
    # The old keys are not kept; the new ones are what the code of the revision before stores too.
    pass
