"""Whether a name in Han characters alone, in a Japanese file, is Japanese or a Chinese colleague's.

A Japanese card app's export (Eight, Sansan, Wantedly) or a Shift_JIS file makes its Han names
Japanese, but such a file also holds Chinese colleagues' cards: 王伟 was split and stored as Japanese
(cardnames63). With no kana, 々/〆 or country to go by, the family name decides: a common Japanese one
(``japanese_surnames``) whose split the name agrees with is Japanese; a common Chinese one that Japan
does not use (王, 张/張, 欧阳…) is Chinese; any other stays Japanese, as the file says, and is doubtful.
"""

from __future__ import annotations

from enum import Enum

from petdesk.services.japanese_surnames import FAMILY_NAMES, known_family_name
from petdesk.services.matching import COMPOUND_SURNAMES
from petdesk.services.names_by_script import has_kana


class Origin(Enum):
    JAPANESE = "ja"
    CHINESE = "zh"
    DOUBTFUL = "?"


#: The most common Chinese family names that are no Japanese family name, in simplified, traditional
#: and the Japanese forms a Shift_JIS file writes (張, 陳, 呉). Left out on purpose: those Japan uses
#: too (林 Hayashi, 森, 原, 金, 谷, 田, 高 ...), which stay doubtful.
_SINGLE = """
    王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 呉 周 徐 孙 孫 马 馬 朱 胡 郭 何 罗 羅 郑 鄭 梁
    谢 謝 宋 唐 许 許 韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 蕭 董 袁 潘 蒋 蔣 蔡 杜 叶 葉 程 苏 蘇 魏 吕 呂
    沈 姚 卢 盧 姜 崔 钟 鍾 谭 譚 陆 陸 汪 范 廖 贾 賈 韦 韋 邹 鄒 熊 邱 尹 薛 闫 段 雷 侯 龙 龍 史
    黎 贺 賀 顾 顧 郝 龚 龔 邵 钱 錢 严 嚴 覃 戴 孔 汤 湯
"""
#: with the compound ones (欧阳, and 欧陽 as a Shift_JIS file writes it)
CHINESE_ONLY_FAMILY_NAMES = frozenset(_SINGLE.split()) | COMPOUND_SURNAMES


def _chinese_family_name(whole: str) -> str:
    """The Chinese-only family name ``whole`` starts with (a compound one first), "" if none."""
    for length in (2, 1):
        if len(whole) > length and whole[:length] in CHINESE_ONLY_FAMILY_NAMES:
            return whole[:length]
    return ""


def origin(family: str, given: str = "") -> Origin:
    """Where a Han-only name comes from, as the file split it: ``family`` and ``given`` apart (Eight's
    姓 / 名, a space in Sansan's 氏名), or the whole name in ``family`` with ``given`` empty.

    Japanese only if the table's family name is the one the file wrote (佐藤 / 健, or 佐藤健 whole);
    "佐 藤健" does not agree and is doubtful."""
    family, given = family.strip(), given.strip()
    whole = family + given
    japanese = known_family_name(whole)
    if japanese and (not given or japanese == family):
        return Origin.JAPANESE
    if family in FAMILY_NAMES and given:
        return Origin.JAPANESE
    chinese = _chinese_family_name(whole)
    if chinese and (not given or chinese == family):
        return Origin.CHINESE
    return Origin.DOUBTFUL


#: Last characters of the common Japanese given-name forms (恵子, 由美, 太郎, 千恵, 彩香, 加奈) that a
#: Chinese given name seldom ends in; a Chinese one writes 惠, not the Japanese 恵.
JAPANESE_GIVEN_NAME_ENDINGS = frozenset("子美郎恵香奈")


def plainly_japanese_given_name(given: str) -> bool:
    """Whether ``given`` is plainly a Japanese given name, so a doubtful family name before it (森,
    林: Japan's and China's alike) needs no "check it" note: 森 由美 in Eight's file warned for
    nothing (cards64). Plain are a given name with kana (林 さくら), a common Japanese form
    (``JAPANESE_GIVEN_NAME_ENDINGS``) or three characters or more (林 真由美), which a Chinese given
    name never has. A one-character given name, typical of Chinese names (林 伟, 森 磊), is not."""
    given = given.strip()
    if has_kana(given) or len(given) >= 3:
        return True
    return len(given) > 1 and given[-1] in JAPANESE_GIVEN_NAME_ENDINGS


def needs_check(family: str, given: str = "") -> bool:
    """Whether a Han name a Japanese file made Japanese gets the note to check it: its family name is
    doubtful (:func:`origin`) and its given name not plainly Japanese."""
    return origin(family, given) is Origin.DOUBTFUL and not plainly_japanese_given_name(given)
