"""follow-ups for a contact or a project, with a note (field test 50, defect 1)

A follow-up belonged to a visit or an organisation only. It can now be about a person or a
project too, and carry a note besides its title.

Revision ID: 0045_follow_up_partners
Revises: 0044_vehicle_riders
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0045_follow_up_partners"
down_revision: str | Sequence[str] | None = "0044_vehicle_riders"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The new links: (column, the table it points to).
_LINKS = (("contact_id", "contact"), ("project_id", "project"))


def upgrade() -> None:
    # Plain ADD COLUMN as 0035 does: batch mode would rebuild the table and its partial index of
    # deleted rows (0018); SQLite's own ADD COLUMN can add a nullable foreign key.
    for column, target in _LINKS:
        op.execute(
            f"ALTER TABLE follow_up ADD COLUMN {column} VARCHAR(36) "
            f"CONSTRAINT fk_follow_up_{column}_{target} REFERENCES {target} (id)"
        )
        op.create_index(f"ix_follow_up_{column}", "follow_up", [column])
    op.execute("ALTER TABLE follow_up ADD COLUMN note TEXT NOT NULL DEFAULT ''")


#: Each follow-up with a note or about a person or a project: its description, the note, and
#: whom or what it is about (the older code has no such link).
_TO_DESCRIBE = (
    "SELECT f.id, f.description_en, f.note, "
    "COALESCE(NULLIF(TRIM(c.given_name || ' ' || c.family_name), ''), c.family_name_zh || c.given_name_zh), "
    "COALESCE(NULLIF(p.title_en, ''), p.title_zh) FROM follow_up f "
    "LEFT JOIN contact c ON c.id = f.contact_id LEFT JOIN project p ON p.id = f.project_id "
    "WHERE f.contact_id IS NOT NULL OR f.project_id IS NOT NULL OR f.note != ''"
)
#: The organisation a follow-up about a person or a project goes to: the person's current
#: affiliation (the primary first), else the project's lead organisation.
_ORGANISATION = (
    "COALESCE((SELECT a.organisation_id FROM affiliation a WHERE a.contact_id = follow_up.contact_id "
    "AND a.deleted_at IS NULL ORDER BY a.end_date IS NOT NULL, a.is_primary DESC, a.start_date DESC "
    "LIMIT 1), (SELECT p.lead_organisation_id FROM project p WHERE p.id = follow_up.project_id))"
)
_UNATTACHED = "visit_id IS NULL AND organisation_id IS NULL"


def downgrade() -> None:
    """The older code knows follow-ups of a visit or an organisation only, and no note. Nothing is
    lost: the note and whom or what the follow-up is about ("About: Liu Yang") are added to its
    description, and one about a person or a project is attached to that person's organisation or
    the project's lead organisation. When a live one has neither, the downgrade is refused."""
    conn = op.get_bind()
    described = [
        (_described(text, note, person or thing), follow_up_id)
        for follow_up_id, text, note, person, thing in conn.exec_driver_sql(_TO_DESCRIBE).fetchall()
    ]
    if described:
        conn.exec_driver_sql("UPDATE follow_up SET description_en = ? WHERE id = ?", described)
    op.execute(f"UPDATE follow_up SET organisation_id = {_ORGANISATION} WHERE {_UNATTACHED}")
    stranded = conn.exec_driver_sql(
        f"SELECT count(*) FROM follow_up WHERE {_UNATTACHED} AND deleted_at IS NULL"
    ).scalar()
    if stranded:
        raise RuntimeError(
            "Some follow-ups are about a person with no organisation or a project with no lead "
            "organisation, which the older version cannot show: link them to an organisation or a "
            f"visit (or delete them), then downgrade again ({stranded} of them)."
        )
    for column, _target in _LINKS:
        op.drop_index(f"ix_follow_up_{column}", table_name="follow_up")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_column("note")
        batch_op.drop_column("project_id")
        batch_op.drop_column("contact_id")


def _described(text: str, note: str, about: str | None) -> str:
    added = [part for part in (f"About: {about}" if about else "", note) if part]
    return "\n\n".join([text, *added] if text else added)
