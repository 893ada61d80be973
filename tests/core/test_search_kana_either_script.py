"""A Japanese reading is found typed in either kana (field test 78): Outlook and iPhones send it in
katakana (カトウ), a Japanese input method offers hiragana first (かとう); "かとう" found nobody."""

from __future__ import annotations

import pytest

from petdesk import kana
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import search


def test_other_script() -> None:
    assert kana.other_script("かとう ゆみ") == "カトウ ユミ"
    assert kana.other_script("カトウ・ユミー") == "かとう・ゆみー"
    assert kana.other_script("加藤 kato") == "加藤 kato"


@pytest.mark.parametrize(
    ("query", "who"),
    [("かとう", "加藤"), ("カトウ", "加藤"), ("さくら", "山本"), ("サクラ", "山本"), ("やまもと", "山本"),
     ("すずき", "鈴木")],
)  # fmt: skip
def test_a_reading_is_found_in_either_kana(db: Database, query: str, who: str) -> None:
    with db.transaction() as s:
        ids = {
            family: cs.create_contact(
                s, family_name_zh=family, given_name_zh=given, phonetic_family_name=pf, phonetic_given_name=pg
            ).id
            for family, given, pf, pg in (
                ("加藤", "由美", "カトウ", "ユミ"),
                ("山本", "さくら", "ヤマモト", ""),
                ("鈴木", "一郎", "すずき", "いちろう"),
                ("佐藤", "大輔", "サトウ", "ダイスケ"),
            )
        }
    with db.transaction() as s:
        found = [r.entity_id for r in search.search(s, query, kind=search.CONTACT)]
    assert found == [ids[who]]
