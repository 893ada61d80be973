"""Case folding that keeps Turkish words one word (field test 114, review57).

Python folds the capital "İ" to "i" and a combining dot ("İstanbul" is no "istanbul"), and Turkish
writes "I" as the capital of the dotless "ı", so "PROJE ADI" folds to "proje adi" beside the typed
"Proje Adı". One helper for the city names, the written months, the contact type words and the
projects sheet's headers and statuses, which each had a copy of the first rule and none the second."""

from __future__ import annotations


def fold(text: str) -> str:
    """``text.casefold()`` with "İ" as a plain "i": "İstanbul" is "istanbul", "DİĞER" is "diğer"."""
    return text.replace("İ", "i").casefold()


def fold_key(text: str) -> str:
    """:func:`fold` with the dotless "ı" as "i" too, for words compared as keys: "PROJE ADI", "Proje
    Adı" and "Proje Adi" (typed without Turkish letters) are one header."""
    return fold(text).replace("ı", "i")
