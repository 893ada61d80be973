"""Likely duplicates worked through one organisation at a time (field test 105: after the Chongqing
office's file was imported into Chengdu's, ``duplicates`` listed 609 pairs best first, and the officer
who knows the partners, bureau by bureau, had no way to take one bureau's people together).

A contact pair belongs to an organisation when either of the two works there now (a current
position); an organisation pair belongs to each of its two.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import NamedTuple

from petdesk.services import duplicates
from petdesk.services.duplicates import DuplicatePair


class OrganisationCount(NamedTuple):
    """One organisation and how many likely duplicate pairs are there."""

    organisation_id: str
    name: str
    pairs: int


def _working_at(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Contact id -> the organisations they work at now."""
    found: dict[str, set[str]] = {}
    for cid, oid in conn.execute(
        "SELECT a.contact_id, a.organisation_id FROM affiliation AS a "
        "JOIN organisation AS o ON o.id = a.organisation_id AND o.deleted_at IS NULL "
        "WHERE a.deleted_at IS NULL AND a.end_date IS NULL"
    ):
        found.setdefault(cid, set()).add(oid)
    return found


def _organisations_of(pair: DuplicatePair, working_at: dict[str, set[str]]) -> set[str]:
    if pair.entity == "organisation":
        return {pair.first_id, pair.second_id}
    return working_at.get(pair.first_id, set()) | working_at.get(pair.second_id, set())


def _shown(name_en: str, name_zh: str) -> str:
    return f"{name_zh} ({name_en})" if name_en and name_zh else name_zh or name_en


def pairs_at(
    conn: sqlite3.Connection, organisation_id: str, *, entity: str = "all", min_score: float = 0.5
) -> list[DuplicatePair]:
    """The likely duplicate pairs of people working at ``organisation_id`` (either of the two) and
    of the organisation itself, best first."""
    pairs = duplicates.find_duplicates(conn, entity=entity, min_score=min_score)
    working_at = _working_at(conn)
    return [pair for pair in pairs if organisation_id in _organisations_of(pair, working_at)]


def count_by_organisation(
    conn: sqlite3.Connection, *, entity: str = "all", min_score: float = 0.5
) -> list[OrganisationCount]:
    """Every organisation with likely duplicate pairs, the most pairs first; pairs of people at no
    organisation are counted under the id "" (a pair at two organisations counts at each)."""
    working_at = _working_at(conn)
    counts: Counter[str] = Counter()
    for pair in duplicates.find_duplicates(conn, entity=entity, min_score=min_score):
        counts.update(_organisations_of(pair, working_at) or {""})
    names = {
        oid: _shown(en, zh) for oid, en, zh in conn.execute("SELECT id, name_en, name_zh FROM organisation")
    }
    ranked = sorted(counts.items(), key=lambda item: (-item[1], names.get(item[0], ""), item[0]))
    return [OrganisationCount(oid, names.get(oid, ""), n) for oid, n in ranked]
