"""Which Hijri calendar a numeric date of year 1300-1499 is in ("1406/01/01", "1448/09/15").

Iran and Afghanistan write the Solar Hijri (Jalali) year, 1406 in 2027; Saudi Arabia, Egypt or
Pakistan may write the lunar Hijri one, 1448 in 2027. Read in the wrong calendar a day is silently
months off (field test 125), so the calendar comes from what the cell or its column's header says
(هـ.ش, ش, شمسی, "Jalali", "SH"; هـ, ق, قمری, "AH"), else from the row's or office's country; a date
neither tells is refused with both readings, never guessed."""

from __future__ import annotations

import datetime as dt
import re

from petdesk.hijri_dates import lunar_to_gregorian
from petdesk.jalali_dates import to_gregorian
from petdesk.textsafety import without_direction_marks

SOLAR, LUNAR = "solar", "lunar"
#: Countries whose numeric dates of these years are Solar Hijri: Iran and Afghanistan.
SOLAR_COUNTRIES = frozenset({"IR", "AF"})
#: Countries whose numeric dates of these years are lunar Hijri: the Arab states and Pakistan.
LUNAR_COUNTRIES = frozenset(
    {"SA", "EG", "PK", "AE", "BH", "DZ", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SD",
     "SY", "TN", "YE"}
)  # fmt: skip
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
#: A year 1300-1499 first, its month and day, and what follows them (a calendar's mark or nothing)
_NUMERIC = re.compile(
    r"(?P<year>1[34][0-9]{2})\s*[/\-.]\s*(?P<month>[0-9]{1,2})\s*[/\-.]\s*(?P<day>[0-9]{1,2})(?P<said>\D*)"
)
# Solar marks first: "هـ.ش" holds the lunar "هـ"; ي is the Arabic ی a Windows-1256 file writes
_SOLAR = re.compile(r"ه\s*ـ?\s*\.?\s*ش|(?<!\w)ش(?!\w)|شمس[یي]|jalali|(?<![A-Za-z])SH(?![A-Za-z])|solar", re.I)
_LUNAR = re.compile(
    r"ه\s*ـ?\s*\.?\s*ق|(?<!\w)هـ?(?!\w)|قمر[یي]|(?<![A-Za-z])AH(?![A-Za-z])|hijri|lunar", re.I
)


class TwoCalendars(ValueError):
    """A numeric date that is a day in both Hijri calendars, with nothing telling which is meant."""

    def __init__(self, written: str, solar: dt.date, lunar: dt.date) -> None:
        super().__init__(written)
        self.written, self.solar, self.lunar = written, solar, lunar


def calendar_said(text: str) -> str:
    """SOLAR or LUNAR when ``text`` (a cell's end, a header) names a Hijri calendar, else ""."""
    text = without_direction_marks(text)
    return SOLAR if _SOLAR.search(text) else LUNAR if _LUNAR.search(text) else ""


def numeric_hijri_day(text: str, *, country: str = "", header: str = "") -> tuple[dt.date, str] | None:
    """(Gregorian day, SOLAR or LUNAR) of a numeric date of year 1300-1499; None for any other text.
    Raises TwoCalendars when neither the cell, the ``header`` nor the ``country`` tells the calendar,
    ValueError for a day its calendar does not have."""
    found = _NUMERIC.fullmatch(" ".join(without_direction_marks(text).translate(_DIGITS).split()))
    if found is None:
        return None
    said = found["said"].strip()
    calendar = calendar_said(said)
    if said and not calendar:
        return None  # "1406/01/01 foo": not a date these calendars know
    country = country.strip().upper()
    calendar = calendar or calendar_said(header)
    calendar = calendar or (
        SOLAR if country in SOLAR_COUNTRIES else LUNAR if country in LUNAR_COUNTRIES else ""
    )
    year, month, day = int(found["year"]), int(found["month"]), int(found["day"])
    if calendar == SOLAR:
        return to_gregorian(year, month, day), SOLAR
    if calendar == LUNAR:
        return lunar_to_gregorian(year, month, day), LUNAR
    raise TwoCalendars(text, to_gregorian(year, month, day), lunar_to_gregorian(year, month, day))
