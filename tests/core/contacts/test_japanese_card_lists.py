"""Japanese lists as a Japanese partner sends them (field test 78).

A business-card app's CSV (Sansan / Eight: 氏名 "佐藤 大輔", 氏名（カナ） "サトウ ダイスケ", 部署名) had its
reading and department dropped and each name read as Chinese: 佐 / 藤大輔, printed "Zuo Tengdafu" in the
dossier. A city's 名簿 with a bare 漢字 header (beside フリガナ, ローマ字, 所属) had 漢字 taken for a Korean
list's Hanja: no column gave a name and every row was skipped."""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing, search
from tests.core.contacts.io_helpers import DATA_DIR

FIELD78 = DATA_DIR / "field78"


def _people(db: Database) -> dict[str, m.Contact]:
    with db.reading() as s:
        people = list(s.scalars(select(m.Contact)))
        for person in people:
            _ = [a.department_zh for a in person.affiliations]
        return {c.family_name_zh + c.given_name_zh: c for c in people}


def test_card_app_names_are_japanese_with_their_readings(db: Database) -> None:
    assert importing.guess_mapping(["氏名", "氏名（カナ）", "部署名"]) == {
        0: "full_name",
        1: "phonetic_name",
        2: "department",
    }
    with db.transaction() as s:
        report = importing.import_file(s, FIELD78 / "sansan_cards.csv")
    assert report.counts == {"added": 4} and not report.dropped
    people = _people(db)
    sato = people["佐藤大輔"]
    assert (sato.family_name_zh, sato.given_name_zh) == ("佐藤", "大輔")
    assert (sato.phonetic_family_name, sato.phonetic_given_name) == ("サトウ", "ダイスケ")
    assert (sato.native_name_language, sato.family_name, sato.given_name) == ("ja", "", "")
    assert [a.department_zh for a in sato.affiliations] == ["海外事業部"]
    with db.transaction() as s:
        for query in ("sato", "サトウ", "ito misaki", "コバヤシ"):
            assert search.search(s, query, kind=search.CONTACT), query


def test_a_meibo_kanji_column_is_the_name_not_hanja(db: Database) -> None:
    headers = ["No.", "漢字", "フリガナ", "ローマ字", "所属", "役職", "メール"]
    assert importing.guess_mapping(headers) == {
        1: "full_name",
        2: "phonetic_name",
        3: "name_latin",
        4: "organisation",
        5: "position",
        6: "email",
    }
    # beside Korean headers 漢字 stays the Hanja (tests/core/contacts/test_hanja_column_import.py)
    assert importing.guess_mapping(["성명", "漢字"]) == {0: "full_name", 1: "name_hanja"}
    with db.transaction() as s:
        report = importing.import_file(s, FIELD78 / "meibo.xlsx")
    assert report.counts == {"added": 2}
    tanaka = _people(db)["田中誠"]
    names = (tanaka.family_name, tanaka.given_name, tanaka.phonetic_family_name, tanaka.native_name_language)
    assert names == ("Tanaka", "Makoto", "タナカ", "ja") and tanaka.name_hanja == ""
