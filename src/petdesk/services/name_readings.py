"""How a name sounds, in Latin letters, so that names in different scripts can be compared.

An import that finds a row's phone or e-mail on a known person must not take "Hanako Yamada" for
山田太郎 (ヤマダ タロウ) just because one name is in Latin letters and the other in kanji: an office
switchboard or a reused sample number is shared by different people. Here each name becomes its
reading (the Latin name itself; a Chinese name's pinyin; a Japanese name's kana reading in
romaji), and two readings differ when neither holds the other's words.
"""

from __future__ import annotations

import re
import unicodedata

from petdesk.services.matching import (
    chinese_name_pinyin,
    fold_latin,
    korean_name_spellings,
    same_chinese_name,
)
from petdesk.services.names_by_script import has_hangul, has_kana

#: (family, given, family_zh, given_zh), as ``import_keys.Person.parts``.
Parts = tuple[str, str, str, str]

#: Romaji of each hiragana (katakana are turned into hiragana first).
_KANA_ROWS = (
    ("あいうえお", "a i u e o"),
    ("かきくけこ", "ka ki ku ke ko"),
    ("がぎぐげご", "ga gi gu ge go"),
    ("さしすせそ", "sa shi su se so"),
    ("ざじずぜぞ", "za ji zu ze zo"),
    ("たちつてと", "ta chi tsu te to"),
    ("だぢづでど", "da ji zu de do"),
    ("なにぬねの", "na ni nu ne no"),
    ("はひふへほ", "ha hi fu he ho"),
    ("ばびぶべぼ", "ba bi bu be bo"),
    ("ぱぴぷぺぽ", "pa pi pu pe po"),
    ("まみむめも", "ma mi mu me mo"),
    ("やゆよ", "ya yu yo"),
    ("らりるれろ", "ra ri ru re ro"),
    ("わゐゑをん", "wa i e o n"),
    ("ぁぃぅぇぉゎゔ", "a i u e o wa vu"),
)
_KANA = {
    kana: romaji for row, romajis in _KANA_ROWS for kana, romaji in zip(row, romajis.split(), strict=True)
}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
#: Long vowels written out ("Tarou", "Satoh", "Yuuki") read as the short ones ("Taro", "Sato", "Yuki").
_LONG_VOWELS = re.compile(r"ou|oh(?![aeiouy])|([aeiou])\1")


def kana_romaji(text: str) -> str:
    """Hepburn romaji of a kana reading ("ヤマダ", "ﾔﾏﾀﾞ", "やまだ" -> "yamada"); "" when the text has
    anything but kana (kanji in a reading field say nothing about the sound)."""
    text = unicodedata.normalize("NFKC", text or "").replace(" ", "").replace("\u3000", "")
    out: list[str] = []
    double_next = False
    for ch in text:
        if "ァ" <= ch <= "ヶ":  # katakana -> hiragana
            ch = chr(ord(ch) - 0x60)
        if ch == "っ":
            double_next = True
            continue
        if ch == "ー":  # long vowel mark: the vowel is read short anyway (_LONG_VOWELS)
            continue
        if ch in _SMALL_Y and out and out[-1].endswith("i"):
            last = out.pop()[:-1]  # "ki" + "ゃ" -> "kya", "shi" + "ゃ" -> "sha"
            out.append(last + ("" if last in ("sh", "ch", "j") else "y") + _SMALL_Y[ch])
            continue
        romaji = _KANA.get(ch)
        if romaji is None:
            return ""
        out.append(romaji[0] + romaji if double_next and romaji[0] not in "aeioun" else romaji)
        double_next = False
    return "".join(out)


def _loose(word: str) -> str:
    return _LONG_VOWELS.sub(lambda m: m.group(0)[0], word)


def _reading_part(text: str) -> str:
    """One phonetic field as folded Latin letters: kana in romaji, Latin letters folded, else ""."""
    if has_kana(text):
        return kana_romaji(text)
    folded = fold_latin(text)
    return folded if folded.isascii() else ""


def name_reading(parts: Parts, phonetic: tuple[str, str] = ("", ""), language: str = "") -> tuple[str, str]:
    """(family, given) as they sound, folded Latin letters ("" where unknown).

    The Latin name when there is one; else the native name's reading: the record's phonetic fields
    (kana or Latin letters), a name written in kana itself, or for a Chinese name (``language`` "")
    its pinyin; for a Korean name in Hangul its romanisation, the family name's usual spelling
    (``petdesk.hangul``). Japanese kanji and Korean Hanja without a reading stay unknown: their
    Mandarin reading is not how they sound."""
    family, given, family_zh, given_zh = parts
    if family or given:
        return fold_latin(family), fold_latin(given)
    if not (family_zh or given_zh):
        return "", ""
    reading = tuple(_reading_part(p) for p in phonetic)
    if any(reading):
        return reading[0], reading[1]
    if language == "ja" or has_kana(family_zh + given_zh):
        return kana_romaji(family_zh), kana_romaji(given_zh)
    if language == "ko" or has_hangul(family_zh + given_zh):
        spellings = korean_name_spellings(family_zh, given_zh)  # Hanja without a reading stay unknown
        return spellings[0] if spellings else ("", "")
    pinyin = chinese_name_pinyin(family_zh, given_zh)
    return fold_latin(pinyin[0]), fold_latin(pinyin[1])


def readings_differ(a: Parts, a_reading: tuple[str, str], b: Parts, b_reading: tuple[str, str]) -> bool:
    """Whether two names, one of them in a native script only, sound like two people: neither
    reading's words are among the other's, in either order ("Hanako Yamada" / やまだ たろう differ;
    "Zhang Wei", "Wei Zhang" and 张伟 agree; "Yamada" alone agrees with both: a name missing on one
    side is no conflict). Two Latin names are compared as written, not here
    (``matching.names_conflict``)."""
    if (a[0] or a[1]) and (b[0] or b[1]):
        return False
    if _same_native_name(a, b):
        # 최지우 and 최지우 "CHOI Ji-woo": a passport spelling is no other reading of the same name
        return False
    if _korean_spelling_agrees(a, b) or _korean_spelling_agrees(b, a):
        return False
    words_a = {_loose(w) for w in a_reading if w}
    words_b = {_loose(w) for w in b_reading if w}
    if not words_a or not words_b:
        return False
    return not (words_a <= words_b or words_b <= words_a)


def _same_native_name(a: Parts, b: Parts) -> bool:
    native_a, native_b = f"{a[2]}{a[3]}".strip(), f"{b[2]}{b[3]}".strip()
    return bool(native_a) and same_chinese_name(native_a, native_b)


def _korean_spelling_agrees(korean: Parts, latin: Parts) -> bool:
    """Whether a Latin name is a spelling of a Hangul one, family name in any of its spellings
    (이 Lee, Yi, Rhee), words in either order and however split: "Kim Minjun", "Minjun Kim",
    "KIM Min-jun" and "Kim Min Jun" (stored as given "Kim Min", family "Jun") all spell 김민준;
    "Kim" alone agrees too, as a name missing on one side is no conflict."""
    if korean[0] or korean[1] or not (latin[0] or latin[1]):
        return False
    forms: set[str] = set()
    for family, given in korean_name_spellings(korean[2], korean[3]):
        forms |= {family + given, given + family, family, given}
    if not forms:
        return False
    family, given = fold_latin(latin[0]), fold_latin(latin[1])
    return bool({family + given, given + family} & forms)
