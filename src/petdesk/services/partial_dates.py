"""Dates as contact files write them: birthdays often without a year (vCard "--0315")."""

from __future__ import annotations

import datetime as dt
import re

#: How Outlook's CSV export writes a date field that is not set.
_NO_DATE = re.compile(r"0?0[/.]0?0[/.](00|0000)")


def is_unset_date(text: str) -> bool:
    """Outlook writes "0/0/00" in every empty date column."""
    return bool(_NO_DATE.fullmatch((text or "").strip()))


def normalize_date(text: str, day_first: bool = False) -> str:
    """ "1980-03-15", "19800315", "1980-03-15T00:00:00Z", "--0315", "--03-15", "15.03.1980",
    "3/15/1980" (US, as Outlook and Google write it; "15/3/1980" with ``day_first``, as French
    Outlook does) -> ISO ("--MM-DD" without a year); "" if unreadable."""
    text = (text or "").strip()
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
