"""a vehicle's seats and its riders for each item it serves

Field test 52, defect 7: a 49-seat coach and a 7-seat van could say so only in free text, and
nobody could record who rides in which car. ``vehicle.seats`` holds the passenger seats (NULL: not
known); ``vehicle_rider`` hangs the riders off the existing ``vehicle_assignment`` (the vehicle
serving one item), so riders are said per item rather than in a second list of the vehicle's
items. Both are exchanged between offices like the rest of the logistics.

Revision ID: 0044_vehicle_riders
Revises: 0043_korean_names
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0044_vehicle_riders"
down_revision: str | Sequence[str] | None = "0043_korean_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    op.execute("ALTER TABLE vehicle ADD COLUMN seats INTEGER")
    op.create_table(
        "vehicle_rider",
        sa.Column("assignment_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["vehicle_assignment.id"],
            name=op.f("fk_vehicle_rider_assignment_id_vehicle_assignment"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_vehicle_rider_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicle_rider")),
    )
    op.create_index("ix_vehicle_rider_assignment_id", "vehicle_rider", ["assignment_id"])
    op.create_index("ix_vehicle_rider_contact_id", "vehicle_rider", ["contact_id"])


def downgrade() -> None:
    op.drop_index("ix_vehicle_rider_contact_id", table_name="vehicle_rider")
    op.drop_index("ix_vehicle_rider_assignment_id", table_name="vehicle_rider")
    op.drop_table("vehicle_rider")
    # SQLite's own DROP COLUMN (3.35+): batch mode's copy would drop a table others reference.
    op.execute("ALTER TABLE vehicle DROP COLUMN seats")
