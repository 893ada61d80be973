"""Common dietary needs in English and Chinese, for the kitchen's tally and for telling one need
written in the other language from a change (field tests 86 and fieldtraining60)."""

from __future__ import annotations

import re

from petdesk.chinese_names import has_cjk

#: Common needs as a host's kitchen reads them in each language: a need typed in one language (an
#: imported list's "Halal", "Nut allergy") prints in the other in the other's column (field test 86:
#: the Chinese tally read "Halal 11 人" for the restaurant).
KNOWN_NEEDS: dict[str, str] = {
    "halal": "清真", "vegetarian": "素食", "vegan": "纯素", "kosher": "犹太洁食", "no pork": "不吃猪肉",
    "no beef": "不吃牛肉", "no alcohol": "不饮酒", "no seafood": "不吃海鲜", "nut allergy": "坚果过敏",
    "peanut allergy": "花生过敏", "seafood allergy": "海鲜过敏", "shellfish allergy": "贝类过敏",
    "gluten-free": "无麸质", "lactose intolerant": "乳糖不耐受", "diabetic": "糖尿病饮食",
}  # fmt: skip
KNOWN_ENGLISH = {zh: en for en, zh in KNOWN_NEEDS.items()}

#: Between two needs of one person: semicolons, commas, the Chinese enumeration comma, new lines.
NEED_SEPARATORS = re.compile(r"[;；,，、\n]+")


def _key(need: str) -> str:
    """A need's English words, folded: "素食", "Vegetarian" and "Vegetarian / 素食" are one."""
    first, slash, second = (part.strip() for part in need.partition(" / "))
    if slash and first and second and has_cjk(first) != has_cjk(second):
        need = second if has_cjk(first) else first
    need = " ".join(need.split())
    return KNOWN_ENGLISH.get(need, need).casefold()


def same_needs(one: str, other: str) -> bool:
    """Whether two texts name the same needs, each in either language or both (in any order)."""

    def keys(text: str) -> set[str]:
        return {_key(part) for part in NEED_SEPARATORS.split(text) if part.strip()}

    return keys(one) == keys(other)
