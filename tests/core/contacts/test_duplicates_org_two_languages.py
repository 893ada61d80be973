"""One bureau named only in Chinese at one office and only in English at another (field test 105: the
Chongqing office merged into Chengdu's file, and 重庆市生态环境局 / "Chongqing Municipal Ecology and
Environment Bureau" were never offered as a pair)."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import duplicates, org_organ_words, organisations


def _org(
    db: Database, *, name_en: str = "", name_zh: str = "", city: tuple[str, str], postal_code: str = ""
) -> str:
    with db.transaction() as s:
        return organisations.create_organisation(
            s,
            name_en=name_en,
            name_zh=name_zh,
            kind="city_government",
            city_en=city[0],
            city_zh=city[1],
            postal_code=postal_code or None,
        ).id


CHONGQING, DALIAN = ("Chongqing", "重庆"), ("Dalian", "大连")


def _pairs(db: Database) -> set[frozenset[str]]:
    with db.reading() as s:
        return {frozenset((p.first_id, p.second_id)) for p in duplicates.find_organisation_duplicates(s)}


def test_a_body_named_both_ways_elsewhere_pairs_the_one_script_names(db: Database) -> None:
    dalian = "Dalian Municipal Bureau of Ecology and Environment"
    _org(db, name_en=dalian, name_zh="大连市生态环境局", city=DALIAN)
    zh = _org(db, name_zh="重庆市生态环境局", city=CHONGQING)
    en = _org(db, name_en="Chongqing Municipal Ecology and Environment Bureau", city=CHONGQING)
    water = _org(db, name_en="Chongqing Water Affairs Bureau", city=CHONGQING)  # another bureau
    chengdu = _org(db, name_en="Chengdu Municipal Ecology and Environment Bureau", city=("Chengdu", "成都"))
    pairs = _pairs(db)
    assert frozenset((zh, en)) in pairs
    assert not any(water in pair or chengdu in pair for pair in pairs)
    with db.reading() as s:
        (pair,) = duplicates.duplicates_of(s, "organisation", zh)
    assert pair.score >= 0.7
    (reason,) = pair.reasons
    assert "大连市生态环境局" in reason and "Chongqing Municipal Ecology and Environment Bureau" in reason


def test_without_an_example_named_both_ways_no_pair_is_guessed(db: Database) -> None:
    """A body outside the table of common organ words (org_organ_words) needs an example."""
    _org(db, name_zh="重庆市水务集团", city=CHONGQING)
    _org(db, name_en="Chongqing Water Group", city=CHONGQING)
    assert not _pairs(db)


def test_a_city_government_pairs_its_english_form_by_the_organ_words(db: Database) -> None:
    """Field test trainfollow60: a registration import made "Deyang Municipal Government" and
    德阳市人民政府 two organisations, no city saved, and nothing paired them."""
    zh = _org(db, name_zh="德阳市人民政府", city=("", ""))
    en = _org(db, name_en="Deyang Municipal Government", city=("", ""))
    bureau_zh = _org(db, name_zh="重庆市生态环境局", city=CHONGQING)
    bureau_en = _org(db, name_en="Chongqing Municipal Ecology and Environment Bureau", city=CHONGQING)
    water = _org(db, name_en="Deyang Water Affairs Bureau", city=("", ""))  # another organ
    other_city = _org(db, name_en="Mianyang Municipal Government", city=("", ""))
    pairs = _pairs(db)
    assert frozenset((zh, en)) in pairs
    assert frozenset((bureau_zh, bureau_en)) in pairs
    assert not any(water in pair or other_city in pair for pair in pairs)
    with db.reading() as s:
        (pair,) = duplicates.duplicates_of(s, "organisation", zh)
    assert pair.score >= 0.7
    (reason,) = pair.reasons
    assert "人民政府" in reason and "Deyang Municipal Government" in reason


def test_the_organ_table_reads_the_city_from_the_name() -> None:
    assert org_organ_words.chinese_parts("德阳市人民政府") == ({"deyang"}, "人民政府")
    assert org_organ_words.chinese_parts("西安市生态环境局")[0] >= {"xian"}
    assert org_organ_words.chinese_parts("德阳市第一中学") == (set(), "")
    found = dict(org_organ_words.english_parts("People's Government of Xi'an Municipality"))
    assert found["xian"] == frozenset({"government"})


def test_two_postal_codes_say_two_bodies_a_missing_one_says_nothing(db: Database) -> None:
    """Organisation postal codes came this round (0071): two names of one bureau in one city whose
    postal codes both are known and differ are two offices (a district's bureau), not a pair; one
    without a postal code may still be the other."""
    dalian = "Dalian Municipal Bureau of Ecology and Environment"
    _org(db, name_en=dalian, name_zh="大连市生态环境局", city=DALIAN)
    zh = _org(db, name_zh="重庆市生态环境局", city=CHONGQING, postal_code="401147")
    en = _org(
        db, name_en="Chongqing Municipal Ecology and Environment Bureau", city=CHONGQING, postal_code="400015"
    )
    assert frozenset((zh, en)) not in _pairs(db)
    with db.transaction() as s:
        organisations.update_organisation(s, en, postal_code=None)
    assert frozenset((zh, en)) in _pairs(db)
    with db.transaction() as s:
        organisations.update_organisation(s, en, postal_code="401 147")  # spacing is no difference
    assert frozenset((zh, en)) in _pairs(db)
