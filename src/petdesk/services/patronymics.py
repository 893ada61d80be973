"""Russian and Kazakh whole names with a patronymic: "Абенов Нурлан Серикович".

Lists typed in Russia, Kazakhstan and Central Asia put the whole name in one cell ("ФИО"), family
name first, given name, then the father's name as a patronymic (-ович/-овна, Kazakh -ұлы/-қызы).
Read as a Western name, field test 121 stored "Серикович" as the family name and "Абенов Нурлан" as
the given name, and the Outlook record of the same person did not match it."""

from __future__ import annotations

import re

#: A patronymic: Russian -ович/-евич/-ич, -овна/-евна/-ична; Kazakh -ұлы/-улы/-қызы/-кызы;
#: Azerbaijani/Uzbek -оглы/-кизи; and their passport spellings.
_PATRONYMIC = re.compile(
    r"\w{2,}(?:ович|евич|ьич|овна|евна|ична|ұлы|улы|қызы|кызы|оглы|кизи"
    r"|ovich|evich|ovna|evna|ichna|uly|kyzy|ogly|qizi)",
)


#: A Russian or Kazakh family name in Latin letters: Abenov, Suleimenova, Pushkin, by their endings.
_LATIN_FAMILY = re.compile(r"\w{2,}(?:ov|ova|ev|eva|in|ina|sky|skiy|skaya|enko|uly|kyzy)")


def _family_first(word: str) -> bool:
    """Whether ``word`` may be the family name written first: any Cyrillic word; in Latin letters
    only a Russian or Kazakh family name, as "John Paul Rabinovich" ends in a family name."""
    return not word.isascii() or bool(_LATIN_FAMILY.fullmatch(word.casefold()))


def is_patronymic(word: str) -> bool:
    """Whether ``word`` reads as a patronymic ("Серикович", "Нұрланқызы", "Serikovich")."""
    return bool(_PATRONYMIC.fullmatch(word.casefold()))


def split(full: str) -> tuple[str, str, str] | None:
    """(family, given, patronymic) of a three-word name with a patronymic, in either order people
    write it: "Абенов Нурлан Серикович" (lists, documents) or "Нурлан Серикович Абенов" (letters);
    None for any other name."""
    words = full.split()
    if len(words) != 3 or any(w.endswith(".") for w in words):
        return None
    if is_patronymic(words[2]) and not is_patronymic(words[1]) and _family_first(words[0]):
        return words[0], words[1], words[2]
    if is_patronymic(words[1]) and not is_patronymic(words[2]) and not is_patronymic(words[0]):
        return words[2], words[0], words[1]
    return None
