"""A database file at an older schema revision, as an earlier petdesk left it, for upgrade tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import make_upgrade_engine, upgrade


def file_at(path: Path, revision: str) -> Path:
    """Make ``path`` a fresh file upgraded only as far as ``revision``; gives ``path``."""
    engine = make_upgrade_engine(path)
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()
    return path


def set_back_to(path: Path, revision: str) -> None:
    """Undo the revisions after ``revision`` with their own downgrades: a file today's code wrote, its
    schema as an older petdesk left it (rows kept), for tests that then upgrade it again. Marking
    the file older by hand fails once a later revision adds a column the file already has."""
    from alembic import command

    from petdesk.db import _alembic_config

    engine = make_upgrade_engine(path)
    try:
        with engine.begin() as conn:
            command.downgrade(_alembic_config(conn), revision)
    finally:
        engine.dispose()


def marked_at(path: Path, revision: str | None = None) -> None:
    """Mark the file as at ``revision`` (the code's head if None) without running the migrations
    before it: a test of what a re-index migration mends opens such a forged file to show what the
    index lacks without it."""
    if revision is None:
        from petdesk.db import code_heads

        (revision,) = code_heads()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def rewritten_by_later_reindexes(conn: sqlite3.Connection) -> set[str]:
    """The entities whose index entries a later re-index migration rewrites on the way to the head
    (``0058_umlaut_spellings``: names with an umlaut, and the people of such an organisation, whose
    entries are written again with it; ``0060_arabic_thai_spellings``: Arabic and Thai names;
    ``0064_given_initials``: given names of two or three parts, names with 乾; ``0066_japanese_sort``:
    names without a Latin one read in kana; ``0067_central_asian_spellings``: Kazakh letters, a word's
    first е, Uzbek oʻ/gʻ, middle names, Romance particles; ``0073_khmer_myanmar_readings``: Khmer and
    Burmese names; ``0074_particle_filing``: a particle first where the country files it so;
    ``0075_arabic_mongolian_readings``: Arabic names' other spellings, Mongolian ө and fathers'
    names; ``0076_thai_ro_han``: Thai names; ``0077_persian_letters``: Persian ی, ک, a final ى
    and ZWNJ), which a test of an older one leaves aside."""
    from petdesk.services import search

    contact_ids, org_ids = search.with_umlauts(conn)
    arabic_thai = search.with_arabic_thai_names(conn)
    contact_ids, org_ids = [*contact_ids, *arabic_thai[0]], [*org_ids, *arabic_thai[1]]
    contact_ids += search.with_given_initials_or_qian(conn)
    contact_ids += search.with_japanese_sort(conn)
    central_asian = search.with_central_asian_spellings(conn)
    contact_ids, org_ids = [*contact_ids, *central_asian[0]], [*org_ids, *central_asian[1]]
    khmer_myanmar = search.with_khmer_myanmar_names(conn)
    contact_ids, org_ids = [*contact_ids, *khmer_myanmar[0]], [*org_ids, *khmer_myanmar[1]]
    contact_ids += search.with_particle_filing(conn)
    arabic_mongolian = search.arabic_mongolian_candidates(conn)
    contact_ids, org_ids = [*contact_ids, *arabic_mongolian[0]], [*org_ids, *arabic_mongolian[1]]
    ro_han = search.thai_ro_han_candidates(conn)
    contact_ids, org_ids = [*contact_ids, *ro_han[0]], [*org_ids, *ro_han[1]]
    persian = search.with_persian_letters(conn)
    contact_ids, org_ids = [*contact_ids, *persian[0]], [*org_ids, *persian[1]]
    marks = ", ".join("?" * len(org_ids))
    people = conn.execute(
        f"SELECT contact_id FROM affiliation WHERE deleted_at IS NULL AND end_date IS NULL "
        f"AND organisation_id IN ({marks})",
        org_ids,
    ).fetchall()
    return {*contact_ids, *org_ids, *(r[0] for r in people)}


def index_rows(path: Path, entity_ids: list[str]) -> tuple[list[tuple], list[tuple]]:
    """Every column of the search entries of ``entity_ids`` and their key rows in ``search_gram``
    (joined by entity id: a row id may move), read straight from the file: what a re-indexing
    migration must leave byte for byte."""
    marks = ",".join("?" * len(entity_ids))
    conn = sqlite3.connect(path)
    try:
        entries = conn.execute(
            f"SELECT * FROM search_entry WHERE entity_id IN ({marks}) ORDER BY id", entity_ids
        )
        grams = conn.execute(
            "SELECT g.* FROM search_gram g JOIN search_entry e ON e.id = g.entry_id "
            f"WHERE e.entity_id IN ({marks}) ORDER BY g.entry_id, g.gram",
            entity_ids,
        )
        return entries.fetchall(), grams.fetchall()
    finally:
        conn.close()
