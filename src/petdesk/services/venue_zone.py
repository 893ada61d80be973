"""The time zone a new training or visit starts with.

It was always Asia/Shanghai, so a training at the Stuttgart hub was stored at 02:00 German time
unless someone noticed the box (field test 7, defect 3). The default now follows, in order:

1. the venue's city, when the vocabulary knows its zone (or it names an IANA zone's city), else
   the zone of its country when the name says it and the country keeps one clock ("Zibo, China",
   "淄博"; import49: Tangshan got UTC);
2. this office's own place: its region when that is an IANA zone or names a known city, else a
   known city in the office's name ("Stuttgart Hub Office");
3. the zone of the office's country as set (``petdesk office --country``) when it keeps one clock:
   a Manila office's training imported from a sheet was stored in UTC, the laptop's clock (field
   test 126);
4. this computer's zone.

A spelling alone is no guess: "Tangshan" reads as pinyin, but so do "Hagen" and "Toulouse", and a
German delegation's day in Hagen put in Beijing time would be silently wrong. "Tangshan, China" or
唐山 say the country.

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
    """The zone of the city ``city`` (English or Chinese), None when it is not known: a city of the
    vocabulary or the tz database, else the zone of its country when that keeps one clock and the
    name says the country (:func:`city_country`). A new visit to Tangshan got UTC (import49)."""
    if not city.strip():
        return None
    key = _key(city)
    known = _vocabulary_cities().get(key) or _zone_cities().get(key)  # ours first: Bonn is Berlin's
    if known:
        return known
    country = city_country(city)
    return country_zone(country) if country else None


def typed_city_zone(*names: str) -> str | None:
    """The zone an editor suggests for the city typed (in English and Chinese): a known city, or a
    country named beside it or said by its script (see :func:`city_zone`); None for a spelling alone."""
    return next((z for z in map(city_zone, names) if z), None)


#: Countries whose law keeps one time though the tz database has a second zone (Xinjiang's
#: informal time, Asia/Urumqi): a Chinese city unknown to petdesk is in Beijing time.
_LEGAL_ZONE = {"CN": "Asia/Shanghai"}


@cache
def country_zone(country: str) -> str | None:
    """The zone of the country ``country`` (ISO code) when all of it keeps one clock: its zones in
    the tz database's ``zone.tab`` agree in January and July (Germany's Busingen is Berlin's time;
    Spain's Canaries are not Madrid's, so Spain has none); None for a country of several clocks."""
    from petdesk.labels import _zone_country  # zone.tab: the zones people live in

    country = country.upper()
    if country in _LEGAL_ZONE:
        return _LEGAL_ZONE[country]
    zones = [zone for zone, code in _zone_country().items() if code == country]
    year = dt.date.today().year
    moments = (dt.datetime(year, 1, 15, 12, tzinfo=dt.UTC), dt.datetime(year, 7, 15, 12, tzinfo=dt.UTC))
    try:
        clocks = {tuple(m.astimezone(zoneinfo.ZoneInfo(z)).utcoffset() for m in moments) for z in zones}
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    return zones[0] if len(clocks) == 1 else None


@cache
def _country_names() -> dict[str, str]:
    """Country names in English, Chinese, German and French (CLDR's, through babel) → ISO code."""
    from babel import Locale

    names: dict[str, str] = {}
    for locale in ("en", "zh", "de", "fr"):
        for code, name in Locale.parse(locale).territories.items():
            if code.isalpha() and len(code) == 2:
                names.setdefault(_key(name), code)
    names.update({_key(en): code for code, (en, _zh) in vocab.NAMED_COUNTRIES.items()})
    names.update({_key(zh): code for code, (_en, zh) in vocab.NAMED_COUNTRIES.items()})
    return names


#: Where a place's name may name its country: "Zibo, China", "淄博，中国", "Kobe (Japan)".
_PLACE_PARTS = re.compile(r"[,，、()（）/;；]+")
#: Kana and hangul: a name with them is Japanese or Korean, not Chinese.
_KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def city_country(city: str) -> str | None:
    """The country (ISO code) of a city petdesk does not know, when its name says it: a country
    named beside it ("Zibo, China", "淄博，中国", "Kobe (Japan)"), else a city written in Chinese
    characters without kana or hangul ("淄博", "宜昌市"): a Chinese one."""
    parts = [part for part in _PLACE_PARTS.split(city) if part.strip()]
    names = _country_names()
    for part in parts[1:]:
        if code := names.get(_key(part)):
            return code
    name = parts[0].strip() if parts else ""
    if _HAN.search(name) and not _KANA_OR_HANGUL.search(name):
        return "CN"
    return None


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


def default_zone(*, city: str = "", office: Any = None, country: str = "") -> str:
    """The zone for a new training or visit at ``city``, for the office ``office`` (``Office``) in
    the country ``country`` (ISO code, "" when not set)."""
    home = country_zone(country) if country.strip() else None
    return city_zone(city) or office_zone(office) or home or computer_zone()


def default_zone_in(session: Any, *, city: str = "") -> str:
    """``default_zone`` for this installation's office, read in ``session``."""
    from sqlalchemy import select

    from petdesk.models import Office, Setting
    from petdesk.office_country import COUNTRY_SETTING

    office = session.scalars(
        select(Office).where(Office.is_self.is_(True), Office.deleted_at.is_(None)).limit(1)
    ).first()
    setting = session.get(Setting, COUNTRY_SETTING)  # as set: not the China assumed when unset
    country = (setting.value or "").strip() if setting is not None else ""
    return default_zone(city=city, office=office, country=country)
