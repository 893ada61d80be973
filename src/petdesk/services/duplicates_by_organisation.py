"""Likely duplicates worked through one organisation at a time (field test 105: after the Chongqing
office's file was imported into Chengdu's, ``duplicates`` listed 609 pairs best first, and the officer
who knows the partners, bureau by bureau, had no way to take one bureau's people together).

A contact pair belongs to an organisation when either of the two works there now (a current
position); an organisation pair belongs to each of its two.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from typing import NamedTuple

from petdesk.services import duplicates
from petdesk.services.duplicates import DuplicatePair


class PairOrganisations(NamedTuple):
    """Where a list of pairs belongs: each pair's key -> its organisations, and their names."""

    organisations: dict[tuple[str, str], frozenset[str]]
    names: dict[str, str]


class OrganisationCount(NamedTuple):
    """One organisation and how many likely duplicate pairs are there."""

    organisation_id: str
    name: str
    pairs: int


def _working_at(conn: sqlite3.Connection, contact_ids: Collection[str]) -> dict[str, set[str]]:
    """Contact id -> the organisations they work at now, for ``contact_ids`` only: the window asks
    about the pairs it lists, not about every contact of a large file."""
    found: dict[str, set[str]] = {}
    sql = (
        "SELECT a.contact_id, a.organisation_id FROM affiliation AS a "
        "JOIN organisation AS o ON o.id = a.organisation_id AND o.deleted_at IS NULL "
        "WHERE a.deleted_at IS NULL AND a.end_date IS NULL AND a.contact_id IN ({marks})"
    )
    for rows in duplicates._rows_in_batches(conn, sql, sorted(contact_ids)):
        for cid, oid in rows:
            found.setdefault(cid, set()).add(oid)
    return found


def organisations_of_pairs(
    conn: sqlite3.Connection, pairs: Iterable[DuplicatePair]
) -> dict[tuple[str, str], frozenset[str]]:
    """Each pair's key -> the organisations it belongs to; ``{""}`` for a pair of people at none."""
    pairs = list(pairs)
    people = {i for p in pairs if p.entity == "contact" for i in (p.first_id, p.second_id)}
    working_at = _working_at(conn, people)
    found: dict[tuple[str, str], frozenset[str]] = {}
    for pair in pairs:
        if pair.entity == "organisation":
            found[pair.key] = frozenset((pair.first_id, pair.second_id))
        else:
            at = working_at.get(pair.first_id, set()) | working_at.get(pair.second_id, set())
            found[pair.key] = frozenset(at or {""})
    return found


def organisation_names(conn: sqlite3.Connection, ids: Collection[str]) -> dict[str, str]:
    """Organisation id -> its name as listed (Chinese, then English in brackets)."""
    sql = "SELECT id, name_en, name_zh FROM organisation WHERE id IN ({marks})"
    return {
        oid: _shown(en or "", zh or "")
        for rows in duplicates._rows_in_batches(conn, sql, sorted(ids))
        for oid, en, zh in rows
    }


def pair_organisations(conn: sqlite3.Connection, pairs: Iterable[DuplicatePair]) -> PairOrganisations:
    """Where ``pairs`` belong and those organisations' names: what the window's filter counts and
    chooses among, as ``duplicates --organisation`` does."""
    organisations = organisations_of_pairs(conn, pairs)
    ids = {oid for at in organisations.values() for oid in at if oid}
    return PairOrganisations(organisations, organisation_names(conn, ids))


def _shown(name_en: str, name_zh: str) -> str:
    return f"{name_zh} ({name_en})" if name_en and name_zh else name_zh or name_en


def counted(
    pairs: Iterable[DuplicatePair],
    organisations: Mapping[tuple[str, str], frozenset[str]],
    names: Mapping[str, str],
) -> list[OrganisationCount]:
    """The organisations of ``pairs`` with how many each has, the most first (then by name): the
    window counts again from the pairs it still lists after a merge, without searching again."""
    counts: Counter[str] = Counter()
    for pair in pairs:
        counts.update(organisations.get(pair.key) or {""})
    ranked = sorted(counts.items(), key=lambda item: (-item[1], names.get(item[0], ""), item[0]))
    return [OrganisationCount(oid, names.get(oid, ""), n) for oid, n in ranked]


def belonging_to(
    pairs: Iterable[DuplicatePair],
    organisations: Mapping[tuple[str, str], frozenset[str]],
    organisation_id: str,
) -> list[DuplicatePair]:
    """The pairs of ``pairs`` that belong to ``organisation_id`` ("" for people at none), in order."""
    return [p for p in pairs if organisation_id in (organisations.get(p.key) or {""})]


def pairs_at(
    conn: sqlite3.Connection, organisation_id: str, *, entity: str = "all", min_score: float = 0.5
) -> list[DuplicatePair]:
    """The likely duplicate pairs of people working at ``organisation_id`` (either of the two) and
    of the organisation itself, best first."""
    pairs = duplicates.find_duplicates(conn, entity=entity, min_score=min_score)
    return belonging_to(pairs, organisations_of_pairs(conn, pairs), organisation_id)


def count_by_organisation(
    conn: sqlite3.Connection, *, entity: str = "all", min_score: float = 0.5
) -> list[OrganisationCount]:
    """Every organisation with likely duplicate pairs, the most pairs first; pairs of people at no
    organisation are counted under the id "" (a pair at two organisations counts at each)."""
    pairs = duplicates.find_duplicates(conn, entity=entity, min_score=min_score)
    return counted(pairs, *pair_organisations(conn, pairs))
