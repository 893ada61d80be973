"""Which CFA franc "FCFA" is: both the West African (XOF) and the Central African (XAF) franc are
written so, and the country tells them apart (field test 111)."""

from __future__ import annotations

#: UEMOA, the West African franc's countries.
XOF_COUNTRIES = frozenset({"BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"})
#: CEMAC, the Central African franc's countries.
XAF_COUNTRIES = frozenset({"CM", "CF", "CG", "GA", "GQ", "TD"})


def cfa_franc_of(country: str) -> str:
    """ "XOF" or "XAF" for a country that pays in one of them, else ""."""
    code = country.strip().upper()
    return "XOF" if code in XOF_COUNTRIES else "XAF" if code in XAF_COUNTRIES else ""
