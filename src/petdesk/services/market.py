"""Market overview: counts per sector and country, yearly trends, matches per state and project
money per currency, per sector and per country (never summed across currencies), for the window's
charts and the report.

Technologies, needs and matches count in the period they were recorded in; project money counts the
projects under way in it, by the one rule of ``petdesk projects --year`` and the Projects page
(``projects.filter_clauses(active=...)``), so the report's money for a year is the list's (field test 65)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.models.enums import MatchState

#: The category of a record without a sector, country or currency.
NOT_GIVEN = "?"


@dataclass
class MarketOverview:
    date_from: dt.date | None
    date_to: dt.date | None
    technologies_by_sector: Counter[str] = field(default_factory=Counter)
    needs_by_sector: Counter[str] = field(default_factory=Counter)
    matches_by_sector: Counter[str] = field(default_factory=Counter)
    technologies_by_country: Counter[str] = field(default_factory=Counter)
    needs_by_country: Counter[str] = field(default_factory=Counter)
    matches_by_state: Counter[str] = field(default_factory=Counter)
    #: year -> (technologies, needs, matches) recorded that year
    trend: dict[int, tuple[int, int, int]] = field(default_factory=dict)
    #: currency -> (requested, approved); approved is None while no project in that currency has an
    #: approved amount ("approved —", as the Projects page's totals say it)
    money: dict[str, tuple[float, float | None]] = field(default_factory=dict)
    #: sector -> currency -> (requested, approved), each in its own currency: a project counts under
    #: each of its technology areas (so the sectors' totals are not added up), "?" for none
    money_by_sector: dict[str, dict[str, tuple[float, float | None]]] = field(default_factory=dict)
    #: country of the lead organisation -> currency -> (requested, approved); "?" without a lead
    #: organisation or its country
    money_by_country: dict[str, dict[str, tuple[float, float | None]]] = field(default_factory=dict)
    #: Years with any record (technology, need, match or project), whatever the period: a year box's
    #: choices.
    years: set[int] = field(default_factory=set)

    def sectors(self) -> list[str]:
        keys = set(self.technologies_by_sector) | set(self.needs_by_sector) | set(self.matches_by_sector)
        return sorted(keys, key=lambda k: (-(self.technologies_by_sector[k] + self.needs_by_sector[k]), k))

    def countries(self) -> list[str]:
        keys = set(self.technologies_by_country) | set(self.needs_by_country)
        return sorted(keys, key=lambda k: (-(self.technologies_by_country[k] + self.needs_by_country[k]), k))


def _in_range(when: dt.datetime, date_from: dt.date | None, date_to: dt.date | None) -> bool:
    day = when.date()
    return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)


def overview(
    session: Session, *, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> MarketOverview:
    """The overview of records created between ``date_from`` and ``date_to`` (both included)."""
    out = MarketOverview(date_from, date_to)
    countries = dict(session.execute(select(m.Organisation.id, m.Organisation.country)).all())
    years: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for t in session.scalars(select(m.Technology).where(m.Technology.deleted_at.is_(None))):
        out.years.add(t.created_at.year)
        if _in_range(t.created_at, date_from, date_to):
            out.technologies_by_sector[t.sector or NOT_GIVEN] += 1
            out.technologies_by_country[countries.get(t.provider_organisation_id or "", "") or NOT_GIVEN] += 1
            years[t.created_at.year][0] += 1
    need_sector = {}
    for n in session.scalars(select(m.CityNeed).where(m.CityNeed.deleted_at.is_(None))):
        need_sector[n.id] = n.sector or NOT_GIVEN
        out.years.add(n.created_at.year)
        if _in_range(n.created_at, date_from, date_to):
            out.needs_by_sector[n.sector or NOT_GIVEN] += 1
            out.needs_by_country[countries.get(n.city_organisation_id or "", "") or NOT_GIVEN] += 1
            years[n.created_at.year][1] += 1
    for x in session.scalars(select(m.TechMatch).where(m.TechMatch.deleted_at.is_(None))):
        out.years.add(x.created_at.year)
        if _in_range(x.created_at, date_from, date_to):
            out.matches_by_state[MatchState(x.state).value] += 1
            out.matches_by_sector[need_sector.get(x.need_id, NOT_GIVEN)] += 1
            years[x.created_at.year][2] += 1
    out.trend = {y: (v[0], v[1], v[2]) for y, v in sorted(years.items())}
    projects = _projects_under_way(session, date_from=date_from, date_to=date_to)
    out.money = _totals((p.currency or NOT_GIVEN, p) for p in projects)[NOT_GIVEN]
    out.money_by_sector = _grouped(
        (area, p) for p in projects for area in dict.fromkeys(p.technology_areas or [NOT_GIVEN])
    )
    out.money_by_country = _grouped(
        (countries.get(p.lead_organisation_id or "", "") or NOT_GIVEN, p) for p in projects
    )
    # a project's years are those of its stage moves (the money's rule), and the year it was typed in
    out.years.update(
        y.year for y in session.scalars(select(m.Project.created_at).where(m.Project.deleted_at.is_(None)))
    )
    change = m.ProjectStageChange
    out.years.update(
        d.year for d in session.scalars(select(change.changed_on).where(change.deleted_at.is_(None)))
    )
    return out


def project_money(
    session: Session, *, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> dict[str, tuple[float, float | None]]:
    """currency -> (requested, approved) of the projects under way between the two days (an open end
    is open), the ``projects --year`` rule: on the board by the last day and not rejected or closed
    before the first (field test 65: the report counted by the day a project was typed in)."""
    projects = _projects_under_way(session, date_from=date_from, date_to=date_to)
    return _totals((p.currency or NOT_GIVEN, p) for p in projects)[NOT_GIVEN]


def _projects_under_way(
    session: Session, *, date_from: dt.date | None, date_to: dt.date | None
) -> list[m.Project]:
    from petdesk.services.projects import filter_clauses

    query = select(m.Project).where(m.Project.deleted_at.is_(None))
    if date_from is not None or date_to is not None:
        active = (date_from or dt.date.min, date_to or dt.date.max)
        query = query.where(*filter_clauses(active=active))
    return list(session.scalars(query))


def _totals(
    by_currency: Iterable[tuple[str, m.Project]], group: str = NOT_GIVEN
) -> dict[str, dict[str, tuple[float, float | None]]]:
    """{group: currency -> (requested, approved)}; approved None while none in it is approved."""
    requested: dict[str, float] = defaultdict(float)
    approved: dict[str, float | None] = defaultdict(lambda: None)
    for currency, p in by_currency:
        requested[currency] += p.amount or 0.0
        if p.amount_approved is not None:
            approved[currency] = (approved[currency] or 0.0) + p.amount_approved
    return {group: {cur: (requested[cur], approved[cur]) for cur in sorted(requested)}}


def _grouped(
    pairs: Iterable[tuple[str, m.Project]],
) -> dict[str, dict[str, tuple[float, float | None]]]:
    """group -> currency -> (requested, approved), each project in its own currency as stored (two
    currencies are never added up), the groups in order of their projects' count, then by code."""
    members: dict[str, list[m.Project]] = defaultdict(list)
    for group, p in pairs:
        members[group].append(p)
    order = sorted(members, key=lambda g: (g == NOT_GIVEN, -len(members[g]), g))
    return {g: _totals(((p.currency or NOT_GIVEN, p) for p in members[g]), g)[g] for g in order}
