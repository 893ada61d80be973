"""One year's figures for the office's annual report to the national agency (年度工作总结, field
test 103): delegation visits by direction, partner country and partner type; training attendees by
country and gender; projects under way by funder and currency and by stage; technology matches by
state; new partners by type. Before it, the figures were spread over four reports, and visits by
country, attendees by country and new partners were in none.

Each figure is counted by the rule of the list or report it summarises, so the summary and those
agree: visits and trainings as ``report events`` (an event counts in the year it starts in, its
people as the Visits and Trainings lists count them; cancelled events are left out of the tables and
counted apart), projects as ``projects --year`` (amounts per currency, never summed across
currencies), matches as ``report market`` (recorded in the year)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.services.counted_people import counted_places
from petdesk.services.market import NOT_GIVEN, overview
from petdesk.services.projects import ProjectFilter, year_days
from petdesk.services.trainings import ATTENDING_ROLES
from petdesk.services.year_events import TRAINING, VISIT, YearEvents, year_events

CANCELLED = "cancelled"  # the same value for visits and trainings


@dataclass
class YearSummary:
    year: int
    #: (direction, partner country: the visit's own where recorded, partner type) -> [visits, delegates,
    #: of whom women, of whom men]
    visits: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    #: attendee's country -> [attendees, women, men] of the year's trainings (not cancelled)
    attendees: dict[str, list[int]] = field(default_factory=dict)
    trainings_held: int = 0
    #: cancelled visits and trainings of the year, left out of the tables above
    cancelled: Counter[str] = field(default_factory=Counter)
    #: (funder English, funder Chinese, currency) -> [projects, requested, approved or None]
    funding: dict[tuple[str, str, str], list[float | None]] = field(default_factory=dict)
    #: stage value -> projects under way in the year
    stages: Counter[str] = field(default_factory=Counter)
    #: match state value -> matches recorded in the year
    matches: Counter[str] = field(default_factory=Counter)
    #: (organisation type, country) -> organisations first recorded in the year
    new_partners: Counter[tuple[str, str]] = field(default_factory=Counter)


def _partners(session: Session, visit_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """visit id -> (country, type) of its partner: the visiting organisation of an inbound visit,
    the host of an outbound one (an office's own organisation is on the other side)."""
    if not visit_ids:
        return {}
    v, org = m.Visit, m.Organisation
    orgs = {o.id: (o.country or NOT_GIVEN, o.kind.value) for o in session.scalars(select(org))}
    rows = session.execute(
        select(v.id, v.direction, v.host_organisation_id, v.visiting_organisation_id).where(
            v.id.in_(visit_ids)
        )
    )
    out = {}
    for vid, direction, host, visiting in rows:
        partner = visiting if direction.value == "inbound" else host
        out[vid] = orgs.get(partner or "", (NOT_GIVEN, NOT_GIVEN))
    return out


def _visits(session: Session, events: YearEvents, out: YearSummary) -> None:
    held = [r for r in events.of_kind(VISIT) if r.status != CANCELLED]
    out.cancelled[VISIT] = len(events.of_kind(VISIT)) - len(held)
    partners = _partners(session, [r.id for r in held])
    table: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in held:
        country, kind = partners.get(r.id, (NOT_GIVEN, NOT_GIVEN))
        # the delegation's country recorded on the visit (0070) first, as report events counts it: an
        # imported past visit has it but no partner organisation
        country = r.country or country
        counts = table[(r.direction, country, kind)]
        for n, value in enumerate((1, r.core, r.core_women, r.core_men)):
            counts[n] += value
    out.visits = dict(sorted(table.items(), key=lambda kv: (kv[0][0], -kv[1][0], kv[0][1], kv[0][2])))


def _attendees(session: Session, events: YearEvents, out: YearSummary) -> None:
    """Attendees by country and gender: the Trainings list's attendees (a substitute's place once),
    by nationality or, where none is recorded (most contacts), their current organisation's country;
    those known by a head count only under "country not given"."""
    held = [r for r in events.of_kind(TRAINING) if r.status != CANCELLED]
    out.trainings_held = len(held)
    out.cancelled[TRAINING] = len(events.of_kind(TRAINING)) - len(held)
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    named = 0
    if held:
        marks = ", ".join(f":i{n}" for n in range(len(held)))
        roles = ", ".join(f":r{n}" for n in range(len(ATTENDING_ROLES)))
        params = {f"i{n}": r.id for n, r in enumerate(held)}
        params |= {f"r{n}": role.value for n, role in enumerate(sorted(ATTENDING_ROLES))}
        sql = f"""
            SELECT coalesce(nullif(c.nationality, ''), (
                       SELECT o.country FROM affiliation a JOIN organisation o ON o.id = a.organisation_id
                       WHERE a.contact_id = c.id AND a.deleted_at IS NULL AND a.end_date IS NULL
                       ORDER BY a.is_primary DESC, a.start_date DESC LIMIT 1)) AS country,
                   c.gender, count(*)
            FROM training_participant p JOIN contact c ON c.id = p.contact_id
            WHERE {counted_places("p")} AND p.training_id IN ({marks}) AND p.role IN ({roles})
            GROUP BY country, c.gender
        """
        for country, gender, n in session.execute(text(sql), params):
            counts = table[(country or NOT_GIVEN).upper()]
            counts[0] += n
            counts[1] += n if gender == "f" else 0
            counts[2] += n if gender == "m" else 0
            named += n
    if unnamed := sum(r.core for r in held) - named:  # a past training's head count (人数)
        table[NOT_GIVEN][0] += unnamed
    out.attendees = dict(sorted(table.items(), key=lambda kv: (kv[0] == NOT_GIVEN, -kv[1][0], kv[0])))


def _projects(session: Session, year: int, out: YearSummary) -> None:
    funding: dict[tuple[str, str, str], list[float | None]] = {}
    for p in ProjectFilter(active=year_days(year)).rows(session):
        out.stages[p.stage.value] += 1
        key = (p.funder_en or p.funder_zh, p.funder_zh or p.funder_en, p.currency or NOT_GIVEN)
        row = funding.setdefault(key, [0, 0.0, None])
        row[0] = (row[0] or 0) + 1
        row[1] = (row[1] or 0.0) + (p.amount_requested or 0.0)
        if p.amount_approved is not None:
            row[2] = (row[2] or 0.0) + p.amount_approved
    out.funding = dict(sorted(funding.items(), key=lambda kv: (kv[0][2], kv[0][0])))


def _new_partners(session: Session, year: int, out: YearSummary) -> None:
    """Organisations first recorded in the year (by the UTC day, as ``report market`` takes a
    record's year), not deleted since."""
    first, last = year_days(year)
    org = m.Organisation
    rows = session.execute(
        select(org.kind, org.country, org.created_at).where(
            org.deleted_at.is_(None),
            org.created_at >= dt.datetime.combine(first, dt.time.min, dt.UTC),
            org.created_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, dt.UTC),
        )
    )
    for kind, country, _created in rows:
        out.new_partners[(kind.value, country or NOT_GIVEN)] += 1


def year_summary(session: Session, year: int) -> YearSummary:
    """The figures of calendar year ``year``."""
    first, last = year_days(year)
    out = YearSummary(year)
    events = year_events(session, date_from=first, date_to=last)
    _visits(session, events, out)
    _attendees(session, events, out)
    _projects(session, year, out)
    out.matches = overview(session, date_from=first, date_to=last).matches_by_state
    _new_partners(session, year, out)
    return out
