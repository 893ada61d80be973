"""Chinese personal names below the services: how a name in Chinese characters is written and read.

The models (``Contact.name_zh``) and ``services.names`` share these rules, so a transliterated
Western name prints 安娜·林德奎斯特 in window lists, search and the command line as on cards and
dossiers. Nothing here imports Qt, the models or the services; ``services.names`` re-exports it all.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from petdesk.han_script import simplified  # its tables are read on first use, never on import
from petdesk.persian_letters import as_arabic_letters

if TYPE_CHECKING:
    from petdesk.models.enums import NameOrder

#: ``NameOrder`` values, as stored.
GIVEN_FIRST, FAMILY_FIRST = "given_first", "family_first"

#: Surnames whose reading differs from the character's most common reading (单 is Shàn, not dān).
SURNAME_READINGS: dict[str, list[str]] = {
    "单": ["shan4"],
    "曾": ["zeng1"],
    "解": ["xie4"],
    "仇": ["qiu2"],
    "朴": ["piao2"],
    "区": ["ou1"],
    "查": ["zha1"],
    "盖": ["ge3"],
    "乐": ["yue4"],
    "覃": ["qin2"],
    "召": ["shao4"],
    "缪": ["miao4"],
    "种": ["chong2"],
    "秘": ["bi4"],
    "翟": ["zhai2"],
    "藏": ["zang4"],
    "员": ["yun4"],
    "尉迟": ["yu4", "chi2"],
    "万俟": ["mo4", "qi2"],
    "长孙": ["zhang3", "sun1"],
    "柏": ["bai3"],
    "任": ["ren2"],
    "华": ["hua4"],
    "纪": ["ji3"],
    "过": ["guo1"],
    "宁": ["ning4"],
    "褚": ["chu3"],
    "沈": ["shen3"],
    "石": ["shi2"],
    "薄": ["bo2"],
    "繁": ["po2"],
    "宓": ["fu2"],
    "折": ["she2"],
    "句": ["gou1"],
    "单于": ["chan2", "yu2"],
}
"""The one surname table: sorting, search, matching and vCard export all read it (繁 sorts and is
exported as Pó)."""

#: Characters read otherwise in names, anywhere in them, than the reading pypinyin lists first: 卜
#: is bo in 萝卜 but bǔ as a surname and in transliterations (阿卜杜拉 is Abudula; field test 35).
NAME_CHAR_READINGS: dict[str, str] = {"卜": "bǔ"}


#: Han characters, as the body of a regular expression's character class: the unified ideographs
#: with Extension A, the compatibility ideographs, and Extensions B-G in planes 2 and 3, where rare
#: characters of people's names live (周𫖯). The one definition names, matching and search share.
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RE = re.compile(f"[{HAN_CLASS}]")
#: Middle dots that separate the parts of a foreign name written in Chinese characters (阿卜杜拉·艾买提),
#: with the look-alikes other input methods and fonts give (• ・ ‧ ･ and the dot operator ⋅).
NAME_DOTS = "·•・‧･⋅"
_DOTS_AS_SPACES = str.maketrans(dict.fromkeys(NAME_DOTS, " "))
#: A full stop typed for the middle dot on a Latin keyboard (安娜.林德奎斯特, or the full-width ．):
#: a name dot only between two Han characters, so "li.wei@example.cn" and "Dr. Li" keep theirs.
_TYPED_NAME_DOT = re.compile(f"(?<=[{HAN_CLASS}])[.．](?=[{HAN_CLASS}])")


def dots_as_spaces(text: str) -> str:
    """A name's middle dots (any look-alike, or a full stop between Han characters) as spaces:
    安娜•林德奎斯特, 安娜.林德奎斯特 -> 安娜 林德奎斯特. The one normalising step search and the lists'
    plain filter share, so a typed dot finds what either finds (field test 41, defect 6)."""
    return _TYPED_NAME_DOT.sub(" ", text.translate(_DOTS_AS_SPACES))


#: Characters allowed in a Chinese name besides CJK ideographs: the middle dot of transliterated names.
_ZH_NAME_EXTRA = NAME_DOTS + " "


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


#: Hangul (jamo, syllables, compatibility jamo), kana (with their half-width forms) and the signs only
#: Japanese writes in names (々, 〻, 〆): Korean and Japanese names, which have their own characters
#: beside the Han ones they share. Not the katakana middle dot (U+30FB): Chinese input methods type it
#: in transliterated names (玛丽・安), as names_by_script reads it.
_KANA_HANGUL_RE = re.compile(
    "[\u1100-\u11ff\u3005\u3006\u303b\u3040-\u30fa\u30fc-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\uac00-\ud7af\uff66-\uff9f]"
)


def written_in_chinese(text: str) -> bool:
    """True when ``text`` (a funder's or a project's name) belongs in a Chinese name field: it has
    Han characters and no Hangul, kana or 々/〆. 한국환경공단, トヨタ財団 and 佐々木財団 are Korean and
    Japanese names, kept in the other-language field (names63: 々 counted as Chinese); east-asian
    width, which an import used, is wide for all. 玛丽・安基金会 is Chinese: its dot is no kana."""
    return has_cjk(text) and not _KANA_HANGUL_RE.search(text)


def is_chinese_name(text: str) -> bool:
    """True when ``text`` is written in Chinese characters (with the middle dot of 阿卜杜·热合曼)."""
    stripped = "".join(ch for ch in text if ch not in _ZH_NAME_EXTRA)
    return bool(stripped) and all(_CJK_RE.match(ch) for ch in stripped)


def chinese_name_as_stored(text: str) -> str:
    """``text`` trimmed, and a name in Chinese characters without the spaces inside it: a Chinese
    name has none, and an input method's full-width space in 小　明 looked like 小明 while the
    name was refused (field test 54, defect 6). The middle dot stays; a Korean or Japanese name,
    which may be written with a space, is only trimmed."""
    text = text.strip()
    joined = "".join(text.split())
    return joined if is_chinese_name(joined) else text


def same_name_key(text: str) -> str:
    """A name as two spellings of one record's name compare: width forms unified (NFKC), every
    script's case folded (Ø as ø, ß as ss) and runs of spaces as one, so "ØRSTED  Renewables" meets
    "Ørsted Renewables". Accents stay (Müller is not Muller): this matches records, search uses
    :func:`fold`. SQLite's ``lower()`` folds A-Z only, so SQL compares through ``petdesk_name_key``
    (this function, registered on every connection in ``db.py``). Han characters are Simplified:
    臺北市環境保護局 is 台北市环境保护局 written in Taiwan (``han_script``)."""
    return " ".join(simplified(unicodedata.normalize("NFKC", text or "")).casefold().split())


#: Letters that carry their accent inside (no combining mark to drop after NFKD), as they are
#: written without it: "Ørsted" is typed "Orsted", "Rambøll" "Ramboll", "Łódź" "Lodz" (field test 44,
#: §4). Lower case only: :func:`fold` casefolds first (which also makes ß "ss").
UNDECOMPOSED_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ħ": "h", "ı": "i"}
)


def fold(text: str) -> str:
    """Lower case without accents or tone marks: "Zhāng Wěi", "Müller", "Ørsted" -> "zhang wei",
    "muller", "orsted". The one folding of search, the catalogue's search keys and the lists'
    filters; stored keys made with it are refreshed when it changes (migrations 0041, 0077). Persian
    ی, ک and ZWNJ fold as Arabic ي, ك and nothing (:mod:`petdesk.persian_letters`)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", as_arabic_letters(text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(UNDECOMPOSED_LETTERS)


# -- pinyin -----------------------------------------------------------------------------------


_TONE_MARKS = {
    "ā": ("a", 1), "á": ("a", 2), "ǎ": ("a", 3), "à": ("a", 4),
    "ē": ("e", 1), "é": ("e", 2), "ě": ("e", 3), "è": ("e", 4),
    "ī": ("i", 1), "í": ("i", 2), "ǐ": ("i", 3), "ì": ("i", 4),
    "ō": ("o", 1), "ó": ("o", 2), "ǒ": ("o", 3), "ò": ("o", 4),
    "ū": ("u", 1), "ú": ("u", 2), "ǔ": ("u", 3), "ù": ("u", 4),
    "ǖ": ("ü", 1), "ǘ": ("ü", 2), "ǚ": ("ü", 3), "ǜ": ("ü", 4),
    "ń": ("n", 2), "ň": ("n", 3), "ǹ": ("n", 4), "ḿ": ("m", 2),
}  # fmt: skip


@lru_cache(maxsize=1)
def char_readings() -> dict[int, str]:
    """pypinyin's table of character readings: code point -> readings with tone marks, most common
    first ("zhāng,zhǎng").

    Read from the package's own data file without importing pypinyin: importing it loads its phrase
    dictionary too (a second and some 50 MB), which reading names character by character never uses.
    """
    loaded = sys.modules.get("pypinyin.pinyin_dict")
    if loaded is not None:  # the window may have imported pypinyin already: share its table
        return cast(dict[int, str], loaded.pinyin_dict)
    return _read_char_readings()


def _read_char_readings() -> dict[int, str]:
    spec = importlib.util.find_spec("pypinyin")
    folders = (spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        try:
            with open(os.path.join(folder, "pinyin_dict.json"), encoding="utf-8") as fh:
                return {int(code): readings for code, readings in json.load(fh).items()}
        except (OSError, ValueError):
            continue
    from pypinyin.pinyin_dict import pinyin_dict  # a layout this function does not know

    return cast(dict[int, str], pinyin_dict)


def name_char_reading(ch: str) -> str:
    """The reading of one character in a person's name, with its tone mark ("卜" -> "bǔ"): the
    name reading if it has one (:data:`NAME_CHAR_READINGS`), else the most common; "" if none."""
    readings = NAME_CHAR_READINGS.get(ch) or char_readings().get(ord(ch), "")
    return readings.split(",", 1)[0]


@lru_cache(maxsize=30_000)
def _char_tone3(ch: str) -> str:
    """Most common reading of one character with its tone number ("张" -> "zhang1").

    Personal names are read character by character from pypinyin's character table directly: a
    dictionary lookup, where ``lazy_pinyin`` costs about a hundred microseconds per call.
    """
    # the table is read on first use: the window's first paint and the quick commands do not need
    # it (issue 18)
    reading = name_char_reading(ch)
    if not reading:
        return ch
    tone = 5
    letters = []
    for c in reading:
        if c in _TONE_MARKS:
            base, tone = _TONE_MARKS[c]
            letters.append(base)
        else:
            letters.append(c)
    return "".join(letters) + str(tone)


@lru_cache(maxsize=50_000)
def _syllables_tone3(text: str, surname: bool, phrase: bool) -> tuple[str, ...]:
    """Pinyin syllables with tone numbers ("zhang1", "wei3"); non-Chinese runs pass through folded."""
    prefix: list[str] = []
    rest = text
    if surname:
        for length in (2, 1):
            head = text[:length]
            if len(head) == length and head in SURNAME_READINGS:
                prefix = list(SURNAME_READINGS[head])
                rest = text[length:]
                break
    out = list(prefix)
    if phrase:
        # Organisation names are words: phrase readings matter (重庆 is Chongqing, 银行 is yinhang).
        from petdesk.phrase_pinyin import lazy_pinyin_tone3

        syllables = lazy_pinyin_tone3(rest)
        # pypinyin writes ü as v here; keep ü as the character table does.
        syllables = [syl if has_cjk(syl) else fold(syl).replace("v", "ü") for syl in syllables]
    else:
        syllables = [_char_tone3(ch) if _CJK_RE.match(ch) else fold(ch) for ch in rest if ch not in NAME_DOTS]
    out.extend(syl.strip() for syl in syllables if syl.strip())
    return tuple(out)


def pinyin_syllables(
    text: str, *, surname: bool = False, tones: bool = False, phrase: bool = False
) -> list[str]:
    """Pinyin of ``text`` as syllables, without tones unless asked ("张伟" -> ["zhang", "wei"]).

    ``surname`` applies the surname readings (单 -> shan) to the start of the text; ``phrase``
    reads words in context (for organisation names) instead of character by character.
    """
    syllables = _syllables_tone3(text, surname, phrase)
    if tones:
        return list(syllables)
    return [s.rstrip("012345").replace("ü", "u") for s in syllables]


def passport_syllable(syllable: str) -> str:
    """A toneless pinyin syllable as a Chinese passport spells it: ü is "yu" (吕 LYU, 女 NYU, 略 LYUE),
    for a passport has no ü and "Lu" is another surname (卢, 鲁, 陆). Only l and n take ü before a
    vowel written so; after j, q, x and y pinyin already writes u."""
    return syllable.replace("ü", "yu").replace("Ü", "Yu")


def given_first_in_chinese(family_zh: str, given_zh: str) -> bool:
    """Whether a name in Chinese characters is a transliterated foreign one, written given name first:
    its given name ends with the middle dot that separates it from the family name (阿卜杜拉· + 艾买提),
    as the import keeps it (``matching.split_chinese_name``), or its family name starts with one."""
    return given_zh.rstrip()[-1:] in tuple(NAME_DOTS) or family_zh.lstrip()[:1] in tuple(NAME_DOTS)


def family_name_is_pinyin(family: str, family_zh: str) -> bool:
    """ "Cai" for 蔡, "Lyu" or "Lü" for 吕, "Ouyang" for 欧阳: the Latin family name spells the
    Chinese one in pinyin."""
    if not family_zh:
        return False
    spelled = "".join(ch for ch in fold(family) if ch.isalpha())
    reading = "".join(pinyin_syllables(family_zh, surname=True))
    return spelled in {reading, reading.replace("u", "v"), reading.replace("lu", "lyu").replace("nu", "nyu")}


#: Other romanisations of common surnames, by the surname's pinyin: Hong Kong's (Cantonese: Chan
#: 陳, Cheung 張, Wong 黃/王, Au-Yeung 歐陽) and Taiwan's and older passports' (Wade-Giles: Chang 張,
#: Hsu 許, Tsai 蔡). A fund officer from Hong Kong, Wing-yan Chan (陳詠欣), writes her own name in
#: Chinese; her card printed it small under the Latin one (field test 56, defect 5).
OTHER_ROMANISATIONS: dict[str, frozenset[str]] = {
    reading: frozenset(spellings.split())
    for reading, spellings in {
        "chen": "chan chun", "li": "lee lei lai", "zhang": "cheung chang", "huang": "wong",
        "wang": "wong", "liang": "leung", "lin": "lam", "liu": "lau lao", "wu": "ng woo",
        "he": "ho", "zheng": "cheng", "yang": "yeung", "mai": "mak", "guo": "kwok kuo",
        "cai": "choi tsoi tsai", "zhou": "chow chau chou", "xie": "tse hsieh", "zeng": "tsang tseng",
        "deng": "tang teng", "feng": "fung", "xu": "hui tsui hsu", "yuan": "yuen", "su": "so",
        "luo": "law lo", "ye": "yip yeh", "zhu": "chu chue", "pan": "poon", "lu": "lo luk lui",
        "lv": "lui lu", "tan": "tam", "ma": "mah", "zhong": "chung", "peng": "pang", "liao": "liu",
        "gan": "kam", "jiang": "kong chiang", "yu": "yue", "mo": "mok",
        "guan": "kwan", "ou": "au", "ouyang": "auyeung", "situ": "szeto",
        "jian": "kan chien", "kuang": "kwong", "yin": "wan", "wen": "wan man", "lei": "lui",
        "fang": "fong", "kong": "hung", "hong": "hung", "gu": "koo ku", "gao": "ko kao",
        "shi": "shek shih sze", "qiu": "yau chiu", "yao": "yiu", "cen": "shum sham",
        "shen": "shum sham", "sun": "suen", "tang": "tong", "du": "to tu", "weng": "yung",
        "rong": "yung", "wan": "man", "dai": "tai", "wei": "wai ngai", "long": "lung",
        "xiao": "siu hsiao", "shao": "shiu", "yan": "yim yen", "ren": "yam", "hou": "hau",
        "zhuang": "chong chuang", "zhao": "chiu chao", "song": "sung", "cao": "tso tsao",
        "xue": "sit hsueh", "ding": "ting", "zhuo": "cheuk cho", "dong": "tung", "jin": "kam chin",
        "han": "hon", "xia": "ha hsia", "qian": "chin", "fu": "foo", "lian": "lin lien",
        "bao": "pau", "nie": "nip", "ge": "kot",
    }.items()
    if spellings
}  # fmt: skip


def family_name_spells(family: str, family_zh: str) -> bool:
    """Whether the Latin family name spells the Chinese one: in pinyin (:func:`family_name_is_pinyin`)
    or as Hong Kong or Taiwan write it (Chan for 陳, Au-Yeung for 歐陽, Chang for 張)."""
    if family_name_is_pinyin(family, family_zh):
        return True
    spelled = "".join(ch for ch in fold(family) if ch.isalpha())
    reading = "".join(pinyin_syllables(family_zh, surname=True)) if family_zh else ""
    return spelled in OTHER_ROMANISATIONS.get(reading, frozenset())


def transliterated(family_zh: str, *, family: str, order: NameOrder | str | None) -> bool:
    """Whether a Chinese family name is the transliteration of a Western one (林德奎斯特 for
    Lindqvist, 魏斯 for Weiß): the Latin name is written given name first, the Chinese family name
    has two characters or more and is not the pinyin of the Latin one (欧阳 for Ouyang is Chinese).
    A one-character family name is a Chinese name a foreigner took (柯慕贤), written family first.
    Three characters or more are no Chinese surname, even where the sounds chosen spell the Latin
    name in pinyin: 古纳万 for Gunawan printed 古纳万亨德拉 (field test 86)."""
    family_zh = "".join(ch for ch in family_zh if ch not in NAME_DOTS).strip()
    if str(order or "") == FAMILY_FIRST or not family.strip() or len(family_zh) < 2:
        return False
    if len(family_zh) >= 3:
        return is_chinese_name(family_zh)
    return is_chinese_name(family_zh) and not family_name_spells(family, family_zh)


def chinese_name(
    family_zh: str, given_zh: str, *, family: str = "", order: NameOrder | str | None = None
) -> str:
    """张 + 伟 -> 张伟 (family name first, no space); 艾买提 + 阿卜杜拉· -> 阿卜杜拉·艾买提 (a
    transliterated name keeps its written order and its dot). Given the Latin family name and name
    order, a transliterated Western name stored without its dot is written given·family as
    protocol prints it: 林德奎斯特 + 安娜 -> 安娜·林德奎斯特 (field test 33, defect 7); a person's
    own Han name never is (:func:`person_chinese_name`)."""
    family_zh, given_zh = family_zh.strip(), given_zh.strip()
    if given_first_in_chinese(family_zh, given_zh):
        return f"{given_zh}{family_zh}"
    if family_zh and given_zh and transliterated(family_zh, family=family, order=order):
        return f"{given_zh}·{family_zh}"
    return f"{family_zh}{given_zh}"


#: Languages whose people's names in Han characters are their own, never a transliteration.
HAN_LANGUAGES = frozenset({"zh", "ja", "ko"})


def latin_name_first(name_zh: str) -> bool:
    """Whether a Chinese reader is shown the Latin name before the one in the Chinese name's place:
    that one is not in Han characters, kana or hangul but in a script a Chinese reader does not read
    (a Hindi name in Devanagari beside the English one, ``services.names_indic``)."""
    return bool(name_zh.strip()) and not (has_cjk(name_zh) or _KANA_HANGUL_RE.search(name_zh))


def own_han_name(native_name_language: str, languages: Sequence[str]) -> bool:
    """Whether the name in Han characters is the person's own (山田太郎, 张伟), not the
    transliteration of a Western one: its language is Japanese or Korean, or the person's first
    language is Chinese, Japanese or Korean."""
    return native_name_language in HAN_LANGUAGES or (bool(languages) and languages[0] in HAN_LANGUAGES)


def person_chinese_name(
    family_zh: str,
    given_zh: str,
    *,
    family: str,
    order: NameOrder | str | None,
    native_name_language: str = "",
    languages: Sequence[str] = (),
) -> str:
    """A person's name in Chinese as every list, search result, card and dossier writes it:
    安娜·林德奎斯特 for Anna Lindqvist, 张伟 for Wei Zhang, 山田太郎 for Taro Yamada (his own name)."""
    latin_family = "" if own_han_name(native_name_language, languages) else family
    return chinese_name(family_zh, given_zh, family=latin_family, order=order)
