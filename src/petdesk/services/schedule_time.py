"""Time helpers of the schedule that need no database models: zones, day bounds, the longest item.

Kept apart from ``visits`` and ``calendar`` (which re-export them) so that ``petdesk clashes``
starts without importing every model (half a second of its one-second target).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from petdesk.quoting import quoted

#: Longest an itinerary item or a training session may last. The calendar's range queries rely on it
#: (an item is looked up by its start time, at most this long before the range), and nothing a
#: delegation does in one go takes longer — a longer stay is a visit, not an item.
MAX_ITEM_SPAN = dt.timedelta(days=14)


class ScheduleError(ValueError):
    """A visit or training cannot be saved as asked; the message says why in one sentence."""


class RecordGone(ScheduleError):
    """No live ``what`` with the id ``row_id``: it was deleted (here, by an undo, or by a package from
    another office). An editor still open on it tells the user so instead of failing on each click."""

    def __init__(self, what: str, row_id: str | None) -> None:
        super().__init__(f"no {what} with id {row_id}")
        self.what, self.row_id = what, row_id

    def __reduce__(self) -> tuple[type[RecordGone], tuple[str, str | None]]:
        return (RecordGone, (self.what, self.row_id))  # copied and pickled with its two parts


def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``, or a ScheduleError naming it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ScheduleError(_unknown_zone(name)) from None


#: How many zones a refusal names before "…".
_ZONES_NAMED = 5


def _unknown_zone(name: object) -> str:
    """Why ``name`` is no zone, in plain words: the zones it could be when it names several."""
    from petdesk import labels  # only on this error path: labels reads the zone database

    found = labels.zones_matching(name) if isinstance(name, str) else []
    if len(found) > 1:
        named = ", ".join(found[:_ZONES_NAMED]) + (" …" if len(found) > _ZONES_NAMED else "")
        return f"time zone {quoted(name)} could be {named}; pick one from the list"
    return f"unknown time zone {quoted(name)}; use an IANA name such as Asia/Shanghai"


def day_bounds(first: dt.date, last: dt.date, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """Aware UTC instants from the start of ``first`` to the end of ``last`` in the zone ``tz``."""
    start = dt.datetime.combine(first, dt.time(), tz).astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)
    return start, end


def viewer_timezone() -> ZoneInfo:
    """The viewer's IANA zone: ``PETDESK_TZ``, ``TZ``, the system's ``/etc/localtime``, else UTC."""
    for var in ("PETDESK_TZ", "TZ"):
        name = os.environ.get(var, "").lstrip(":")
        if name:
            try:
                return ZoneInfo(name)
            except Exception:
                pass
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve())
        if "zoneinfo/" in target:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
    except Exception:
        pass
    return ZoneInfo("UTC")
