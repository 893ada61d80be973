"""``0073_khmer_myanmar_readings``: a file indexed before Khmer and Burmese names had a Latin reading
(round 56) is re-indexed for those people, and only them: "kyaw" and "channa" find them, and both lists
file them by the reading (Aung Kyaw Min under A, Sok Channa under S), as Thai and Arabic names are."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from petdesk.db import Database, open_database
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from petdesk.services import search
from petdesk.sync.service import LOCAL_REVISIONS, content_revisions
from tests.helpers.old_files import index_rows, marked_at, set_back_to
from tests.helpers.reindex_lists import found, listed_order

#: (family, given, reading family, reading given) of the people with a Khmer or Burmese name
KHMER_MYANMAR = {
    "channa": ("សុខ", "ចាន់ណា", "", ""),
    "sokha": ("ហេង", "សុខា", "", ""),
    "kyaw": ("", "အောင်ကျော်မင်း", "", ""),
    "khinmar": ("", "ခင်မာ", "", ""),
    "phka": ("ឈឹម", "ផ្កា", "Chhim", "Phka"),  # ផ្កា is not in the table: filed by the recorded reading
    "unread": ("", "ကျွန်တော်", "", ""),  # no syllable known, no reading: filed as written, after Latin
}
#: people with none of these letters
OTHERS = {
    "adams": ("Adams", "Anna"),
    "brown": ("Brown", "Ben"),
    "jones": ("Jones", "Kim"),
    "smith": ("Smith", "Paul"),
    "taylor": ("Taylor", "Tom"),
    "wang": ("Wang", "Wei"),
}
#: where both lists file them: each by its Latin reading among the Latin names; a name without any
#: reading by its own letters, after every Latin one
ORDER = [
    "adams",
    "kyaw",
    "brown",
    "phka",
    "sokha",
    "jones",
    "khinmar",
    "smith",
    "channa",
    "taylor",
    "wang",
    "unread",
]


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        ids = {
            key: cs.create_contact(
                s, family_name=family, given_name=given, phonetic_family_name=rf, phonetic_given_name=rg
            ).id
            for key, (family, given, rf, rg) in KHMER_MYANMAR.items()
        }
        ids.update(
            (key, cs.create_contact(s, family_name=family, given_name=given).id)
            for key, (family, given) in OTHERS.items()
        )
        # a company named by its founder's syllables has a reading; a ministry's words are not in the table
        ids["henglong"] = os_.create_organisation(s, name_en="ហេង ឡុង").id
        ids["ministry"] = os_.create_organisation(s, name_en="ក្រសួងពាណិជ្ជកម្ម").id
        for person, org in (("smith", "henglong"), ("jones", "ministry")):
            cs.add_affiliation(s, ids[person], ids[org])
        gone = cs.create_contact(s, family_name="", given_name="ဇော်ဝင်း").id
        cs.delete_contacts(s, [gone])
        return ids


def _old_file(path: Path) -> dict[str, str]:
    """A file as 0072's code indexed it: the Khmer and Burmese entries without their readings (a text
    part and two-letter keys in Latin letters, which nothing else of theirs is) and filed by their own
    letters, a recorded reading too; nothing queued to mend it."""
    db = open_database(path)
    ids = _create(db)
    db.close()
    set_back_to(path, "0072_project_deadline_time")
    concerned = [ids[key] for key in (*KHMER_MYANMAR, "henglong")]
    conn = sqlite3.connect(path)
    with conn:
        for key in concerned:
            row_id, text, grams, name = conn.execute(
                "SELECT id, text, grams, name_en FROM search_entry WHERE entity_id = ?", (key,)
            ).fetchone()
            if key != ids["phka"]:  # whose Latin words are her recorded reading, indexed before too
                latin = [(row_id, g) for g in grams.split() if g.isascii()]
                conn.executemany("DELETE FROM search_gram WHERE entry_id = ? AND gram = ?", latin)
                text = " ; ".join(p for p in text.split(" ; ") if not p.isascii())
                grams = " ".join(g for g in grams.split() if not g.isascii())
            conn.execute(
                "UPDATE search_entry SET text = ?1, grams = ?2, sort_en = ?3, sort_zh = ?3 WHERE id = ?4",
                (text, grams, name, row_id),
            )
        conn.execute("DELETE FROM search_dirty")
    conn.close()
    return ids


def _others_rows(path: Path, ids: dict[str, str]) -> tuple[list[tuple], list[tuple]]:
    """Every column of the index entries of the people without such letters and of the ministry, and
    their key rows (by entity id: Smith's row points to his company's entry, which moves)."""
    return index_rows(path, [ids[key] for key in (*OTHERS, "ministry")])


def test_both_lists_file_a_name_by_its_reading(db: Database) -> None:
    ids = _create(db)
    assert listed_order(db, ids, ORDER, "en") == ORDER
    assert listed_order(db, ids, ORDER, "zh_CN") == ORDER


def test_0073_finds_and_files_the_old_entries_and_leaves_the_others_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    others = _others_rows(path, ids)
    db = open_database(path)
    try:
        assert found(db, "kyaw") == {ids["kyaw"]}
        assert found(db, "channa") == {ids["channa"]}
        assert found(db, "khin mar") == {ids["khinmar"]}
        assert found(db, "heng long") == {ids["henglong"], ids["smith"]}  # Smith works there
        assert listed_order(db, ids, ORDER, "en") == ORDER
        assert listed_order(db, ids, ORDER, "zh_CN") == ORDER
        with db.reading() as s:
            assert search.check_index(s)
    finally:
        db.close()
    after = _others_rows(path, ids)
    assert after[1] == others[1]
    # byte for byte: row ids, places, texts and keys; but Smith's row names his company's entry, which
    # has moved since it files under H now
    smith = ids["smith"]
    assert [e for e in after[0] if e[1] != smith] == [e for e in others[0] if e[1] != smith]
    (new_smith,) = (e for e in after[0] if e[1] == smith)
    (old_smith,) = (e for e in others[0] if e[1] == smith)
    conn = sqlite3.connect(path)
    (company,) = conn.execute(
        "SELECT id FROM search_entry WHERE entity_id = ?", (ids["henglong"],)
    ).fetchone()
    conn.close()
    assert new_smith[3] == company != old_smith[3]
    assert new_smith[:3] + new_smith[4:] == old_smith[:3] + old_smith[4:]


def test_without_0073_the_old_entries_miss_them(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    ids = _old_file(path)
    marked_at(path, "0073_khmer_myanmar_readings")
    db = open_database(path)
    try:
        for query in ("kyaw", "channa", "khin mar", "heng long"):
            assert found(db, query) == set(), query
        old = ["adams", "brown", "jones", "smith", "taylor", "wang"]  # the Khmer and Burmese names after them
        assert listed_order(db, ids, ORDER, "en")[: len(old)] == old
    finally:
        db.close()


def test_0073_re_indexes_only_the_records_it_concerns(db: Database) -> None:
    ids = _create(db)
    with db.reading() as s:
        conn = s.connection().connection.driver_connection
        contact_ids, org_ids = search.with_khmer_myanmar_names(conn)
    assert sorted(contact_ids) == sorted(ids[key] for key in KHMER_MYANMAR)  # not the one deleted
    assert org_ids == [ids["henglong"]]  # the ministry has no reading: its people stay as they are


def test_0073_is_local() -> None:
    assert LOCAL_REVISIONS["0073_khmer_myanmar_readings"] == "0072_project_deadline_time"
    assert content_revisions(["0073_khmer_myanmar_readings"]) == ["0072_project_deadline_time"]
