"""Counts per entity, for ``petdesk stats`` and the status bar.

Plain SQL on the sqlite3 connection, so that ``petdesk stats`` counts without loading the models or
SQLAlchemy's ORM (issue 18). A live row is one whose ``deleted_at`` is empty: all rows (SQLite counts
them from the table's smallest index) less the deleted ones (each counted table has a partial index
holding only its deleted rows, migration 0018), instead of reading every row of the table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Entities counted by ``petdesk stats`` (label, table), in the order shown.
COUNTED: tuple[tuple[str, str], ...] = (
    ("organisations", "organisation"),
    ("contacts", "contact"),
    ("contact methods", "contact_method"),
    ("affiliations", "affiliation"),
    ("visits", "visit"),
    ("visit participants", "visit_participant"),
    ("itinerary items", "itinerary_item"),
    ("follow-ups", "follow_up"),
    ("trainings", "training"),
    ("training sessions", "training_session"),
    ("training participants", "training_participant"),
    ("attendance records", "attendance"),
    ("activities", "activity"),
    ("projects", "project"),
)


def live_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Live (not deleted) rows per entity."""
    counts = {}
    for label, table in COUNTED:
        total = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        deleted = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NOT NULL").fetchone()[0]
        counts[label] = total - deleted
    return counts


#: The 3iPET catalogue's records, counted after :data:`COUNTED` (field test 44, §6: ``stats`` did not
#: say them). Small tables, counted plainly: no partial index of deleted rows is needed.
CATALOGUE_COUNTED: tuple[tuple[str, str], ...] = (
    ("technologies", "technology"),
    ("city needs", "city_need"),
    ("matches", "tech_match"),
)


def catalogue_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Live technologies, city needs and matches (a file from before the catalogue has none)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {
        label: conn.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
        if table in tables
        else 0
        for label, table in CATALOGUE_COUNTED
    }


def listed_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """:func:`live_counts`, with visit and training participants counted as the Visits and Trainings
    lists and the yearly reports count them: a deleted person's registration, or a substitute's
    replaced attendee beside them, is no participant (field test 103: ``stats`` said 81 training
    participants where the lists added up to 80). Backups and forgetting an office keep the rows'
    counts (:func:`live_counts`): those are what a file holds."""
    from petdesk.services.counted_people import counted, counted_places

    counts = live_counts(conn)
    for label, table, parent, rule in (
        ("visit participants", "visit_participant", "visit", counted("p")),
        ("training participants", "training_participant", "training", counted_places("p")),
    ):
        sql = (
            f"SELECT count(*) FROM {table} p JOIN {parent} e ON e.id = p.{parent}_id "
            f"WHERE e.deleted_at IS NULL AND {rule}"
        )
        counts[label] = conn.execute(sql).fetchone()[0]
    return counts


def entity_counts(session: Session) -> dict[str, int]:
    """Live (not deleted) records per entity, in the session's transaction (:func:`listed_counts`)."""
    from petdesk.connection import session_sqlite

    return listed_counts(session_sqlite(session))


#: What ``petdesk stats --by`` groups organisations by, and the SQL value of each organisation
#: (``o``): its kind, its country code, its city (English name, else Chinese).
GROUPINGS: dict[str, str] = {
    "kind": "coalesce(o.kind, '')",
    "country": "upper(trim(coalesce(o.country, '')))",
    # A known city by its English name however the record has it, so that 成都 alone and Chengdu are one
    # group (petdesk_city: db.py; field test); an unknown city as written.
    "city": "petdesk_city(trim(coalesce(o.city_en, '')), trim(coalesce(o.city_zh, '')), 'en')",
}


@dataclass(frozen=True)
class GroupCount:
    """One value of a grouping (``"enterprise"``, ``"DE"``, ``"Chengdu"``; ``""`` for none)."""

    value: str
    #: The Chinese name of a city grouped by its English one ("" for kinds and countries).
    city_zh: str
    #: Live organisations with this value.
    organisations: int
    #: Live contacts working now (a current affiliation) at one of them, each counted once.
    contacts: int


def organisations_by(conn: sqlite3.Connection, by: str) -> list[GroupCount]:
    """Organisations and the people working at them per kind, country or city (``by``), most
    organisations first (those without a value last): the counts of a hub's annual report (field
    test 25, §7). A person working at organisations of two values counts under each."""
    key = GROUPINGS[by]
    people = dict(
        conn.execute(
            f"SELECT {key} AS value, count(DISTINCT a.contact_id) FROM affiliation a "
            "JOIN organisation o ON o.id = a.organisation_id JOIN contact c ON c.id = a.contact_id "
            "WHERE a.deleted_at IS NULL AND a.end_date IS NULL AND o.deleted_at IS NULL "
            "AND c.deleted_at IS NULL GROUP BY value"
        )
    )
    rows = conn.execute(
        f"SELECT {key} AS value, max(trim(coalesce(o.city_zh, ''))), count(*) FROM organisation o "
        "WHERE o.deleted_at IS NULL GROUP BY value"
    )
    groups = [
        GroupCount(value, city_zh if by == "city" else "", n, people.get(value, 0))
        for value, city_zh, n in rows
    ]
    groups.sort(key=lambda g: (g.value == "", -g.organisations, g.value))  # those without one last
    return groups


def people_at_organisations(conn: sqlite3.Connection) -> int:
    """Live contacts working now at a live organisation (each once, wherever they work)."""
    (n,) = conn.execute(
        "SELECT count(DISTINCT a.contact_id) FROM affiliation a "
        "JOIN organisation o ON o.id = a.organisation_id JOIN contact c ON c.id = a.contact_id "
        "WHERE a.deleted_at IS NULL AND a.end_date IS NULL AND o.deleted_at IS NULL AND c.deleted_at IS NULL"
    ).fetchone()
    return int(n)
