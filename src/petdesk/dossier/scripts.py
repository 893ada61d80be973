"""Scripts whose letters are not drawn in stored order: Arabic (joined, right to left), Devanagari,
Bengali, Khmer and Myanmar.

reportlab draws one glyph per character, left to right, with no shaping engine (harfbuzz) and no
bidirectional algorithm (rlbidi) installed. So محمد عبد الله came out as separate letters in reverse
order and प्रिया with its ि after the प्र it precedes in writing (field test 67). This module turns such
text into the characters that draw right that way: Arabic letters into their joined presentation forms
(initial, medial, final, isolated, and the lām-alif ligatures), each right-to-left stretch reversed and
kept on one line (its spaces made no-break: broken after reversal, its words would swap lines);
Devanagari's short i moved before its consonant cluster. A conjunct such as प्र still shows its virama
(legible, as a typewriter writes it); Qt in the window shapes everything properly, and so does
reportlab for Devanagari and Bengali when ``uharfbuzz`` is installed (:mod:`petdesk.dossier.shaping`:
then their reordering here is skipped). Bengali (field tests
120 and 122) is drawn the same way: its pre-base vowel signs ি ে ৈ before their cluster, the two-part
ো ৌ split into ে and their right part, conjuncts such as ন্দ্র with their hasanta showing.

Khmer and Myanmar (field test 104: សុខ ចាន់ណា, အောင်ကျော်မင်း) store the vowel sign e (Khmer េ ែ ៃ,
Myanmar ေ) after its consonant cluster and draw it before; so do Khmer's subscript ro (្រ) and Myanmar's
medial ra (ြ), which wrap the consonant from the left. A consonant stacked under another (Khmer coeng
U+17D2, Myanmar virama U+1039, + consonant) has its own glyph in the font that only shaping reaches:
the dossier's subsets give those glyphs Private Use codes (:data:`PRIVATE_FORMS`), which this module
puts in their place. Khmer's two-part vowels (ោ ៅ ៀ ឿ ើ) are split into េ and their right part.
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
_ANY_KHMER_MYANMAR = re.compile("[\u1000-\u109f\u1780-\u17ff]")
_TATWEEL = "\u0640"
_LAM = "\u0644"
#: The letters lām must join into one ligature with (آ أ إ ا). The block's other lām ligatures (lām-ḥā',
#: lām-mīm, lām-yā' ...) are optional and do not join onward: used, الحسن and خليل broke apart.
_ALIFS = "\u0622\u0623\u0625\u0627"

_CONSONANT = "[\u0915-\u0939\u0958-\u095f\u0978-\u097f]\u093c?"
#: A consonant cluster (consonants joined by virama) followed by the vowel sign short i.
_SHORT_I = re.compile(f"((?:{_CONSONANT}\u094d)*{_CONSONANT})\u093f")

_BENGALI_CONSONANT = "[\u0995-\u09b9\u09dc\u09dd\u09df]\u09bc?"
#: A Bengali consonant cluster (consonants joined by hasanta) followed by a pre-base vowel sign ি ে ৈ.
_BENGALI_PRE_BASE = re.compile(f"((?:{_BENGALI_CONSONANT}\u09cd)*{_BENGALI_CONSONANT})([\u09bf\u09c7\u09c8])")
#: Bengali two-part vowels as the pre-base e and the right part (ো = ে + া, ৌ = ে + ৗ), as Unicode
#: decomposes them: NFC composes them again before :func:`visual` sees them.
_BENGALI_SPLIT = str.maketrans({"\u09cb": "\u09c7\u09be", "\u09cc": "\u09c7\u09d7"})
_ANY_BENGALI = re.compile("[\u0980-\u09ff]")
#: A Thai tone mark over an upper vowel (ั ิ ี ึ ื), a nikhahit, or before ำ: the Thai face's raised form
#: (U+F748-F74C). At its usual height ที่ hid its tone mark in the ี and น้ำ crossed the ำ's circle.
_THAI_TONE_HIGH = re.compile("(?<=[\u0e31\u0e34-\u0e37\u0e4d])[\u0e48-\u0e4c]|[\u0e48-\u0e4c](?=\u0e33)")


#: Khmer: a base (consonant or independent vowel), its subscripts (Private Use forms, see below), a
#: register shifter, then maybe the pre-base vowel sign េ ែ ៃ.
_KHMER_CLUSTER = re.compile("([\u1780-\u17b3])([\uf780-\uf7a2]*)([\u17c9\u17ca]?)([\u17c1-\u17c3]?)")
_KHMER_SUB_RO = "\uf79a"
#: Khmer two-part vowels as the pre-base e and the right part the font draws after the consonant.
_KHMER_SPLIT = str.maketrans(
    {
        "\u17be": "\u17c1\u17b8",  # ើ = េ + the mark of ី
        "\u17bf": "\u17c1\uf7bf",  # ឿ
        "\u17c0": "\u17c1\uf7c0",  # ៀ
        "\u17c4": "\u17c1\u17b6",  # ោ = េ + ា
        "\u17c5": "\u17c1\uf7c5",  # ៅ
    }
)
#: A register shifter (៉ ៊) before a vowel sign above takes the shape of ុ below (ស៊ី Si), as the font's
#: shaping draws it: above, it hid under the vowel.
_SHIFTER_BEFORE_ABOVE = re.compile("([\u17c9\u17ca])(?=[\u17b7-\u17ba])")
#: Myanmar: maybe a kinzi, a consonant, the consonants stacked under it, its medials (ျ ြ ွ ှ), maybe the
#: vowel sign e.
_MYANMAR_CLUSTER = re.compile(
    "(\uf6a0?)([\u1000-\u102a\u103f\u104e])([\uf600-\uf69f]*)([\u103b-\u103e]*)(\u1031?)"
)
#: Kinzi (င်္ before a consonant, as in အင်္ဂလိပ်): the font's one small mark above that consonant, drawn
#: after it; without it the dossier printed င် and a subscript.
_KINZI, _KINZI_FORM = "\u1004\u103a\u1039", "\uf6a0"
#: Medial ya with the medials under its tail as the font's ligatures: drawn apart, the wa of ကျွန်
#: overlapped the ya.
_MEDIAL_YA_FORMS = (("\u103b\u103d\u103e", "\uf6a2"), ("\u103b\u103d", "\uf6a1"), ("\u103b\u103e", "\uf6a3"))
#: Myanmar ု ူ after medial ya (and the vowels above between): the font's long forms (U+F62F, U+F630),
#: which reach below the ya's tail; the short ones sat on it (သင်္ချိုင်း).
_U_AFTER_YA = re.compile("(\u103b[\u102d\u102e\u1032\u1036]*)([\u102f\u1030])")
#: Khmer vowels below (ុ ូ ួ) after a subscript other than ro: the font's lowered forms (U+F7BB-F7BD),
#: as its positioning table moves them; at their usual height they overlapped the subscript (ស្តុ).
_KHMER_BELOW_SUBSCRIPT = re.compile("([\uf780-\uf799\uf79b-\uf7a2][\u17c9\u17ca]?)([\u17bb-\u17bd])")
_MEDIAL_RA, _MEDIAL_RA_WIDE = "\u103c", "\uf63c"
#: Tall aa with asat as the font's one glyph: drawn apart, the asat hid in the aa's hook (ဒေါ် Daw).
_TALL_AA_ASAT = "\uf62b"
#: Consonants as wide as two narrow ones: the font's wider medial ra wraps them (advance over 900 units).
_MYANMAR_WIDE = frozenset("ကဃဆညဏတထဘယလသဟအ")
#: Stacking mark + consonant → its Private Use subscript form (Khmer U+F7xx, Myanmar U+F6xx). Myanmar
#: wa (U+101D) has none: it stacks as the medial wa ွ, and the mark stays visible beside it.
_MYANMAR_STACKING = [c for c in range(0x1000, 0x1022) if c != 0x101D]
_STACKED = re.compile("\u17d2([\u1780-\u17a2])|\u1039([\u1000-\u101c\u101e-\u1021])")


def _private_forms() -> dict[str, str]:
    forms = {chr(code + 0xE000): "\u17d2" + chr(code) for code in range(0x1780, 0x17A3)}
    forms.update({chr(code + 0xE600): "\u1039" + chr(code) for code in _MYANMAR_STACKING})
    forms.update({"\uf7bf": "\u17bf", "\uf7c0": "\u17c0", "\uf7c5": "\u17c5", _MEDIAL_RA_WIDE: _MEDIAL_RA})
    forms[_TALL_AA_ASAT] = "\u102b\u103a"
    forms[_KINZI_FORM] = _KINZI
    forms.update({"\uf62f": "\u102f", "\uf630": "\u1030"})
    forms.update({form: medials for medials, form in _MEDIAL_YA_FORMS})
    forms.update({chr(code + 0xE000): chr(code) for code in range(0x17BB, 0x17BE)})
    forms.update({"\uf7c9": "\u17c9", "\uf7ca": "\u17ca"})
    forms.update({chr(code + 0xE900): chr(code) for code in range(0x0E48, 0x0E4D)})
    return forms


#: Private Use character the dossier faces draw → the text it stands for (for a PDF's copyable text).
PRIVATE_FORMS = _private_forms()


def _stacked(match: re.Match[str]) -> str:
    return chr(ord(match.group(1) or match.group(2)) + (0xE000 if match.group(1) else 0xE600))


def _khmer_cluster(match: re.Match[str]) -> str:
    base, subscripts, shifter, vowel = match.groups()
    ro = _KHMER_SUB_RO if _KHMER_SUB_RO in subscripts else ""
    return vowel + ro + base + subscripts.replace(_KHMER_SUB_RO, "") + shifter


def _myanmar_cluster(match: re.Match[str]) -> str:
    kinzi, consonant, stacked, medials, vowel = match.groups()
    ra = ""
    if _MEDIAL_RA in medials:
        ra = _MEDIAL_RA_WIDE if consonant in _MYANMAR_WIDE else _MEDIAL_RA
    medials = medials.replace(_MEDIAL_RA, "")
    for written, form in _MEDIAL_YA_FORMS:
        medials = medials.replace(written, form)
    return vowel + ra + consonant + kinzi + stacked + medials


def khmer_myanmar_visual(text: str) -> str:
    """Khmer and Myanmar ``text`` in the order and the forms the dossier faces draw it, left to right."""
    text = _STACKED.sub(_stacked, text.translate(_KHMER_SPLIT).replace(_KINZI, _KINZI_FORM))
    text = _KHMER_CLUSTER.sub(_khmer_cluster, text)
    text = _KHMER_BELOW_SUBSCRIPT.sub(lambda m: m[1] + chr(ord(m[2]) + 0xE000), text)
    text = _SHIFTER_BEFORE_ABOVE.sub(lambda m: chr(ord(m.group(1)) + 0xE000), text)
    text = _MYANMAR_CLUSTER.sub(_myanmar_cluster, text).replace("\u102b\u103a", _TALL_AA_ASAT)
    return _U_AFTER_YA.sub(lambda m: m[1] + chr(ord(m[2]) + 0xE600), text)


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


def visual(text: str, *, reorder_indic: bool = True) -> str:
    """``text`` as reportlab must draw it, left to right: Arabic stretches joined and reversed, the
    Devanagari short i and Bengali's pre-base vowel signs before their cluster, Thai tone marks over a
    vowel raised, Khmer and Myanmar as :func:`khmer_myanmar_visual` draws them. Other text is returned
    unchanged. ``reorder_indic=False`` leaves Devanagari and Bengali in logical order, for HarfBuzz to
    shape (:mod:`petdesk.dossier.shaping`): reordered twice, ि came out before a dotted circle."""
    if _ANY_KHMER_MYANMAR.search(text):
        text = khmer_myanmar_visual(text)
    if reorder_indic and "\u093f" in text:
        text = _SHORT_I.sub("\u093f\\1", text)
    text = _THAI_TONE_HIGH.sub(lambda m: chr(ord(m.group()) + 0xE900), text)
    if reorder_indic and _ANY_BENGALI.search(text):
        text = _BENGALI_PRE_BASE.sub("\\2\\1", text.translate(_BENGALI_SPLIT))
    if _ANY_ARABIC.search(text):
        text = _RTL_STRETCH.sub(
            lambda m: _reverse_clusters(shape_arabic(m.group())).replace(" ", "\u00a0"), text
        )
    return text
