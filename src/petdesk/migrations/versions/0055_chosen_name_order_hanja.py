"""a name order the user chose, and a Korean name's Hanja

A Vietnamese name is written family name first by rule (``names.name_order_of``); a "given name
first" chosen in the editor for one (a Vietnamese who writes his name the Western way) was put back
on save. The contact now keeps whether its name order was chosen (``name_order_chosen``), and the
rule leaves a chosen order alone. A Korean contact can carry the Hanja of the name beside the Hangul
(``name_hanja``: 李敏鎬 for 이민호), found by its Simplified form (李敏镐).

Both columns are the person's record and travel with it: the revision is not local. A package of an
older office has neither; its contacts arrive with the defaults (not chosen, no Hanja).

The search index of the people named in Latin letters by a Korean family name's spelling is written
again: a Chinese name among them ("Lee Wei") no longer carries the Korean spellings ("yi", "rhee").

Revision ID: 0055_chosen_name_order_hanja
Revises: 0054_training_lodging
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from petdesk.services.search import reindex_latin_korean_spellings

revision: str = "0055_chosen_name_order_hanja"
down_revision: str | Sequence[str] | None = "0054_training_lodging"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    op.add_column("contact", sa.Column("name_order_chosen", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column("contact", sa.Column("name_hanja", sa.String(length=50), nullable=False, server_default=""))
    reindex_latin_korean_spellings(op.get_bind().connection.driver_connection)


def downgrade() -> None:
    """The older code knows neither: a chosen order stays as stored; the Hanja is lost."""
    # SQLite's own DROP COLUMN: batch mode would rebuild a table others reference.
    op.execute("ALTER TABLE contact DROP COLUMN name_hanja")
    op.execute("ALTER TABLE contact DROP COLUMN name_order_chosen")
