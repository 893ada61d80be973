"""Scripts whose letters are not drawn in stored order: Arabic (joined, right to left) and Devanagari.

reportlab draws one glyph per character, left to right, with no shaping engine (harfbuzz) and no
bidirectional algorithm (rlbidi) installed. So محمد عبد الله came out as separate letters in reverse
order and प्रिया with its ि after the प्र it precedes in writing (field test 67). This module turns such
text into the characters that draw right that way: Arabic letters into their joined presentation forms
(initial, medial, final, isolated, and the lām-alif ligatures), each right-to-left stretch reversed and
kept on one line (its spaces made no-break: broken after reversal, its words would swap lines);
Devanagari's short i moved before its consonant cluster. A conjunct such as प्र still shows its virama
(legible, as a typewriter writes it); Qt in the window shapes everything properly.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

#: Arabic letters and marks (digits excluded: numbers read left to right even in Arabic text).
_ARABIC = "\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
#: Digits (European and Arabic-Indic): a number keeps its left-to-right order inside Arabic text.
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_NUMBER = f"[{_DIGITS}]+(?:[.,:/][{_DIGITS}]+)*"
#: A right-to-left stretch: Arabic words with the spaces, numbers and punctuation between them, a
#: number that ends it ("شارع 26") and brackets around it. Stopping at a digit or bracket reversed
#: each piece on its own but kept the pieces' order: "مرحبا 2026 عالم" printed its first word leftmost.
_RTL_STRETCH = re.compile(
    f"[(\\[]?[{_ARABIC}]+(?:[ \u00a0\\-/.,:()\\[\\]{_DIGITS}]+[{_ARABIC}]+)*(?:[ \u00a0]*{_NUMBER})?[)\\]]?"
)
_NUMBER_OR_CHAR = re.compile(f"{_NUMBER}|.", re.S)
_MIRRORED = str.maketrans("()[]", ")(][")
_ANY_ARABIC = re.compile(f"[{_ARABIC}]")
_TATWEEL = "\u0640"
_LAM = "\u0644"
#: The letters lām must join into one ligature with (آ أ إ ا). The block's other lām ligatures (lām-ḥā',
#: lām-mīm, lām-yā' ...) are optional and do not join onward: used, الحسن and خليل broke apart.
_ALIFS = "\u0622\u0623\u0625\u0627"

_CONSONANT = "[\u0915-\u0939\u0958-\u095f\u0978-\u097f]\u093c?"
#: A consonant cluster (consonants joined by virama) followed by the vowel sign short i.
_SHORT_I = re.compile(f"((?:{_CONSONANT}\u094d)*{_CONSONANT})\u093f")


@cache
def _forms() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """(letter, form) → presentation character, and (alif, form) → lām-alif ligature, from Unicode's
    own decompositions of the presentation-form blocks."""
    single: dict[tuple[str, str], str] = {}
    lam_alif: dict[tuple[str, str], str] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) < 2 or parts[0] not in ("<isolated>", "<final>", "<initial>", "<medial>"):
            continue
        form, letters = parts[0].strip("<>"), "".join(chr(int(p, 16)) for p in parts[1:])
        if len(letters) == 1:
            single.setdefault((letters, form), chr(code))
        elif len(letters) == 2 and letters[0] == _LAM and letters[1] in _ALIFS:
            lam_alif.setdefault((letters[1], form), chr(code))
    return single, lam_alif


def _joins_forward(char: str) -> bool:
    """The letter connects to the one after it (dual-joining letters and tatweel)."""
    return char == _TATWEEL or (char, "medial") in _forms()[0]


def _joins_back(char: str) -> bool:
    """The letter connects to the one before it (dual- and right-joining letters, tatweel)."""
    return char == _TATWEEL or (char, "final") in _forms()[0]


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def shape_arabic(text: str) -> str:
    """Arabic letters of ``text`` (logical order) as their joined presentation forms, still logical."""
    single, lam_alif = _forms()
    letters = [(i, c) for i, c in enumerate(text) if not _is_mark(c)]  # marks are transparent
    out = list(text)
    skip: set[int] = set()
    for n, (i, char) in enumerate(letters):
        if i in skip:
            continue
        before = letters[n - 1][1] if n > 0 else ""
        after_index, after = letters[n + 1] if n + 1 < len(letters) else (-1, "")
        joined_before = bool(before) and _joins_forward(before) and _joins_back(char)
        if char == _LAM and after and (after, "isolated") in lam_alif:
            form = "final" if joined_before else "isolated"
            out[i], out[after_index] = lam_alif[(after, form)], ""
            skip.add(after_index)
            continue
        joined_after = bool(after) and _joins_forward(char) and _joins_back(after)
        form = {
            (True, True): "medial",
            (True, False): "final",
            (False, True): "initial",
            (False, False): "isolated",
        }[(joined_before, joined_after)]
        out[i] = single.get((char, form), char)
    return "".join(out)


def _reverse_clusters(stretch: str) -> str:
    """The stretch in drawing order: reversed, each letter kept before its combining marks, each
    number read left to right and brackets mirrored (the "(" that opens is drawn on the right)."""
    clusters: list[str] = []
    for piece in _NUMBER_OR_CHAR.findall(stretch):
        if clusters and len(piece) == 1 and _is_mark(piece):
            clusters[-1] += piece
        else:
            clusters.append(piece)
    return "".join(reversed(clusters)).translate(_MIRRORED)


def visual(text: str) -> str:
    """``text`` as reportlab must draw it, left to right: Arabic stretches joined and reversed, the
    Devanagari short i before its cluster. Other text is returned unchanged."""
    if "\u093f" in text:
        text = _SHORT_I.sub("\u093f\\1", text)
    if _ANY_ARABIC.search(text):
        text = _RTL_STRETCH.sub(
            lambda m: _reverse_clusters(shape_arabic(m.group())).replace(" ", "\u00a0"), text
        )
    return text
