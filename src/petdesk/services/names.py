"""Bilingual personal and organisation names: what to show, and how to sort, per interface language.

Chinese names are always written family name first with no space (张伟). Latin names are written in
the order the person uses ("Zhang Wei" on a card in China, "Wei Zhang" on one abroad). A Chinese user
expects lists in pinyin order (拼音排序), an English user in Latin surname order; both orders are
computed here from the same fields and stored as sort keys so that SQL can sort 100,000 rows by index.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # the models stay unimported: quick commands (duplicates) read without them
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


_MARKED = {
    "a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "ü": "ǖǘǚǜ",
}  # fmt: skip


def tone_marked(syllable_tone3: str) -> str:
    """ "zhang1" -> "zhāng", "lü4" -> "lǜ"; the mark goes on a or e, on the o of ou, else on the
    last vowel (the pinyin rule)."""
    base, tone = syllable_tone3, 5
    if base and base[-1].isdigit():
        base, tone = base[:-1], int(base[-1])
    if not 1 <= tone <= 4:
        return base
    if "a" in base:
        at = base.index("a")
    elif "e" in base:
        at = base.index("e")
    elif "ou" in base:
        at = base.index("o")
    else:
        vowels = [i for i, ch in enumerate(base) if ch in _MARKED]
        if not vowels:
            return base
        at = vowels[-1]
    return base[:at] + _MARKED[base[at]][tone - 1] + base[at + 1 :]


def surname_reading(family_zh: str, *, tones: bool = False) -> str | None:
    """The surname reading of a whole family name ("单" -> "shan" / "shàn"), or None when the
    characters' usual readings apply."""
    syllables = SURNAME_READINGS.get(family_zh)
    if syllables is None:
        return None
    if tones:
        return "".join(tone_marked(s) for s in syllables)
    return "".join(s.rstrip("012345") for s in syllables)


#: Han characters, as the body of a regular expression's character class: the unified ideographs
#: with Extension A, the compatibility ideographs, and Extensions B-G in planes 2 and 3, where rare
#: characters of people's names live (周𫖯). The one definition names, matching and search share.
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RE = re.compile(f"[{HAN_CLASS}]")
#: Middle dots that separate the parts of a foreign name written in Chinese characters (阿卜杜拉·艾买提).
NAME_DOTS = "·•・‧･"
#: Characters allowed in a Chinese name besides CJK ideographs: the middle dot of transliterated names.
_ZH_NAME_EXTRA = NAME_DOTS + " "


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def is_chinese_name(text: str) -> bool:
    """True when ``text`` is written in Chinese characters (with the middle dot of 阿卜杜·热合曼)."""
    stripped = "".join(ch for ch in text if ch not in _ZH_NAME_EXTRA)
    return bool(stripped) and all(_CJK_RE.match(ch) for ch in stripped)


def fold(text: str) -> str:
    """Lower case without accents or tone marks: "Zhāng Wěi", "Müller" -> "zhang wei", "muller"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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


@lru_cache(maxsize=30_000)
def _char_tone3(ch: str) -> str:
    """Most common reading of one character with its tone number ("张" -> "zhang1").

    Personal names are read character by character from pypinyin's character table directly: a
    dictionary lookup, where ``lazy_pinyin`` costs about a hundred microseconds per call.
    """
    # the table is read on first use: the window's first paint and the quick commands do not need
    # it (issue 18)
    readings = char_readings().get(ord(ch))
    if not readings:
        return ch
    reading = readings.split(",")[0]
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
        from pypinyin import Style, lazy_pinyin

        syllables = lazy_pinyin(rest, style=Style.TONE3, neutral_tone_with_five=True, errors="default")
        # pypinyin writes ü as v here; keep ü as the character table does.
        syllables = [syl if has_cjk(syl) else fold(syl).replace("v", "ü") for syl in syllables]
    else:
        syllables = [_char_tone3(ch) if _CJK_RE.match(ch) else fold(ch) for ch in rest if ch not in NAME_DOTS]
    out.extend(syl.strip() for syl in syllables if syl.strip())
    return tuple(out)


def phrase_tables_loaded() -> bool:
    """Whether pypinyin (with its phrase tables) is loaded in this process."""
    return "pypinyin" in sys.modules


def phrase_tables_releasable() -> bool:
    """Whether a long job that is about to load pypinyin may let go of it when done: only if nobody
    loaded it before (so nobody else holds it) and in a process without the window, whose other
    threads may read a name at any moment (forgetting modules while another thread imports them
    is not safe)."""
    return not phrase_tables_loaded() and "PySide6.QtCore" not in sys.modules


def release_phrase_tables() -> None:
    """Forget pypinyin's modules, so that its tables (some 50 MB) are freed once nothing refers to
    them; the next phrase reading imports it again. For a long job that reads organisation names by
    phrase first and then only people's names, character by character (a search index rebuild):
    call it only when ``phrase_tables_releasable()`` said so before the job."""
    for name in [n for n in sys.modules if n == "pypinyin" or n.startswith("pypinyin.")]:
        del sys.modules[name]


def clear_caches() -> None:
    """Empty the caches of readings and sort keys (tens of MB after a pass over a million names)."""
    for cached in (_char_tone3, _syllables_tone3, _latin_key, _org_key_en, _org_key_zh):
        cached.cache_clear()


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


def name_pinyin(family_zh: str, given_zh: str) -> list[str]:
    """Pinyin syllables of a Chinese personal name, family name first, surname readings applied."""
    family = pinyin_syllables(family_zh, surname=True) if family_zh else []
    given = pinyin_syllables(given_zh) if given_zh else []
    return family + given


# -- display ----------------------------------------------------------------------------------


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


def transliterated(family_zh: str, *, family: str, order: NameOrder | str | None) -> bool:
    """Whether a Chinese family name is the transliteration of a Western one (林德奎斯特 for
    Lindqvist, 魏斯 for Weiß): the Latin name is written given name first, the Chinese family name
    has two characters or more and is not the pinyin of the Latin one (欧阳 for Ouyang is Chinese).
    A one-character family name is a Chinese name a foreigner took (柯慕贤), written family first."""
    family_zh = "".join(ch for ch in family_zh if ch not in NAME_DOTS).strip()
    if str(order or "") == FAMILY_FIRST or not family.strip() or len(family_zh) < 2:
        return False
    return is_chinese_name(family_zh) and not family_name_is_pinyin(family, family_zh)


def chinese_name(
    family_zh: str, given_zh: str, *, family: str = "", order: NameOrder | str | None = None
) -> str:
    """张 + 伟 -> 张伟 (family name first, no space); 艾买提 + 阿卜杜拉· -> 阿卜杜拉·艾买提 (a
    transliterated name keeps its written order and its dot). Given the Latin family name and name
    order, a transliterated Western name stored without its dot is written given·family as
    protocol prints it: 林德奎斯特 + 安娜 -> 安娜·林德奎斯特 (field test 33, defect 7).
    ``models.Contact.name_zh`` does the first two."""
    family_zh, given_zh = family_zh.strip(), given_zh.strip()
    if given_first_in_chinese(family_zh, given_zh):
        return f"{given_zh}{family_zh}"
    if family_zh and given_zh and transliterated(family_zh, family=family, order=order):
        return f"{given_zh}·{family_zh}"
    return f"{family_zh}{given_zh}"


#: The commonest Vietnamese family names (borne by most Vietnamese people), as Vietnamese writes them.
VIETNAMESE_FAMILY_NAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý".split()  # noqa: SIM905
)


def starts_with_vietnamese_family_name(words: list[str]) -> bool:
    """Whether a full name is Vietnamese, and so written family name first ("Nguyễn Văn An": family
    Nguyễn, given Văn An): its first word is a common Vietnamese family name written with its
    diacritics. Without them (Le, Ho, Ly) the words are names elsewhere too; Phan, which has none,
    counts when another word of the name has Vietnamese diacritics (Phan Văn Khải)."""
    if len(words) < 2:
        return False
    first = unicodedata.normalize("NFC", words[0]).casefold()
    if first not in VIETNAMESE_FAMILY_NAMES:
        return False
    return not first.isascii() or not " ".join(words[1:]).isascii()


def name_order_of(
    order: NameOrder | str | None, *, family: str, given: str, family_zh: str, given_zh: str
) -> str:
    """How the person's name is written: as stored, except that a name written only in Chinese
    characters is family name first (张伟), whatever default a form, a file or an older office left
    on it, so the editor offers that order when a Latin spelling is added and exports say it; a
    transliterated name written given name first (阿卜杜拉·艾买提) stays given name first."""
    if not (family.strip() or given.strip()) and (family_zh.strip() or given_zh.strip()):
        return GIVEN_FIRST if given_first_in_chinese(family_zh, given_zh) else FAMILY_FIRST
    return FAMILY_FIRST if str(order or "") == FAMILY_FIRST else GIVEN_FIRST


def latin_name(family: str, given: str, order: NameOrder | str = GIVEN_FIRST) -> str:
    """The Latin name in the order the person writes it."""
    family, given = family.strip(), given.strip()
    parts = (family, given) if str(order) == FAMILY_FIRST else (given, family)
    return " ".join(p for p in parts if p)


def family_name_key(family: str, given: str, family_zh: str = "") -> tuple[str, str]:
    """Sort key of a person by family name, whatever order the name is written in: Hao Mengfang (郝)
    under H even when printed "Mengfang Hao" (lists sorted by the printed name put him under M);
    "Günther Öztürk" under O and "Ulrich von Hößlin" under H (:func:`person_list_key`)."""
    return person_list_key("en", family=family, given=given, family_zh=family_zh), given.casefold()


def person_display_name(
    language: str,
    *,
    family: str = "",
    given: str = "",
    order: NameOrder | str = GIVEN_FIRST,
    family_zh: str = "",
    given_zh: str = "",
) -> str:
    """The name to show in an interface of ``language``; falls back to the other script."""
    zh = chinese_name(family_zh, given_zh, family=family, order=order)
    latin = latin_name(family, given, order)
    if language.startswith("zh"):
        return zh or latin
    return latin or zh


def person_other_name(
    language: str,
    *,
    family: str = "",
    given: str = "",
    order: NameOrder | str = GIVEN_FIRST,
    family_zh: str = "",
    given_zh: str = "",
) -> str:
    """The name in the other script, shown beside the display name (empty when it would repeat it)."""
    zh = chinese_name(family_zh, given_zh, family=family, order=order)
    latin = latin_name(family, given, order)
    shown = person_display_name(
        language, family=family, given=given, order=order, family_zh=family_zh, given_zh=given_zh
    )
    other = latin if language.startswith("zh") else zh
    return "" if other == shown else other


def person_both_scripts(
    language: str,
    *,
    family: str = "",
    given: str = "",
    order: NameOrder | str = GIVEN_FIRST,
    family_zh: str = "",
    given_zh: str = "",
) -> str:
    """ "Chen Ping (陈萍)" / "陈萍（Chen Ping）": the display name with the other script in brackets,
    as search and the lists show a person (one name order wherever a person is named)."""
    kw = {"family": family, "given": given, "order": order, "family_zh": family_zh, "given_zh": given_zh}
    shown = person_display_name(language, **kw)
    other = person_other_name(language, **kw)
    if not other:
        return shown
    return f"{shown}（{other}）" if language.startswith("zh") else f"{shown} ({other})"


def organisation_display_name(language: str, *, name_en: str = "", name_zh: str = "") -> str:
    if language.startswith("zh"):
        return name_zh.strip() or name_en.strip()
    return name_en.strip() or name_zh.strip()


# -- sort keys --------------------------------------------------------------------------------

#: Separates the parts of a sort key; sorts before every letter so "li" < "li ming" < "liang".
_SEP = " "
_LEADING_ARTICLES = ("the ",)


@lru_cache(maxsize=50_000)
def _latin_key(text: str) -> str:
    folded = fold(text).strip()
    folded = re.sub(r"[^\w ]+", "", folded)
    return re.sub(r"\s+", " ", folded)


def person_sort_key_en(*, family: str, given: str, family_zh: str = "", given_zh: str = "") -> str:
    """English order: by Latin family name, then given name; pinyin stands in for a missing Latin name."""
    if family.strip() or given.strip():
        key = f"{_latin_key(family)}{_SEP}{_latin_key(given)}".strip()
    else:
        syllables = [pinyin_syllables(family_zh, surname=True), pinyin_syllables(given_zh)]
        key = f"{''.join(syllables[0])}{_SEP}{''.join(syllables[1])}".strip()
    return key or "\uffff"


#: Lower-case particles set before the main surname: German and Dutch lists file "von Hößlin" under H
#: and "van der Berg" under B. A capitalised particle ("Van Morrison", "Di Maio") is part of the name
#: and files where it is written.
_SURNAME_PARTICLES = frozenset({"von", "vom", "zu", "zum", "zur", "van", "der", "den", "de", "ter", "ten"})


def main_surname(family: str) -> str:
    """The family name without its leading lower-case particles: "von Hößlin" -> "Hößlin"."""
    words = family.split()
    while len(words) > 1 and words[0] in _SURNAME_PARTICLES:
        words.pop(0)
    return " ".join(words)


def person_list_key(
    language: str, *, family: str, given: str, family_zh: str = "", given_zh: str = ""
) -> str:
    """Where a person files in a list of people (a delegation): by surname in the reader's language,
    umlauts folded (Ö as O, ß as ss) and a particle set aside, as :func:`person_sort_key_en` and
    :func:`person_sort_key_zh` have it."""
    key = person_sort_key_zh if language.startswith("zh") else person_sort_key_en
    return key(family=main_surname(family), given=given, family_zh=family_zh, given_zh=given_zh)


def _pinyin_key(syllables_tone3: list[str], text: str) -> str:
    """Dictionary order: syllable letters first, then tones, then the characters themselves."""
    letters = _SEP.join(s.rstrip("012345").replace("ü", "v") for s in syllables_tone3)
    tones = "".join(s[-1] if s[-1:].isdigit() else "0" for s in syllables_tone3)
    return f"{letters}\x01{tones}\x01{text}"


def person_sort_key_zh(*, family: str, given: str, family_zh: str = "", given_zh: str = "") -> str:
    """Chinese order: by the pinyin of the Chinese name; Latin names without one sort by their letters."""
    if given_first_in_chinese(family_zh, given_zh):
        # A transliterated name is looked up as it is written (阿卜杜拉·艾买提 under A for 阿).
        written = chinese_name(family_zh, given_zh)
        syl = pinyin_syllables("".join(ch for ch in written if ch not in NAME_DOTS), tones=True)
        return _pinyin_key(syl, written)
    if family_zh.strip() or given_zh.strip():
        syl = pinyin_syllables(family_zh.strip(), surname=True, tones=True) + pinyin_syllables(
            given_zh.strip(), tones=True
        )
        return _pinyin_key(syl, chinese_name(family_zh, given_zh))
    key = f"{_latin_key(family)}{_SEP}{_latin_key(given)}".strip()
    return key or "\uffff"


@lru_cache(maxsize=20_000)
def _org_key_en(name_en: str, name_zh: str) -> str:
    key = _latin_key(name_en)
    for article in _LEADING_ARTICLES:
        if key.startswith(article):
            key = key[len(article) :]
    if not key and name_zh.strip():
        key = " ".join(pinyin_syllables(name_zh.strip(), phrase=True))
    return key or "\uffff"


@lru_cache(maxsize=20_000)
def _org_key_zh(name_en: str, name_zh: str) -> str:
    if name_zh.strip():
        return _pinyin_key(pinyin_syllables(name_zh.strip(), tones=True, phrase=True), name_zh.strip())
    return _latin_key(name_en) or "\uffff"


def organisation_sort_key_en(*, name_en: str, name_zh: str = "") -> str:
    """English order of organisations: by the English name without a leading "The"."""
    return _org_key_en(name_en, name_zh)


def organisation_sort_key_zh(*, name_en: str, name_zh: str = "") -> str:
    """Chinese order of organisations: by the pinyin of the Chinese name."""
    return _org_key_zh(name_en, name_zh)


def initials(syllables: list[str]) -> str:
    """First letters of pinyin syllables or words: ["zhang", "wei"] -> "zw"."""
    return "".join(s[0] for s in syllables if s and s[0].isalpha())
