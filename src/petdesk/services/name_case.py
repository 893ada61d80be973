"""A person's Latin name written wholly in capitals, as passports and embassy lists write it
("NURLANOVA AIGERIM", "N'GUESSAN KOFFI"), in the usual case ("Nurlanova Aigerim", "N'Guessan Koffi").

Only a name that is capitals throughout is changed: "ZHANG Wei" marks its family name so and is split
by it first (``importing._split_latin_name``), "McDonald" or "van der Berg" is written as meant. An
organisation's name is never changed here: its capitals are usually an acronym (WWF, GIZ)."""

from __future__ import annotations

import re
import unicodedata

from petdesk.services.names import ARTICLES_AFTER_DE, is_latin_initials

#: Lower-case particles inside a family name written in capitals ("VAN DER BERG", "DA SILVA"); not
#: Di, Du, La, Le or Al, which are mostly written capitalised ("Di Maio", "La Fontaine", "Al-Sayed").
_PARTICLES = frozenset(
    {"von", "vom", "zu", "zum", "zur", "van", "der", "den", "de", "del", "della", "ter", "ten"}
    | {"da", "das", "do", "dos", "bin", "binti", "bint", "ibn"}
)
#: A one-letter prefix before an apostrophe that the name's next letter is capitalised after
#: (O'Brien, D'Angelo, L'Estrange, N'Guessan); not Uzbek gʻ/oʻ ("Gʻayrat", "Toʻxtayev").
_PREFIXES = frozenset("ODLN")
_APOSTROPHES = "'\u2019"
#: Uzbek Latin's oʻ and gʻ as a passport types them: an apostrophe after a letter inside a word or after G.
_UZBEK = re.compile(r"(?:\w\w|G)['\u2019\u02bb\u02bc]", re.IGNORECASE)


def is_latin_capitals(text: str) -> bool:
    """Whether ``text`` has Latin letters, all of them capitals, and no letters of a cased other
    script (Cyrillic capitals are left as the file has them)."""
    cased = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
    return (
        len(cased) >= 2
        and all(unicodedata.name(ch, "").startswith("LATIN") for ch in cased)
        and all(ch.isupper() for ch in cased)
    )


def name_from_capitals(parts: tuple[str, ...]) -> tuple[str, ...]:
    """``parts`` (family name first, then the given and middle names) in the usual case when together
    they are a Latin name in capitals (:func:`is_latin_capitals`); else as they are."""
    if not is_latin_capitals(" ".join(parts)):
        return parts
    uzbek = any(_UZBEK.search(p) for p in parts)
    return tuple(_usual_case(p, family=n == 0, uzbek=uzbek) for n, p in enumerate(parts))


def _usual_case(text: str, *, family: bool, uzbek: bool) -> str:
    words = text.split(" ")
    out: list[str] = []
    for n, word in enumerate(words):
        # "DE LA TORRE" as "de la Torre", filed under T; a "LA" not after "DE" stays "La" ("La Fontaine")
        after_de = n > 0 and out[-1] in ("de", "del")
        if (
            family
            and n < len(words) - 1
            and (word.lower() in _PARTICLES or (after_de and word.lower() in ARTICLES_AFTER_DE))
        ):
            out.append(word.lower())
        elif is_latin_initials(word):  # "CHAN WK": the given name's initials stay
            out.append(word)
        else:
            out.append("-".join(_word(piece, uzbek=uzbek) for piece in word.split("-")))
    return " ".join(out)


def _word(word: str, *, uzbek: bool) -> str:
    if len(word) > 3 and word[:2].upper() == "MC":
        return "Mc" + word[2:].capitalize()
    if not uzbek and len(word) > 2 and word[0] in _PREFIXES and word[1] in _APOSTROPHES:
        return word[:2] + word[2:].capitalize()
    # str.capitalize, not str.title: "TOʻXTAYEV" is "Toʻxtayev", not "ToʻXtayev"
    return word.capitalize()
