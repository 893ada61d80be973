"""Lanes of a day's timed events: events that overlap on the grid sit side by side.

An event holds its lane from its start to the later of its end and its start plus the least room
its box takes (a line of its words): a moment (an item ending at its start, RFC 5545) takes that
room too. Round 52: two moments at 14:00 took one lane, the second drawn over the first, because a
lane was free again at its last event's end, which for a moment is its start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

#: The least time an event holds its lane when the caller gives no room: a moment still takes some.
LEAST = dt.timedelta(minutes=1)


def lanes(
    spans: Sequence[tuple[dt.datetime, dt.datetime]], least: Sequence[dt.timedelta] | None = None
) -> tuple[list[int], int]:
    """Each span's lane (in the order given) and how many lanes the day needs. ``least``: per span,
    the least time its box covers on the grid (a line of words), else :data:`LEAST`."""
    held = [
        max(end, start + max(LEAST, least[n] if least is not None else LEAST))
        for n, (start, end) in enumerate(spans)
    ]
    order = sorted(range(len(spans)), key=lambda n: (spans[n][0], spans[n][1], n))
    free_at: list[dt.datetime] = []
    out = [0] * len(spans)
    for n in order:
        start = spans[n][0]
        lane = next((k for k, until in enumerate(free_at) if until <= start), len(free_at))
        if lane == len(free_at):
            free_at.append(held[n])
        else:
            free_at[lane] = held[n]
        out[n] = lane
    return out, len(free_at)
