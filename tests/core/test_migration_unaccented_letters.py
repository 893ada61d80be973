"""0041_unaccented_letters: letters with their accent inside (ø, æ, ł, đ, þ …) are found typed
without it, in the catalogue's search and in contacts' (field test 44, §4: "Orsted" found nothing),
in a new file and in one indexed before."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from petdesk import models as m
from petdesk.db import Database, code_heads, file_revisions, make_upgrade_engine, open_database, upgrade
from petdesk.models.enums import OrgKind
from petdesk.services import catalogue_search, names, search
from tests.core.test_migration_rare_han_search import V1_DB
from tests.helpers.old_files import rewritten_by_later_reindexes


def _technology(db: Database, provider: str, name: str) -> str:
    with db.transaction() as s:
        org = m.Organisation(name_en=provider, name_zh="", kind=OrgKind.ENTERPRISE)
        s.add(org)
        s.flush()
        tech = m.Technology(name_en=name, name_zh="", provider_organisation_id=org.id)
        s.add(tech)
        s.flush()
        return tech.id


def _found_technologies(db: Database, query: str) -> list[str]:
    with db.reading() as s:
        return catalogue_search.matching_ids(s, catalogue_search.TECHNOLOGY, query)


def _found_contacts(db: Database, query: str) -> list[str]:
    with db.reading() as s:
        return [r.name_en for r in search.search(s, query, kind=search.CONTACT)]


def test_fold_writes_the_letters_without_their_accent() -> None:
    assert names.fold("Ørsted Rambøll Straße") == "orsted ramboll strasse"
    assert names.fold("Æbeltoft Œuvre Łódź Đorđe Þórr") == "aebeltoft oeuvre lodz dorde thorr"
    assert names.fold("Müller Zhāng") == "muller zhang"  # as before


def test_the_catalogue_and_contacts_find_them_typed_without(db: Database) -> None:
    orsted = _technology(db, "Ørsted Renewables Denmark", "Offshore wind O&M")
    ramboll = _technology(db, "Rambøll Danmark A/S", "Building energy audit")
    assert _found_technologies(db, "Orsted") == [orsted]
    assert _found_technologies(db, "ramboll") == [ramboll]
    assert _found_technologies(db, "Ørsted") == [orsted]  # typed with its ø, as before
    with db.transaction() as s:
        s.add(m.Contact(family_name="Kierkegaard", given_name="Søren"))
        s.add(m.Contact(family_name="Wałęsa", given_name="Lech"))
    assert _found_contacts(db, "Soren") == ["Søren Kierkegaard"]
    assert _found_contacts(db, "walesa") == ["Lech Wałęsa"]


def test_0041_makes_again_only_the_entries_with_such_letters(tmp_path: Path) -> None:
    path = tmp_path / "letters.sqlite"
    shutil.copy(V1_DB, path)
    engine = make_upgrade_engine(path)
    upgrade(engine, "0040_catalogue_marks")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        (person,) = conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE contact SET given_name = 'Søren' WHERE id = ?", [person])
        search._rebuild(conn)
        # The index as 0040's code left it: every text stale here, so that a rewrite shows.
        conn.execute("UPDATE search_entry SET text = 'as before'")
        conn.execute("DELETE FROM search_dirty")
        later = rewritten_by_later_reindexes(conn)  # 0058 rewrites the names with an umlaut
    conn.close()

    db = open_database(path)  # runs 0041_unaccented_letters
    try:
        assert file_revisions(db.engine) == code_heads()
        with db.reading() as s:
            texts = dict(search._dbapi(s).execute("SELECT entity_id, text FROM search_entry").fetchall())
        assert "soren" in texts[person]
        assert {e for e, text in texts.items() if text != "as before"} - later == {person}
    finally:
        db.close()
