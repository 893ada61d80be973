"""catalogue search keys marked stale by triggers, so a commit works out only what changed

Until now every commit compared the stamp of every technology's and city need's key with its
record (3.1 ms a commit with 1,512 technologies, even for a commit that changed only a contact).
Triggers on the tables the keys are made from now append the records whose key is stale to
``catalogue_dirty``, whoever writes (the window, a sync import, plain SQL, ``check --repair``);
a commit works out only those. The keys are this office's own, derived from the records: the
revision is local (``sync.service.LOCAL_REVISIONS``).

Revision ID: 0040_catalogue_marks
Revises: 0039_transliterated_names
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from petdesk.services.catalogue_search import refresh_keys

revision: str = "0040_catalogue_marks"
down_revision: str | Sequence[str] | None = "0039_transliterated_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MARK_TECHNOLOGY = "INSERT INTO catalogue_dirty (kind, entity_id) VALUES ('technology', {row}.id);"
_MARK_NEED = "INSERT INTO catalogue_dirty (kind, entity_id) VALUES ('need', {row}.id);"

# Written out here, not imported, so the migration stays as it ran (``check`` reads them from here).
# fmt: off
#: (name, when, body) of the triggers that mark stale catalogue keys.
CATALOGUE_TRIGGERS = (
    ("catalogue_dirty_technology_ins", "AFTER INSERT ON technology", _MARK_TECHNOLOGY.format(row="NEW")),
    ("catalogue_dirty_technology_upd", "AFTER UPDATE ON technology", _MARK_TECHNOLOGY.format(row="NEW")),
    ("catalogue_dirty_technology_del", "AFTER DELETE ON technology", _MARK_TECHNOLOGY.format(row="OLD")),
    ("catalogue_dirty_need_ins", "AFTER INSERT ON city_need", _MARK_NEED.format(row="NEW")),
    ("catalogue_dirty_need_upd", "AFTER UPDATE ON city_need", _MARK_NEED.format(row="NEW")),
    ("catalogue_dirty_need_del", "AFTER DELETE ON city_need", _MARK_NEED.format(row="OLD")),
    # A technology's key holds its provider's names, a need's its city's: only a change of those
    # marks them (an organisation's other columns change far more often).
    ("catalogue_dirty_organisation_upd",
     "AFTER UPDATE OF name_en, name_zh, city_en, city_zh ON organisation "
     "WHEN OLD.name_en IS NOT NEW.name_en OR OLD.name_zh IS NOT NEW.name_zh "
     "OR OLD.city_en IS NOT NEW.city_en OR OLD.city_zh IS NOT NEW.city_zh",
     "INSERT INTO catalogue_dirty (kind, entity_id) "
     "SELECT 'technology', id FROM technology WHERE provider_organisation_id = NEW.id;"
     " INSERT INTO catalogue_dirty (kind, entity_id) "
     "SELECT 'need', id FROM city_need WHERE city_organisation_id = NEW.id;"),
)
# fmt: on


def upgrade() -> None:
    op.create_table(
        "catalogue_dirty",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_catalogue_dirty")),
    )
    for name, when, body in CATALOGUE_TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    # From here on only marked keys are worked out: bring every stale one up to date first.
    refresh_keys(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    for name, _when, _body in CATALOGUE_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("catalogue_dirty")
