"""A name in an Indian script beside the English one ("Name (Hindi)" in an Indian office's list).

An Indian partner list gives the name in English, the one letters, badges and name cards use, and
often again in Devanagari. The Devanagari column was dropped (field test 107). It is kept in the
fields of the name in the other script (``family_name_zh``, whole, as a Japanese name without a space
is kept) with ``native_name_language`` saying its language: the English name stays the name, the
Hindi one is shown beside it and found by search. Unlike an Arabic or Thai list's name, it is not
made the name: Indian offices, letters and passports write the English one first.
"""

from __future__ import annotations

import unicodedata

from petdesk.romanise import devanagari_latin

#: Unicode script names of India's scripts and the language a name in them is taken to be in (a
#: Marathi name is Devanagari too: the column's script is what the file says for sure).
_SCRIPTS = {
    "DEVANAGARI": "hi",
    "BENGALI": "bn",
    "GURMUKHI": "pa",
    "GUJARATI": "gu",
    "ORIYA": "or",
    "TAMIL": "ta",
    "TELUGU": "te",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
}
#: The languages above, for code that asks whether a stored name is an Indian-script one.
LANGUAGES = frozenset(_SCRIPTS.values())

#: Forms of address Hindi writes before the name (डॉ. Dr., श्री Shri, श्रीमती Smt., सुश्री Ms, प्रो.
#: Prof.): the English honorific already says it; कुमारी (Kumari) is also a name and stays.
_TITLES = ("डॉ.", "डॉ", "डा.", "श्रीमती", "श्री", "सुश्री", "प्रो.", "प्रोफ़ेसर", "प्रोफेसर")


def indic_language(text: str) -> str:
    """The language code of a name written in an Indian script ("hi" for कविता जोशी), or "" when its
    first letter is of another script."""
    for ch in text or "":
        if ch.isalpha() or unicodedata.category(ch).startswith("L"):
            return _SCRIPTS.get(unicodedata.name(ch, "").split(" ")[0], "")
    return ""


def without_title(name: str) -> str:
    """ "आर. के. शर्मा" from "डॉ. आर. के. शर्मा": the form of address before the name taken off."""
    words = (name or "").split()
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return " ".join(words)


def is_indic_name(text: str) -> bool:
    """Whether ``text`` is a name written in one Indian script (with spaces, dots after initials,
    hyphens and the joiners Indian scripts type): the editor refused to save मीना कुमारी, kept from
    the partner list's "Name (Hindi)", as "not Chinese characters" (field test 107)."""
    scripts = {unicodedata.name(ch, "").split(" ")[0] for ch in text or "" if ch not in " .-\u200c\u200d"}
    return len(scripts) == 1 and scripts <= _SCRIPTS.keys()


def latin_reading(family: str, given: str) -> tuple[str, str] | None:
    """A name written in Devanagari alone in the Latin name's place (a list whose only name column
    is Hindi): its Latin reading, part by part and capitalised ("Sharma", "Rajesh" for शर्मा राजेश),
    for the name lists, search and letters use; None for any other name. Khmer, Burmese and Thai
    names are read at indexing instead; a Hindi one has its place beside the English name."""
    whole = f"{given} {family}".strip()
    if not whole or indic_language(whole) != "hi" or not is_indic_name(whole):
        return None
    return _capitalised(devanagari_latin(family)), _capitalised(devanagari_latin(given))


def _capitalised(latin: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in latin.split())
