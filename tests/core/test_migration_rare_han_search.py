"""0033_rare_han_search: a name written with a rare Chinese character beyond the basic plane
(周𫖯, U+2B5AF, CJK Extension C) is found by its full name and by that character (field test 12,
defect 2), after an import and in a file indexed before, too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database, code_heads, file_revisions, open_database
from petdesk.services import importing, names, search
from tests.helpers.v1_upgraded import v1_at

V1_DB = Path(__file__).resolve().parent.parent / "data" / "petdesk_v1.sqlite"

#: Made for petdesk's tests, imitating a Xiaomi/Android vCard 2.1 export (UTF-8 quoted-printable).
RARE_NAME_VCARD = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=91=A8;=F0=AB=96=AF;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=91=A8=F0=AB=96=AF\r\n"
    "TEL;CELL:+8613307150001\r\n"
    "END:VCARD\r\n"
)


def _found(db: Database, query: str, kind: str = search.CONTACT) -> list[str]:
    with db.reading() as s:
        return [r.name_zh for r in search.search(s, query, kind=kind)]


def test_the_shared_han_class_takes_extensions_b_to_g() -> None:
    for ch in ("张", "𠀀", "𫖯", "𰀀", "𱍊"):  # BMP, Extensions B, C, G (first and last)
        assert names.has_cjk(ch), ch
    assert [t.text for t in search.parse_query("周𫖯")] == ["周𫖯"]


def test_an_imported_rare_name_is_found_in_the_service_and_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "xiaomi.vcf"
    path.write_text(RARE_NAME_VCARD, encoding="ascii")
    with db.transaction() as s:
        importing.import_file(s, path)
    assert _found(db, "周𫖯") == ["周𫖯"]
    assert _found(db, "𫖯") == ["周𫖯"]
    assert _found(db, "周") == ["周𫖯"]
    for query in ("周𫖯", "𫖯"):
        assert main(["--db", str(db.path), "search", query, "--lang", "en"]) == 0, query
        assert "周𫖯" in capsys.readouterr().out


def _index_as_0032_wrote_it(conn: sqlite3.Connection) -> None:
    """Keys as the code before wrote them: runs of Chinese ended at a rare character, so no key
    held one (the text is the same)."""
    search._rebuild(conn)
    conn.execute("DELETE FROM search_gram WHERE instr(CAST(gram AS BLOB), X'F0') > 0")


_MEMBERS = (
    "SELECT contact_id FROM affiliation WHERE organisation_id = ? AND deleted_at IS NULL AND end_date IS NULL"
)
_FIRST = "SELECT id FROM {table} WHERE deleted_at IS NULL ORDER BY id LIMIT 1"


def _with_undecomposed_letters(path: Path) -> set[str]:
    """The records 0041_unaccented_letters re-indexes (a letter such as ø that search now folds)."""
    from tests.core.test_index_use import _with_undecomposed_letters as found

    return set(found(path))


def test_0033_reindexes_only_the_records_with_rare_characters(tmp_path: Path) -> None:
    path = tmp_path / "rare.sqlite"
    v1_at("0032_organisation_initials", path)  # the first-schema file at that revision
    conn = sqlite3.connect(path)
    with conn:
        person = conn.execute(_FIRST.format(table="contact")).fetchone()[0]
        conn.execute("UPDATE contact SET family_name_zh = '周', given_name_zh = '𫖯' WHERE id = ?", [person])
        org = conn.execute(_FIRST.format(table="organisation")).fetchone()[0]
        conn.execute("UPDATE organisation SET name_zh = '𪚥源环保' WHERE id = ?", [org])
        _index_as_0032_wrote_it(conn)
        # its people show its name in their entries: re-indexed with it
        members = {r[0] for r in conn.execute(_MEMBERS, [org])}
    old = {r[0]: r[1:] for r in conn.execute("SELECT entity_id, id, text FROM search_entry")}
    grams_before = conn.execute("SELECT count(*) FROM search_gram").fetchone()[0]
    conn.close()

    db = open_database(path)  # runs 0033_rare_han_search
    try:
        assert file_revisions(db.engine) == code_heads()
        assert _found(db, "周𫖯") == ["周𫖯"]
        assert _found(db, "𫖯") == ["周𫖯"]
        assert _found(db, "𪚥源", kind=search.ORGANISATION) == ["𪚥源环保"]
        with db.reading() as s:
            assert search.check_index(s)
            conn2 = search._dbapi(s)
            new = {r[0]: r[1:] for r in conn2.execute("SELECT entity_id, id, text FROM search_entry")}
            grams_after = conn2.execute("SELECT count(*) FROM search_gram").fetchone()[0]
        assert new.keys() == old.keys()
        # the others keep their row id and text (a re-indexed entry whose name sorts the same keeps
        # its row id, so that an edit keeps a record's place in the list: the finds above and the new
        # grams show the re-indexing; 0041 re-indexes the names with a letter such as ø)
        changed = {e for e in new if new[e] != old[e]}
        assert changed <= {person, org} | members | _with_undecomposed_letters(path)
        assert grams_after > grams_before
        with db.transaction() as s:  # once more: the same two, rewritten alike
            assert search.reindex_rare_han_names(search._dbapi(s)) == 2  # (not counting the members)
    finally:
        db.close()
