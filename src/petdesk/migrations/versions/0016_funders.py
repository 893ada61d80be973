"""funders are organisations: a project's funder named only as text (fund_en/fund_zh) becomes a
reference to an organisation record, and the text columns go

Every project with a fund name and no funder organisation gets one: the live organisation of that
name (English, Chinese or short name, any case) when exactly one exists, else a new organisation
of kind "fund". Its id is derived from the name (uuid5, the namespace of
``petdesk.services.funders``, copied here because migrations are frozen), so offices that upgrade
the same synced projects make the same funder and sync joins them.

Revision ID: 0016_funders
Revises: 0018_quick_counts (written on 0014_logistics; chained after main's 0018 at the merge)
Create Date: 2026-12-02 00:40:00
"""

import datetime as dt
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_funders"
down_revision: str | Sequence[str] | None = "0018_quick_counts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAMESPACE = uuid.UUID("5f0c3b0e-7d1f-4c55-9a55-0016f0de0016")


def _funder_id(name_en: str, name_zh: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, (name_en.strip() or name_zh.strip()).casefold()))


def upgrade() -> None:
    conn = op.get_bind()
    projects = conn.execute(
        sa.text(
            "SELECT id, fund_en, fund_zh FROM project WHERE funder_organisation_id IS NULL "
            "AND (trim(fund_en) != '' OR trim(fund_zh) != '')"
        )
    ).all()
    if projects:
        names: dict[str, set[str]] = {}
        for oid, en, zh, short in conn.execute(
            sa.text("SELECT id, name_en, name_zh, short_name_en FROM organisation WHERE deleted_at IS NULL")
        ):
            for name in {(en or "").strip().casefold(), (zh or "").strip(), (short or "").strip().casefold()}:
                if name:
                    names.setdefault(name, set()).add(oid)
        existing = {r[0] for r in conn.execute(sa.text("SELECT id FROM organisation"))}
        now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        for pid, fund_en, fund_zh in projects:
            en, zh = (fund_en or "").strip(), (fund_zh or "").strip()
            found: set[str] = set()
            for key in (en.casefold(), zh):
                if key and len(names.get(key, ())) == 1:
                    found = names[key]
                    break
            if found:
                org_id = next(iter(found))
            else:
                org_id = _funder_id(en, zh)
                if org_id not in existing:
                    conn.execute(
                        sa.text(
                            "INSERT INTO organisation (id, created_at, updated_at, deleted_at, name_en, name_zh, "
                            "short_name_en, short_name_zh, aliases, kind, country, city_en, city_zh, address_en, "
                            "address_zh, website, technology_areas, is_member_city, notes, tags, source) "
                            "VALUES (:id, :now, :now, NULL, :en, :zh, '', '', '[]', 'fund', '', '', '', '', '', "
                            "'', '[]', 0, '', '[]', '0016_funders')"
                        ),
                        {"id": org_id, "now": now, "en": en, "zh": zh},
                    )
                    existing.add(org_id)
                    for key in (en.casefold(), zh):
                        if key:
                            names.setdefault(key, set()).add(org_id)
                else:  # made for an earlier project (or deleted once): live again, as a funder
                    conn.execute(
                        sa.text("UPDATE organisation SET deleted_at = NULL WHERE id = :id"), {"id": org_id}
                    )
            conn.execute(
                sa.text("UPDATE project SET funder_organisation_id = :org WHERE id = :id"),
                {"org": org_id, "id": pid},
            )
    # ALTER TABLE DROP COLUMN in place (SQLite 3.35+), not batch's copy-and-rename: dropping the old
    # project table would break the foreign keys of its partners, milestones and stage moves.
    with op.batch_alter_table("project", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("fund_zh")
        batch_op.drop_column("fund_en")


def downgrade() -> None:
    with op.batch_alter_table("project", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("fund_en", sa.String(length=300), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("fund_zh", sa.String(length=300), nullable=False, server_default=""))
    op.execute(
        "UPDATE project SET "
        "fund_en = coalesce((SELECT name_en FROM organisation o WHERE o.id = project.funder_organisation_id), ''), "
        "fund_zh = coalesce((SELECT name_zh FROM organisation o WHERE o.id = project.funder_organisation_id), '')"
    )
