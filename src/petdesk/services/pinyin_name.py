"""A Chinese name in pinyin as a passport writes it ("周杰" → "Zhou Jie", family name first), for a
list where only the Chinese name was saved: a hotel abroad books by the passport's spelling and
could not read 周杰 (field test trainfollow60). ü as the passport spells it: 吕伟 is "Lyu Wei", not "Lu
Wei", another surname (names61)."""

from __future__ import annotations

from petdesk.chinese_names import NAME_DOTS, is_chinese_name, passport_syllable, pinyin_syllables


def pinyin_name(name_zh: str) -> str:
    """ "Zhou Jie" for 周杰, "Ouyang Xiu" for 欧阳修, "Lyu Wei" for 吕伟; "" for a name not all in Chinese
    characters or a transliterated foreign one (阿卜杜拉·艾买提 has a Latin name of its own)."""
    from petdesk.services.matching import split_chinese_name

    name = "".join((name_zh or "").split())
    if not name or not is_chinese_name(name) or any(dot in name for dot in NAME_DOTS):
        return ""
    family, given = split_chinese_name(name)
    parts = (_passport_spelling(family, surname=True), _passport_spelling(given))
    return " ".join(p.capitalize() for p in parts if p)


def _passport_spelling(part: str, *, surname: bool = False) -> str:
    # read with tones, which keep ü (the plain reading folds it to u, a search key's spelling)
    syllables = pinyin_syllables(part, surname=surname, tones=True)
    return "".join(passport_syllable(s.rstrip("012345")) for s in syllables)
