"""the cooperation pipeline: project funds, partners, stage moves, milestones and links; technologies,
references, city needs, matches and green-finance leads

Revision ID: 0015_pipeline
Revises: 0013_contact_fields
Create Date: 2026-12-01 21:23:15.801460
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_pipeline"
down_revision: str | Sequence[str] | None = "0013_contact_fields"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "city_need",
        sa.Column("city_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("title_en", sa.String(length=300), nullable=False),
        sa.Column("title_zh", sa.String(length=300), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("problem_en", sa.Text(), nullable=False),
        sa.Column("problem_zh", sa.Text(), nullable=False),
        sa.Column("scale", sa.String(length=200), nullable=False),
        sa.Column("budget_min", sa.Numeric(precision=16, scale=2, asdecimal=False), nullable=True),
        sa.Column("budget_max", sa.Numeric(precision=16, scale=2, asdecimal=False), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("open", "matching", "solved", "closed", name="needstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("licence", sa.String(length=60), nullable=False),
        sa.Column("share_consent", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["city_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_city_need_city_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_need")),
    )
    with op.batch_alter_table("city_need", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_city_need_city_organisation_id"), ["city_organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_city_need_sector"), ["sector"], unique=False)

    op.create_table(
        "technology",
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("name_zh", sa.String(length=300), nullable=False),
        sa.Column("provider_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("description_zh", sa.Text(), nullable=False),
        sa.Column("key_figures_en", sa.Text(), nullable=False),
        sa.Column("key_figures_zh", sa.Text(), nullable=False),
        sa.Column("trl", sa.Integer(), nullable=True),
        sa.Column("certifications", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("licence", sa.String(length=60), nullable=False),
        sa.Column("share_consent", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["provider_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_technology_provider_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_technology")),
    )
    with op.batch_alter_table("technology", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_technology_provider_organisation_id"), ["provider_organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_technology_sector"), ["sector"], unique=False)

    op.create_table(
        "finance_lead",
        sa.Column("title_en", sa.String(length=300), nullable=False),
        sa.Column("title_zh", sa.String(length=300), nullable=False),
        sa.Column(
            "instrument",
            sa.Enum(
                "grant",
                "concessional_loan",
                "green_bond",
                "equity",
                "guarantee",
                name="financeinstrument",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("amount", sa.Numeric(precision=16, scale=2, asdecimal=False), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "lead",
                "discussion",
                "application",
                "committed",
                "disbursed",
                "dropped",
                name="financestage",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("investor_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("investor_contact_id", sa.String(length=36), nullable=True),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("need_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["investor_contact_id"], ["contact.id"], name=op.f("fk_finance_lead_investor_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["investor_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_finance_lead_investor_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["need_id"], ["city_need.id"], name=op.f("fk_finance_lead_need_id_city_need")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_finance_lead_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finance_lead")),
    )
    with op.batch_alter_table("finance_lead", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_finance_lead_investor_organisation_id"), ["investor_organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_finance_lead_need_id"), ["need_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_finance_lead_project_id"), ["project_id"], unique=False)

    op.create_table(
        "project_milestone",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("milestone", "report", "deadline", name="milestonekind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("title_en", sa.String(length=300), nullable=False),
        sa.Column("title_zh", sa.String(length=300), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_milestone_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_milestone")),
    )
    with op.batch_alter_table("project_milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_milestone_due"), ["due"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_milestone_project_id"), ["project_id"], unique=False)

    op.create_table(
        "project_partner",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "lead",
                "partner",
                "beneficiary_city",
                "technology_provider",
                name="partnerrole",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_project_partner_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_partner_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_partner")),
    )
    with op.batch_alter_table("project_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_partner_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_project_partner_project_id"), ["project_id"], unique=False)

    op.create_table(
        "project_stage_change",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "idea",
                "preparing",
                "submitted",
                "approved",
                "rejected",
                "running",
                "closed",
                name="projectstatus",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("previous_stage", sa.String(length=24), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_stage_change_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_stage_change")),
    )
    with op.batch_alter_table("project_stage_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_stage_change_project_id"), ["project_id"], unique=False)

    op.create_table(
        "technology_reference",
        sa.Column("technology_id", sa.String(length=36), nullable=False),
        sa.Column("place_en", sa.String(length=200), nullable=False),
        sa.Column("place_zh", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("scale", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["technology_id"],
            ["technology.id"],
            name=op.f("fk_technology_reference_technology_id_technology"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_technology_reference")),
    )
    with op.batch_alter_table("technology_reference", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_technology_reference_technology_id"), ["technology_id"], unique=False
        )

    op.create_table(
        "project_link",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("training_id", sa.String(length=36), nullable=True),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_project_link_activity_id_activity")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_link_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_project_link_training_id_training")
        ),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_project_link_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_link")),
    )
    with op.batch_alter_table("project_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_link_project_id"), ["project_id"], unique=False)

    op.create_table(
        "tech_match",
        sa.Column("need_id", sa.String(length=36), nullable=False),
        sa.Column("technology_id", sa.String(length=36), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "suggested",
                "introduced",
                "meeting_held",
                "pilot",
                "agreement",
                "no_agreement",
                name="matchstate",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("state_changed_on", sa.Date(), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_tech_match_activity_id_activity")
        ),
        sa.ForeignKeyConstraint(["need_id"], ["city_need.id"], name=op.f("fk_tech_match_need_id_city_need")),
        sa.ForeignKeyConstraint(
            ["technology_id"], ["technology.id"], name=op.f("fk_tech_match_technology_id_technology")
        ),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name=op.f("fk_tech_match_visit_id_visit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tech_match")),
    )
    with op.batch_alter_table("tech_match", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tech_match_need_id"), ["need_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tech_match_technology_id"), ["technology_id"], unique=False)

    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(sa.Column("funder_organisation_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("programme_en", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("programme_zh", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("amount_approved", sa.Numeric(precision=14, scale=2, asdecimal=False), nullable=True)
        )
        batch_op.add_column(
            sa.Column("cofinancing", sa.Numeric(precision=14, scale=2, asdecimal=False), nullable=True)
        )
        batch_op.add_column(sa.Column("cofinancing_note", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("documents", sa.Text(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("board_rank", sa.Integer(), nullable=False, server_default="0"))
        batch_op.create_index(
            batch_op.f("ix_project_funder_organisation_id"), ["funder_organisation_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_project_funder_organisation_id_organisation"),
            "organisation",
            ["funder_organisation_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_project_funder_organisation_id_organisation"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_project_funder_organisation_id"))
        batch_op.drop_column("board_rank")
        batch_op.drop_column("documents")
        batch_op.drop_column("cofinancing_note")
        batch_op.drop_column("cofinancing")
        batch_op.drop_column("amount_approved")
        batch_op.drop_column("programme_zh")
        batch_op.drop_column("programme_en")
        batch_op.drop_column("funder_organisation_id")
    op.drop_table("tech_match")
    op.drop_table("project_link")
    op.drop_table("technology_reference")
    op.drop_table("project_stage_change")
    op.drop_table("project_partner")
    op.drop_table("project_milestone")
    op.drop_table("finance_lead")
    op.drop_table("technology")
    op.drop_table("city_need")
