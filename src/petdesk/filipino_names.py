"""Filipino given names as the Philippines abbreviates them: "Ma." is María (Maria), in "Ma. Cristina"
as on IDs and forms, so "Ma. Cristina dela Cruz" and "Maria Cristina Dela Cruz" are one name to the
duplicate finder (field test 126). Only with its dot: "Ma" alone is a Chinese name."""

from __future__ import annotations

import re

_MA = re.compile(r"^Ma\.(?=\s|$)")


def given_name_in_full(given: str) -> str:
    """``given`` with a leading "Ma." written "Maria": "Ma. Cristina" -> "Maria Cristina"."""
    return _MA.sub("Maria", given.strip())


#: The other way a search term may be written in a Filipino given name: "maria" is "Ma." in the index
#: (which keeps the dot) and "ma." is "Maria". The trailing space ends the word: "ma. " is no "Ma.'s"
#: and "maria " no Mariano. Asked of the query, not the index: no re-index, no migration.
_SEARCH_FORMS = {"maria": "ma. ", "ma.": "maria "}


def other_search_spelling(term: str) -> str | None:
    """What ``term`` (folded, as search keys it) is also looked for as: "maria" -> "ma. ", "ma." ->
    "maria "; None for any other term ("ma" without its dot is a Chinese name)."""
    return _SEARCH_FORMS.get(term)
