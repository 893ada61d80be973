"""Chile's RUT and Argentina's CUIT/CUIL as forms and contact lists write them in a phone or ID
column (field test 123): "12.345.678-5", "12345678-K", "20-12345678-6". Such a value is no phone:
kept as a phone, the RUT was dialled and the CUIT shown as the person's work number."""

from __future__ import annotations

import re

#: "12.345.678-5", "1.234.567-K": a RUT with its dots, which no phone is written with.
_RUT_DOTTED = re.compile(r"\d{1,2}\.\d{3}\.\d{3}\s?-\s?[\dkK]")
#: "12345678-5": a RUT without dots, taken as one only when its check digit is right.
_RUT_PLAIN = re.compile(r"(?P<body>\d{7,8})-(?P<check>[\dkK])")
#: "20-12345678-6": a CUIT/CUIL, its type (persons 20, 23, 24, 27; companies 30, 33, 34) first.
_CUIT = re.compile(r"(?:20|23|24|27|30|33|34)-\d{8}-\d")


def rut_check_digit(body: str) -> str:
    """The check digit (0-9 or K) of a RUT's number: modulo 11 with the weights 2 to 7."""
    total = sum(int(digit) * (2 + i % 6) for i, digit in enumerate(reversed(body)))
    rest = 11 - total % 11
    return {11: "0", 10: "K"}.get(rest, str(rest))


def tax_id_kind(value: str) -> str:
    """The kind, "RUT" or "CUIT", when ``value`` is written as a Chilean RUT or an Argentine
    CUIT/CUIL, else "". A CUIT's check digit is not required: a mistyped one is still no phone."""
    text = value.strip()
    if _CUIT.fullmatch(text):
        return "CUIT"
    if _RUT_DOTTED.fullmatch(text):
        return "RUT"
    if (plain := _RUT_PLAIN.fullmatch(text)) and rut_check_digit(plain["body"]) == plain["check"].upper():
        return "RUT"
    return ""
