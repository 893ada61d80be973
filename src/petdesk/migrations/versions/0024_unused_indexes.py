"""drop the indexes no query uses (issue 17: an index no query uses only makes the file bigger)

`benchmarks/index_use.py` ran the core tests with every statement recorded and asked SQLite's
EXPLAIN QUERY PLAN, on a 100,000-contact file, which indexes petdesk's statements use (2026-12-04:
1,721 statements, 85 of 97 indexes). Eleven go:

* ``ix_sync_conflict_row_id``: conflicts are looked up by (entity, row_id), the leading columns of
  the table's unique key, whose index serves them;
* ``ix_sync_erasure_person_id``, ``ix_city_need_sector``, ``ix_travel_leg_departs_at``,
  ``ix_organisation_name_en``: no statement filters or orders by them alone (technologies, which
  the list filters by sector, keep theirs; organisation lists are read from the search index);
* ``ix_visit_end_date``, ``ix_training_end_date``: the lists filtered from a date and the calendar
  ask for the end date too, but SQLite walks the start date's index for their order or range;
* ``ix_activity_visit_id``, ``ix_finance_lead_need_id``, ``ix_finance_lead_project_id``,
  ``ix_vehicle_assignment_item_id``: foreign keys to visits, needs, projects and itinerary items,
  which are never deleted outright (only marked deleted), so SQLite never looks their children up
  through them either.

``tests/core/test_index_use.py`` now names a statement of petdesk's for every index left and
checks its plan.

Only this office's file changes (no table or column that packages carry): the revision is local,
so packages keep naming the schema they named before, 0022 (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0024_unused_indexes
Revises: 0023_sync_versions_compact
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0024_unused_indexes"
down_revision: str | Sequence[str] | None = "0023_sync_versions_compact"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (index, table, column) of every index dropped.
DROPPED = (
    ("ix_sync_conflict_row_id", "sync_conflict", "row_id"),
    ("ix_sync_erasure_person_id", "sync_erasure", "person_id"),
    ("ix_city_need_sector", "city_need", "sector"),
    ("ix_travel_leg_departs_at", "travel_leg", "departs_at"),
    ("ix_organisation_name_en", "organisation", "name_en"),
    ("ix_visit_end_date", "visit", "end_date"),
    ("ix_training_end_date", "training", "end_date"),
    ("ix_activity_visit_id", "activity", "visit_id"),
    ("ix_finance_lead_need_id", "finance_lead", "need_id"),
    ("ix_finance_lead_project_id", "finance_lead", "project_id"),
    ("ix_vehicle_assignment_item_id", "vehicle_assignment", "item_id"),
)


def upgrade() -> None:
    for name, _table, _column in DROPPED:
        op.execute(f'DROP INDEX IF EXISTS "{name}"')


def downgrade() -> None:
    for name, table, column in DROPPED:
        op.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ("{column}")')
