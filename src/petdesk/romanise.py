"""Cyrillic and Greek names in Latin letters, so that "irina" finds Ирина and "papadopoulos" finds
Παπαδόπουλος (field test 67: a delegation from Russia, Mongolia and Greece was found only by e-mail).

Written from the common passport-style tables (no library): Russian and Mongolian Cyrillic as in
BGN/PCGN without diacritics (ж "zh", х "kh", ц "ts", ю "yu"; Mongolian ө "o", ү "u"), and, because
Mongolian passports write ж as "j" (Дорж "Dorj") and ө as "u" (Өлзий "Ulzii"), those spellings
too; Greek as in ELOT 743 (ου "ou", αυ/ευ "av"/"ev", χ "ch", η "i"). Input is folded first
(:func:`petdesk.chinese_names.fold`), so the tables hold lower-case letters without accents. Other
scripts pass through unchanged. Kazakh letters (ә ғ қ ң ұ һ) as Kazakh passports write them (field
test 82).
"""

from __future__ import annotations

import re
import unicodedata

from petdesk.thai_latin import INITIAL

_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
        "ь": "", "э": "e", "ю": "yu", "я": "ya", "ө": "o", "ү": "u", "і": "i", "є": "ye", "ґ": "g",
        # Kazakh as its passports write it (field test 82: "zhumabekova" missed Жұмабекова)
        "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ұ": "u", "һ": "h",
    }
)  # fmt: skip
#: е starting a word, written "ye" by BGN/PCGN and Kazakh passports (Ержан "Yerzhan", Елена "Yelena")
_WORD_START_E = re.compile(r"(?<![\w])е")
#: αυ, ευ, ηυ before a voiceless consonant or at a word's end: "af", "ef", "if" (ELOT 743: Ευθύμιος
#: "Efthymios"); elsewhere "av", "ev", "iv" (Αύγουστος "Avgoustos").
_GREEK_VOICELESS_U = re.compile(r"([αεη])υ(?=[θκξπσςτφχψ]|\b)")
_GREEK_PAIRS = (("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("ηυ", "iv"), ("γγ", "ng"), ("γκ", "gk"))
_GREEK = str.maketrans(
    {
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
        "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
        "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
    }
)  # fmt: skip
_HAS_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
#: ий, ый at a word's end once й is "y" (:func:`with_short_i_as_y`, then folded)
_ENGLISH_Y_ENDING = re.compile(r"[иы]y\b")


def has_letters_to_romanise(text: str) -> bool:
    return _HAS_CYRILLIC_OR_GREEK.search(text) is not None


#: What field test 82 changed the spellings of: a Kazakh letter, or е starting a word
_KAZAKH_OR_WORD_START_E = re.compile(r"[әғқңұһ]|(?<![\w])е")


def has_kazakh_or_word_start_e(folded: str) -> bool:
    """Whether a folded text's spellings differ from those before field test 82 (Жұмабекова, Ержан):
    ``0067_central_asian_spellings`` re-indexes only such names."""
    return _KAZAKH_OR_WORD_START_E.search(folded) is not None


def spellings(folded: str, short_i_as_y: str = "") -> list[str]:
    """The Latin spellings of a folded text with Cyrillic or Greek letters (empty if it has none):
    the passport-style one first, then the Mongolian "j" for ж where it differs, then, given
    ``short_i_as_y`` (the text folded after :func:`with_short_i_as_y`), the "y" of BGN/PCGN for й:
    folding reads й as и, so Сергей was only "sergei" and "sergey" found nobody; and with it -ий/-ый
    ending a word as the English "y" (Московский "moskovsky", Юрий "yury")."""
    if not has_letters_to_romanise(folded):
        return []
    out = _spellings(folded)
    if short_i_as_y and short_i_as_y != folded:
        out += [s for s in _spellings(short_i_as_y) if s not in out]
        # -ий/-ый at a word's end as English writes it: "y" (Dostoevsky, Moskovsky University)
        english = _ENGLISH_Y_ENDING.sub("y", short_i_as_y)
        if english != short_i_as_y:
            out += [s for s in _spellings(english) if s not in out]
    return out


def with_short_i_as_y(text: str) -> str:
    """``text`` with й written "y", before folding turns it into и."""
    return text.replace("й", "y").replace("Й", "Y")


def _spellings(folded: str) -> list[str]:
    greek = _GREEK_VOICELESS_U.sub(lambda m: {"α": "af", "ε": "ef", "η": "if"}[m[1]], folded)
    for pair, latin in _GREEK_PAIRS:
        greek = greek.replace(pair, latin)
    common = greek.translate(_GREEK).translate(_CYRILLIC)
    out = [common]
    if "ж" in folded:
        out.append(greek.replace("ж", "j").translate(_GREEK).translate(_CYRILLIC))
    if "ө" in folded:
        # Mongolian passports (MNS 5217:2012) write ө as "u": Өлзийбаяр "Ulziibayar" (field test 119:
        # the passport's spelling found nobody); with ж as "j" too (Өлзийжаргал "Ulziijargal")
        passport = greek.replace("ж", "j").replace("ө", "u").translate(_GREEK).translate(_CYRILLIC)
        out += [passport] if passport not in out else []
    initial_ye = _WORD_START_E.sub("ye", greek).translate(_GREEK).translate(_CYRILLIC)
    if initial_ye not in out:
        out.append(initial_ye)
    return out


# -- Devanagari -------------------------------------------------------------------------------------
# Hindi, Marathi and Nepali names in the plain Latin letters their bearers write them in (प्रिया शर्मा
# "Priya Sharma"): Hunterian without diacritics (ā as "a", ś and ṣ as "sh"), the inherent a of a
# word's last consonant dropped as Hindi speaks it (राम "ram", not "rama"); a medial one stays.

_DEVANAGARI_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh",
    "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d",
    "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r",
    "ल": "l", "ळ": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h",
}  # fmt: skip
#: a consonant with a nukta, as its own letter or decomposed (ज + ़)
_DEVANAGARI_NUKTA = {"क": "q", "ख": "kh", "ग": "gh", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y"}
_DEVANAGARI_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai",
    "ओ": "o", "औ": "au", "ऑ": "o", "ऍ": "e",
}  # fmt: skip
_DEVANAGARI_SIGNS = {
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai", "ो": "o",
    "ौ": "au", "ॉ": "o", "ॅ": "e",
}  # fmt: skip
_DEVANAGARI_MARKS = {"ं": "n", "ँ": "n", "ः": "h", "ऽ": ""}
_VIRAMA, _NUKTA = "्", "़"
_HAS_DEVANAGARI = re.compile("[\u0900-\u097f]")


def has_devanagari(text: str) -> bool:
    return _HAS_DEVANAGARI.search(text) is not None


def devanagari_latin(text: str) -> str:
    """``text`` with its Devanagari words in Latin letters (प्रिया शर्मा -> "priya sharma"); other
    characters as they are."""
    text = unicodedata.normalize("NFD", text)  # क़ as क + ़
    return re.sub("[\u0900-\u097f]+", lambda m: _devanagari_word(m[0]), text)


def _devanagari_word(word: str) -> str:
    out: list[str] = []
    pending_a = False  # a consonant written so far keeps its inherent a unless a sign follows
    conjunct = False  # the last consonant ends a cluster (त्य, ष्ण)
    for i, ch in enumerate(word):
        following = word[i + 1] if i + 1 < len(word) else ""
        if ch in _DEVANAGARI_CONSONANTS:
            if pending_a:
                out.append("a")
            out.append(_DEVANAGARI_NUKTA[ch] if following == _NUKTA else _DEVANAGARI_CONSONANTS[ch])
            pending_a = True
            conjunct = i > 0 and word[i - 1] == _VIRAMA
        elif ch == _NUKTA:
            continue
        elif ch == _VIRAMA or ch in _DEVANAGARI_SIGNS:
            out.append(_DEVANAGARI_SIGNS.get(ch, ""))
            pending_a = False
        else:
            if pending_a and ch in _DEVANAGARI_MARKS:
                out.append("a")  # शंकर: the a before the n
            pending_a = False
            out.append(_DEVANAGARI_VOWELS.get(ch, _DEVANAGARI_MARKS.get(ch, ch)))
    # the last consonant's a is not spoken (राम "ram"), but it is after a cluster (आदित्य "aditya",
    # कृष्ण "krishna") and in a word of one letter (न "na")
    if pending_a and (conjunct or len(out) == 1):
        out.append("a")
    return "".join(out)


# -- Arabic and Thai --------------------------------------------------------------------------------
# Only for filing: an Arabic or Thai name without a recorded Latin spelling sorts among the Latin names
# by a plain letter-for-letter reading (محمد "mhmd" under M, สมชาย "smchay" under S), not after Zhou.
# Arabic writes no short vowels, Thai no inherent ones, so these are not spellings anyone types; a
# recorded Latin reading (the contact's phonetic fields) always comes first.

_ARABIC = str.maketrans(
    {
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
        "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
        "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l",
        "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "u", "ي": "i", "ى": "a", "ء": "", "ئ": "", "ؤ": "",
        "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "i", "ـ": "",
    }
)  # fmt: skip
#: و and ي start a word as consonants ("w", "y"), elsewhere read as the long vowels "u", "i"
_ARABIC_GLIDE_START = re.compile(r"(?<![\u0621-\u064a])([وي])")
#: the article ال written onto its word: "al-" (المنصوري "al-mnsuri"), set aside by sort keys as "al " is
_ARABIC_ARTICLE = re.compile(r"(?<![\u0621-\u064a])ال(?=[\u0621-\u064a]{2})")
#: ع starting a word carries its vowel: Ali, Omar, Abdullah (علي, عمر, عبدالله) file under A, as their
#: Latin spellings mostly do; left out there it filed them as "li", "mr", "bdallh" (under L, M, B)
_ARABIC_AIN_START = re.compile(r"(?<![\u0621-\u064a])ع")
#: short-vowel signs, shadda, sukun, tatweel: not letters
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")

#: a sort key reads a bare อ as "o", where search's RTGS has it silent (it carries the vowel)
_THAI_CONSONANTS = {**INITIAL, "อ": "o"}
_THAI_VOWELS = {
    "ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue", "ื": "ue", "ุ": "u",
    "ู": "u", "เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai", "ๅ": "",
}  # fmt: skip
#: vowels written before the consonant they follow in speech (เ, แ, โ, ใ, ไ)
_THAI_PREPOSED = "เแโใไ"
#: tone marks and the short-vowel sign ็: no letters
_THAI_SILENT = "่้๊๋็"
_THAI_KILLER = "์"  # thanthakhat: the consonant under it is not read
_HAS_ARABIC_OR_THAI = re.compile("[\u0600-\u06ff\u0e00-\u0e7f]")


def has_arabic_or_thai(text: str) -> bool:
    return _HAS_ARABIC_OR_THAI.search(text) is not None


def arabic_thai_latin(text: str) -> str:
    """``text`` with its Arabic and Thai letters read plainly in Latin ones (خالد المنصوري "khald
    al-mnsuri", สมชาย ใจดี "smchay chaidi"); other characters as they are."""
    text = _ARABIC_MARKS.sub("", text)
    text = _ARABIC_ARTICLE.sub("al-", text)
    text = _ARABIC_GLIDE_START.sub(lambda m: "w" if m[1] == "و" else "y", text)
    text = _ARABIC_AIN_START.sub("a", text)
    text = text.translate(_ARABIC)
    return re.sub("[\u0e00-\u0e7f]+", lambda m: _thai_word(m[0]), text)


def _thai_word(word: str) -> str:
    out: list[str] = []
    preposed = ""  # a vowel written before its consonant, read after it
    for ch in word:
        if ch in _THAI_PREPOSED:
            preposed = _THAI_VOWELS[ch]
        elif ch in _THAI_CONSONANTS:
            out.append(_THAI_CONSONANTS[ch] + preposed)
            preposed = ""
        elif ch == _THAI_KILLER:
            if out:
                out.pop()
        elif ch in _THAI_SILENT:
            continue
        else:
            out.append(_THAI_VOWELS.get(ch, ch))
    return "".join(out) + preposed
