"""A Chinese name in pinyin as a passport writes it ("周杰" → "Zhou Jie", family name first), for a
list where only the Chinese name was saved: a hotel abroad books by the passport's spelling and
could not read 周杰 (field test trainfollow60)."""

from __future__ import annotations

from petdesk.chinese_names import NAME_DOTS, is_chinese_name, pinyin_syllables


def pinyin_name(name_zh: str) -> str:
    """ "Zhou Jie" for 周杰, "Ouyang Xiu" for 欧阳修; "" for a name not all in Chinese characters or a
    transliterated foreign one (阿卜杜拉·艾买提 has a Latin name of its own)."""
    from petdesk.services.matching import split_chinese_name

    name = "".join((name_zh or "").split())
    if not name or not is_chinese_name(name) or any(dot in name for dot in NAME_DOTS):
        return ""
    family, given = split_chinese_name(name)
    parts = ("".join(pinyin_syllables(family, surname=True)), "".join(pinyin_syllables(given)))
    return " ".join(p.capitalize() for p in parts if p)
