"""A meeting held at the same time every day (a daily call imported from a calendar's RRULE is one
itinerary item per day) briefed once for the series: field test 85 printed fourteen near-identical
briefing pages for one daily call with Hamburg.

Days join a series only when nothing a briefing prints differs between them: title, place, clock
time and length on the meeting's own clock, people, organisations, host, interpreter and notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # data imports this module to group its meetings
    from petdesk.dossier.data import ItemInfo

#: The most days from a series' last day to the next it takes (Friday to Monday: a weekend left
#: out). The same meeting a week apart was one series, "Daily, 1 Mar to 15 Mar, except" 12 days.
MAX_STEP_DAYS = 3


def _same_briefing(item: ItemInfo) -> tuple[object, ...]:
    """What must be equal for two days to share one briefing page."""
    return (
        item.kind, item.title, item.place, item.address, item.timezone, item.all_day,
        item.start.time(), item.end - item.start, item.notes,
        tuple(o.id for o in item.organisations), tuple(p.id for p in item.people),
        item.whole_delegation,
        item.host.id if item.host else None, item.interpreter.id if item.interpreter else None,
    )  # fmt: skip


def group_series(meetings: Sequence[ItemInfo]) -> list[tuple[ItemInfo, ...]]:
    """The meetings in order, days of one series together (each series on its first day's place);
    a series has at most one meeting a day, so two sessions of one day are never merged."""
    groups: list[list[ItemInfo]] = []
    by_key: dict[tuple[object, ...], int] = {}
    for item in meetings:
        key = _same_briefing(item)
        at = by_key.get(key)
        if at is not None and _continues(groups[at], item):
            groups[at].append(item)
            continue
        by_key[key] = len(groups)
        groups.append([item])
    return [tuple(g) for g in groups]


def _continues(series: Sequence[ItemInfo], item: ItemInfo) -> bool:
    """Whether ``item`` is the series' next day: a later day than its last, and near enough."""
    step = (item.start.date() - series[-1].start.date()).days
    return 0 < step <= MAX_STEP_DAYS


def days_left_out(days: Sequence[dt.date]) -> list[dt.date]:
    """The days between a series' first and last day without a meeting (28 March, say)."""
    held = set(days)
    first, last = min(held), max(held)
    return [
        first + dt.timedelta(n) for n in range((last - first).days) if first + dt.timedelta(n) not in held
    ]
