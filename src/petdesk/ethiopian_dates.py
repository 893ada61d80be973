"""Ethiopian-calendar dates as East African sheets and forms write them: "22/07/2019 E.C.",
"12/05/1975 ዓ.ም." (day/month/year, field test 117, Nairobi hub). The calendar has twelve months
of 30 days and Pagume (5 days, 6 in the year before a Gregorian leap year); its year begins on
11 or 12 September, 7 or 8 years behind the Gregorian one. The conversion is exact arithmetic."""

from __future__ import annotations

import datetime as dt
import re

#: "E.C." (Ethiopian calendar) or "ዓ.ም." (ዓመተ ምሕረት) after a day/month/year date.
_ETHIOPIAN = re.compile(
    r"\s*(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-](?P<year>\d{4})\s*(?:E\.?\s?C\.?|ዓ\.?\s?ም\.?)\s*",
    re.IGNORECASE,
)
#: Julian day number of 1 Meskerem 1 (Amete Mihret epoch, 27 August 8 in the Julian calendar).
_EPOCH = 1724221
#: Julian day number of the day before 1 January 1 (proleptic Gregorian), whose ordinal is 1.
_ORDINAL_ZERO = 1721425


def gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of the Ethiopian ``day`` of ``month`` (1-13) in ``year``; raises
    ValueError for a day the calendar has not (31/01, 7/13, 6/13 outside a leap year)."""
    leap = year % 4 == 3  # Pagume's sixth day falls in the year before a Gregorian leap year
    if not (1 <= month <= 13 and 1 <= day <= (30 if month < 13 else 6 if leap else 5)):
        raise ValueError(f"{day:02d}/{month:02d}/{year} E.C.")
    jdn = _EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day - 1
    return dt.date.fromordinal(jdn - _ORDINAL_ZERO)


def ethiopian_day(text: str) -> dt.date | None:
    """The Gregorian day of ``text`` if it is an Ethiopian-calendar date marked "E.C." or "ዓ.ም.",
    else None; raises ValueError for a marked date that is no day of that calendar."""
    found = _ETHIOPIAN.fullmatch(text or "")
    if found is None:
        return None
    return gregorian(int(found["year"]), int(found["month"]), int(found["day"]))
