"""Mexican mobile numbers in the forms used before August 2019 (field test 116).

Mexico dropped the "1" after +52 for mobiles and the "044"/"045" prefixes in 2019: "+52 1 55 1234
5678" is now "+52 55 1234 5678". Old phone books and WhatsApp exports still carry the old forms,
which libphonenumber no longer reads as valid numbers, so the tidy left them (and the same person
from two files had two numbers)."""

from __future__ import annotations

import re

import phonenumbers

_NON_DIGIT = re.compile(r"\D")


def current_mexican_mobile(value: str, country: str = "") -> str | None:
    """``value`` in today's international form ("+52 55 1234 5678") when it is a Mexican mobile
    written the old way: "+52 1 55 1234 5678", "0052 1 …", "5215512345678" (no "+", as WhatsApp
    writes an id) or, for a number of ``country`` MX, "044 55 1234 5678"; else None."""
    text = value.strip()
    digits = _NON_DIGIT.sub("", text)
    international = text[:1] in ("+", "＋") or digits.startswith("00")
    digits = digits[2:] if digits.startswith("00") else digits
    mexican = country.upper() == "MX"
    old_mobile = digits.startswith("521") and (international or mexican)  # "+52 1 55 …"
    old_prefix = digits[:3] in ("044", "045") and mexican and not international  # "044 55 …"
    if len(digits) != 13 or not (old_mobile or old_prefix):
        return None
    national = digits[3:]
    try:
        number = phonenumbers.parse("+52" + national)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
