"""Names61b: the Latin name shown for a Chinese-only contact wrote 西安 "Xi'an", where the passport, the
hotel list and the visa list write "XIAN": the derived name has no apostrophe; search keys are as
they were (a search for "xi'an" or "xian" still finds the person)."""

from __future__ import annotations

from petdesk.services import names
from petdesk.services.pinyin_name import pinyin_name


def test_names61b_stand_in_is_spelled_as_the_passport() -> None:
    assert names.pinyin_name("吕", "西安") == "Lyu Xian"
    assert names.latin_stand_in(family_zh="张", given_zh="天安") == "Zhang Tianan"
    assert names.pinyin_name("王", "欧") == "Wang Ou"  # one syllable: nothing to join


def test_names61b_hotel_list_agrees_with_the_stand_in() -> None:
    assert pinyin_name("吕西安") == names.pinyin_name("吕", "西安") == "Lyu Xian"
