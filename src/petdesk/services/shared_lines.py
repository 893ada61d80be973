"""A company's switchboard or office line, shared by colleagues, is no sign of one person (round 62:
the Eight sample's two colleagues at one company, both with its TEL会社 number, were flagged as
possible duplicates).

A phone number is a *shared line* between two contacts when it is nobody's own (neither holds it as
a mobile or home number, nor is it a mobile number whatever its label: "work" is the label a number
gets by default) and either more than :data:`SHARED_LINE_HOLDERS` contacts hold it or the two work
at one organisation. A shared line gives no duplicate evidence and is never cited as a reason: the
names (and the organisation) decide. A mobile or home number, or an e-mail, still counts: one
person entered four times keeps their mobile on each record.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

#: More contacts than this holding one number: a switchboard, whoever they are.
SHARED_LINE_HOLDERS = 3
#: Labels of a person's own number (``ChannelLabel`` values); "work", "other" or none may be an office's.
PERSONAL_LABELS = frozenset({"mobile", "home"})


def is_shared_line(holders: int, labels: Iterable[str | None], colleagues: bool, value: str) -> bool:
    """Whether the phone number ``value``, held by ``holders`` contacts, two of whom hold it under
    ``labels`` and work at one organisation (``colleagues``), is a shared line (no evidence of one
    person)."""
    if holders <= SHARED_LINE_HOLDERS and not colleagues:
        return False
    if any((label or "") in PERSONAL_LABELS for label in labels):
        return False
    from petdesk.i18n import office_country

    kind = _mobile_kind(value, office_country())
    # a "+1" number may be a mobile: between a few colleagues it is evidence, while a number of
    # more people than SHARED_LINE_HOLDERS is a switchboard
    return not (kind == _MOBILE or (kind == _MAYBE_MOBILE and holders <= SHARED_LINE_HOLDERS))


def reads_as_mobile(value: str, country: str = "") -> bool:
    """Whether ``value`` is a mobile number, read as one of ``country`` (else of the office's country)
    when it has no code; with neither, a number written with its country code ("+44 7911 123456",
    "0049 151 2345 6789") is read in that country and a Chinese mobile is known by its digits
    (``matching.phone_parts``): "138 0013 8000" is one, and "090-1234-5678" at an office in Japan;
    "052-000-1111" is not. A North American number ("+1 202 …"), which may be a mobile or not, is none
    here (:func:`is_shared_line` weighs it)."""
    from petdesk.i18n import office_country

    return _mobile_kind(value, country or office_country()) == _MOBILE


#: What a number's digits say (:func:`_mobile_kind`): a mobile, maybe one (where the numbering plan
#: does not tell mobiles from fixed lines: North America's "+1"), or none.
_MOBILE, _MAYBE_MOBILE, _NO_MOBILE = 2, 1, 0


@functools.lru_cache(maxsize=4096)  # asked for every pair of a group sharing one number
def _mobile_kind(value: str, country: str) -> int:
    import phonenumbers  # not at import time: asked only of numbers shared

    from petdesk.phone_dialling import read_number
    from petdesk.services.matching import phone_parts

    number = read_number(value, country)
    if number is None and not country:
        # "0049 …" needs a country to dial from; the code it is written with says where it is
        code, national = phone_parts(value)
        number = read_number(f"+{code}{national}", "") if code else None
    kind = phonenumbers.number_type(number) if number is not None else None
    if kind == phonenumbers.PhoneNumberType.MOBILE:
        return _MOBILE
    return _MAYBE_MOBILE if kind == phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE else _NO_MOBILE
