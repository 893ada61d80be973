"""Mongolian names: the father's name before the given name, and the given name the one people use.

A Mongolian writes "Батын Болд" (Bold, son of Bat: the father's name in the genitive) or "Б. Болд"
(its initial), and papers put the father's name where a surname goes ("Овог"). It is no family name
in the Western sense: people are addressed and listed by the given name. Field test 119 found
"Болд Батын" printed the Western way round and the list filed everyone by the father's name."""

from __future__ import annotations

import re

#: The father's name as an initial: "Б.", "Ц." (one or two Cyrillic capitals and a dot).
_INITIAL = re.compile(r"[А-ЯЁӨҮ][а-яёөү]?\.")
#: The father's name in the genitive: Батын, Доржийн, Цэрэнгийн; Russian -цын (Синицын) is a surname.
_GENITIVE = re.compile(r"[а-яёөү]+(?:(?<!ц)ын|ийн|гийн|ын)")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_patronymic(family: str, given: str = "", country: str = "") -> bool:
    """Whether ``family`` is a Mongolian father's name (the last word, after a clan name: "Боржигин
    Дорж" is not one; "Боржигин Батын" is), so that the name files and is addressed by ``given``.
    A Mongolian person's (``country`` "MN") Cyrillic name always is."""
    words = family.split()
    if not words or not _CYRILLIC.search(words[-1]):
        return False
    if country.strip().upper() == "MN" and _CYRILLIC.search(given):
        return True
    last = words[-1]
    if _INITIAL.fullmatch(last):
        return True
    return bool(_GENITIVE.fullmatch(last.casefold())) and not last.casefold().endswith("цын")
