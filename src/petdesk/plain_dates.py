"""The short date and the relative day of the quick commands (``search``, ``visits``, ``followups``),
written out without babel.

:mod:`petdesk.i18n` formats with babel, whose import (with ``babel.dates`` finding the local time
zone) cost those commands 20–45 ms of a 0.1 s run. They print only two things about a date: the
short style ("5 Sept 2026", "Sep 5, 2026", "2026年9月5日") and a distance in days ("in 3 days",
"3天后"). Here both are spelled for the formatting locales :func:`petdesk.i18n.babel_locale`
chooses most often (en_GB, en_US, zh_CN); any other choice (an en_DE region, a
``PETDESK_FORMAT_LOCALE`` naming something else) goes to babel as before, so the output never
differs. tests/core/test_plain_dates.py compares both with babel for many dates.
"""

from __future__ import annotations

import datetime as dt
import os

from petdesk.language import environment_locale, normalize

#: Month names as CLDR abbreviates them in the medium date (en_GB says "Sept", en_US "Sep").
_MONTHS_GB = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")
_MONTHS_US = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: The formatting locales spelled here.
SPELLED = ("en_GB", "en_US", "zh_CN")
#: babel counts in weeks from 1,000 weeks on (``format_relative_date``'s threshold): left to it.
_DAYS_IN_DAYS = 7 * 1000
#: Mirrors petdesk.i18n.FORMAT_ENV (not imported: that module imports babel).
_FORMAT_ENV = "PETDESK_FORMAT_LOCALE"


def spelled_locale(locale: str) -> str | None:
    """The formatting locale :func:`petdesk.i18n.babel_locale` picks for ``locale`` when it is one
    of :data:`SPELLED` and can be told without CLDR's list of locales; else None (ask babel)."""
    code = locale.split(".")[0].replace("-", "_")
    if "_" in code:
        return code if code in SPELLED else None
    language = normalize(code or "en")
    if os.environ.get(_FORMAT_ENV):
        return None  # a known override wins, an unknown one is ignored: babel knows which
    if language == "zh_CN":
        return "zh_CN"
    parts = environment_locale().split(".")[0].split("@")[0].replace("-", "_").split("_")
    territory = parts[-1] if len(parts) >= 2 else ""
    if len(territory) == 2 and territory.isalpha() and territory.isupper():
        # babel uses en_<territory> when CLDR has it: known here only for these two
        return f"en_{territory}" if territory in ("GB", "US") else None
    return "en_GB"


def short_date(value: dt.date, locale: str) -> str:
    """``petdesk.i18n.format_date(value, locale)`` (the short style: babel's "medium")."""
    spelled = spelled_locale(locale)
    if spelled == "en_GB":
        return f"{value.day} {_MONTHS_GB[value.month - 1]} {value.year}"
    if spelled == "en_US":
        return f"{_MONTHS_US[value.month - 1]} {value.day}, {value.year}"
    if spelled == "zh_CN":
        return f"{value.year}年{value.month}月{value.day}日"
    from petdesk.i18n import format_date

    return format_date(value, locale)


def relative_date(day: dt.date, locale: str, today: dt.date) -> str:
    """``petdesk.i18n.format_relative_date(day, locale, today)``: "today", "in 3 days", "2天前"."""
    spelled = spelled_locale(locale)
    days = (day - today).days
    if spelled is None or abs(days) >= _DAYS_IN_DAYS:
        from petdesk.i18n import format_relative_date

        return format_relative_date(day, locale, today)
    if spelled == "zh_CN":
        special = {0: "今天", 1: "明天", -1: "昨天", 2: "后天", -2: "前天"}
        return special.get(days) or (f"{days}天后" if days > 0 else f"{-days}天前")
    special = {0: "today", 1: "tomorrow", -1: "yesterday"}
    return special.get(days) or (f"in {days} days" if days > 0 else f"{-days} days ago")
