"""Days in the Buddhist era as Thai sheets write them: "15/03/2570", "15 มี.ค. 2570", "๓๐/๐๙/๒๕๗๐",
"15 มีนาคม พ.ศ. 2570" (field test 120). The Thai year is the Western one plus 543; a year of 2400 to
2700 is no Western year a project or visit has, so it is read as Buddhist. Before, "15/03/2570" was
stored as the year 2570, silently."""

from __future__ import annotations

import datetime as dt
import re

#: How far the Buddhist era is ahead of the Western one
BE_OFFSET = 543
#: Thai digits ๐–๙ as 0–9
_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
#: Thai month names, short (มี.ค.) and long (มีนาคม), without their dots
_MONTHS = {
    "มค": 1, "มกราคม": 1, "กพ": 2, "กุมภาพันธ์": 2, "มีค": 3, "มีนาคม": 3, "เมย": 4, "เมษายน": 4,
    "พค": 5, "พฤษภาคม": 5, "มิย": 6, "มิถุนายน": 6, "กค": 7, "กรกฎาคม": 7, "สค": 8, "สิงหาคม": 8,
    "กย": 9, "กันยายน": 9, "ตค": 10, "ตุลาคม": 10, "พย": 11, "พฤศจิกายน": 11, "ธค": 12, "ธันวาคม": 12,
}  # fmt: skip
_NUMBERS = re.compile(r"(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})")
_NAMED = re.compile(r"(\d{1,2})\s*([\u0e01-\u0e4e.]+)\s*(\d{4})")
_ERA = re.compile(r"พ\.\s*ศ\.|B\.?E\.?(?![A-Za-z])")


def buddhist_day(text: str) -> dt.date | None:
    """The Western day of a Buddhist-era date written day first (or year first with dashes), or
    None: not such a date, no such day, or a Western year (a Thai month with "2027" is the caller's)."""
    plain = " ".join(_ERA.sub(" ", text.translate(_DIGITS)).split())
    if found := _NUMBERS.fullmatch(plain):
        day, month, year = int(found[1]), int(found[3]), int(found[4])
        if month > 12 >= day:  # 03/15/2570: month first
            day, month = month, day
    elif found := _YEAR_FIRST.fullmatch(plain):
        year, month, day = int(found[1]), int(found[2]), int(found[3])
    elif (found := _NAMED.fullmatch(plain)) and (month := _MONTHS.get(found[2].replace(".", ""), 0)):
        day, year = int(found[1]), int(found[3])
    else:
        return None
    if not 2400 <= year <= 2700:
        return None
    try:
        return dt.date(year - BE_OFFSET, month, day)
    except ValueError:
        return None
