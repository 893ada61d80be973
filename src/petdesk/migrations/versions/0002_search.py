"""search index of organisations and contacts

Revision ID: 0002_search
Revises: 0001_initial
Create Date: 2026-11-29

Adds ``search_entry`` (list rows with sort keys per language), ``search_gram`` (one- and
two-character keys), ``search_dirty`` (entities whose index rows are stale), the FTS5 trigram index
``search_fts`` over ``search_entry.text`` with the triggers that keep it in sync, and triggers on
the source tables that mark changed entities dirty. Existing rows are marked dirty, so the first
refresh (``petdesk.services.search.refresh_search_index``) builds their index rows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_search"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (name, SQL) of the triggers that mark changed source rows dirty.
DIRTY_TRIGGERS = (
    ("search_dirty_contact_ins", "AFTER INSERT ON contact",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (NEW.id, 'contact');"),
    ("search_dirty_contact_upd", "AFTER UPDATE ON contact",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (NEW.id, 'contact');"),
    ("search_dirty_organisation_ins", "AFTER INSERT ON organisation",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (NEW.id, 'organisation');"),
    ("search_dirty_organisation_upd", "AFTER UPDATE ON organisation",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (NEW.id, 'organisation');"),
    ("search_dirty_method_ins", "AFTER INSERT ON contact_method",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (NEW.contact_id, 'contact');"),
    ("search_dirty_method_upd", "AFTER UPDATE ON contact_method",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (NEW.contact_id, 'contact');"
     " INSERT INTO search_dirty (entity_id, kind) VALUES (OLD.contact_id, 'contact');"),
    ("search_dirty_method_del", "AFTER DELETE ON contact_method",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (OLD.contact_id, 'contact');"),
    ("search_dirty_affiliation_ins", "AFTER INSERT ON affiliation",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (NEW.contact_id, 'contact');"),
    ("search_dirty_affiliation_upd", "AFTER UPDATE ON affiliation",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (NEW.contact_id, 'contact');"
     " INSERT INTO search_dirty (entity_id, kind) VALUES (OLD.contact_id, 'contact');"),
    ("search_dirty_affiliation_del", "AFTER DELETE ON affiliation",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (OLD.contact_id, 'contact');"),
    ("search_dirty_contact_del", "AFTER DELETE ON contact",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (OLD.id, 'contact');"),
    ("search_dirty_organisation_del", "AFTER DELETE ON organisation",
     "INSERT INTO search_dirty (entity_id, kind) VALUES (OLD.id, 'organisation');"),
)

#: Triggers keeping the external-content FTS5 table in step with search_entry.text.
FTS_TRIGGERS = (
    ("search_fts_ai", "AFTER INSERT ON search_entry",
     "INSERT INTO search_fts (rowid, text) VALUES (NEW.id, NEW.text);"),
    ("search_fts_ad", "AFTER DELETE ON search_entry",
     "INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);"),
    ("search_fts_au", "AFTER UPDATE OF text ON search_entry",
     "INSERT INTO search_fts (search_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);"
     " INSERT INTO search_fts (rowid, text) VALUES (NEW.id, NEW.text);"),
)


def upgrade() -> None:
    op.create_table(
        "search_entry",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("org_entity_id", sa.String(length=36), nullable=True),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("name_zh", sa.String(length=300), nullable=False),
        sa.Column("org_name_en", sa.String(length=300), nullable=False),
        sa.Column("org_name_zh", sa.String(length=300), nullable=False),
        sa.Column("position_en", sa.String(length=200), nullable=False),
        sa.Column("position_zh", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=300), nullable=False),
        sa.Column("city_en", sa.String(length=100), nullable=False),
        sa.Column("city_zh", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("sort_en", sa.String(length=400), nullable=False),
        sa.Column("sort_zh", sa.String(length=400), nullable=False),
        sa.Column("org_sort_en", sa.String(length=400), nullable=False),
        sa.Column("org_sort_zh", sa.String(length=400), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("grams", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entry")),
        sa.UniqueConstraint("entity_id", name=op.f("uq_search_entry_entity_id")),
    )
    with op.batch_alter_table("search_entry", schema=None) as batch_op:
        batch_op.create_index("ix_search_entry_kind_sort_en", ["kind", "sort_en"], unique=False)
        batch_op.create_index("ix_search_entry_kind_sort_zh", ["kind", "sort_zh"], unique=False)
        batch_op.create_index("ix_search_entry_kind_org_sort_en", ["kind", "org_sort_en"], unique=False)
        batch_op.create_index("ix_search_entry_kind_org_sort_zh", ["kind", "org_sort_zh"], unique=False)
        batch_op.create_index("ix_search_entry_kind_updated_at", ["kind", "updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_search_entry_org_entity_id"), ["org_entity_id"], unique=False)

    op.create_table(
        "search_gram",
        sa.Column("gram", sa.String(length=8), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("sort_en", sa.String(length=400), nullable=False),
        sa.Column("sort_zh", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("gram", "entry_id", name=op.f("pk_search_gram")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("search_gram", schema=None) as batch_op:
        batch_op.create_index("ix_search_gram_gram_kind_sort_en", ["gram", "kind", "sort_en"], unique=False)
        batch_op.create_index("ix_search_gram_gram_kind_sort_zh", ["gram", "kind", "sort_zh"], unique=False)

    op.create_table(
        "search_dirty",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_search_dirty")),
    )

    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "text, content='search_entry', content_rowid='id', tokenize='trigram')"
    )
    for name, when, body in (*FTS_TRIGGERS, *DIRTY_TRIGGERS):
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")

    op.execute("INSERT INTO search_dirty (entity_id, kind) SELECT id, 'organisation' FROM organisation")
    op.execute("INSERT INTO search_dirty (entity_id, kind) SELECT id, 'contact' FROM contact")


def downgrade() -> None:
    for name, _when, _body in (*DIRTY_TRIGGERS, *FTS_TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_dirty")
    op.drop_table("search_gram")
    op.drop_table("search_entry")
