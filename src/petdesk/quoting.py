"""A value a sentence quotes, between the quotes other English sentences use: unknown sector “xyzzy”.

Python's repr wrote 'xyzzy' (and "it's" for a text with an apostrophe) into English errors while the
rest of petdesk writes “…”; the Chinese side turns both into “…” (``messages._chinese_quotes``).
"""

from __future__ import annotations


def quoted(value: object) -> str:
    """A text between “…”; anything else (a number, None) as Python writes it, as repr did."""
    return f"“{value}”" if isinstance(value, str) else repr(value)
