"""The search index's SQL triggers, as every database must have them (migration 0002_search made
them; a test compares these with a migrated file), in a module of their own without SQLAlchemy: a
sync import that fills tables in bulk sets the queueing triggers aside (``sync.bulk``) and needs
only these definitions, not the search service."""

from __future__ import annotations

import re

# ``reindex`` puts back the triggers an interrupted bulk job lost (``services.search.restore_triggers``).
# fmt: off
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
# fmt: on


_QUEUE_NEW_ROW = re.compile(r"INSERT INTO search_dirty \(entity_id, kind\) VALUES \(NEW\.(\w+), '(\w+)'\);")


def queue_on_insert(table: str) -> list[tuple[str, str, str]]:
    """(trigger name, column, kind) of each trigger that queues rows inserted into ``table`` for the
    search index, with the column naming the entity it queues: a bulk insert may drop these
    triggers and queue its rows with one ``INSERT ... SELECT column, kind`` instead."""
    out = []
    for name, when, body in DIRTY_TRIGGERS:
        if when == f"AFTER INSERT ON {table}" and (match := _QUEUE_NEW_ROW.fullmatch(body)):
            out.append((name, match[1], match[2]))
    return out
