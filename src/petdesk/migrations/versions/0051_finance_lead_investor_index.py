"""finance leads looked up by their investor contact through an index

The sync import's check for live links to deleted people reads from the deleted people to their
links (``sync.deleted_links``), and erasing a person finds the rows that name them: both looked up
``finance_lead.investor_contact_id`` by scanning the table, the only person link without an index.

Only this office's file changes (no table or column that packages carry): the revision is local
(``sync.service.LOCAL_REVISIONS``).

Revision ID: 0051_finance_lead_investor_index
Revises: 0050_kana_readings
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0051_finance_lead_investor_index"
down_revision: str | Sequence[str] | None = "0050_kana_readings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_finance_lead_investor_contact_id ON finance_lead (investor_contact_id)"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_finance_lead_investor_contact_id")
