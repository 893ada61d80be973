"""compact sync versions: the version table with short codes and integer clock values (issue 17)

The first full sync export gives every record a row in ``sync_row_version``: 668,895 rows and
159 MB with its two indexes at 100,000 contacts, most of it repeated text (the table name, the
office's UUID, clock values as 20 characters, and the (entity, row_id) key a second time in the
primary key's index). Now:

* ``entity`` and the offices are small integer codes, through two tiny tables ``sync_entity``
  (name) and ``sync_office`` (office id), also inside ``fields``;
* clock values are integers, ``ms * 1_000_000 + counter``: the text's digits without the dot, so
  they sort the same (``sync.hlc.to_int``);
* the table is ``WITHOUT ROWID``: the key (entity, row_id) is the table, no separate index;
* ``max_hlc`` loses its index: in a table without rowid an index repeats the whole key (it would be
  35 of 78 MB at 100,000 contacts), and the export that used it reads every synchronised table anyway
  (``adopt_untracked`` looks for records without versions), so it now reads the versions in key
  order too, skipping the old ones by ``max_hlc`` without decoding them.

Row ids stay UUID text: the export joins them with the records' own ``id`` columns, and SQLite 3.40
has no ``unhex()`` to do that join on 16-byte blobs. One row per record stays too: a missing row
cannot stand for "created here, at the record's own time", since a version must be a clock value
that other offices' knowledge (version vectors) can be compared with.

The rows are copied with one ``INSERT ... SELECT`` in key order (entity codes are given in name
order, so the old key's order is the new one's), converted by SQLite itself; the table is then
replaced. Packages are untouched: they carry versions as text, converted at the table's edge.

Revision ID: 0023_sync_versions_compact
Revises: 0022_search_compact
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023_sync_versions_compact"
down_revision: str | Sequence[str] | None = "0022_search_compact"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "entity, row_id, base_hlc, base_office, fields, max_hlc"


def _hlc_int(text: str) -> str:
    """SQL for a text clock value ("0001764374400000.000000") as the integer of its digits."""
    return f"CAST(replace({text}, '.', '') AS INTEGER)"


def _hlc_text(number: str) -> str:
    return f"printf('%013d.%06d', {number} / 1000000, {number} % 1000000)"


def _office_code(office_id: str) -> str:
    return f"(SELECT code FROM sync_office WHERE office_id = {office_id})"


def _office_id(code: str) -> str:
    return f"(SELECT office_id FROM sync_office WHERE code = {code})"


#: A field version's two parts, inside ``_fields``.
_HLC = "json_extract(j.value, '$[0]')"
_OFFICE = "json_extract(j.value, '$[1]')"


def _fields(hlc: str, office: str) -> str:
    """SQL for ``v.fields`` with each field's [clock value, office] converted."""
    return (
        "CASE WHEN v.fields IS NULL THEN NULL ELSE (SELECT json_group_object(j.key, "
        f"json_array({hlc}, {office})) FROM json_each(v.fields) AS j) END"
    )


def upgrade() -> None:
    op.create_table(
        "sync_entity",
        sa.Column("code", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_sync_entity")),
        sa.UniqueConstraint("name", name=op.f("uq_sync_entity_name")),
    )
    op.create_table(
        "sync_office",
        sa.Column("code", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_sync_office")),
        sa.UniqueConstraint("office_id", name=op.f("uq_sync_office_office_id")),
    )
    # DISTINCT over the first column of the old key reads the key's index, not the rows.
    op.execute("INSERT INTO sync_entity (name) SELECT DISTINCT entity FROM sync_row_version ORDER BY entity")
    op.execute(
        "INSERT INTO sync_office (office_id) SELECT office FROM ("
        "SELECT base_office AS office FROM sync_row_version UNION "
        "SELECT json_extract(j.value, '$[1]') FROM sync_row_version AS v, json_each(v.fields) AS j "
        "WHERE v.fields IS NOT NULL) ORDER BY office"
    )
    op.create_table(
        "sync_row_version_new",
        sa.Column("entity", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("base_hlc", sa.Integer(), nullable=False),
        sa.Column("base_office", sa.Integer(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=True),
        sa.Column("max_hlc", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_row_version")),
        sqlite_with_rowid=False,
    )
    fields = _fields(_hlc_int(_HLC), _office_code(_OFFICE))
    op.execute(
        f"INSERT INTO sync_row_version_new ({_COLUMNS}) "
        f"SELECT e.code, v.row_id, {_hlc_int('v.base_hlc')}, {_office_code('v.base_office')}, {fields}, "
        f"{_hlc_int('v.max_hlc')} FROM sync_row_version AS v JOIN sync_entity AS e ON e.name = v.entity "
        "ORDER BY v.entity, v.row_id"
    )
    op.drop_table("sync_row_version")  # its indexes go with it
    op.rename_table("sync_row_version_new", "sync_row_version")


def downgrade() -> None:
    op.create_table(
        "sync_row_version_new",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("base_hlc", sa.String(length=24), nullable=False),
        sa.Column("base_office", sa.String(length=36), nullable=False),
        sa.Column("fields", sa.Text(), nullable=True),
        sa.Column("max_hlc", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint("entity", "row_id", name=op.f("pk_sync_row_version")),
    )
    fields = _fields(_hlc_text(_HLC), _office_id(_OFFICE))
    op.execute(
        f"INSERT INTO sync_row_version_new ({_COLUMNS}) "
        f"SELECT e.name, v.row_id, {_hlc_text('v.base_hlc')}, {_office_id('v.base_office')}, {fields}, "
        f"{_hlc_text('v.max_hlc')} FROM sync_row_version AS v JOIN sync_entity AS e ON e.code = v.entity "
        "ORDER BY e.name, v.row_id"
    )
    op.drop_table("sync_row_version")
    op.rename_table("sync_row_version_new", "sync_row_version")
    op.create_index(op.f("ix_sync_row_version_max_hlc"), "sync_row_version", ["max_hlc"], unique=False)
    op.drop_table("sync_office")
    op.drop_table("sync_entity")
