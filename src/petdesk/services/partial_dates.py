"""Dates as contact files write them: birthdays often without a year (vCard "--0315")."""

from __future__ import annotations

import datetime as dt
import re


def normalize_date(text: str) -> str:
    """ "1980-03-15", "19800315", "1980-03-15T00:00:00Z", "--0315", "--03-15", "15.03.1980",
    "3/15/1980" (US, as Outlook and Google write it) -> ISO ("--MM-DD" without a year); "" if unreadable."""
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
        candidates.append((match.group(3), match.group(1), match.group(2)))
    if match := re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", text):
        candidates.append((match.group(1), match.group(2), match.group(3)))
    for year_text, month_text, day_text in candidates:
        try:
            return dt.date(int(year_text), int(month_text), int(day_text)).isoformat()
        except ValueError:
            continue
    return ""
