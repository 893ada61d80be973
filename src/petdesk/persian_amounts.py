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
    # with the Persian ی or the Arabic ي a Windows-1256 file writes (field test 125's Excel CSV)
    (re.compile(r"م[یي]ل[یي]ارد"), " bn "),
    (re.compile(r"م[یي]ل[یي]ون"), " million "),
    (re.compile(r"(?<!\S)هزار(?!\S)"), " thousand "),
)
#: The Persian spelling (ی); the Arabic ريال is also Saudi, Omani, Qatari and Yemeni money, so it is
#: the rial only where the row's or office's country is Iran.
_RIAL = re.compile(r"ریال")
_ARABIC_RIAL = re.compile(r"ريال")
_TOMAN = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>bn|million|thousand)?\s*(?:تومان|تومن)")
_PERSIAN = re.compile(r"ریال|ريال|تومان|تومن|م[یي]ل[یي]ارد|م[یي]ل[یي]ون|هزار")


def _tenfold(number: str) -> str:
    """``number`` times ten, written as it was (with its thousands commas or without)."""
    value = Decimal(number.replace(",", "")) * 10
    text = f"{value.normalize():f}"
    if "," in number:
        whole, _, fraction = text.partition(".")
        text = f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    return text


def latin_rial_amount(text: str, *, iran: bool = False) -> tuple[str, bool]:
    """(``text`` with rials and tomans as IRR and Persian scale words in English, whether a toman
    amount was made rials); any other text as it is. ``iran``: the row's or office's country is
    Iran, so the Arabic spelling ريال is its rial too."""
    if _PERSIAN.search(text) is None:
        return text, False
    plain = text
    for word, latin in _SCALES:
        plain = word.sub(latin, plain)
    plain = _RIAL.sub(" IRR ", plain)
    if iran:
        plain = _ARABIC_RIAL.sub(" IRR ", plain)
    plain, tomans = _TOMAN.subn(
        lambda m: f"{_tenfold(m['number'])} {m['scale'] or ''} IRR", " ".join(plain.split())
    )
    return " ".join(plain.split()), tomans > 0
