"""The country a contact's numbers belong to, read from the file with plain SQL: their own address's
(the first that names one), else their current organisation's, as ``phone_dialling.numbers_country``
picks it. Duplicates and the phone look-up read a number typed without a code in it where that
country dials a trunk "8" (``matching.reading_country``): a Kazakh partner's "8 701 …" at a Beijing
office. Without Qt or SQLAlchemy; babel only for an address that names its country in words.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

#: The country of a contact ``c``'s current organisation (the primary, most recent one first, as
#: the export and the phone tidy pick it).
ORG_COUNTRY_SQL = (
    "SELECT o.country FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
    "WHERE a.contact_id = c.id AND a.deleted_at IS NULL AND a.end_date IS NULL AND o.deleted_at IS NULL "
    "ORDER BY a.is_primary DESC, a.start_date DESC LIMIT 1"
)
#: (method row id, addresses, organisation's country) of some contact methods' people.
_OF_METHODS = (
    f"SELECT m.rowid, c.addresses, ({ORG_COUNTRY_SQL}) FROM contact_method m "
    "JOIN contact c ON c.id = m.contact_id WHERE m.rowid IN ({marks})"
)
_BATCH = 500


def _code(text: str) -> str:
    text = (text or "").strip()
    if len(text) == 2 and text.isalpha() and text.isascii():
        return text.upper()
    if not text:
        return ""
    from petdesk.labels import country_code_in_any_language  # "Kazakhstan", "Казахстан", "哈萨克斯坦"

    return country_code_in_any_language(text) or ""


def contact_country(addresses: Any, org_country: str) -> str:
    """The code of the first address's country that names one, else ``org_country``, else ""."""
    try:
        stored = json.loads(addresses) if isinstance(addresses, str) else addresses or []
    except ValueError:
        stored = []
    for address in stored if isinstance(stored, list) else []:
        if isinstance(address, dict) and (code := _code(str(address.get("country", "") or ""))):
            return code
    return _code(org_country or "")


def countries_of_methods(conn: sqlite3.Connection, row_ids: Iterable[int]) -> dict[int, str]:
    """Contact method row id -> its person's country (:func:`contact_country`; "" for none)."""
    ids = list(row_ids)
    out: dict[int, str] = {}
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        sql = _OF_METHODS.format(marks=", ".join("?" * len(batch)))
        for row_id, addresses, org_country in conn.execute(sql, batch):
            out[row_id] = contact_country(addresses, org_country or "")
    return out
