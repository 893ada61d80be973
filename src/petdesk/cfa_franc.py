"""Which CFA franc "FCFA" is: both the West African (XOF) and the Central African (XAF) franc are
written so, and the country tells them apart (field test 111)."""

from __future__ import annotations

import re

#: UEMOA, the West African franc's countries.
XOF_COUNTRIES = frozenset({"BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"})
#: CEMAC, the Central African franc's countries.
XAF_COUNTRIES = frozenset({"CM", "CF", "CG", "GA", "GQ", "TD"})


def cfa_franc_of(country: str) -> str:
    """ "XOF" or "XAF" for a country that pays in one of them, else ""."""
    code = country.strip().upper()
    return "XOF" if code in XOF_COUNTRIES else "XAF" if code in XAF_COUNTRIES else ""


#: "1 500 000 FCFA", "FCFA 1 500 000", "2,5 millions F CFA": the amount and the mark around it.
_MARKED = re.compile(r"F\s?CFA\s*(?P<a>\d.*)|(?P<b>.*\d.*?)\s*F\s?CFA", re.IGNORECASE)


def without_cfa_mark(text: str) -> str | None:
    """``text`` without its "FCFA" mark, or None when it has none."""
    marked = _MARKED.fullmatch(text.strip())
    return None if marked is None else (marked.group("a") or marked.group("b")).strip()


def which_cfa_franc(column: str, country: str) -> str:
    """The franc of an amount marked FCFA: the currency column's when it is one of the two, else the
    country's (the row's, its partner's or the office's), else "" (the caller says what it took)."""
    kept = column.strip().upper()
    return kept if kept in ("XOF", "XAF") else cfa_franc_of(country)
