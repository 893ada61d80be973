"""Partial indexes holding only the deleted rows of the counted tables (migration 0018).

Live rows are then counted as all rows (read from the table's smallest index) less the deleted ones
(read from this small index), never by reading every row: ``petdesk stats`` and the status bar on
100,000 contacts (issue 18). Imported by ``petdesk.models``."""

from __future__ import annotations

from sqlalchemy import Index

# the modules that define the counted tables
from petdesk.models import activity, contact, organisation, training, visit  # noqa: F401
from petdesk.models.base import Base

#: The tables petdesk.services.stats counts (a test keeps the two lists equal).
TABLES = (
    "organisation",
    "contact",
    "contact_method",
    "affiliation",
    "visit",
    "visit_participant",
    "itinerary_item",
    "follow_up",
    "training",
    "training_session",
    "training_participant",
    "attendance",
    "activity",
    "project",
)

for _name in TABLES:
    _table = Base.metadata.tables[_name]
    Index(f"ix_{_name}_deleted", _table.c.deleted_at, sqlite_where=_table.c.deleted_at.isnot(None))
