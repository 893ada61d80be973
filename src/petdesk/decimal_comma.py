"""Where the comma is the decimal mark, and what an amount column says of its own mark (money59b).

"12,500 €" is twelve and a half to a German, French, Spanish, Italian, Polish or Czech office, and
twelve thousand five hundred to a British one: the office's country (babel's decimal symbol for its
first official language) tells whether it could be either, and the column's other cells may settle it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

#: "12,500": a single comma before exactly three digits, a group or a decimal comma.
COMMA_OR_GROUP = re.compile(r"[1-9]\d{0,2},\d{3}")
#: Cells that write a decimal comma: "1.234,56", "12,5 €", "1.250.000" (dots between groups); not the
#: lakh's and crore's groups of two ("1,00,00,000" is no "1,00", money63).
_COMMA_DECIMALS = re.compile(r"(?<!\d,)(?<!\d,\d)(?<!\d,\d\d)\d,\d{1,2}(?!\d|,\d)|\d\.\d{3}[.,]\d")
#: Cells that write a decimal point: "1,234,567", "1,234.56", "12.50", and India's and Pakistan's groups
#: ("1,00,00,000", "12,34,567"), which go with a decimal point.
_POINT_DECIMALS = re.compile(r"\d,\d{3}[.,]\d|(?<![\d.])\d+\.\d{1,2}(?![\d.])|\d,\d\d,\d{3}(?!\d)")


@cache
def decimal_comma_country(country: str) -> bool:
    """Whether numbers in ``country`` (ISO code) are written with a decimal comma, as babel's locale
    of its first official language writes them: DE, FR, PL, CZ yes; MX, GB, CH, CN no; "" no."""
    from babel import UnknownLocaleError
    from babel.languages import get_official_languages
    from babel.numbers import get_decimal_symbol

    code = country.strip().upper()
    languages = get_official_languages(code, de_facto=True) if len(code) == 2 else ()
    try:
        return bool(languages) and get_decimal_symbol(f"{languages[0]}_{code}") == ","
    except (UnknownLocaleError, ValueError):
        return False


def column_decimal_mark(cells: Iterable[Any]) -> str:
    """The decimal mark an amount column's text cells show: "," ("1.234,56", "12,5 €"), "." ("1,234,567",
    "12.50"), "" when they show neither or both, and so settle nothing."""
    comma = point = False
    for cell in cells:
        if isinstance(cell, str):
            comma = comma or bool(_COMMA_DECIMALS.search(cell))
            point = point or bool(_POINT_DECIMALS.search(cell))
    return "," if comma and not point else "." if point and not comma else ""
