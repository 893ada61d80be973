"""Argentine mobiles typed the old local way, with the "15" mobile prefix and no area code.

Buenos Aires writes a mobile as it is dialled from a phone in the city: "15-1234-5678". Without an
area code libphonenumber cannot read it, so ``phones tidy --country AR`` left it as typed (field test
123). It is no guess: an Argentine number is ten digits with its area code, so eight after the "15"
leave two for the area, and 11 (Buenos Aires) is the only area code of two digits. With an area code
("011 15-1234-5678", "0341 15 444-3322") libphonenumber reads it already: +54 9 11 1234-5678.
"""

from __future__ import annotations

import re

#: "15" then eight digits, grouped as people type them: "15-1234-5678", "(15) 1234 5678", "15 12345678".
_LOCAL_MOBILE = re.compile(r"\(?15\)?[\s\-./]*(\d{4})[\s\-./]*(\d{4})")


def with_buenos_aires_area(value: str, country: str) -> str:
    """``value`` with Buenos Aires' area code when it is a mobile of ``country`` AR typed without one
    ("15-1234-5678" -> "011 15 1234 5678"); else ``value`` as it is."""
    if country.strip().upper() != "AR":
        return value
    found = _LOCAL_MOBILE.fullmatch(value.strip())
    return f"011 15 {found[1]} {found[2]}" if found else value
