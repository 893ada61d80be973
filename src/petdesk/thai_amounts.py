"""Baht amounts as Thai sheets write them, in the Latin form the amount parser reads: "฿12,500,000",
"12.5 ล้านบาท", "THB 3 ล้าน", "๓,๐๐๐,๐๐๐ บาท" become "THB 12,500,000", "THB 12.5 million" … (field
test 120: each was "not a number" and its row refused)."""

from __future__ import annotations

import re

#: Thai digits ๐–๙ as 0–9
_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
#: size words, longest first: พันล้าน is a thousand million
_SIZES = (("พันล้าน", " billion"), ("ล้าน", " million"))
_BAHT = re.compile("฿|บาท|บ\\.(?!\\w)")
_THAI = re.compile("[\u0e00-\u0e7f]")


def latin_amount(text: str) -> str:
    """``text`` with Thai digits, the baht's sign and name and ล้าน written the Latin way; other text as
    it is. A cell naming the baht gets the code in front ("THB 12.5 million")."""
    if not _THAI.search(text):
        return text
    plain = text.translate(_DIGITS)
    baht = _BAHT.search(plain) is not None
    plain = _BAHT.sub(" ", plain)
    for word, latin in _SIZES:
        plain = plain.replace(word, latin)
    plain = " ".join(plain.split())
    if baht and not re.match(r"THB(?![A-Za-z])", plain, re.IGNORECASE):
        plain = f"THB {plain}"
    return plain
