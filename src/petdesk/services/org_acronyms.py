"""One organisation written with its acronym two ways: "Hanoi Urban Environment Company (URENCO)" on
one registration form, "URENCO Hanoi" on the other. The two share no name key, so an import made two
organisations of them (field test 79). They are shown as likely duplicates rather than merged: URENCO
is also the company of other Vietnamese cities, so only the same acronym with no other place in the
shorter name ("URENCO Hanoi" beside a name that says Hanoi) counts."""

from __future__ import annotations

import re
import unicodedata

#: An acronym in brackets, half- or full-width: "(URENCO)", "（BMA）".
_BRACKETED = re.compile(r"[(（]\s*([A-Z][A-Z0-9&]{1,11})\s*[)）]")
#: A word in capitals that may be an acronym standing in a short name: "URENCO", "MMDA", "NEA".
_CAPITALS = re.compile(r"^[A-Z][A-Z0-9&]{2,11}$")
#: A name this many words long or shorter may be an acronym and its city ("URENCO Hanoi").
_SHORT_NAME_WORDS = 4
#: Words that are no place: "URENCO Company" is no other city than "URENCO Hanoi".
_FILLER = frozenset({"of", "the", "and", "co", "ltd", "inc", "jsc", "company", "city"})


def acronym(name: str) -> str:
    """The acronym a name carries: the bracketed one, else a word in capitals of a short name."""
    name = unicodedata.normalize("NFKC", name or "")
    if found := _BRACKETED.search(name):
        return found.group(1)
    words = name.split()
    if len(words) <= _SHORT_NAME_WORDS:
        capitals = [w for w in words if _CAPITALS.match(w)]
        if len(capitals) == 1:
            return capitals[0]
    return ""


def _words(name: str, acronym: str) -> set[str]:
    name = _BRACKETED.sub(" ", unicodedata.normalize("NFKC", name or ""))
    words = re.findall(r"\w+", name.casefold())
    return {w for w in words if w != acronym.casefold() and w not in _FILLER}


def same_acronym(first: str, second: str, *, places: tuple[str, str] = ("", "")) -> str:
    """The acronym two organisation names share when they may be one organisation, else "".

    Every word of the shorter name beside the acronym (its city) must be in the longer name or in
    the place the longer one's organisation is recorded in (``places``: the city of each): "URENCO
    Hanoi" and "Hanoi Urban Environment Company (URENCO)" share URENCO; "URENCO Da Nang" is another
    company, whatever its own city says."""
    mine, theirs = acronym(first), acronym(second)
    if not mine or mine != theirs or first.strip() == second.strip():
        return ""
    a, b = _words(first, mine), _words(second, mine)
    (shorter, _), (longer, place) = sorted(((a, places[0]), (b, places[1])), key=lambda pair: len(pair[0]))
    return mine if shorter <= longer | set(re.findall(r"\w+", place.casefold())) else ""
