"""Bilingual names: display by interface language, and both sort orders on the same data."""

from __future__ import annotations

from petdesk.models.enums import NameOrder
from petdesk.services import names


def test_chinese_names_family_first_latin_in_the_persons_order() -> None:
    assert names.chinese_name("张", "伟") == "张伟"
    assert names.latin_name("Zhang", "Wei", NameOrder.FAMILY_FIRST) == "Zhang Wei"
    assert names.latin_name("Zhang", "Wei", NameOrder.GIVEN_FIRST) == "Wei Zhang"
    assert names.latin_name("Müller", "Anna", "given_first") == "Anna Müller"


def test_display_name_follows_interface_language_and_falls_back() -> None:
    kw = dict(family="Zhang", given="Wei", order="family_first", family_zh="张", given_zh="伟")
    assert names.person_display_name("zh_CN", **kw) == "张伟"
    assert names.person_display_name("en", **kw) == "Zhang Wei"
    assert names.person_other_name("en", **kw) == "张伟"
    assert names.person_display_name("zh_CN", family="Müller", given="Anna") == "Anna Müller"
    assert names.person_display_name("en", family_zh="李", given_zh="娜") == "李娜"


def test_pinyin_of_names_uses_surname_readings() -> None:
    assert names.name_pinyin("张", "伟") == ["zhang", "wei"]
    assert names.name_pinyin("单", "明") == ["shan", "ming"]
    assert names.name_pinyin("曾", "强") == ["zeng", "qiang"]
    assert names.name_pinyin("欧阳", "娜") == ["ou", "yang", "na"]
    assert names.fold("Zhāng Wěi") == "zhang wei"


def _people() -> list[dict[str, str]]:
    return [
        dict(family="Zhang", given="Wei", family_zh="张", given_zh="伟"),
        dict(family="Li", given="Na", family_zh="李", given_zh="娜"),
        dict(family="Smith", given="John"),
        dict(family="", given="", family_zh="安", given_zh="琪"),
        dict(family="Ouyang", given="Ming", family_zh="欧阳", given_zh="明"),
        dict(family="Liang", given="Bo", family_zh="梁", given_zh="波"),
        dict(family="Adams", given="Zoe"),
    ]


def test_english_order_by_latin_family_name() -> None:
    people = sorted(_people(), key=lambda p: names.person_sort_key_en(**p))
    order = [p["family"] or p.get("family_zh") for p in people]
    assert order == ["Adams", "安", "Li", "Liang", "Ouyang", "Smith", "Zhang"]


def test_chinese_order_by_pinyin_syllable_by_syllable() -> None:
    people = sorted(_people(), key=lambda p: names.person_sort_key_zh(**p))
    order = [p.get("family_zh") or p["family"] for p in people]
    # 李 (li) before 梁 (liang): dictionary order compares syllable by syllable.
    assert order == ["Adams", "安", "李", "梁", "欧阳", "Smith", "张"]


def test_same_letters_sort_by_tone_then_character() -> None:
    keys = [
        names.person_sort_key_zh(family="", given="", family_zh=f, given_zh="") for f in ["李", "黎", "厉"]
    ]
    # lí (黎, tone 2) < lǐ (李, tone 3) < lì (厉, tone 4)
    assert sorted(keys) == [keys[1], keys[0], keys[2]]


def test_organisation_sort_keys() -> None:
    assert names.organisation_sort_key_en(name_en="The World Bank") < names.organisation_sort_key_en(
        name_en="Xylem Inc."
    )
    assert names.organisation_sort_key_zh(name_en="", name_zh="重庆市生态环境局").startswith("chong qing")
    assert names.is_chinese_name("阿卜杜·热合曼")
    assert not names.is_chinese_name("Zhang")
