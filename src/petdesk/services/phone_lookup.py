"""Which live contacts have a number, compared as duplicates and search compare numbers: by the
whole national number (``matching.phone_key``), not by the stored digits. "139-4968-7761" and
"0139 4968 7761" typed at a Chinese office find the contact stored as "+86 139 4968 7761", whose
``normalized`` is "8613949687761"; a Kazakh partner's stored "8 701 123 45 67" is "+7 701 123 45 67".
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from petdesk.connection import sqlite_of
from petdesk.office_country import office_country
from petdesk.services.matching import PHONE_CHANNELS, phone_key, reading_country
from petdesk.services.record_country import countries_of_methods

#: Live numbers of live contacts whose stored digits end with a national number: the stored key
#: holds it after a country code, a trunk "0" or "8", or nothing.
_ENDING_WITH = (
    "SELECT m.rowid, m.contact_id, m.value FROM contact_method m JOIN contact c ON c.id = m.contact_id "
    f"WHERE m.channel IN ({', '.join(repr(ch) for ch in sorted(PHONE_CHANNELS))}) "
    "AND m.normalized LIKE '%' || ? AND m.deleted_at IS NULL AND c.deleted_at IS NULL"
)


def contacts_with_number(session: Session, phone: str) -> set[str]:
    """Ids of the live contacts with a phone, fax or WhatsApp number that is ``phone`` (typed at
    the office: read in its country), each stored number read in its person's country."""
    office = office_country()
    key = phone_key(phone, office)
    if not key:
        return set()
    session.flush()  # numbers added in this transaction are read through its plain connection
    conn = sqlite_of(session)
    rows = conn.execute(_ENDING_WITH, (key,)).fetchall()
    countries = countries_of_methods(conn, [row_id for row_id, _, _ in rows]) if rows else {}
    return {
        cid
        for row_id, cid, value in rows
        if phone_key(value, reading_country(countries.get(row_id, ""), office)) == key
    }
