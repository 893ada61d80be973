"""Cyrillic and Greek names in Latin letters, so that "irina" finds Ирина and "papadopoulos" finds
Παπαδόπουλος (field test 67: a delegation from Russia, Mongolia and Greece was found only by e-mail).

Written from the common passport-style tables (no library): Russian and Mongolian Cyrillic as in
BGN/PCGN without diacritics (ж "zh", х "kh", ц "ts", ю "yu"; Mongolian ө "o", ү "u"), and, because
Mongolian passports write ж as "j" (Дорж "Dorj"), that spelling too; Greek as in ELOT 743 (ου "ou",
αυ/ευ "av"/"ev", χ "ch", η "i"). Input is folded first (:func:`petdesk.chinese_names.fold`), so the
tables hold lower-case letters without accents. Other scripts pass through unchanged.
"""

from __future__ import annotations

import re

_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
        "ь": "", "э": "e", "ю": "yu", "я": "ya", "ө": "o", "ү": "u", "і": "i", "є": "ye", "ґ": "g",
    }
)  # fmt: skip
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
    return out
