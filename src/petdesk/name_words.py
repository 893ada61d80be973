"""When two spellings are one name: a correction (case, spacing, a slip of a letter) or a rename.

The one rule for it, used wherever a rename must be told from a correction: the organisation
editor and ``petdesk organisation edit`` keep a renamed organisation's former names (and not a
corrected typo), and sync lets a rename win over a concurrent correction of the old name
(:mod:`petdesk.sync.renames`). No models here, so every one of them can use it.
"""

from __future__ import annotations

import enum
import re

from petdesk.chinese_names import has_cjk


class NameChange(enum.Enum):
    """What a change of a name is, by :func:`name_change`."""

    SAME = "same"  #: case and spacing only
    CORRECTION = "correction"  #: a slip of a letter or two
    RENAME = "rename"  #: a new name; the old one is a former name
    #: The rule's verdict is a correction, but one letter may be the meaning: a short name or an
    #: acronym ("EPB" → "EPD"). The window asks; elsewhere the verdict (a correction) stands.
    UNSURE = "unsure"


#: Below this many characters one changed character may be another name: Latin letters, and
#: Chinese characters (a character is nearer a word: 环保局 → 环境局).
_SHORT_LATIN = 8
_SHORT_CJK = 4
#: The most characters a correction changes, however long the name (a slip, or "and" → "&").
_MOST_SLIPS = 3
#: An acronym as written: two or more capitals (digits allowed after the first), "EPB", "C40".
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]+$")


def folded(name: str) -> str:
    """A name without case and with single spaces."""
    return " ".join(name.casefold().split())


def same_words(a: str, b: str) -> bool:
    """One name but for case and spacing: a correction, not a rename."""
    return folded(a) == folded(b)


def is_correction(old: str, new: str) -> bool:
    """Whether ``new`` corrects ``old`` rather than renames it: at most one character in eight
    changed (at least one, at most three: "and" → "&"), case and spacing aside; two letters
    swapped count as one change. A long name's words replaced are a rename however long it is
    ("…Institute of … Solid Waste Management" → "…Institute for … Resource Management").
    "Wuhan Environmental Protecton Bureau" → "…Protection…" changes 1 of 37; "Wuhan Ecology and
    Environment Bureau" changes 20; one Chinese character of 武汉市环境保护局 (8) is a correction,
    武汉市生态环境局 (4 changed) a rename."""
    a, b = folded(old), folded(new)
    return _distance(a, b) <= min(_MOST_SLIPS, max(1, max(len(a), len(b)) // 8))


def name_change(old: str, new: str) -> NameChange:
    """What changing the name ``old`` into ``new`` is: the verdict of :func:`is_correction`, told
    :attr:`NameChange.UNSURE` where one letter may change the meaning."""
    if same_words(old, new):
        return NameChange.SAME
    if not is_correction(old, new):
        return NameChange.RENAME
    return NameChange.UNSURE if _short(old, new) or _acronym_changed(old, new) else NameChange.CORRECTION


def _short(old: str, new: str) -> bool:
    """Too short for one changed character to be only a slip."""
    length = max(len(folded(old)), len(folded(new)))
    return length < (_SHORT_CJK if has_cjk(old + new) else _SHORT_LATIN)


def _acronym_changed(old: str, new: str) -> bool:
    """Whether the words that differ include an acronym ("Beijing EPB" → "Beijing EPD")."""
    old_words, new_words = old.split(), new.split()
    kept = {w.casefold() for w in old_words} & {w.casefold() for w in new_words}
    return any(_ACRONYM.match(w) for w in (*old_words, *new_words) if w.casefold() not in kept)


def _distance(a: str, b: str) -> int:
    """Characters inserted, deleted, replaced or swapped with the next to make ``a`` into ``b``
    (optimal string alignment: "Wtaer" → "Water" is one slip, not two)."""
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, before[j - 2] + 1)
            current.append(best)
        before, previous = previous, current
    return previous[-1]
