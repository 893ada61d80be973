"""Which live contacts have a number, compared as duplicates and search compare numbers: by the
whole national number (``matching.phone_key``), not by the stored digits. "139-4968-7761" and
"0139 4968 7761" typed at a Chinese office find the contact stored as "+86 139 4968 7761", whose
``normalized`` is "8613949687761"; a Kazakh partner's stored "8 701 123 45 67" is "+7 701 123 45 67".

The stored keys that can hold a national number are that number after one of a few known prefixes
(:data:`PREFIXES`), so they are looked up whole in ``ix_contact_method_normalized`` rather than by
their ending, which reads every method (issue 17: a hub has 350,000).
"""

from __future__ import annotations

import json
from itertools import product

from sqlalchemy.orm import Session

from petdesk.connection import sqlite_of
from petdesk.office_country import office_country
from petdesk.services.matching import (
    PHONE_CHANNELS,
    TRUNK_8_CODES,
    phone_key,
    reading_country,
    split_country_code,
)
from petdesk.services.record_country import countries_of_methods


def _country_codes() -> list[str]:
    """Every code :func:`matching.split_country_code` can split off (of one, two or three digits,
    assigned or not: a key has always been compared whatever its code)."""
    return [
        code
        for size in (1, 2, 3)
        for code in map("".join, product("0123456789", repeat=size))
        if split_country_code(code + "55")[0] == code
    ]


#: What a stored key (``matching.normalize_phone``) can hold before the national number its
#: ``phone_key`` is, one for each branch of ``matching.national_number``: nothing, a trunk "0", a
#: country code with or without a trunk "0" after it, a trunk "8" ("8 701 …", Belarus's "8 0 …"),
#: a code whose "+" was lost (KZ/RU "7", Belarus "375", China "86": all among the codes).
PREFIXES: tuple[str, ...] = tuple(
    dict.fromkeys(
        ["", "0", "8", "80", *TRUNK_8_CODES.values(), "86"]
        + [p for code in _country_codes() for p in (code, code + "0")]
    )
)

#: Live numbers of live contacts whose stored key is one of the keys given (a JSON list), each
#: found in the index on ``contact_method.normalized``.
_ONE_OF = (
    "SELECT m.rowid, m.contact_id, m.value FROM contact_method m JOIN contact c ON c.id = m.contact_id "
    "WHERE m.normalized IN (SELECT value FROM json_each(?)) "
    f"AND m.channel IN ({', '.join(repr(ch) for ch in sorted(PHONE_CHANNELS))}) "
    "AND m.deleted_at IS NULL AND c.deleted_at IS NULL"
)


def stored_keys(key: str) -> list[str]:
    """The stored keys whose number may be the national number ``key``."""
    return [prefix + key for prefix in PREFIXES]


def contacts_with_number(session: Session, phone: str) -> set[str]:
    """Ids of the live contacts with a phone, fax or WhatsApp number that is ``phone`` (typed at
    the office: read in its country), each stored number read in its person's country."""
    office = office_country()
    key = phone_key(phone, office)
    if not key:
        return set()
    session.flush()  # numbers added in this transaction are read through its plain connection
    conn = sqlite_of(session)
    rows = conn.execute(_ONE_OF, (json.dumps(stored_keys(key)),)).fetchall()
    countries = countries_of_methods(conn, [row_id for row_id, _, _ in rows]) if rows else {}
    return {
        cid
        for row_id, cid, value in rows
        if phone_key(value, reading_country(countries.get(row_id, ""), office)) == key
    }
