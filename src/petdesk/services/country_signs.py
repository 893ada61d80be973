"""The country of a new organisation from what an imported row says without a country column.

An Indian office's partner list has no "Country" column: every organisation it made had none, so the
country filters and the map left them out (field test 107). Its rows say India otherwise: a +91
number, a six-digit PIN code at an office in India. Taken only when every such sign of the row names
one country; a row whose signs disagree (a +49 number beside a PIN code) is left without, never
guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from petdesk.models.enums import ContactChannel

#: An Indian PIN code: six digits, the first 1-8 (China's postcodes are six digits too: only at an
#: office in India is it taken for one).
_PIN = re.compile(r"[1-8]\d{5}")


def _phone_country(number: str) -> str:
    """The country of an international number ("+91-98200 54321" -> "IN"), "" for a national one."""
    import phonenumbers

    text = number.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    if not text.startswith("+"):
        return ""
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(text)) or ""
    except phonenumbers.NumberParseException:
        return ""


def country_from_signs(
    methods: Iterable[tuple[ContactChannel, object, str]],
    postcodes: Iterable[str],
    office_country: str,
) -> tuple[str, list[str]]:
    """(the one country the row's phone numbers and postcodes name, the kinds of sign that named it:
    "phone", "PIN code"); ("", []) when none does or they name two countries."""
    found: dict[str, list[str]] = {}
    for channel, _label, value in methods:
        if channel == ContactChannel.PHONE and (code := _phone_country(value)):
            found.setdefault(code, []).append("phone")
    if office_country.upper() == "IN":
        for postcode in postcodes:
            if _PIN.fullmatch(postcode.strip()):
                found.setdefault("IN", []).append("PIN code")
    if len(found) != 1:
        return "", []
    [(code, kinds)] = found.items()
    return code, list(dict.fromkeys(kinds))
