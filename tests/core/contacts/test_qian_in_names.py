"""乾 is Traditional for 干 ('dry': 乾燥 is 干燥) and also a character of its own in Simplified, the one
of 乾隆 (Qianlong) and 乾坤 (qiankun) and a surname. Folded to 干, a name read "Gan": 王乾坤 showed as
"Wang Gankun", filed under G, and 乾明 was offered as a duplicate of 干明. A name keeps it."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.han_script import simplified, simplified_name
from petdesk.services import contacts as cs
from petdesk.services import duplicates, import_keys, names


def test_a_name_reads_qian_as_written() -> None:
    assert names.pinyin_name("乾", "隆") == "Qian Long"
    assert names.pinyin_name("王", "乾坤") == "Wang Qiankun"
    assert names.person_sort_key_en(family="", given="", family_zh="王", given_zh="乾坤").startswith("wang")
    assert "qiankun" in names.person_sort_key_en(family="", given="", family_zh="王", given_zh="乾坤")
    assert names.pinyin_name("干", "明") == "Gan Ming"


def test_the_other_characters_still_fold_in_a_name_and_qian_still_folds_in_text() -> None:
    assert simplified_name("張乾") == "张乾"
    assert simplified("乾燥") == "干燥"  # search keys: a Taiwanese sheet's 乾燥 meets 干燥


def test_qian_is_no_duplicate_of_gan_but_traditional_still_meets_simplified(db: Database) -> None:
    assert import_keys.name_keys("", "", "乾", "明") != import_keys.name_keys("", "", "干", "明")
    assert import_keys.name_keys("", "", "陳", "乾") == import_keys.name_keys("", "", "陈", "乾")
    with db.transaction() as s:
        for family_zh, given_zh in (("乾", "明"), ("干", "明"), ("陳", "乾"), ("陈", "乾")):
            cs.create_contact(s, family_name_zh=family_zh, given_name_zh=given_zh)
    with db.reading() as s:
        pairs = duplicates.find_contact_duplicates(s)
    assert {frozenset((p.first_name, p.second_name)) for p in pairs} == {frozenset(("陳乾", "陈乾"))}
