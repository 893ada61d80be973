"""Koreans known under another romanisation or with their name in Hanja (field test 73): 박서준
"PARK Seo-joon" and "Seojun Pak" sharing a phone were "the same phone but different names", and
이민호 "LEE Min-ho" beside "Yi Minho" 李敏镐, or 최지우 "CHOI Ji-woo" beside "Choe Ji-u" 崔智友, were
never offered as possible duplicates: Hangul against Han characters counted as two different names."""

from __future__ import annotations

from petdesk import hangul
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import duplicates
from petdesk.services.matching import names_conflict


def test_mccune_reischauer_and_older_surname_spellings() -> None:
    assert "pak" in hangul.surname_spellings("박")
    assert "chung" in hangul.surname_spellings("정")


def test_hangul_and_hanja_names_are_no_conflict_when_the_latin_names_agree() -> None:
    assert not names_conflict(("LEE", "Min-ho", "이", "민호"), ("Yi", "Minho", "李", "敏镐"))
    assert not names_conflict(("CHOI", "Ji-woo", "최", "지우"), ("Choe", "Ji-u", "崔", "智友"))
    assert not names_conflict(("PARK", "Seo-joon", "박", "서준"), ("Pak", "Seojun", "", ""))


def test_other_names_still_conflict() -> None:
    assert names_conflict(("KIM", "Ha-neul", "김", "하늘"), ("Yi", "Minho", "李", "敏镐"))
    assert names_conflict(("", "", "김", "하늘"), ("", "", "이", "민호"))
    assert names_conflict(("Wang", "Fang", "王", "芳"), ("Li", "Na", "李", "娜"))


def test_duplicates_offer_the_same_korean_under_another_spelling(db: Database) -> None:
    with db.transaction() as s:
        yi = cs.create_contact(
            s, family_name="Yi", given_name="Minho", family_name_zh="李", given_name_zh="敏镐"
        )
        lee = cs.create_contact(
            s, family_name="LEE", given_name="Min-ho", family_name_zh="이", given_name_zh="민호",
            native_name_language="ko",
        )  # fmt: skip
        pak = cs.create_contact(
            s, family_name="Pak", given_name="Seojun",
            methods=[cs.Method(channel="phone", value="+82 10 3456 7890")],
        )  # fmt: skip
        park = cs.create_contact(
            s, family_name="PARK", given_name="Seo-joon", family_name_zh="박", given_name_zh="서준",
            native_name_language="ko", methods=[cs.Method(channel="phone", value="+82 10-3456-7890")],
        )  # fmt: skip
        pairs = {frozenset(p.key): p for p in duplicates.find_contact_duplicates(s, min_score=0.3)}
    assert frozenset((yi.id, lee.id)) in pairs
    phone_pair = pairs[frozenset((pak.id, park.id))]
    said = [duplicates.translate_reason(r, lambda text: text) for r in phone_pair.reasons]
    assert said and not any("different names" in r for r in said), said


def test_another_romanisation_of_the_hangul_family_name_is_no_other_family() -> None:
    from petdesk.services.matching import family_names_differ

    assert not family_names_differ(("PARK", "Seo-joon", "박", "서준"), ("Pak", "Seojun", "", ""))
    assert family_names_differ(("PARK", "Seo-joon", "박", "서준"), ("Kim", "Seojun", "", ""))
