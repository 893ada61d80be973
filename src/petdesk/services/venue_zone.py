"""The time zone a new training or visit starts with.

It was always Asia/Shanghai, so a training at the Stuttgart hub was stored at 02:00 German time
unless someone noticed the box (field test 7, defect 3). The default now follows, in order:

1. the venue's city, when the vocabulary knows its zone (or it names an IANA zone's city);
2. this office's own place: its region when that is an IANA zone or names a known city, else a
   known city in the office's name ("Stuttgart Hub Office");
3. this computer's zone.

Stored records keep their zone: this only fills a zone nobody gave. No models imported at module
level, so the command line and the window can both use it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
import zoneinfo
from functools import cache
from typing import Any

from petdesk import vocab
from petdesk.services.schedule_time import viewer_timezone

#: Names a system may give UTC; the zone boxes show them as the one entry "UTC".
_UTC_NAMES = frozenset(
    ("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "UCT", "Etc/UCT")
)
#: Zones named after a city people live in ("Europe/Berlin", "America/Argentina/Cordoba").
_PLACE_ZONE = re.compile(r"^(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+$")


def _key(text: str) -> str:
    """Case, accents, hyphens and spacing ignored: "Malmo" finds Malmö, "xi an" Xi'an."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return re.sub(r"[\s'’_\-.]+", " ", plain).strip()


@cache
def _vocabulary_cities() -> dict[str, str]:
    """The cities of petdesk's vocabulary by name (English and Chinese, normalised) → zone."""
    known: dict[str, str] = {}
    for city in (*vocab.CITIES, *vocab.ZONE_CITIES):
        known[_key(city.en)] = city.timezone
        known[_key(city.zh)] = city.timezone
    return known


@cache
def _zone_cities() -> dict[str, str]:
    """The cities the tz database names its zones after ("vienna" → Europe/Vienna), canonical
    zones only (the aliases include Australia/North and US/East, which are no cities)."""
    from petdesk.labels import _zone_country  # zone.tab: the zones people live in

    return {_key(zone.rsplit("/", 1)[1]): zone for zone in sorted(_zone_country()) if _PLACE_ZONE.match(zone)}


def city_zone(city: str) -> str | None:
    """The zone of the city ``city`` (English or Chinese), None when it is not known."""
    if not city.strip():
        return None
    key = _key(city)
    return _vocabulary_cities().get(key) or _zone_cities().get(key)  # ours first: Bonn is Berlin's


def _zone_in(text: str) -> str | None:
    """An IANA zone ``text`` is, or the zone of a known city it names ("Stuttgart Hub Office")."""
    text = text.strip()
    if not text:
        return None
    if _PLACE_ZONE.match(text) or text in _UTC_NAMES:
        try:
            zoneinfo.ZoneInfo(text)
            return "UTC" if text in _UTC_NAMES else text
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    key = f" {_key(text)} "
    for name, zone in _vocabulary_cities().items():  # a word of a name: our cities only
        if not name:
            continue
        latin = name.isascii()
        if (latin and f" {name} " in key) or (not latin and name in key):  # Chinese has no spaces
            return zone
    return None


def office_zone(office: Any) -> str | None:
    """The zone this office's record gives: its region, else its name (None when neither says)."""
    if office is None:
        return None
    for text in (office.region, office.name, office.name_zh):
        if zone := _zone_in(text or ""):
            return zone
    return None


def computer_zone() -> str:
    """This computer's IANA zone (``PETDESK_TZ``, ``TZ``, the system's); a system that names none
    but runs off UTC gets the fixed offset it runs at (Etc/GMT-1 is UTC+01:00).

    ``PETDESK_DEFAULT_TZ`` replaces it for new records only (a laptop whose clock is kept in UTC;
    the test suite, whose records must not follow the machine that runs it)."""
    name = os.environ.get("PETDESK_DEFAULT_TZ", "") or str(viewer_timezone())
    if name in _UTC_NAMES:
        offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()
        hours, rest = divmod(int(offset.total_seconds()), 3600)
        if hours and not rest:
            return f"Etc/GMT{-hours:+d}"  # the tz database's signs are inverted
        return "UTC"
    return name


def default_zone(*, city: str = "", office: Any = None) -> str:
    """The zone for a new training or visit at ``city``, for the office ``office`` (``Office``)."""
    return city_zone(city) or office_zone(office) or computer_zone()


def default_zone_in(session: Any, *, city: str = "") -> str:
    """``default_zone`` for this installation's office, read in ``session``."""
    from sqlalchemy import select

    from petdesk.models import Office

    office = session.scalars(
        select(Office).where(Office.is_self.is_(True), Office.deleted_at.is_(None)).limit(1)
    ).first()
    return default_zone(city=city, office=office)
