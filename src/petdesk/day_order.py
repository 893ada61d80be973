"""Which way a country writes a short date, day or month first, from CLDR (babel) for the country's
main locale: "05/08/2027" is the 5th of August in New Delhi and Jakarta, the 8th of May in the US
(field tests 107, 108). China writes the year first (2027/8/5), and so reads neither."""

from __future__ import annotations

from functools import cache

#: The three orders a short date pattern gives: day first, month first, year first.
DAY_FIRST, MONTH_FIRST, YEAR_FIRST = "dmy", "mdy", "ymd"


@cache
def day_order(country: str) -> str | None:
    """``DAY_FIRST``, ``MONTH_FIRST`` or ``YEAR_FIRST`` for the country's main locale ("IN" hi_IN
    d/M/yy, "US" en_US M/d/yy, "CN" zh_Hans_CN y/M/d); None for no country, or one babel does not
    know."""
    from babel import Locale, UnknownLocaleError

    code = country.strip().upper()
    if len(code) != 2 or not code.isalpha():
        return None
    try:
        locale = Locale.parse(f"und_{code}")  # the likely subtags: hi_IN, id_ID, de_DE, en_US …
    except (UnknownLocaleError, ValueError):
        return None
    if locale.territory != code:
        return None  # babel fell back to another country's locale
    pattern = _unquoted(locale.date_formats["short"].pattern)
    found = {letter: pattern.find(letter) for letter in "dMy"}
    if min(found.values()) < 0:
        return None
    return "".join(sorted("dmy", key=lambda letter: found["M" if letter == "m" else letter]))


def _unquoted(pattern: str) -> str:
    """The pattern without its quoted literals ('de' in "d 'de' MMM 'de' y")."""
    return "".join(part for index, part in enumerate(pattern.split("'")) if index % 2 == 0)
