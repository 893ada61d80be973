"""When two spellings are one name: a correction (case, spacing, a slip of a letter) or a rename.

Used where a rename must be told from a correction without the models: the organisation editor
keeps a renamed organisation's former names, and sync lets a rename win over a concurrent
correction of the old name (:mod:`petdesk.sync.renames`).
"""

from __future__ import annotations


def folded(name: str) -> str:
    """A name without case and with single spaces."""
    return " ".join(name.casefold().split())


def same_words(a: str, b: str) -> bool:
    """One name but for case and spacing: a correction, not a rename."""
    return folded(a) == folded(b)


def is_correction(old: str, new: str) -> bool:
    """Whether ``new`` corrects ``old`` rather than renames it: at most one character in eight
    changed (at least one), case and spacing aside. "Wuhan Environmental Protecton Bureau" →
    "…Protection…" changes 1 of 37; "Wuhan Ecology and Environment Bureau" changes 20; one Chinese
    character of 武汉市环境保护局 (8) is a correction, 武汉市生态环境局 (4 changed) a rename."""
    a, b = folded(old), folded(new)
    return _distance(a, b) <= max(1, max(len(a), len(b)) // 8)


def _distance(a: str, b: str) -> int:
    """Characters inserted, deleted or replaced to make ``a`` into ``b`` (Levenshtein)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
