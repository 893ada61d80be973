"""a visit's delegation country and head count as fields, out of the notes lines of the past-visit import

Field test 101 brought eight years of past visits in with ``petdesk import-visits``; with no field for
them, each kept its delegation's country and head count as notes lines ("国家 / Country: 越南 (VN)",
"人数 / People: 8"). Users asked for the Visits list to show and sort by them and the yearly report to
count by them. ``visit.country`` (ISO 3166-1 alpha-2, as an organisation's) and ``visit.head_count``
(the announced size, which may differ from the participants entered) are exchanged like the visit's
other fields; a package of an office not yet at 0070 leaves them as they are here.

The lines move into the fields and leave the notes, in every office alike from the same notes, so the
offices agree without exchanging it. A line that cannot be read (a country petdesk did not know, a
count that is no number) stays in the notes as it was.

Revision ID: 0070_visit_country_head_count
Revises: 0069_do_not_contact
Create Date: 2026-12-06
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0070_visit_country_head_count"
down_revision: str | Sequence[str] | None = "0069_do_not_contact"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the import's lines as of 0069 (services.past_visits may change since): the head
# count read as review54c did, after staff edited or translated the line ("人数：8", "People: 8 ").
_PEOPLE = re.compile(
    r"^[ \t]*(?:人数[ \t]*/[ \t]*People|人数|People)[ \t]*[:：][ \t]*(\d+)[ \t]*(?:人|名|位)?[ \t]*\r?$",
    re.IGNORECASE,
)
# "国家 / Country: 越南 (VN)" or "国家 / Country: VN" (the code as typed); a name alone had no code.
_COUNTRY = re.compile(
    r"^[ \t]*(?:国家[ \t]*/[ \t]*Country|国家|Country)[ \t]*[:：][ \t]*"
    r"(?:[^\n]*?[ \t]*[(（]([A-Za-z]{2})[)）]|([A-Za-z]{2}))[ \t]*\r?$",
    re.IGNORECASE,
)


def facts_from_notes(notes: str) -> tuple[str | None, int | None, str]:
    """The country code and head count of the notes' import lines (None where none can be read) and
    the notes without the lines read; the first readable line of each counts, others stay."""
    country: str | None = None
    people: int | None = None
    kept = []
    for line in notes.split("\n"):
        if people is None and (match := _PEOPLE.match(line)):
            people = int(match.group(1))
            continue
        if country is None and (match := _COUNTRY.match(line)):
            country = (match.group(1) or match.group(2)).upper()
            continue
        kept.append(line)
    return country, people, "\n".join(kept)


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite does it in place): batch mode would rebuild a table others reference.
    op.add_column("visit", sa.Column("country", sa.String(2), nullable=True))
    op.add_column("visit", sa.Column("head_count", sa.Integer(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, notes FROM visit WHERE notes LIKE '%人数%' OR notes LIKE '%people%'"
            " OR notes LIKE '%国家%' OR notes LIKE '%country%'"
        )
    ).all()
    for visit_id, notes in rows:
        country, people, rest = facts_from_notes(notes or "")
        if country is None and people is None:
            continue
        conn.execute(
            sa.text(
                "UPDATE visit SET country = :country, head_count = :people, notes = :notes WHERE id = :id"
            ),
            {"country": country, "people": people, "notes": rest, "id": visit_id},
        )


def downgrade() -> None:
    """The older code has no fields: they go back into the notes as the import wrote them."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, notes, country, head_count FROM visit"
            " WHERE country IS NOT NULL OR head_count IS NOT NULL"
        )
    ).all()
    for visit_id, notes, country, people in rows:
        lines = [f"国家 / Country: {country}"] if country else []
        lines += [f"人数 / People: {people}"] if people is not None else []
        conn.execute(
            sa.text("UPDATE visit SET notes = :notes WHERE id = :id"),
            {"notes": "\n".join(lines + ([notes] if notes else [])), "id": visit_id},
        )
    # SQLite's own DROP COLUMN: batch mode would rebuild a table others reference.
    op.execute("ALTER TABLE visit DROP COLUMN head_count")
    op.execute("ALTER TABLE visit DROP COLUMN country")
