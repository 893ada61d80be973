"""Two spellings of one person's name in Latin letters, as two registration forms or contact lists give
them: "Nguyễn Thị Lan" on one, "Nguyen Thi Lan" (typed on a keyboard without Vietnamese) on the other.

An import that matched the person by e-mail wrote the second over the first and lost the accents
(field test 79). :func:`compare` tells whether the file's name is the known one with fewer (or more)
diacritics, split or ordered another way, or another name altogether."""

from __future__ import annotations

import unicodedata
from enum import Enum

from petdesk.services.matching import fold_latin

#: Letters that carry their mark in the letter itself (no combining mark to remove in NFD form).
_PLAIN = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i"})


class Spelling(Enum):
    """How the name of a file compares with the one on file."""

    #: Nothing to compare: one of the two has no name in Latin letters.
    NONE = "none"
    #: The same words, with as many diacritics as the known name or more: the file's may be written.
    SAME = "same"
    #: The same words with fewer diacritics: the known, richer spelling stays.
    POORER = "poorer"
    #: The file adds words to the known name ("Lan" → "Nguyen Thi Lan"): the file's is written.
    FULLER = "fuller"
    #: Another name: the known one stays and the file's is reported.
    OTHER = "other"


def marks(text: str) -> int:
    """How many diacritics ``text`` carries: combining marks, and letters such as đ and ø."""
    decomposed = unicodedata.normalize("NFD", text or "")
    return sum(unicodedata.combining(ch) > 0 for ch in decomposed) + sum(
        ch != plain for ch, plain in zip(decomposed, decomposed.translate(_PLAIN), strict=True)
    )


#: How German writes its umlauts without them: "Müller" is "Mueller" on a form typed in English.
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _words(family: str, given: str) -> list[str]:
    text = f"{family} {given}".translate(_PLAIN)
    return sorted(w for w in (fold_latin(word) for word in text.split()) if w)


def _joined(family: str, given: str) -> set[str]:
    """The name's letters run together in both orders: "Xiaoming Li" and "Xiao Ming Li" are one name."""
    first, second = fold_latin(family.translate(_PLAIN)), fold_latin(given.translate(_PLAIN))
    return {first + second, second + first}


def compare(known: tuple[str, str], theirs: tuple[str, str]) -> Spelling:
    """How the file's (family, given) name ``theirs`` compares with the ``known`` one."""
    mine, other = _words(*known), _words(*theirs)
    if not mine or not other:
        return Spelling.NONE
    german = _words(*(p.translate(_GERMAN) for p in known)) == _words(*(p.translate(_GERMAN) for p in theirs))
    if mine == other or german or _joined(*known) & _joined(*theirs):
        return Spelling.POORER if marks(" ".join(theirs)) < marks(" ".join(known)) else Spelling.SAME
    rest = list(other)
    for word in mine:
        if word not in rest:
            return Spelling.OTHER
        rest.remove(word)
    return Spelling.FULLER
