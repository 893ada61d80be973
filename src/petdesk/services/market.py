"""Market overview: counts per sector and country, yearly trends, matches per state and project
money per currency (never summed across currencies), for the window's charts and the report.

Technologies, needs and matches count in the period they were recorded in; project money counts the
projects under way in it, by the one rule of ``petdesk projects --year`` and the Projects page
(``projects.filter_clauses(active=...)``), so the report's money for a year is the list's (field test 65)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
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
    out.money = project_money(session, date_from=date_from, date_to=date_to)
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
    from petdesk.services.projects import filter_clauses

    query = select(m.Project).where(m.Project.deleted_at.is_(None))
    if date_from is not None or date_to is not None:
        active = (date_from or dt.date.min, date_to or dt.date.max)
        query = query.where(*filter_clauses(active=active))
    requested: dict[str, float] = defaultdict(float)
    approved: dict[str, float | None] = defaultdict(lambda: None)
    for p in session.scalars(query):
        currency = p.currency or NOT_GIVEN
        requested[currency] += p.amount or 0.0
        if p.amount_approved is not None:
            approved[currency] = (approved[currency] or 0.0) + p.amount_approved
    return {cur: (requested[cur], approved[cur]) for cur in sorted(requested)}
