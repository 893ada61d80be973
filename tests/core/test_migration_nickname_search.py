"""0034_nickname_search: a contact is found by its nickname (老欧, kept from an Android phone's
X-ANDROID-CUSTOM row), after an import and in a file indexed before, too."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database, code_heads, file_revisions, make_upgrade_engine, open_database, upgrade
from petdesk.services import importing, search
from tests.core.contacts.test_vcard_android_custom import HUAWEI_CARD
from tests.core.test_migration_rare_han_search import V1_DB, _found

_FIRST = "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 1"


def _found_ids(db: Database, query: str) -> list[str]:
    with db.reading() as s:
        return [r.entity_id for r in search.search(s, query, kind=search.CONTACT)]


def test_an_imported_nickname_is_found_in_the_service_and_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huawei.vcf"
    path.write_text(HUAWEI_CARD, encoding="ascii", newline="")
    with db.transaction() as s:
        importing.import_file(s, path)
    assert _found(db, "老欧") == ["欧阳修远"]
    assert _found(db, "欧阳") == ["欧阳修远"]  # the name as before
    assert main(["--db", str(db.path), "search", "老欧", "--lang", "en"]) == 0
    assert "欧阳修远" in capsys.readouterr().out


def test_0034_reindexes_only_the_contacts_with_a_nickname(tmp_path: Path) -> None:
    path = tmp_path / "nick.sqlite"
    shutil.copy(V1_DB, path)
    engine = make_upgrade_engine(path)
    upgrade(engine, "0033_rare_han_search")
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        search._rebuild(conn)  # the index as 0033 left it, written before the nickname was set
        (person,) = conn.execute(_FIRST).fetchone()
        conn.execute("UPDATE contact SET nickname = 'Bobby 老王' WHERE id = ?", [person])
        conn.execute("DELETE FROM search_dirty")  # the index as 0033's code left it: no nickname
    old = {r[0]: r[1:] for r in conn.execute("SELECT entity_id, id, text FROM search_entry")}
    conn.close()

    db = open_database(path)  # runs 0034_nickname_search
    try:
        assert file_revisions(db.engine) == code_heads()
        assert _found_ids(db, "老王") == [person]
        assert _found_ids(db, "bobby") == [person]
        with db.reading() as s:
            assert search.check_index(s)
            new = {
                r[0]: r[1:] for r in search._dbapi(s).execute("SELECT entity_id, id, text FROM search_entry")
            }
        assert new.keys() == old.keys()
        assert {e for e in new if new[e] != old[e]} == {person}  # the others keep row id and text
    finally:
        db.close()
