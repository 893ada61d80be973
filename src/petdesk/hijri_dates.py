"""Hijri (Islamic calendar) dates as Arabic sheets write them beside Gregorian ones: "15 رمضان 1448",
"١٥ رمضان ١٤٤٨ هـ" (field test 118, Cairo). They are converted by the arithmetic (tabular) Islamic
calendar; the months a country declares by sighting the moon may begin a day or two apart, so the
caller says that the day is taken from a Hijri date."""

from __future__ import annotations

import datetime as dt
import math
import re

from petdesk.textsafety import without_direction_marks

#: Month names with the letter forms folded (أ/إ/آ -> ا, ى -> ي, ة -> ه), 1-based.
_MONTHS = {
    "محرم": 1,
    "صفر": 2,
    "ربيع الاول": 3,
    "ربيع الاخر": 4,
    "ربيع الثاني": 4,
    "جمادي الاولي": 5,
    "جمادي الاول": 5,
    "جمادي الاخره": 6,
    "جمادي الثانيه": 6,
    "جمادي الاخر": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعده": 11,
    "ذي القعده": 11,
    "ذو الحجه": 12,
    "ذي الحجه": 12,
}
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
_HIJRI = re.compile(r"(?P<day>\d{1,2})\s+(?P<month>[^\d]+?)\s+(?P<year>\d{4})\s*(?:هـ|ه|AH)?\.?")
#: Julian day number of 1 Muharram 1 AH in the arithmetic calendar (16 July 622, Julian).
_EPOCH = 1948439
#: Julian day number of 1 January 1 (proleptic Gregorian), whose ordinal is 1.
_ORDINAL_ZERO = 1721425


def hijri_day(text: str) -> dt.date | None:
    """The Gregorian day of a Hijri date written with an Arabic month name; None for any other text."""
    found = _HIJRI.fullmatch(" ".join(without_direction_marks(text).split()).translate(_FOLD))
    if found is None or (month := _MONTHS.get(found["month"].strip())) is None:
        return None
    day, year = int(found["day"]), int(found["year"])  # int() reads ١٥ as 15
    if not 1 <= day <= 30:
        return None
    return lunar_to_gregorian(year, month, day)


def lunar_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Hijri date by the arithmetic calendar; ValueError for a month or day
    no Hijri month has."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(f"{year}/{month:02d}/{day:02d}")
    jdn = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _EPOCH - 1
    return dt.date.fromordinal(jdn - _ORDINAL_ZERO)
