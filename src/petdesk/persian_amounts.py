"""Amounts as Iranian sheets write them (field test 125, Tehran): "۱۲٬۵۰۰٬۰۰۰٬۰۰۰ ریال" ->
"12,500,000,000 IRR", "2.5 میلیارد تومان" -> "25 bn IRR", "3 میلیون تومان" -> "30 million IRR".

Run after :func:`petdesk.arabic_amounts.latin_amount` (which writes the digits and separators the
Latin way). The toman is no currency of its own but 10 rials, the unit prices are said in: it is
stored as IRR, ten times the number, and the caller says so. The scale words are هزار (thousand),
میلیون (million) and میلیارد (10^9, written "bn": "billion" is refused as 10^9 or 10^12)."""

from __future__ import annotations

import re
from decimal import Decimal

_SCALES = (
    (re.compile(r"میلیارد"), " bn "),
    (re.compile(r"میلیون"), " million "),
    (re.compile(r"(?<!\S)هزار(?!\S)"), " thousand "),
)
#: The Persian spelling (ی) only: the Arabic ريال is also Saudi, Omani, Qatari and Yemeni money.
_RIAL = re.compile(r"ریال")
_TOMAN = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>bn|million|thousand)?\s*(?:تومان|تومن)")
_PERSIAN = re.compile(r"ریال|تومان|تومن|میلیارد|میلیون|هزار")


def _tenfold(number: str) -> str:
    """``number`` times ten, written as it was (with its thousands commas or without)."""
    value = Decimal(number.replace(",", "")) * 10
    text = f"{value.normalize():f}"
    if "," in number:
        whole, _, fraction = text.partition(".")
        text = f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    return text


def latin_rial_amount(text: str) -> tuple[str, bool]:
    """(``text`` with rials and tomans as IRR and Persian scale words in English, whether a toman
    amount was made rials); any other text as it is."""
    if _PERSIAN.search(text) is None:
        return text, False
    plain = text
    for word, latin in _SCALES:
        plain = word.sub(latin, plain)
    plain = _RIAL.sub(" IRR ", plain)
    plain, tomans = _TOMAN.subn(
        lambda m: f"{_tenfold(m['number'])} {m['scale'] or ''} IRR", " ".join(plain.split())
    )
    return " ".join(plain.split()), tomans > 0
