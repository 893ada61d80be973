"""Currency names that a line of Chinese must not break inside.

Chinese text may break between any two characters, so a narrow board card wrote "1,250万哈萨克斯坦坚"
on one line and "戈" on the next, and "2.5亿孟加拉塔卡" as "孟加拉塔" + "卡" (shots58). A word
joiner (U+2060, invisible) between the letters of the name keeps it whole; the line may still break
between the number and the name ("1,250万" / "哈萨克斯坦坚戈")."""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"
#: An amount as ``i18n.chinese_money`` writes it: digits, 万 or 亿, then the currency's name.
_CHINESE_AMOUNT = re.compile(r"(?P<number>[-−]?[\d,.]+[万亿]?\s?)(?P<name>\D{2,})")


def unbroken_amount(amount: str) -> str:
    """``amount`` with the currency name of a Chinese amount glued together ("2.5亿孟⁠加⁠拉⁠塔⁠卡");
    any other text as it is."""
    found = _CHINESE_AMOUNT.fullmatch(amount)
    if found is None:
        return amount
    return found["number"] + WORD_JOINER.join(found["name"])


def without_joiners(text: str) -> str:
    """``text`` as read aloud or compared: the word joiners taken out."""
    return text.replace(WORD_JOINER, "")
