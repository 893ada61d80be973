"""Dates as contact files write them: birthdays often without a year (vCard "--0315")."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache

from babel import Locale

#: How Outlook's CSV export writes a date field that is not set.
_NO_DATE = re.compile(r"0?0[/.]0?0[/.](00|0000)")


def is_unset_date(text: str) -> bool:
    """Outlook writes "0/0/00" in every empty date column."""
    return bool(_NO_DATE.fullmatch((text or "").strip()))


def normalize_date(text: str, day_first: bool = False) -> str:
    """ "1980-03-15", "19800315", "1980-03-15T00:00:00Z", "--0315", "--03-15", "15.03.1980",
    "3/15/1980" (US, as Outlook and Google write it; "15/3/1980" with ``day_first``, as French
    Outlook does) -> ISO ("--MM-DD" without a year); "" if unreadable.

    The forms the window itself shows are read too (field test 14, defect 3): "2027年3月8日"
    (with or without 星期一), "8 Mar 2027", "8 March 2027", "Mar 8, 2027", "Monday, 8 March 2027";
    "3月8日" and "8 March" without a year. Full-width digits and signs count as ASCII ones."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if spelled := _spelled_date(text):
        return spelled
    if match := re.fullmatch(r"--(\d\d)-?(\d\d)", text):
        month, day = int(match.group(1)), int(match.group(2))
        try:
            dt.date(2000, month, day)
        except ValueError:
            return ""
        return f"--{month:02d}-{day:02d}"
    candidates = []
    if match := re.match(r"(\d{4})-?(\d\d)-?(\d\d)(?:T.*)?$", text):
        candidates.append((match.group(1), match.group(2), match.group(3)))
    if match := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text):
        candidates.append((match.group(3), match.group(2), match.group(1)))
    if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        month_day = (match.group(2), match.group(1)) if day_first else (match.group(1), match.group(2))
        candidates.append((match.group(3), *month_day))
    if match := re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", text):
        candidates.append((match.group(1), match.group(2), match.group(3)))
    for year_text, month_text, day_text in candidates:
        try:
            return dt.date(int(year_text), int(month_text), int(day_text)).isoformat()
        except ValueError:
            continue
    return ""


#: A date typed year first, with any of the separators people use: "2026.12.5", "2026/12/5",
#: "2026-12-5" (field test 38, defect 1: "2026.12.5", common in China, was refused).
_YEAR_FIRST = re.compile(r"(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})")
#: A date typed with the year last and slashes or dashes: day first in most of the world, month
#: first in the United States, so "5/12/2026" can be either.
_YEAR_LAST = re.compile(r"(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})")


def ambiguous_readings(text: str) -> tuple[str, str] | None:
    """The two ISO dates "5/12/2026" could mean (day first, month first), or None when the text
    reads only one way: both numbers up to 12 and different means a guess either way."""
    match = _YEAR_LAST.fullmatch(unicodedata.normalize("NFKC", text or "").strip())
    if not match:
        return None
    first, second, year = (int(part) for part in match.groups())
    if first == second or first > 12 or second > 12:
        return None
    return _checked(str(year), str(second), str(first)), _checked(str(year), str(first), str(second))


def normalize_typed_date(text: str) -> str:
    """A date a person typed into a birthday or anniversary field, as ISO ("--MM-DD" without a
    year); "" if unreadable or ambiguous.

    Unlike :func:`normalize_date` (kept for Outlook's US-style CSV files), a slash date is never
    guessed month first: "15/3/1980" and "3/15/1980" read the one way they can, and "5/12/2026"
    is refused (see :func:`ambiguous_readings`) rather than stored as a wrong birthday."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if match := _YEAR_FIRST.fullmatch(text):
        return _checked(*match.groups())
    if match := _YEAR_LAST.fullmatch(text):
        if ambiguous_readings(text):
            return ""
        first, second, year = match.groups()
        day, month = (first, second) if int(first) > 12 else (second, first)
        return _checked(year, month, day)
    return normalize_date(text)


_WEEKDAY_ZH = r"(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?"
_CHINESE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?" + _WEEKDAY_ZH)
_DAY_MONTH = re.compile(r"(\d{1,2})\.?\s+([a-z]+)\.?(?:,?\s+(\d{4}))?")
_MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?")


@cache
def _english_months() -> dict[str, int]:
    """ "mar", "march", "sept" … → month number, from CLDR's English names."""
    months: dict[str, int] = {"sept": 9}
    for width in ("abbreviated", "wide"):
        for number, name in Locale.parse("en").months["format"][width].items():
            months[name.casefold()] = number
    return months


def _without_weekday(text: str) -> str:
    """ "Monday, 8 March 2027" → "8 March 2027" (the long style of the English window)."""
    head, comma, rest = text.partition(",")
    days = Locale.parse("en").days["format"]
    names = {n.casefold() for width in ("abbreviated", "wide") for n in days[width].values()}
    return rest.strip() if comma and head.strip().casefold() in names else text


def _spelled_date(text: str) -> str:
    """A date written with month names or 年月日 as ISO ("--MM-DD" without a year); "" if not one."""
    if match := _CHINESE.fullmatch(text):
        return _checked(match.group(1), match.group(2), match.group(3))
    text = _without_weekday(text).casefold()
    if match := _DAY_MONTH.fullmatch(text):
        day, month, year = match.groups()
    elif match := _MONTH_DAY.fullmatch(text):
        month, day, year = match.groups()
    else:
        return ""
    number = _english_months().get(month)
    return _checked(year, str(number), day) if number else ""


def _checked(year: str | None, month: str, day: str) -> str:
    try:
        date = dt.date(int(year) if year else 2000, int(month), int(day))  # 2000: 29 Feb is a birthday
    except ValueError:
        return ""
    return date.isoformat() if year else f"--{date.month:02d}-{date.day:02d}"
