"""Names in a script other than Latin and Chinese/Japanese/Korean (Arabic, Thai, Lao …) in imported lists.

A Gulf or Thai delegation list gives each person twice: "Name (English)" and "Name (Arabic)". Both are
whole names and petdesk has one set of name fields outside Chinese, so the import kept the last column
it read and dropped the other without a word (field test 75). The name as the person writes it is the
name; the Latin spelling becomes its reading, which search finds ("mansouri"), dossiers and name cards
print under the name, and the duplicate finder compares.
"""

from __future__ import annotations

import re

from petdesk import hangul
from petdesk.services.matching import PINYIN_SYLLABLES, fold_latin, in_latin_letters

#: Words that belong to the family name that follows them in an Arabic name written given name first
#: ("Mohammed bin Rashid", "Khalid Al Mansouri", محمد بن راشد): folded Latin spellings and Arabic.
_FAMILY_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "bn", "بن", "ابن", "بنت", "آل"})
#: Particles of European family names, written in lower case ("Jean-François de Souza", "Oumar da
#: Silva", "Jan van der Berg", "Bartolomé de las Casas"): part of the family name, not the given name's
#: last word (field test 87, particles53).
#: A capitalised "Da" or "De" may be a given name's word or a name of its own ("De Bruyne") and is left.
_LOWER_CASE_PARTICLES = frozenset(
    {"de", "da", "das", "do", "dos", "du", "des", "di", "del", "della", "la", "le", "las", "los"}
    | {"von", "vom", "zu", "zum", "zur", "van", "der", "den", "ter", "ten"}
)


def name_and_reading(whole_names: list[str]) -> tuple[str, str]:
    """(the name, its Latin reading) from the whole names a row gives outside Chinese: a name not in
    Latin letters with a Latin one beside it is the name and the Latin one its reading; otherwise the
    last name given, no reading (as before)."""
    names = [n for n in whole_names if n.strip()]
    other = [n for n in names if not in_latin_letters(n)]
    latin = [n for n in names if in_latin_letters(n)]
    if other and latin:
        return other[0], latin[0]
    return (names[-1] if names else ""), ""


#: Khmer letters (and Khmer symbols): a Khmer name is written family name first, សុខ ចាន់ណា / Sok Channa.
_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")


def written_family_first(name: str) -> bool:
    """A whole name in a script whose names put the family name first: Khmer. Split given name first,
    the Cambodian ministry's សុខ ចាន់ណា (Sok Channa) became Mr Channa, given name Sok (field test 104).
    Burmese names have no family name and Lao and Thai names put it last."""
    return bool(_KHMER.search(name))


def family_start(tokens: list[str]) -> int:
    """Index of the first word of the family name in a given-first name of two or more words: the
    last word with the particles before it ("bin Rashid", "Al Mansouri"), at least one word left for
    the given name. Not before a Chinese or Korean family name: "Wen Bin Li", "Min Bin Park" are
    given name Wen Bin, Min Bin ("bin" is a Chinese and Korean syllable), not family name "Bin Li". That
    guard asks the given name too: a family name that is also a syllable ("Hai", "Ban", "Lin") after an
    Arabic given name is still the particle's ("Mohammed bin Hai", "Khalid Al Ban")."""
    start = len(tokens) - 1
    if _east_asian_family_name(tokens[start]) and all(_east_asian_syllable(t) for t in tokens[:start]):
        return start
    while start > 1 and _is_particle(tokens[start - 1]):
        start -= 1
    return start


def _is_particle(word: str) -> bool:
    return word in _FAMILY_PARTICLES or fold_latin(word) in _FAMILY_PARTICLES or word in _LOWER_CASE_PARTICLES


def _east_asian_syllable(word: str) -> bool:
    """A word of a Chinese or Korean given name: a pinyin syllable, or Korean ones ("Min", "Ji-hoon")."""
    return fold_latin(word) in PINYIN_SYLLABLES or hangul.reads_as_given_name(word)


def _east_asian_family_name(word: str) -> bool:
    return fold_latin(word) in PINYIN_SYLLABLES or hangul.is_customary_surname(word)
