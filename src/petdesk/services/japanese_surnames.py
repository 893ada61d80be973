"""Where a Japanese name written without a space splits, and the signs that make a kanji name Japanese.

The iteration mark 々 (佐々木, 野々村) and 〆 are written in Japanese names, never in Chinese ones, so a
name with them is Japanese even without a kana reading: "佐々木 翔" was split as a Chinese name,
佐 / 々木翔 (round 62, japancols62). Without the writer's space a Japanese name's boundary cannot be
read off the characters (one, two or three for the family name), so only the common family names
below decide it; any other stays whole and the import says so.
"""

from __future__ import annotations

import re

#: Signs of Japanese writing that are not kana (kana, ヶ included, are ``names_by_script.has_kana``):
#: the iteration marks 々 and 〻 and the ligature 〆 (〆木).
_JAPANESE_SIGNS = re.compile("[\u3005\u3006\u303b]")

#: Family names with 々 or of three characters, which the two-character ones below would cut short
#: (佐々木 is not 佐々 + 木…, 長谷川 not 長谷 + 川…).
_LONG_FAMILY_NAMES = (
    "佐々木", "野々村", "野々山", "野々垣", "野々宮", "佐々", "長谷川", "五十嵐", "久保田", "大久保",
    "小野寺", "小笠原", "宇都宮", "長谷部", "佐久間",
)  # fmt: skip

#: The most frequent two-character Japanese family names (published surname rankings, top 60).
_TWO_CHARACTER_FAMILY_NAMES = (
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
    "吉田", "山田", "山口", "松本", "井上", "木村", "斎藤", "清水", "山崎", "池田",
    "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "藤田",
    "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "斉藤", "福田", "太田", "西村",
    "藤井", "金子", "岡本", "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内",
    "小野", "田村", "中山", "和田", "石田", "森田", "上田", "内田", "柴田", "酒井",
    "渡邊", "渡邉", "齋藤", "齊藤",
)  # fmt: skip

FAMILY_NAMES = frozenset(_LONG_FAMILY_NAMES + _TWO_CHARACTER_FAMILY_NAMES)
_BY_LENGTH = sorted(FAMILY_NAMES, key=len, reverse=True)

#: 霞ヶ関, 関ヶ原, 一ノ瀬: a kanji, the linking ヶ/ケ/ヵ/ノ, a kanji, read as one family name when the
#: name goes on (the linking sign never starts a given name).
_LINKED_FAMILY_NAME = re.compile("^[\u3400-\u9fff][ヶケヵノ][\u3400-\u9fff](?=.)")


def has_japanese_sign(text: str) -> bool:
    """Whether ``text`` has a sign only Japanese writes in names besides kana (々, 〆)."""
    return bool(_JAPANESE_SIGNS.search(text or ""))


def known_family_name(full: str) -> str:
    """The family name a Japanese name written without a space starts with, "" if none is known:
    "佐々木翔" -> "佐々木", "霞ヶ関太郎" -> "霞ヶ関"; a name that is only a family name ("佐藤") has no
    given name to split off, so "" too."""
    if full in FAMILY_NAMES:
        return ""  # 佐々木 alone is not 佐々 + 木
    for family in _BY_LENGTH:
        if full.startswith(family) and len(full) > len(family):
            return family
    linked = _LINKED_FAMILY_NAME.match(full)
    return linked.group(0) if linked else ""
