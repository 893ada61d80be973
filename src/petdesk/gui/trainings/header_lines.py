"""A session's title in the attendance grid's narrow column header, broken by measured width.

A header does not wrap by itself. Breaking after a count of characters left one character alone
on a line ("膜生物反应\\n器", field test 36, defect 10): the break is chosen from the text's width
as the header's font draws it, the two lines as even as they can be, and a title too long for two
lines ends in "…" (the tooltip has the whole of it). No Qt here: the caller passes the measure.
"""

from __future__ import annotations

from collections.abc import Callable

ELLIPSIS = "…"


def _pieces(text: str) -> tuple[list[str], str]:
    """Words joined by spaces, or the characters of a text without spaces (Chinese breaks anywhere)."""
    return (text.split(), " ") if " " in text.strip() else (list(text), "")


def header_lines(text: str, width_of: Callable[[str], int], width: int, lines: int = 2) -> list[str]:
    """``text`` in at most ``lines`` (1 or 2) lines no wider than ``width`` as ``width_of`` measures."""
    text = " ".join(text.split())
    if width_of(text) <= width:
        return [text]
    if lines < 2:
        return [_elided(text, width_of, width)]
    pieces, joiner = _pieces(text)
    if joiner and any(width_of(word) > width for word in pieces):
        pieces, joiner = list(text), ""  # a word wider than the column: break inside it
    cuts = [(joiner.join(pieces[:n]), joiner.join(pieces[n:])) for n in range(1, len(pieces))]
    fitting = [cut for cut in cuts if width_of(cut[0]) <= width and width_of(cut[1]) <= width]
    if fitting:  # the most even break: never one character left over on the second line
        top, bottom = min(fitting, key=lambda cut: max(width_of(cut[0]), width_of(cut[1])))
        return [top, bottom]
    # too long for two lines: the first as full as it fits, the second cut short with "…"
    tops = [cut for cut in cuts if width_of(cut[0]) <= width]
    if not tops:
        return [_elided(text, width_of, width)]
    top, rest = max(tops, key=lambda cut: len(cut[0]))
    return [top, _elided(rest, width_of, width)]


def _elided(text: str, width_of: Callable[[str], int], width: int) -> str:
    """The longest start of ``text`` that, with "…", fits ``width``."""
    for end in range(len(text) - 1, 0, -1):
        candidate = text[:end].rstrip() + ELLIPSIS
        if width_of(candidate) <= width:
            return candidate
    return ELLIPSIS
