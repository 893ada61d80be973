"""Languages of petdesk's core (command line, dossiers, error messages), without Qt.

One mechanism per kind of string, chosen on purpose:

* the window uses Qt Linguist catalogues (``translations/petdesk_<locale>.ts`` → ``.qm``), because Qt
  tools extract ``tr()`` calls with their class context and Qt's own dialogs use the same machinery;
* the core uses gettext catalogues (``translations/core/<locale>.po``) read at run time (without babel:
  :mod:`petdesk.core_catalogue`), so that the core stays importable without Qt, and ``pybabel``
  extracts ``_("...")`` calls.

Dossiers need both languages at once, hence ``translator(locale)`` rather than one global language.

Two ideas of "locale" meet here. The *interface language* is one of :data:`SUPPORTED` ("en" or
"zh_CN") and picks the catalogue. The *formatting locale* is a full babel locale and picks date
order, week start, 12/24-hour clock and number separators. Every formatting helper accepts either:
a plain language ("en") is completed with the user's region from the environment when the
environment speaks that language ("en_US" → US dates and weeks that start on Sunday; "en_AU" ...),
with an English region for other environments ("de_DE" → "en_DE" when CLDR knows it), and with
:data:`DEFAULT_REGION` (``en_GB``: day-month-year, 24-hour clock, weeks from Monday — what an
international office expects) otherwise. Babel's bare ``en`` is deliberately not used: it mixes US
dates with a Monday week start (territory 001). Chinese is always ``zh_CN``. ``PETDESK_FORMAT_LOCALE``
overrides the region for tests or users who want something else.
"""

from __future__ import annotations

import datetime as dt
import gettext
import os
import re
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from petdesk import core_catalogue
from petdesk.currency_signs import own_sign

# Which language: kept in petdesk.language (no babel) for the quick command-line paths, re-exported.
from petdesk.language import N_ as N_
from petdesk.language import environment_locale
from petdesk.language import is_chinese as is_chinese
from petdesk.language import normalize as normalize
from petdesk.language import system_locale as system_locale

# The office's country lives in petdesk.office_country (no babel: the quick search reads it for
# Kazakh and Russian trunk prefixes); re-exported here, and ``_office`` is the same dict.
from petdesk.office_country import OFFICE as _office
from petdesk.office_country import forget_office_country as forget_office_country
from petdesk.office_country import office_country as office_country
from petdesk.office_country import set_office_country as set_office_country
from petdesk.package_data import data_path

#: Interface languages petdesk ships.
SUPPORTED = ("en", "zh_CN")
#: Names of the interface languages, each in its own language (what a language menu shows).
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}
#: Formatting locale of an interface language when the environment does not say more.
DEFAULT_REGION = {"en": "en_GB", "zh_CN": "zh_CN"}
#: Environment variable naming the formatting locale outright (``en_US``, ``en_GB`` ...).
FORMAT_ENV = "PETDESK_FORMAT_LOCALE"


def translations_dir() -> Path:
    """The shipped ``translations/`` folder (``.qm``/``.ts`` for the window, ``core/*.po``)."""
    return data_path("translations")


def core_catalogue_dir() -> Path:
    """The core's gettext catalogues (``translations/core/<locale>.po``)."""
    return core_catalogue.catalogue_dir()


# --- core strings ----------------------------------------------------------------------------


@cache
def _catalogue(locale: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``locale`` (a null one when petdesk has none), read without babel
    (:mod:`petdesk.core_catalogue`); fuzzy and empty entries fall back to the English text."""
    return core_catalogue.read_catalogue(core_catalogue_dir() / f"{locale}.po")


class Translator(core_catalogue.CoreTranslator):
    """Translates core strings into one language; calling it is gettext, ``ngettext`` does plurals.

    Unknown or fuzzy entries fall back to the English text, so a missing translation never breaks
    a command; ``scripts/check_translations.sh`` makes sure there are none in a release."""

    def __init__(self, locale: str) -> None:
        super().__init__(locale, _catalogue(normalize(locale)))

    def number(self, n: int) -> str:
        """A count as this language writes it, "100,000" (a message said "100000": field test 47)."""
        return format_number(n, self.locale)


def translator(locale: str) -> Translator:
    """The translator of core strings into ``locale`` (falls back to the English text)."""
    return _translator(normalize(locale))


@cache
def _translator(language: str) -> Translator:
    return Translator(language)


# --- formatting ----------------------------------------------------------------------------


@cache  # babel parses a code anew each time: a history of 600 times asked 7,000 times (0.1 s)
def _parsed(code: str) -> Locale:
    return Locale.parse(code)


def _known(code: str) -> Locale | None:
    try:
        return _parsed(code)
    except (UnknownLocaleError, ValueError):
        return None


@cache
def _region_locale(language: str, env_value: str, override: str) -> Locale:
    if override and (loc := _known(override.split(".")[0])) is not None:
        return loc
    env = env_value.split(".")[0].split("@")[0].replace("-", "_")
    parts = env.split("_")
    if language == "zh_CN":
        return Locale.parse("zh_CN")
    if len(parts) >= 2 and parts[-1].isalpha() and parts[-1].isupper() and len(parts[-1]) == 2:
        territory = parts[-1]
        # An English environment keeps its region; others get English with that region if CLDR
        # has one (en_DE, en_SE, en_CH ...), so the calendar and numbers look familiar.
        if (loc := _known(f"en_{territory}")) is not None:
            return loc
    return Locale.parse(DEFAULT_REGION["en"])


def babel_locale(locale: str) -> Locale:
    """The babel locale used to format for ``locale`` (see the module docstring for the rule).

    A locale with a territory ("en_US", "zh_CN") is used as it is; a bare language is completed."""
    code = locale.split(".")[0].replace("-", "_")
    if "_" in code and (loc := _known(code)) is not None:
        if loc.language == "zh":
            return _parsed("zh_CN")
        return loc
    language = normalize(code or "en")
    return _region_locale(language, environment_locale(), os.environ.get(FORMAT_ENV, ""))


#: The two date styles petdesk shows, one formatter per locale for every screen, command and
#: document: "short" in lists, tables and lines ("29 Nov 2026" / "2026年11月29日": never ambiguous,
#: unlike 12/11/2026), "long" in titles and dossiers ("Sunday, 29 November 2026" / "2026年11月29日 星期日").
DATE_STYLES = ("short", "long")


def format_date(value: dt.date, locale: str, fmt: str = "short") -> str:
    """The date in one of :data:`DATE_STYLES` ("medium" is the short style, "full" the long one);
    any other ``fmt`` is a CLDR pattern."""
    if fmt in ("short", "medium"):
        return babel_dates.format_date(value, format="medium", locale=babel_locale(locale))
    if fmt in ("long", "full"):
        return format_date_long_weekday(value, locale)
    return babel_dates.format_date(value, format=fmt, locale=babel_locale(locale))


def qt_date_format(locale: str, with_time: bool = False) -> str:
    """The short date style as a Qt display format (date edits show what lists show)."""
    pattern = babel_locale(locale).date_formats["medium"].pattern
    qt = re.sub(r"y+", "yyyy", pattern).replace("'", "")
    if with_time:
        qt += " HH:mm" if "H" in babel_locale(locale).time_formats["short"].pattern else " h:mm AP"
    return qt


def format_date_long_weekday(value: dt.date, locale: str) -> str:
    """ "Sunday, 29 November 2026" / "2026年11月29日 星期日"."""
    loc = babel_locale(locale)
    if loc.language == "zh":
        return babel_dates.format_date(value, "y年M月d日 EEEE", locale=loc)
    if loc.territory == "US":
        return babel_dates.format_date(value, "EEEE, MMMM d, y", locale=loc)
    return babel_dates.format_date(value, "EEEE, d MMMM y", locale=loc)


def format_date_range(start: dt.date, end: dt.date, locale: str) -> str:
    """ "1–4 Dec 2026" / "2026年12月1日至4日": the shortest range babel knows for the locale."""
    if start == end:
        return format_date(start, locale)
    return babel_dates.format_interval(start, end, skeleton="yMMMd", locale=babel_locale(locale))


def format_weekday(value: dt.date, locale: str, width: str = "wide") -> str:
    """ "Sunday" / "星期日"; ``width`` abbreviated gives "Sun" / "周日", narrow "S" / "日"."""
    pattern = {"wide": "EEEE", "abbreviated": "EEE", "short": "EEEEEE", "narrow": "EEEEE"}[width]
    return babel_dates.format_date(value, pattern, locale=babel_locale(locale))


def weekday_names(locale: str, width: str = "abbreviated") -> list[str]:
    """Names of the seven weekdays in the order the locale's week runs (for calendar headers)."""
    loc = babel_locale(locale)
    names = loc.days["format"][width]
    start = loc.first_week_day
    return [names[(start + i) % 7] for i in range(7)]


def month_name(month: int, locale: str, width: str = "wide") -> str:
    """ "November" / "十一月" (stand-alone form, for a calendar title)."""
    return babel_locale(locale).months["stand-alone"][width][month]


def format_month_year(value: dt.date, locale: str) -> str:
    """ "November 2026" / "2026年11月" (a month view's title)."""
    return babel_dates.format_skeleton("yMMMM", value, locale=babel_locale(locale))


def format_month_day(value: dt.date, locale: str) -> str:
    """ "16 Dec" / "12月16日" (a narrow column's heading, where the year is known)."""
    return babel_dates.format_skeleton("MMMd", value, locale=babel_locale(locale))


def format_time(value: dt.datetime | dt.time, locale: str, fmt: str = "short") -> str:
    """ "14:30" / "2:30 PM" / "14:30"; aware datetimes are shown in their own zone."""
    tz = value.tzinfo if isinstance(value, dt.datetime) else None
    return babel_dates.format_time(value, format=fmt, tzinfo=tz, locale=babel_locale(locale))


def format_datetime(value: dt.datetime, locale: str, fmt: str = "short", *, seconds: bool = False) -> str:
    """The date in the short (or long) style and the time: "12 Jul 2025, 05:17" / "2025年7月12日 05:17";
    with ``seconds``, "05:17:09" (a history's edits of one minute in their order); an aware value
    is shown in its own zone."""
    day = format_date(value.date(), locale, "long" if fmt in ("long", "full") else "short")
    time = format_time(value, locale, "medium" if seconds else "short")
    return f"{day} {time}" if babel_locale(locale).language == "zh" else f"{day}, {time}"


def format_number(value: float, locale: str, decimals: int | None = None) -> str:
    """ "100,000" / "100,000"; ``decimals`` fixes the fraction digits."""
    loc = babel_locale(locale)
    if decimals is None:
        return babel_numbers.format_decimal(value, locale=loc)
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return babel_numbers.format_decimal(value, format=pattern, locale=loc)


def format_integer(value: int, locale: str) -> str:
    """A count with the locale's grouping ("12,345")."""
    return babel_numbers.format_decimal(value, format="#,##0", locale=babel_locale(locale))


def format_percent(value: float, locale: str) -> str:
    """0.25 → "25%"."""
    return babel_numbers.format_percent(value, locale=babel_locale(locale))


#: CLDR's grouping in lakhs and crores: three digits, then twos (2,50,00,000).
LAKH_GROUPING = (3, 2)


def money_locale(locale: str) -> Locale:
    """The babel locale of amounts for an English reader: the office country's English when it
    groups digits otherwise (India: "₹12,00,000.00", in lakhs and crores, where "₹1,200,000.00" was
    printed to the New Delhi office, field test 107), else :func:`babel_locale`'s. The user's
    ``PETDESK_FORMAT_LOCALE`` wins; a Chinese reader keeps Chinese forms."""
    loc = babel_locale(locale)
    if loc.language != "en" or not _office["country"] or os.environ.get(FORMAT_ENV):
        return loc
    office = _known(f"en_{_office['country']}")
    # CLDR has no English of Bangladesh (en_BD): its own language's grouping decides, and a Dhaka
    # office read "BDT 25,000,000" for the ৳2,50,00,000 its sheet wrote (window walk 58)
    native = _known(f"und_{_office['country']}") if office is None else None
    if native is not None and native.currency_formats["standard"].grouping == LAKH_GROUPING:
        office = _known("en_IN")
    grouping = loc.currency_formats["standard"].grouping
    if office is not None and office.currency_formats["standard"].grouping != grouping:
        return office
    return loc


#: Currencies written as their ISO code in Chinese: CLDR writes both yuan and yen with a "¥" sign
#: (¥ for CNY, JP¥ or ¥ for JPY), which a Chinese table holding both cannot tell apart (field test 16).
CODED_IN_CHINESE = frozenset({"CNY", "JPY"})


def format_currency(value: float, currency: str, locale: str, *, whole: bool = False) -> str:
    """ "€1,250.00" / "CN¥8,000.00" / "SEK 1,250.00"; in Chinese "CNY 8,000.00" and "JPY 1,852,000"
    (:data:`CODED_IN_CHINESE`). With ``whole``, a sum of whole units without its zero cents
    ("SEK 1,250": where room is short, as on a board's card)."""
    loc = money_locale(locale)
    pattern = loc.currency_formats["standard"].pattern
    symbol = babel_numbers.get_currency_symbol(currency, locale=loc)
    if loc.language == "zh" and currency.upper() in CODED_IN_CHINESE:
        pattern, symbol = pattern.replace("¤", "¤¤"), currency.upper()  # "¤¤" is the ISO code
    if whole and float(value).is_integer():
        pattern = pattern.replace("0.00", "0")
        text = babel_numbers.format_currency(value, currency, pattern, locale=loc, currency_digits=False)
    else:
        text = babel_numbers.format_currency(value, currency, pattern, locale=loc)
    return _spaced(*_office_signed(text, symbol, currency, loc))


def _office_signed(text: str, symbol: str, currency: str, loc: Locale) -> tuple[str, str]:
    """``text`` with the office's own currency by its own sign ("₸12,500,000.00" at an office in
    Kazakhstan, not "KZT 12,500,000.00"), and the symbol it now holds: the rule of
    :mod:`petdesk.currency_signs`. A Chinese reader keeps Chinese forms."""
    sign = None if loc.language == "zh" else own_sign(currency, _office["country"])
    if sign is None or sign == symbol or symbol not in text:
        return text, symbol
    return text.replace(symbol, sign, 1), sign


def _spaced(text: str, symbol: str) -> str:
    """CLDR's currency spacing, which babel leaves out: a symbol ending in a letter (a code such as
    SEK or CHF) is kept apart from the digits by a no-break space ("SEK12,150,000.00" read as one word)."""
    at = text.find(symbol)
    end = at + len(symbol)
    if symbol[-1:].isalpha() and at >= 0 and text[end : end + 1].isdigit():
        text = f"{text[:end]}\u00a0{text[end:]}"
    return text


def format_money(
    value: float, currency: str, locale: str, *, whole: bool = False, exact: bool = False
) -> str:
    """An amount as a reader of ``locale``'s language expects it, the one form every report, document
    and window shows: in Chinese counted in 万 and 亿 with the currency's Chinese name ("4,500万元",
    "1.2亿元", "45万欧元", "8,000元"; "CNY 45,000,000.00" was hard to read, field test 63), in other
    languages :func:`format_currency`. The language decides, not the formatting region. ``exact``
    for totals and a project's own figures: see :func:`chinese_money`."""
    if not is_chinese(locale):
        return format_currency(value, currency, locale, whole=whole)
    return chinese_money(value, currency, exact=exact)


def compact_money(value: float, currency: str, locale: str) -> str:
    """An amount short enough for a narrow list cell, to be compared at a glance: "CN¥15m",
    "US$1.2m", "€900k" (CLDR's compact form, one decimal at most); in Chinese the 万 and 亿 form
    every window shows ("1,500万元", itself compact; "¥1500万" would not tell yuan from yen, see
    :data:`CODED_IN_CHINESE`). The full amount belongs beside it (a tooltip, the record's detail):
    "CN¥30,000,000.00" left a City needs budget "CN¥3…" at 1024 px (needs54)."""
    if is_chinese(locale):
        return chinese_money(value, currency)
    loc = money_locale(locale)
    symbol = babel_numbers.get_currency_symbol(currency, locale=loc)
    text = babel_numbers.format_compact_currency(value, currency, locale=loc, fraction_digits=1)
    return _spaced(*_office_signed(text, symbol, currency, loc))


#: 亿 (a hundred million) and 万 (ten thousand), the larger first.
_CHINESE_UNITS = ((10**8, "亿"), (10**4, "万"))


def chinese_money(value: float, currency: str, *, exact: bool = False) -> str:
    """ "4,500万元" for CNY 45,000,000: the amount in the largest of 亿 and 万 it reaches, to two
    decimals at most (a hundred yuan in 万, a million in 亿: a fund amount, not an invoice), below
    10,000 as it is ("8,000元", "8,000.50元"); the currency by its Chinese name, yuan as 元.
    ``exact`` (a total, a finance report): only a unit that loses nothing, else every digit
    ("1,800,000.50元", not "180万元"; "12,345万元", not "1.23亿元")."""
    loc = _parsed("zh_CN")
    code = currency.strip().upper()
    name = "元" if code == "CNY" else babel_numbers.get_currency_name(code, locale=loc)
    cents = round(abs(value) * 100)  # two decimals of 万 are 10**4 cents, of 亿 10**8
    # Rounded first: 99,999,999 is "1亿元", not "10,000万元".
    unit, word = next(
        ((u, w) for u, w in _CHINESE_UNITS if round(abs(value) / u, 2) >= 1 and not (exact and cents % u)),
        (1, ""),
    )
    if unit > 1:
        number = babel_numbers.format_decimal(round(value / unit, 2), format="#,##0.##", locale=loc)
    else:
        number = format_number(value, "zh_CN", currency_digits(code) if not float(value).is_integer() else 0)
    # A currency without a Chinese name in CLDR is its code: kept apart from the digits ("45万 XYZ").
    gap = " " if name[:1].isascii() and name else ""  # none stored: the number alone
    return f"{number}{word}{gap}{name}"


def currency_name(code: str, locale: str) -> str:
    """A currency as a sentence names it: by its Chinese name in Chinese ("JPY" → "日元", the names
    :func:`chinese_money` writes amounts with), by its code elsewhere ("JPY", as amounts show it).
    A code CLDR has no Chinese name for stays a code."""
    code = code.strip().upper()
    if not locale.startswith("zh"):
        return code
    return str(babel_numbers.get_currency_name(code, locale=_parsed("zh_CN")))


#: Digits after the point a stored amount can hold (the database keeps money to 2 decimals).
STORED_MONEY_DIGITS = 2


def currency_digits(currency: str) -> int:
    """Digits after the point an amount of ``currency`` is written with: 2 for EUR and USD, 0 for
    JPY and KRW (CLDR's precision, through babel); 2 for a code babel does not know. Never more
    than the database keeps (a dinar's 3 digits are stored as 2)."""
    code = currency.strip().upper()
    if len(code) != 3 or not code.isalpha():
        return STORED_MONEY_DIGITS
    return min(babel_numbers.get_currency_precision(code), STORED_MONEY_DIGITS)


def format_relative(delta: dt.timedelta, locale: str) -> str:
    """ "in 3 days" / "3天后"; "3 days ago" / "3天前". Days for anything a calendar shows."""
    return babel_dates.format_timedelta(delta, add_direction=True, threshold=1.0, locale=babel_locale(locale))


def format_relative_date(day: dt.date, locale: str, today: dt.date | None = None) -> str:
    """ "today", "tomorrow", "in 3 days", "2 days ago" (今天 · 明天 · 3天后 · 2天前), by calendar days."""
    today = today or dt.date.today()
    days = (day - today).days
    loc = babel_locale(locale)
    if loc.language == "zh":
        special = {0: "今天", 1: "明天", -1: "昨天", 2: "后天", -2: "前天"}
    else:
        special = {0: "today", 1: "tomorrow", -1: "yesterday"}
    if days in special:
        return special[days]
    return babel_dates.format_timedelta(
        dt.timedelta(days=days), granularity="day", add_direction=True, threshold=1000, locale=loc
    )


def format_duration(delta: dt.timedelta, locale: str) -> str:
    """ "2 hours" / "2小时"; a length of time without direction (an itinerary item's duration)."""
    return babel_dates.format_timedelta(delta, threshold=1.0, locale=babel_locale(locale))


def first_weekday(locale: str) -> int:
    """0 = Monday ... 6 = Sunday, as the locale's calendar starts its week (en_US: Sunday)."""
    return babel_locale(locale).first_week_day


def date_pattern(locale: str, fmt: str = "short") -> str:
    """The CLDR pattern of a date format ("dd/MM/y", "y/M/d"), e.g. to build a Qt display format."""
    return babel_locale(locale).date_formats[fmt].pattern


def list_join(items: list[str], locale: str) -> str:
    """ "A, B and C" / "A、B和C"."""
    from babel.lists import format_list

    return format_list(items, locale=babel_locale(locale))
