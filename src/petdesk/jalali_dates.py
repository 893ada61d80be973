"""Solar Hijri (Jalali, Persian) dates as Iranian sheets write them: "1406/01/01", "۱۴۰۶/۰۱/۰۱" is
21 March 2027 (field test 125, Tehran). Read as Gregorian they were the year 1406 AD, silently.

Not the lunar Hijri calendar of :mod:`petdesk.hijri_dates` (15 رمضان 1448): the solar year begins at
the March equinox, its months have 31 days (1-6), 30 (7-11) and 29 or 30 (12). The leap years follow
the astronomical calendar by the break years of the jalaali algorithm (Borkowski; the jalaali-js
port), exact for the years 1–3177."""

from __future__ import annotations

import datetime as dt
import re

from petdesk.textsafety import without_direction_marks

#: Years in which the 33-year leap pattern shifts (jalaali-js ``breaks``)
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
           2456, 3178)  # fmt: skip
#: Persian (۰-۹) and Arabic-Indic (٠-٩) digits as 0-9
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
#: A year 1300-1499 with its month and day, "ه.ش." (solar Hijri) after it
_NUMERIC = re.compile(
    r"(?P<year>1[34][0-9]{2})\s*[/\-.]\s*(?P<month>[0-9]{1,2})\s*[/\-.]\s*(?P<day>[0-9]{1,2})\s*(?:ه\.?\s*ش\.?)?"
)


def _year_start(year: int) -> tuple[dt.date, bool]:
    """The Gregorian day of 1 Farvardin ``year`` and whether ``year`` is a leap year."""
    leap_j, jp, jump = -14, _BREAKS[0], 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = year - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gy = year + 621
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + (jump + 4) // 33 * 33
    leap = ((n + 1) % 33 - 1) % 4 == 0 if (n + 1) % 33 else False
    return dt.date(gy, 3, march), leap


def to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Solar Hijri date; ValueError for a day the month does not have."""
    start, leap = _year_start(year)
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if leap else 29
    if not (1 <= month <= 12 and 1 <= day <= length):
        raise ValueError(f"{year}/{month:02d}/{day:02d}")
    return start + dt.timedelta(days=(month - 1) * 31 - month // 7 * (month - 7) + day - 1)


def jalali_day(text: str) -> dt.date | None:
    """The Gregorian day of a numeric Solar Hijri date (year 1300-1499, year first); None for any
    other text. Raises ValueError for a day the month does not have ("1405/12/30" in a common year)."""
    found = _NUMERIC.fullmatch(" ".join(without_direction_marks(text).translate(_DIGITS).split()))
    if found is None:
        return None
    return to_gregorian(int(found["year"]), int(found["month"]), int(found["day"]))
