"""The filters of ``petdesk technologies`` and ``petdesk needs``: those of the window's lists
(:mod:`petdesk.services.catalogue_filters`) typed as a person would say them. A sector by its code
or its label in either language (as the catalogue import takes it), a TRL level or range, a country
by code or name, a need's status by code or label, a city by its name; every refusal says what is
allowed, in the language of ``--lang``."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from petdesk.cli.context import CliError, Translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.models.enums import NeedStatus
    from petdesk.services.catalogue_filters import CatalogueFilter

#: Where the options keep what was typed (``--sector`` and ``--status`` add up when repeated).
TECHNOLOGY_FILTERS = ("sector", "trl", "country")
NEED_FILTERS = ("sector", "trl", "country", "status", "city")


def add_filter_options(p: argparse.ArgumentParser, kind: str, default: Any, _: Translate) -> None:
    """The list's filters and ``--json`` on ``p``; ``default`` is ``argparse.SUPPRESS`` on the
    ``search`` subcommand, so that an option given before the words stays."""
    p.add_argument(
        "--sector",
        action="append",
        metavar="SECTOR",
        default=default,
        help=_("only this sector: its code or its name in English or Chinese (repeatable)"),
    )
    if kind == "technology":
        p.add_argument(
            "--trl",
            metavar="N",
            default=default,
            help=_("only this readiness level (7) or range (6-9)"),
        )
    p.add_argument(
        "--country",
        metavar="COUNTRY",
        default=default,
        help=_("only the provider's country (code or name)")
        if kind == "technology"
        else _("only cities in this country (code or name)"),
    )
    if kind == "need":
        p.add_argument(
            "--status",
            action="append",
            metavar="STATUS",
            default=default,
            help=_("only this status: open, matching, solved, withdrawn or their labels (repeatable)"),
        )
        p.add_argument("--city", metavar="CITY", default=default, help=_("only this city (name or id)"))
    p.add_argument(
        "--json",
        action="store_true",
        default=False if default is None else default,
        help=_("print one JSON document instead of text (for scripts)"),
    )


def any_filter(args: argparse.Namespace) -> bool:
    """Whether a filter was given (then a single word is words to look for, not an id)."""
    return any(getattr(args, key, None) for key in NEED_FILTERS)


@dataclass(frozen=True)
class ChosenFilters:
    """What the typed filters mean, as the services take them."""

    sectors: list[str]
    statuses: list[NeedStatus]
    shared: CatalogueFilter


def read_filters(session: Session, args: argparse.Namespace, locale: str, _: Translate) -> ChosenFilters:
    """The typed filters checked and turned into codes; ``CliError`` in plain words if one names
    nothing, saying what it may be."""
    from petdesk.services.catalogue_filters import CatalogueFilter

    sectors = [_sector(text, locale) for text in getattr(args, "sector", None) or ()]
    statuses = [_status(text, locale, _) for text in getattr(args, "status", None) or ()]
    shared = CatalogueFilter(
        trl=_trl(getattr(args, "trl", None) or "", _),
        country=_country(getattr(args, "country", None) or "", _),
        city_id=_city(session, getattr(args, "city", None) or "", locale, _),
    )
    return ChosenFilters(sectors, statuses, shared)


def _sector(text: str, locale: str) -> str:
    from petdesk.exchange.catalogue_columns import sector_code
    from petdesk.messages import localize

    try:
        return sector_code(text)
    except ValueError as exc:
        raise CliError(localize(str(exc), locale)) from None


def _trl(text: str, _: Translate) -> str:
    from petdesk.services.catalogue_filters import trl_bounds

    if not text:
        return ""
    if trl_bounds(text.replace(" ", "")) is None:
        raise CliError(
            _("--trl takes a level from 1 to 9 (7) or a range of them (6-9), not “{text}”").format(text=text)
        )
    return text.replace(" ", "")


def _country(text: str, _: Translate) -> str:
    from petdesk.labels import country_code

    if not text:
        return ""
    code = country_code(text)
    if not code:
        raise CliError(
            _("“{text}” names no country; give its two-letter code (DE) or its name (Germany, 德国)").format(
                text=text
            )
        )
    return code


def _status(text: str, locale: str, _: Translate) -> NeedStatus:
    from petdesk.models.enums import NeedStatus
    from petdesk.vocab import label

    wanted = text.strip().casefold()
    for status in NeedStatus:
        if wanted in (status.value, label(status, "en").casefold(), label(status, "zh_CN")):
            return status
    allowed = ", ".join(f"{s.value} ({label(s, locale)})" for s in NeedStatus)
    raise CliError(
        _("unknown status “{text}”; a city need's status is one of {allowed}").format(
            text=text, allowed=allowed
        )
    )


def _city(session: Session, text: str, locale: str, _: Translate) -> str:
    """The city organisation named: a city with needs by its name in either language, else any
    organisation as ``--city`` of ``needs add`` finds it (full name or id)."""
    from petdesk.services import projects as project_service
    from petdesk.services.catalogue_filters import need_cities, need_cities_named
    from petdesk.services.projects import PipelineError

    typed = text.strip()
    if not typed:
        return ""
    cities = need_cities(session)
    found = need_cities_named(session, typed)
    if len(found) == 1:
        return found.pop()
    try:
        return project_service.find_organisation(session, typed)
    except PipelineError:
        pass
    zh = locale.startswith("zh")
    known = ", ".join(sorted({(zh_name or en) if zh else (en or zh_name) for _cid, en, zh_name in cities}))
    raise CliError(
        _("no city with needs is called “{text}”; the cities with needs are {cities}").format(
            text=typed, cities=known or _("none yet")
        )
    )
