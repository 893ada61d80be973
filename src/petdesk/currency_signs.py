"""Which sign an amount is written with for a reader other than a Chinese one: one rule for lists,
the project board and reports alike.

The rule: a currency is written with babel's (CLDR's) symbol in the reader's language ("₱", "₹",
"€", "CN¥", "KZT") — except the office country's own currency, which is written with the symbol of
the office's own locale (babel's symbol in Kazakhstan's ru_KZ: "₸"; Bangladesh's bn_BD: "৳") when that
symbol is a sign that names one currency only. English CLDR has signs for some currencies and codes
for others, so a Manila office read "₱12,500,000.00" and an Almaty office "KZT 12,500,000.00" for its
own money (shots58): each office now reads its own currency by the sign on its own banknotes.
Letters ("Rp", "zł", "RM") stay codes, as do signs shared by several currencies ("$", "¥", "₨", "﷼"):
a reader could not tell which is meant."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel import numbers as babel_numbers

#: Signs that stand for several currencies: the dollars and pesos ($), yuan and yen (¥, ￥), the
#: pound and the Egyptian and Lebanese pounds (£), the rupees of Pakistan, Nepal and Sri Lanka (₨)
#: and the rials of Iran, Saudi Arabia, Oman and Yemen (﷼).
SHARED_SIGNS = frozenset({"$", "¥", "￥", "£", "₨", "﷼"})


def is_unambiguous_sign(symbol: str) -> bool:
    """Whether ``symbol`` is one currency sign (Unicode's category Sc) of one currency only."""
    return len(symbol) == 1 and unicodedata.category(symbol) == "Sc" and symbol not in SHARED_SIGNS


@lru_cache(maxsize=256)
def own_sign(currency: str, country: str) -> str | None:
    """The sign the office in ``country`` writes its own ``currency`` with ("₸" for KZT in "KZ"),
    None when ``currency`` is not that country's, or its symbol there is no unambiguous sign."""
    code, country = currency.strip().upper(), country.strip().upper()
    if not code or len(country) != 2 or not country.isalpha():
        return None
    try:
        home = Locale.parse(f"und_{country}")
    except (UnknownLocaleError, ValueError):
        return None
    if babel_numbers.get_territory_currencies(country)[:1] != [code]:
        return None
    symbol = str(babel_numbers.get_currency_symbol(code, locale=home))
    return symbol if is_unambiguous_sign(symbol) else None
