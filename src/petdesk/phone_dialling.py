"""How a stored phone number is dialled from anywhere: its international form ("+49 30 1234567").

People type numbers as they hear them, without a country code ("0871-6512 3456", "(0)30 1234567",
"138 0871 2345"). A phone abroad, or a vCard read into one, cannot dial that. Such a number is read
with the country it belongs to: the contact's own (an address), else their organisation's, else the
office's (``petdesk office --country``). The stored value never changes here: this makes what goes
out (vCard, dossier, tel: links). A value libphonenumber does not read as a valid number of that
country is given back as typed: a wrong guess would be a number nobody answers.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import phonenumbers

from petdesk.argentine_mobiles import with_buenos_aires_area
from petdesk.mexican_mobiles import current_mexican_mobile
from petdesk.services.matching import half_width_phone

_INTERNATIONAL = phonenumbers.PhoneNumberFormat.INTERNATIONAL


def number_country(*countries: str) -> str:
    """The first of ``countries`` that is a two-letter code (contact, organisation, office), upper case."""
    for code in countries:
        code = (code or "").strip()
        if len(code) == 2 and code.isalpha() and code.isascii():
            return code.upper()
    return ""


@functools.lru_cache(maxsize=1024)
def _address_country(text: str) -> str:
    """The code of an address's country as people write it ("Germany", "德国", "DE"), else ""."""
    from petdesk.labels import country_code_in_any_language

    return number_country(text) or country_code_in_any_language(text) or ""


def numbers_country(addresses: Iterable[Mapping[str, str]], org_country: str, home: str) -> str:
    """The country a contact's numbers typed without a code belong to: their own address's (the
    first that names one), else their organisation's, else the office's (field test phones55: a
    Berlin partner's "(0)30 1234567" left the vCard as typed, which no phone in China can dial)."""
    own = next((c for a in addresses if (c := _address_country(a.get("country", "")))), "")
    return number_country(own, org_country, home)


@functools.lru_cache(maxsize=8192)  # an export repeats an organisation's switchboard number often
def _read(value: str, country: str) -> phonenumbers.PhoneNumber | None:
    """The number ``value`` is, read as one of ``country`` when it has no code; None when unreadable."""
    text = half_width_phone(value).strip()
    if text[:4].lower() == "tel:":
        text = text[4:].split(";", 1)[0]
    try:
        number = phonenumbers.parse(text, country or None)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def read_number(value: str, country: str) -> phonenumbers.PhoneNumber | None:
    """The valid number ``value`` is, read as one of ``country`` when it has no code, else None."""
    return _read(value, country)


def international_form(value: str, country: str) -> str:
    """``value`` as dialled from any country ("0871-6512 3456", CN -> "+86 871 6512 3456"; "(0)30
    1234567", DE -> "+49 30 1234567"; "0049 30 1234567" -> "+49 30 1234567"); as typed when it does
    not read as a valid number (of ``country``, when it has no code of its own)."""
    if current := current_mexican_mobile(value, country):
        return current  # "+52 1 55 …": the "1" Mexico dropped in 2019 (field test 116)
    if value.lstrip()[:1] in ("+", "＋") and "(" not in value:
        return value  # dialled from anywhere as typed: the user's spacing stays
    # "15-1234-5678": a Buenos Aires mobile typed without its area code (field test 123)
    number = _read(with_buenos_aires_area(half_width_phone(value), country), country)
    return value if number is None else phonenumbers.format_number(number, _INTERNATIONAL)
