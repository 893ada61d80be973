"""the emergency sheet, one entry per city and its days

Field test 52, defect 8: a trip through Hangzhou, Shanghai and Chengdu had one "Nearest hospital"
(Hangzhou's), printed for all three cities. ``emergency_entry`` holds one sheet per place (duty
officer, embassy or consulate, local emergency numbers, hospital) with its first and last day;
an entry with no place and no dates holds for the whole visit. Each visit's single sheet (the
columns on ``visit``) moves into its first entry. Exchanged like the rest of the logistics.

The entry made here has an id derived from the visit's, so two offices that both upgrade make the
same record with the same values rather than two first entries. The columns on ``visit`` stay
(a package from an office not yet at 0047 still fills them; services.logistics shows a sheet found
there when the visit has no entry, and sync.visit_sheets moves it into the entry), but what they
held here now lives in the entry.

Revision ID: 0047_emergency_entries
Revises: 0046_kana_readings
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from petdesk.ids import first_emergency_entry_id as first_entry_id
from petdesk.stored_times import stored_time, utcnow

revision: str = "0047_emergency_entries"
down_revision: str | Sequence[str] | None = "0046_kana_readings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIELDS = ("duty_officer_name", "duty_officer_phone", "embassy", "emergency_numbers", "hospital")


def upgrade() -> None:
    op.create_table(
        "emergency_entry",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("duty_officer_name", sa.String(length=200), nullable=False),
        sa.Column("duty_officer_phone", sa.String(length=60), nullable=False),
        sa.Column("embassy", sa.Text(), nullable=False),
        sa.Column("emergency_numbers", sa.Text(), nullable=False),
        sa.Column("hospital", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_emergency_entry_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emergency_entry")),
    )
    op.create_index("ix_emergency_entry_visit_id", "emergency_entry", ["visit_id"])
    conn = op.get_bind()
    filled = " OR ".join(f"{f} != ''" for f in FIELDS)
    rows = conn.exec_driver_sql(f"SELECT id, {', '.join(FIELDS)} FROM visit WHERE {filled}").fetchall()
    if not rows:
        return
    now = stored_time(utcnow())
    # written without the ORM: sync adopts them (new to everyone) before the next export
    conn.exec_driver_sql(
        "INSERT INTO emergency_entry (id, visit_id, place, starts_on, ends_on, "
        f"{', '.join(FIELDS)}, created_at, updated_at) VALUES (?, ?, '', NULL, NULL, ?, ?, ?, ?, ?, ?, ?)",
        [(first_entry_id(r[0]), r[0], *r[1:], now, now) for r in rows],
    )


#: The entry a visit's columns take back on a downgrade: the whole-visit one, else the earliest.
_KEPT_ENTRY = (
    "SELECT e.{field} FROM emergency_entry e WHERE e.visit_id = visit.id AND e.deleted_at IS NULL "
    "ORDER BY (e.place = '' AND e.starts_on IS NULL AND e.ends_on IS NULL) DESC, "
    "(e.starts_on IS NOT NULL), e.starts_on, e.created_at, e.id LIMIT 1"
)


def downgrade() -> None:
    """The older code reads the visit's columns only: each visit's whole-visit entry (or, without
    one, its earliest) goes back into them before the table is dropped. Entries for the other
    cities are lost, as the older code has nowhere to keep them."""
    assignments = ", ".join(f"{f} = ({_KEPT_ENTRY.format(field=f)})" for f in FIELDS)
    op.execute(
        f"UPDATE visit SET {assignments} WHERE EXISTS "
        "(SELECT 1 FROM emergency_entry e WHERE e.visit_id = visit.id AND e.deleted_at IS NULL)"
    )
    op.drop_index("ix_emergency_entry_visit_id", table_name="emergency_entry")
    op.drop_table("emergency_entry")
