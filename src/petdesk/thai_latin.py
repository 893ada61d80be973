"""Thai names in Latin letters for search only: "somchai" finds สมชาย, "siriporn" ศิริพร.

Written from the Royal Thai General System of Transcription (RTGS, Royal Institute 1999/2000: initial
and final values of the consonants, vowels without tone or length marks), with the inherent vowels
Thai does not write: "o" in a closed syllable (สม "som"), "a" in an open one before another syllable.
Beside RTGS the index holds the spelling Thai passports and e-mail addresses mostly use for names: จ as
"j", ี as "ee", ู as "oo", พ ภ ผ as "p", and a final ร as "rn" (ใจดี "jaidee", พร "porn"). The
syllables are found by rule, not by dictionary: good enough for names, not for running text.
"""

from __future__ import annotations

import re

#: RTGS initial values (the sort keys of ``romanise`` read them too)
INITIAL = {
    "ก": "k", "ข": "kh", "ฃ": "kh", "ค": "kh", "ฅ": "kh", "ฆ": "kh", "ง": "ng", "จ": "ch", "ฉ": "ch",
    "ช": "ch", "ซ": "s", "ฌ": "ch", "ญ": "y", "ฎ": "d", "ฏ": "t", "ฐ": "th", "ฑ": "th", "ฒ": "th",
    "ณ": "n", "ด": "d", "ต": "t", "ถ": "th", "ท": "th", "ธ": "th", "น": "n", "บ": "b", "ป": "p",
    "ผ": "ph", "ฝ": "f", "พ": "ph", "ฟ": "f", "ภ": "ph", "ม": "m", "ย": "y", "ร": "r", "ฤ": "rue",
    "ล": "l", "ฦ": "lue", "ว": "w", "ศ": "s", "ษ": "s", "ส": "s", "ห": "h", "ฬ": "l", "อ": "",
    "ฮ": "h",
}  # fmt: skip
#: RTGS final values (a consonant closing a syllable): k, t, p, n, m, ng, i, o
_FINAL = {
    **dict.fromkeys("กขคฆ", "k"), **dict.fromkeys("จชซฌฎฏฐฑฒดตถทธศษส", "t"),
    **dict.fromkeys("ญณนรลฬ", "n"), **dict.fromkeys("บปพฟภ", "p"), "ม": "m", "ง": "ng", "ย": "i",
    "ว": "o", "อ": "o",
}  # fmt: skip
#: vowel signs written after or over/under their consonant
_FOLLOWING = {
    "ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue", "ุ": "u",
    "ู": "u", "ๅ": "",
}  # fmt: skip
#: vowels written before their consonant (read after it)
_PREPOSED = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
#: preposed vowel + what follows the consonant -> the vowel (เ-ีย "ia", เ-า "ao" …), longest first
_COMPOUND = (
    ("เ", "ียว", "iao"), ("เ", "ือ", "uea"), ("เ", "ีย", "ia"), ("เ", "าะ", "o"), ("เ", "า", "ao"),
    ("เ", "อ", "oe"), ("เ", "ิ", "oe"), ("เ", "ะ", "e"), ("แ", "ะ", "ae"), ("โ", "ะ", "o"),
)  # fmt: skip
#: consonant + following letters that make one vowel (ัว "ua", ือ "ue", อ as "o")
_AFTER = (("ัว", "ua"), ("ือ", "ue"), ("ั", "a"))
#: a second consonant read with the first in one onset (กร, พร, กล, คว …)
_CLUSTER_FIRST = set("กขคตปพผ")
_CLUSTER_SECOND = set("รลว")
#: ห before a low sonorant only marks the tone (หญิง "ying", ใหญ่ "yai")
_SILENT_H_BEFORE = set("งญนมยรลว")
#: ร after these is not read, and ทร is "s" (false clusters: ศรี "si", ทราย "sai")
_SILENT_R_AFTER = set("จซศสท")
_SILENT = set("่้๊๋็")
_KILLER = "์"
_THAI_WORD = re.compile("[\u0e00-\u0e7f]+")
_HAS_THAI = re.compile("[\u0e00-\u0e7f]")


def has_thai(text: str) -> bool:
    return _HAS_THAI.search(text) is not None


def spellings(text: str) -> list[str]:
    """The Latin spellings of ``text``'s Thai words: RTGS, then the common one if it differs; other
    characters as they are. [] without Thai letters."""
    if not has_thai(text):
        return []
    rtgs = _THAI_WORD.sub(lambda m: "".join(s for s, _c in _syllables(m[0])), text)
    common = _THAI_WORD.sub(lambda m: "".join(c for _s, c in _syllables(m[0])), text)
    return [rtgs] if common == rtgs else [rtgs, common]


def _consonant(word: str, i: int) -> bool:
    return i < len(word) and word[i] in INITIAL


def _syllables(word: str) -> list[tuple[str, str]]:
    """(RTGS, common spelling) per syllable of a Thai word."""
    word = "".join(ch for ch in word if ch not in _SILENT)
    # the letter under the thanthakhat is not read, nor ร before it after ท or ต (จันทร์ "chan")
    word = re.sub(f"(?:[ทต]ร|[\u0e01-\u0e2e][\u0e34-\u0e39]?){_KILLER}", "", word)
    word = _silent_last_vowel(word)
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(word):
        pre = word[i] if word[i] in _PREPOSED else ""
        i += bool(pre)
        if not _consonant(word, i):  # a stray vowel sign or a preposed vowel at the end
            if pre or (i < len(word) and word[i] in _FOLLOWING):
                ch = pre or word[i]
                v = _PREPOSED.get(ch) or _FOLLOWING.get(ch, "")
                out.append((v, v))
            i += 1 if not pre else 0
            continue
        onset, onset_common, i = _onset(word, i, pre)
        vowel, letter = "", ""
        if not pre and (ro_han := _ro_han(word, i)):
            final, i = ro_han
            out.append((onset + "a" + _FINAL[final],) * 2)
            continue
        if pre:
            vowel = _PREPOSED[pre]
            for p, after, v in _COMPOUND:
                if p == pre and word.startswith(after, i):
                    vowel, i = v, i + len(after)
                    break
        else:
            for after, v in _AFTER:
                if word.startswith(after, i):
                    vowel, letter, i = v, after, i + len(after)
                    break
            else:
                if i < len(word) and word[i] in _FOLLOWING:
                    vowel, letter, i = _FOLLOWING[word[i]], word[i], i + 1
                elif word.startswith("อ", i) and not _followed_by_vowel(word, i):
                    vowel, i = "o", i + 1  # พอ "pho": อ as the vowel
                elif _ua(word, i):
                    vowel, letter, i = "ua", "ว", i + 1  # ชวน "chuan", หลวง "luang"
        final = ""
        if pre and pre in "ไใ" and word.startswith("ย", i):
            i += 1  # ไ and ใ take no final: the ย of ไทย is not read ("thai")
        # a ง not led by ห closes ห's syllable (หงส์ทอง "hongthong", see _leading_h)
        elif _closes(word, i, must=letter in ("ั", "ว") or word[i - 1 : i + 1] == "หง", inherent=not vowel):
            final, i = word[i], i + 1
            if word[i:] == "ร":  # ตร ending a word after a final: not read (ชินวัตร "chinwat")
                i += 1
        inherent = not vowel
        if inherent:
            vowel = "o" if final else "a"  # the vowel Thai does not write: สม "som", ปิยะ's ป has its own
        end = _FINAL[final] if final else ""
        common_vowel = {"ี": "ee", "ู": "oo"}.get(letter, vowel) if not final else vowel
        common_end = "rn" if final == "ร" and inherent else end  # พร "porn", กร "korn"
        out.append((onset + vowel + end, onset_common + common_vowel + common_end))
    return _short_open_i(out)


#: a word's last consonant with short ิ/ุ after ั or a long vowel: that vowel is not read
#: and the consonant closes the syllable before (ชาติ "chat", ประวัติ "prawat", ภูมิ "phum", เหตุ "het")
_SILENT_LAST_VOWEL = re.compile(
    "(?:(?<=[\u0e31\u0e32\u0e35\u0e37\u0e39])|(?<=[เแโ][\u0e01-\u0e2e]))([\u0e01-\u0e2e])[ิุ]$"
)


def _silent_last_vowel(word: str) -> str:
    """Pali and Sanskrit words end in a short i or u that Thai does not say after a long vowel (or ั):
    ชาติ is "chat", สุวรรณภูมิ "suwannaphum". After a short one it is said (ศิริ "siri")."""
    return _SILENT_LAST_VOWEL.sub(r"\1", word)


def _ro_han(word: str, i: int) -> tuple[str, int] | None:
    """ร หัน: รร at ``i`` after a consonant reads "a" closed by the next consonant (กรรม "kam", พรรณ
    "phan"), or "an" before one with a vowel of its own (บรรดา "banda"); the final and the index after
    it, None without รร. Read letter by letter it gave อุตสาหกรรม "utsahakonrom" (field test 120)."""
    if not word.startswith("รร", i):
        return None
    i += 2
    if word.startswith("ม", i) and i + 1 < len(word) and word[i + 1] not in _PREPOSED:
        # รรม before another syllable is "amma": the ม closes and opens (ธรรมชาติ "thammachat",
        # กรรมการ "kammakan", ธรรมะ "thamma"); before a preposed vowel it only closes (ธรรมเนียม)
        return "ม", i
    if i < len(word) and word[i] in _FINAL and not _followed_by_vowel(word, i):
        return word[i], i + 1
    return "น", i


def _short_open_i(out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ิ inside a name is short and written "i" (ศิริ "siri"); only a word's last ี/ู reads "ee"/"oo"
    (ใจดี "jaidee")."""
    last = len(out) - 1
    short = {"ee": "i", "oo": "u"}
    return [
        (r, c[:-2] + short[c[-2:]] if n < last and c[-2:] in short else c) for n, (r, c) in enumerate(out)
    ]


def _closes(word: str, i: int, *, must: bool, inherent: bool) -> bool:
    """Whether the consonant at ``i`` closes the syllable before it rather than opening the next. It
    does at a word's end, after ั, before a preposed vowel, and before a consonant (or a pair) with a
    vowel of its own; it opens a syllable of the inherent o when just one consonant follows it to the
    word's end (มานพ "manop"). After a written vowel it otherwise closes (พิมชนก "phimchanok"); after
    an inherent one it does only before the word's last two letters (สมพร "somphon"). A guess without a
    dictionary: ธนพล reads "thonphon", not "thanaphon"."""
    if word[i : i + 1] not in _FINAL or _followed_by_vowel(word, i) or _ro_han(word, i + 1):
        # before รร a consonant opens its syllable (สุวรรณ "suwan", not "suo-")
        # ห ฮ ฉ ผ ฝ never end a syllable: they open the next (สห "saha"); a ห read as a final raised
        # KeyError and ended the import of any list naming an อุตสาหกรรม or สหกรณ์ (field test 120)
        return False
    if i + 1 >= len(word) or must or word[i + 1] in _PREPOSED:
        return True
    if i + 2 == len(word):
        return False
    if _followed_by_vowel(word, i + 1) or (_consonant(word, i + 2) and _followed_by_vowel(word, i + 2)):
        return True
    return not inherent or i + 3 == len(word)


def _followed_by_vowel(word: str, i: int) -> bool:
    nxt = word[i + 1] if i + 1 < len(word) else ""
    return nxt in _FOLLOWING or nxt == "ั"


def _onset(word: str, i: int, pre: str = "") -> tuple[str, str, int]:
    """The syllable's first consonant(s) at ``i`` in RTGS and the common spelling, and the index after;
    ``pre`` is the preposed vowel written before them."""
    first = word[i]
    if first == "ห" and _leading_h(word, i):
        first, i = word[i + 1], i + 1
    elif first in _SILENT_R_AFTER and word[i + 1 : i + 2] == "ร" and _followed_by_vowel(word, i + 1):
        sound = "s" if first == "ท" else INITIAL[first]  # ศรี "si", ทราย "sai", จริง "ching"
        return sound, _common(first, sound), i + 2
    elif (
        first in _CLUSTER_FIRST
        and i + 1 < len(word)
        and word[i + 1] in _CLUSTER_SECOND
        and (_followed_by_vowel(word, i + 1) or (pre and _pre_cluster(word, i + 1)))
    ):
        pair = INITIAL[first] + INITIAL[word[i + 1]]
        return pair, _common(first, pair), i + 2
    return INITIAL[first], _common(first, INITIAL[first]), i + 1


def _pre_cluster(word: str, i: int) -> bool:
    """After a preposed vowel ร and ล at ``i`` cannot close the syllable, so they join the onset (ไกร
    "krai", เพลง "phleng"); ว does before a final (แขวง "khwaeng") but not at the end (แก้ว "kaeo")."""
    return word[i] in "รล" or (word[i] == "ว" and _consonant(word, i + 1))


def _ua(word: str, i: int) -> bool:
    """ว between an onset and a final is the vowel "ua" Thai writes without ั when closed (ชวน
    "chuan", ด้วย "duai"); not before a consonant with a vowel of its own (ชวลิต "chawalit"), nor
    before ร, which reads "on" after it (บวร "bawon")."""
    return (
        word.startswith("ว", i)
        and word[i + 1 : i + 2] in _FINAL
        and word[i + 1] != "ร"
        and not _followed_by_vowel(word, i + 1)
        and word[i + 2 : i + 3] not in ("ร", "อ")
    )


def _leading_h(word: str, i: int) -> bool:
    """Whether the ห at ``i`` only sets the tone of the sonorant after it (หญิง "ying", เหนือ "nuea").
    ง is the one sonorant that mostly closes ห's own syllable: it is an onset only with a vowel after
    it (เหงา "ngao", หงอก "ngok"), else a final (แห่ง "haeng", หงส์ "hong")."""
    nxt = word[i + 1 : i + 2]
    if nxt == "ง":
        return _followed_by_vowel(word, i + 1) or word[i + 2 : i + 3] == "อ"
    return nxt != "" and nxt in _SILENT_H_BEFORE


def _common(letter: str, rtgs: str) -> str:
    if letter in "พภผ":
        return rtgs.replace("ph", "p", 1)
    if letter == "จ":
        return "j" + rtgs[2:]
    return rtgs
