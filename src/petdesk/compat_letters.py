"""NFKC for text that is stored, keeping the letters whose compatibility form is a different spelling.

NFKC is what makes a cell's full-width "２０２７", ideographic space or "ﬁ" plain, and the imports use it
for that. But it also takes apart letters that are the ordinary way to write a word: Thai ำ (sara am)
became ํ + า, so "บำบัด" was stored as "บําบัด", which looks alike and is another string to every
program that reads the file (field test 120); Lao ຳ, ໜ, ໝ likewise, and Hangul compatibility jamo
(ㄱ, the letters a Korean keyboard types alone) became conjoining jamo that do not show by themselves.
Those are kept as typed; everything else is NFKC.
"""

from __future__ import annotations

import re
import unicodedata

#: Thai sara am; Lao am, ໜ, ໝ; Hangul compatibility jamo; Tibetan vocalic ཷ ཹ
_KEPT = re.compile("([\u0e33\u0eb3\u0edc\u0edd\u3131-\u318e\u0f77\u0f79]+)")


def nfkc_keeping_letters(text: str) -> str:
    """``text`` in NFKC except the letters above, which stay as they are (and the whole in NFC)."""
    if text.isascii():
        return text
    parts = _KEPT.split(text)
    # odd parts are the kept runs; NFC of the whole leaves them whole (their decompositions are
    # compatibility ones only)
    joined = "".join(p if n % 2 else unicodedata.normalize("NFKC", p) for n, p in enumerate(parts))
    return unicodedata.normalize("NFC", joined)
