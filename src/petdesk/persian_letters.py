"""Persian letters as search and duplicates compare them with Arabic ones (field test 125, Tehran).

A Persian keyboard types ی (U+06CC) and ک (U+06A9), an Arabic one ي (U+064A), ى (U+0649) and ك
(U+0643): the same name علی کریمی arrives as علي كريمي from an Arabic-keyboard sheet, and Excel's
Windows-1256 has no ی at all (it writes ي). Persian also joins a word's parts with a zero-width
non-joiner (نیک‌پور), which a typist as often leaves out (نیکپور). Folded one way, these are one name.
"""

from __future__ import annotations

#: Persian and final Arabic forms -> the Arabic letter :mod:`petdesk.arabic_names` lists; ZWNJ dropped
_AS_ARABIC = str.maketrans({"ی": "ي", "ى": "ي", "ک": "ك", "\u200c": None})
#: A GLOB of the text these letters change, for the records ``0077_persian_letters`` re-indexes
PERSIAN_FORMS_GLOB = "*[یىک\u200c]*"


def as_arabic_letters(text: str) -> str:
    """``text`` with ی, ى as ي, ک as ك and without ZWNJ: "نیک‌پور" -> "نيكپور"."""
    return text.translate(_AS_ARABIC)
