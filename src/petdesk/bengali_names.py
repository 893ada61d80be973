"""Bengali names as Dhaka's staff write them (field test 122): Mohammad is written whole (মোহাম্মদ,
মুহাম্মদ, মোহাম্মাদ …) or abbreviated (মোঃ, মো:, মো.), as "Md." is beside "Mohammad" in Latin
letters; an engineer's title (প্রকৌশলী, "Engr.") stands before the name. Two such spellings are one
name to the duplicate finder."""

from __future__ import annotations

import re

#: Mohammad, whole or abbreviated, as one word: the visarga ঃ, a colon or a point ends the short form.
_MOHAMMAD = re.compile(r"(?<!\S)(?:মোঃ|মো[:.]|মুহাম্মদ|মোহাম্মদ|মোহাম্মাদ|মুহম্মদ|মোহম্মদ)(?!\S)")
#: Titles before a name that are no part of it: engineer, doctor.
_TITLES = re.compile(r"(?<!\S)(?:প্রকৌশলী|প্রকৌঃ|ডাঃ|ডা\.)(?=\s)")


def bengali_name_key(name: str) -> str:
    """``name`` with Mohammad's spellings made one and titles left out; other text as it is."""
    if not re.search(r"[\u0980-\u09ff]", name):
        return name
    return " ".join(_MOHAMMAD.sub("মোহাম্মদ", _TITLES.sub("", name)).split())
