"""Japanese names stored split the Chinese way before round 62 (jpnames62): "佐々木 翔" was read as a
Chinese name, 佐 / 々木翔. ``petdesk tidy-names`` splits such a name again with the import's own
Japanese split (:func:`names_by_script.split_japanese_name`), only where the stored split cannot be
right (々 or 〆 starting the given name, ヶ/ノ between kanji cut off the family name) or the stored
family name is the start of a longer one of the table (佐 + 々木 -> 佐々木). A name not read as
Japanese is never touched: 田 / 中华 is a Chinese name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from petdesk.i18n import N_
from petdesk.services.japanese_surnames import FAMILY_NAMES
from petdesk.services.names_by_script import language_of, split_japanese_name

#: Why a name is split again (marked here, translated where shown).
REASON_ITERATION = N_("Japanese name split the Chinese way: 々 cannot start a given name")
REASON_SHIME = N_("Japanese name split the Chinese way: 〆 cannot start a given name")
REASON_LINKED = N_("Japanese name split the Chinese way: ヶ or ノ between kanji belongs to the family name")
REASON_CUT_SHORT = N_(
    "Japanese name split the Chinese way: the family name stored is the start of a longer Japanese one"
)

#: A given name starting with the linking ヶ/ケ/ヵ/ノ and a kanji (霞 + ヶ関太郎); ケンジ is a given name.
_LINKED_START = re.compile("^[ヶケヵノ][\u3400-\u9fff]")
_KANJI_END = re.compile("[\u3400-\u9fff]$")

#: People whose name in characters has both parts, the only ones a split can be wrong for.
CANDIDATES = (
    "SELECT id, family_name_zh, given_name_zh, native_name_language FROM contact "
    "WHERE deleted_at IS NULL AND family_name_zh <> '' AND given_name_zh <> '' ORDER BY family_name_zh, id"
)


@dataclass(frozen=True)
class NativeSplit:
    """A Japanese name in characters as stored and as split again."""

    old_family: str
    old_given: str
    new_family: str
    new_given: str
    reason: str


def _impossible(family: str, given: str) -> str:
    """The reason a stored split cannot be right, "" when it may be."""
    if given[:1] in ("々", "〻"):
        return REASON_ITERATION
    if given[:1] == "〆":
        return REASON_SHIME
    if _LINKED_START.match(given) and _KANJI_END.search(family):
        return REASON_LINKED
    return ""


def split_again(family_zh: str, given_zh: str, language: str = "") -> NativeSplit | None:
    """The import's split of a Japanese name stored split the Chinese way, None when the name is not
    read as Japanese, the stored split may be right, or the import would split it the same."""
    family, given = (family_zh or "").strip(), (given_zh or "").strip()
    if not family or not given or language_of(family + given, language) != "ja":
        return None  # never a Chinese name: 田 / 中华 stays
    new_family, new_given = split_japanese_name(family + given)
    if (new_family, new_given) == (family, given):
        return None
    reason = _impossible(family, given)
    cut_short = new_family in FAMILY_NAMES and new_family.startswith(family) and len(new_family) > len(family)
    if not reason and cut_short:
        reason = REASON_CUT_SHORT
    if not reason:
        return None
    return NativeSplit(family, given, new_family, new_given, reason)
