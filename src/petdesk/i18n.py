"""Languages of petdesk's core (command line, dossiers, error messages), without Qt.

One mechanism per kind of string: the window uses Qt Linguist catalogues (``translations/*.ts``);
the core uses gettext catalogues read with babel (``translations/core/<locale>.po``), so that the
core stays importable without Qt. Dossiers need both languages at once, hence ``translator(locale)``
rather than one global language. Formatting of dates, numbers and currencies goes through babel.
"""

from __future__ import annotations

import datetime as dt
import locale as _locale
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers

#: Interface languages petdesk ships.
SUPPORTED = ("en", "zh_CN")
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"
CORE_CATALOGUE_DIR = TRANSLATIONS_DIR / "core"


def system_locale() -> str:
    """The supported locale closest to the user's environment (``LANGUAGE``/``LC_ALL``/``LANG``)."""
    for var in ("PETDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(var):
            return normalize(value.split(":")[0])
    code = _locale.getlocale()[0]
    return normalize(code or "en")


def normalize(code: str) -> str:
    """Map "zh_CN.UTF-8", "zh-Hans", "zh" to "zh_CN"; anything else to "en"."""
    code = code.split(".")[0].replace("-", "_")
    return "zh_CN" if code.lower().startswith("zh") else "en"


@cache
def _catalogue(locale: str) -> dict[str, str]:
    path = CORE_CATALOGUE_DIR / f"{locale}.po"
    if not path.exists():
        return {}
    from babel.messages.pofile import read_po

    with open(path, "rb") as fh:
        catalog = read_po(fh, locale=locale)
    return {
        str(msg.id): str(msg.string)
        for msg in catalog
        if msg.id and isinstance(msg.id, str) and msg.string and not msg.fuzzy
    }


def translator(locale: str) -> Callable[[str], str]:
    """A function that translates core strings into ``locale`` (falls back to the English text)."""
    table = _catalogue(normalize(locale))
    return lambda text: table.get(text, text)


def babel_locale(locale: str) -> Locale:
    try:
        return Locale.parse(normalize(locale))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def format_date(value: dt.date, locale: str, fmt: str = "medium") -> str:
    return babel_dates.format_date(value, format=fmt, locale=babel_locale(locale))


def format_date_long_weekday(value: dt.date, locale: str) -> str:
    """ "Sunday, 29 November 2026" / "2026年11月29日 星期日"."""
    loc = babel_locale(locale)
    if loc.language == "zh":
        return babel_dates.format_date(value, "y年M月d日 EEEE", locale=loc)
    return babel_dates.format_date(value, "EEEE, d MMMM y", locale=loc)


def format_time(value: dt.datetime, locale: str, fmt: str = "short") -> str:
    return babel_dates.format_time(value, format=fmt, tzinfo=value.tzinfo, locale=babel_locale(locale))


def format_datetime(value: dt.datetime, locale: str, fmt: str = "medium") -> str:
    return babel_dates.format_datetime(value, format=fmt, tzinfo=value.tzinfo, locale=babel_locale(locale))


def format_number(value: float, locale: str) -> str:
    return babel_numbers.format_decimal(value, locale=babel_locale(locale))


def format_currency(value: float, currency: str, locale: str) -> str:
    return babel_numbers.format_currency(value, currency, locale=babel_locale(locale))


def format_relative(delta: dt.timedelta, locale: str) -> str:
    """ "in 3 days" / "3天后"."""
    return babel_dates.format_timedelta(delta, add_direction=True, threshold=1.0, locale=babel_locale(locale))


def first_weekday(locale: str) -> int:
    """0 = Monday ... 6 = Sunday, as the locale's calendar starts its week."""
    return babel_locale(locale).first_week_day
