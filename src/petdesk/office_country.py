"""The setting of the office's country, apart from ``services.office`` so that code reading a file
without SQLAlchemy (the export of all contacts) can read it too."""

from __future__ import annotations

from typing import Any

#: The office's country (``petdesk office --country``, Settings › Office): the country its post leaves
#: from, whose addresses need no country line, and of numbers typed without a country code. A local
#: setting beside the letterhead, never exchanged.
COUNTRY_SETTING = "office.country"
#: The home country while the office has none set: the network's offices were all in China first.
DEFAULT_COUNTRY = "CN"

#: The office's country and the database file it was read from: amounts are grouped as there
#: (``i18n.money_locale``), numbers read as dialled there (Kazakh and Russian trunk "8").
OFFICE = {"country": "", "source": ""}


def set_office_country(country: str, source: str = "") -> None:
    """The country of the office whose data is shown (``source``: its database file)."""
    OFFICE.update(country=(country or "").upper(), source=source)


def office_country() -> str:
    """The country code :func:`set_office_country` was last given ("" when none)."""
    return OFFICE["country"]


def forget_office_country(source: str) -> None:
    """The database ``source`` closed: its office no longer decides how amounts are grouped."""
    if OFFICE["source"] == source:
        set_office_country("")


def note_office_country(session: Any) -> None:
    """Tell the formatting helpers the office's country, whose grouping of amounts English output
    uses (``i18n.money_locale``: lakhs and crores at an office in India). Plain SQL, no models: every
    command that opens the database calls it, and a sync export or import must not load them."""
    from sqlalchemy import text

    query = text("SELECT value FROM setting WHERE key = :key")
    row = session.execute(query, {"key": COUNTRY_SETTING}).first()
    country = row[0] if row is not None and row[0] else DEFAULT_COUNTRY
    set_office_country(country, str(session.get_bind().engine.url.database or ""))


def note_office_country_of(conn: Any, source: str) -> None:
    """:func:`note_office_country` for a plain ``sqlite3`` connection to ``source`` (the duplicate
    search's, ``Context.plain_reading``'s: no session): at a Kazakh or Russian office "8 701 …" is
    then read as "+7 701 …"."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (COUNTRY_SETTING,)).fetchone()
    set_office_country(row[0] if row is not None and row[0] else DEFAULT_COUNTRY, source)
