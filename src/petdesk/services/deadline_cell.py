"""A project sheet's deadline cell with a time of day and a UTC offset: "2027-03-31T17:00-04:00" as
petdesk's own overview and yearly archive write a timed deadline since round 60
(``project_report.moment_text``), "2027年3月31日 17:00 UTC+8" as a funder's call list does.

The moment is kept exactly: it is stored as a time in an IANA zone (what the project editor
stores, ``deadline_time``), the office's own zone when its clock shows that offset at that moment,
else the fixed zone of the offset (Etc/GMT+4 is UTC-04:00), else (an offset of half an hour, such
as +05:30) the moment on the office's clock. Without Qt or models.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from petdesk.services import deadline_time

#: The date part (any form the date columns read), then a time and an offset where given.
_MOMENT = re.compile(
    r"^(?P<day>.+?)(?:[T\s]+|(?<=日))(?P<time>\d{1,2}[:：]\d{2})(?::\d{2}(?:\.\d+)?)?\s*"
    r"[(（]?\s*(?P<offset>Z|(?:UTC|GMT)?\s*[+\-−]\s*\d{1,2}(?:[:：]?\d{2})?|UTC|GMT)?\s*[)）]?$",
    re.IGNORECASE,
)
_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+\-−])\s*(\d{1,2})(?:[:：]?(\d{2}))?$", re.IGNORECASE)


def split(text: str) -> tuple[str, str, dt.timedelta | None] | None:
    """(the date as written, the time "HH:MM", the UTC offset or None where none is given) of a
    cell that carries a time of day; None for a cell without one."""
    found = _MOMENT.match(text.strip())
    if not found:
        return None
    time = deadline_time.check_time(found["time"])  # a DeadlineTimeError for "25:00"
    offset = found["offset"]
    if offset is None:
        return found["day"].strip(), time, None
    return found["day"].strip(), time, offset_of(offset)


def offset_of(text: str) -> dt.timedelta:
    """The offset "Z", "UTC", "+08:00", "-0400", "UTC+8", "GMT−5:30" names; a ValueError otherwise."""
    text = text.strip()
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.timedelta()
    found = _OFFSET.fullmatch(text)
    if not found or int(found[2]) > 14 or int(found[3] or 0) > 59:
        raise ValueError(text)
    minutes = int(found[2]) * 60 + int(found[3] or 0)
    return dt.timedelta(minutes=-minutes if found[1] in "-−" else minutes)


def stored(day: dt.date, time: str, offset: dt.timedelta) -> tuple[dt.date, str, str]:
    """(deadline, deadline_time, deadline_zone) for the moment ``time`` on ``day`` at ``offset``."""
    hour, minute = (int(x) for x in time.split(":"))
    at = dt.datetime.combine(day, dt.time(hour, minute), dt.timezone(offset))
    office = deadline_time.office_zone()
    # a computer whose clock is UTC names it Etc/UTC: stored as "UTC", as the editor stores it
    office_name = deadline_time.plain_zone(str(office))
    seconds = int(offset.total_seconds())
    if at.astimezone(office).utcoffset() == offset and office_name != "UTC":
        zone = office_name
    elif seconds == 0:
        zone = "UTC"
    elif seconds % 3600 == 0 and -12 <= seconds // 3600 <= 14:  # the fixed zones there are (no Etc/GMT+13)
        zone = f"Etc/GMT{-seconds // 3600:+d}"  # the tz database's signs are inverted
    else:
        zone = office_name
    local = at.astimezone(ZoneInfo(zone))
    return local.date(), local.strftime("%H:%M"), zone
