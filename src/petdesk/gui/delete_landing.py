"""Where a list's current row lands after a delete or its Undo, worked out without Qt.

After a delete the row that took the deleted rows' place is current (the row above when the last
rows went), as in file managers and mail clients: the keyboard user goes on without a click. After
an Undo every record brought back is selected, the first one current."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Landing:
    """What the reload after a write of the page selects: the records ``ids`` that are loaded
    then, the first of them current; with none of them loaded, row ``row`` (-1: nothing)."""

    ids: tuple[str, ...] = ()
    row: int = -1


def runs(rows: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Runs of consecutive ``rows`` as (first, last), in order: one selection range each."""
    start = end = None
    for row in sorted(set(rows)):
        if end is not None and row == end + 1:
            end = row
            continue
        if start is not None and end is not None:
            yield start, end
        start = end = row
    if start is not None and end is not None:
        yield start, end


def after_delete(
    deleted: Iterable[tuple[int, int]], row_count: int, id_at: Callable[[int], str | None]
) -> Landing | None:
    """The landing after the rows ``deleted`` (ranges, first and last row) of ``row_count`` go: the
    first row after them, else the nearest row above them; None when no row is left.

    ``id_at(row)`` is the record at a row, or None when its page is not loaded (the row it will
    have after the delete is kept for that case: no page is read for it)."""
    ranges = sorted((top, bottom) for top, bottom in deleted if top <= bottom)
    if not ranges:
        return None
    target = ranges[-1][1] + 1
    if target >= row_count:  # the last rows went: the nearest row above that stays
        target = ranges[-1][1]
        for top, bottom in reversed(ranges):
            if top <= target <= bottom:
                target = top - 1
        if target < 0:
            return None
    gone_before = sum(min(bottom, target - 1) - top + 1 for top, bottom in ranges if top < target)
    record = id_at(target)
    return Landing((record,) if record else (), target - gone_before)


def in_order(order: Sequence[str], ids: Iterable[str]) -> list[str]:
    """``ids`` in the order of ``order`` (the rows they were on), others after them: a service
    answers with the ids in its own order, and the first row back is made current."""
    wanted = set(ids)
    placed = [i for i in order if i in wanted]
    return placed + sorted(wanted.difference(placed))
