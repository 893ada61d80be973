"""What the re-index migrations' tests look at: who a search finds, and where a list files people."""

from __future__ import annotations

from collections.abc import Sequence

from petdesk.db import Database
from petdesk.services import search


def found(db: Database, query: str) -> set[str]:
    """The entity ids a search of every kind finds for ``query``."""
    with db.reading() as s:
        return {r.entity_id for r in search.search(s, query)}


def listed_order(db: Database, ids: dict[str, str], keys: Sequence[str], language: str) -> list[str]:
    """The ``keys`` (of ``ids``) in the order the list of contacts in ``language`` files them."""
    by_id = {ids[key]: key for key in keys}
    with db.reading() as s:
        listed = [r.entity_id for r in search.search(s, "", kind=search.CONTACT, language=language)]
    return [by_id[entity_id] for entity_id in listed if entity_id in by_id]
