"""Japanese kana in Latin letters (Hepburn), so that "sakura" finds 佐藤さくら and "yamada" the
reading やまだ. Written from the published Hepburn table, no library.

Hiragana and katakana both read; the small ゃゅょ after an i-row kana make one syllable (きょ "kyo"),
the small っ doubles the next consonant (がっこう "gakkou", っち "tchi"), ー repeats the vowel before it.
Long vowels are written as typed on a keyboard ("tarou"); :func:`short_vowels` gives the form
passports and most Latin spellings use ("taro"). ん is "n" (before a vowel or y too: no apostrophe,
as a search query is typed).
"""

from __future__ import annotations

from functools import lru_cache

#: Hiragana (katakana are mapped onto them) -> Hepburn.
_SYLLABLES = {
    "あ": "a", "い": "i", "う": "u", "え": "e", "お": "o",
    "か": "ka", "き": "ki", "く": "ku", "け": "ke", "こ": "ko",
    "さ": "sa", "し": "shi", "す": "su", "せ": "se", "そ": "so",
    "た": "ta", "ち": "chi", "つ": "tsu", "て": "te", "と": "to",
    "な": "na", "に": "ni", "ぬ": "nu", "ね": "ne", "の": "no",
    "は": "ha", "ひ": "hi", "ふ": "fu", "へ": "he", "ほ": "ho",
    "ま": "ma", "み": "mi", "む": "mu", "め": "me", "も": "mo",
    "や": "ya", "ゆ": "yu", "よ": "yo",
    "ら": "ra", "り": "ri", "る": "ru", "れ": "re", "ろ": "ro",
    "わ": "wa", "ゐ": "i", "ゑ": "e", "を": "o", "ん": "n",
    "が": "ga", "ぎ": "gi", "ぐ": "gu", "げ": "ge", "ご": "go",
    "ざ": "za", "じ": "ji", "ず": "zu", "ぜ": "ze", "ぞ": "zo",
    "だ": "da", "ぢ": "ji", "づ": "zu", "で": "de", "ど": "do",
    "ば": "ba", "び": "bi", "ぶ": "bu", "べ": "be", "ぼ": "bo",
    "ぱ": "pa", "ぴ": "pi", "ぷ": "pu", "ぺ": "pe", "ぽ": "po",
    "ゔ": "vu", "ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o", "ゎ": "wa",
}  # fmt: skip
#: A small ゃゅょ after an i-row kana: the consonant part the pair keeps ("ki" + "ゃ" -> "kya").
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_KATAKANA_OFFSET = ord("ア") - ord("あ")


def _hiragana(ch: str) -> str:
    """A katakana letter as its hiragana (ア -> あ); anything else as it is."""
    return chr(ord(ch) - _KATAKANA_OFFSET) if "ァ" <= ch <= "ヶ" else ch


def other_script(text: str) -> str:
    """``text`` with hiragana as katakana and katakana as hiragana (かとう <-> カトウ): a reading is
    typed in either, and stored as the program that sent it wrote it."""
    return "".join(
        chr(ord(ch) + _KATAKANA_OFFSET)
        if "ぁ" <= ch <= "ゖ"
        else chr(ord(ch) - _KATAKANA_OFFSET)
        if "ァ" <= ch <= "ヶ"
        else ch
        for ch in text
    )


def is_kana(ch: str) -> bool:
    return "ぁ" <= ch <= "ゖ" or "ァ" <= ch <= "ヺ" or ch == "ー"


@lru_cache(maxsize=4096)
def romanise(text: str) -> str:
    """Kana in Hepburn, lower case ("さくら" -> "sakura", "キョウコ" -> "kyouko"); other characters
    are kept as they are."""
    out: list[str] = []
    double_next = False
    for ch in text:
        ch = _hiragana(ch)
        if ch == "っ":
            double_next = True
            continue
        if ch == "ー":
            if out and out[-1]:
                out.append(out[-1][-1])
            continue
        if ch in _SMALL_Y and out and out[-1].endswith("i") and len(out[-1]) > 1:
            stem = out[-1][:-1]
            out[-1] = stem + ("" if stem.endswith(("sh", "ch", "j")) else "y") + _SMALL_Y[ch]
            continue
        syllable = _SYLLABLES.get(ch, ch)
        if double_next and syllable and syllable[0].isalpha() and syllable[0] not in "aiueon":
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double_next = False
        out.append(syllable)
    return "".join(out)


def short_vowels(latin: str) -> str:
    """A Hepburn spelling with its long vowels written short, as passports do ("tarou" -> "taro",
    "yuuko" -> "yuko", "ooshima" -> "oshima")."""
    return latin.replace("ou", "o").replace("oo", "o").replace("uu", "u")
