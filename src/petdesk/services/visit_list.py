"""The visit list in one query on a plain sqlite3 connection: ``petdesk visits`` reads it without
SQLAlchemy or the models (a third of a second of every run), and the services' session-based
:func:`petdesk.services.visits.list_visits` runs the same statement on the session's connection."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from petdesk.enums import VisitStatus, is_known
from petdesk.quoting import quoted
from petdesk.services.counted_people import counted
from petdesk.services.schedule_time import ScheduleError
from petdesk.stand_in_sql import sql_in_or_unknown


@dataclass(frozen=True)
class VisitRow:
    """One line of a visit list, read in one query."""

    id: str
    title_en: str
    title_zh: str
    direction: str
    status: str
    start_date: dt.date
    end_date: dt.date
    timezone: str
    host_en: str
    host_zh: str
    visiting_en: str
    visiting_zh: str
    items: int
    participants: int
    #: The delegation's country code and announced size (0070), None when not known.
    country: str | None = None
    head_count: int | None = None
    #: the participants of them who are the delegation (head, delegates)
    delegates: int = 0

    @property
    def people(self) -> int:
        """The people of the visit as ``report events`` counts them: the participants entered and
        those of the announced delegation not named among its delegates (a head count of 8 with 5
        delegates and 3 hosts entered is 11). The list said 8 (participants), its totals by country
        8 (the head count), the report 11."""
        return self.participants + max(0, (self.head_count or 0) - self.delegates)

    def title(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.title_zh or self.title_en
        return self.title_en or self.title_zh


def live_in_period(
    alias: str, date_from: dt.date | None, date_to: dt.date | None, status_values: Sequence[str]
) -> tuple[list[str], dict[str, Any]]:
    """WHERE clauses and their parameters for the live rows of table ``alias`` (a visit or a
    training: ``start_date``, ``end_date``, ``status``) overlapping [date_from, date_to], in one of
    ``status_values`` (all when empty)."""
    where = [f"{alias}.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if date_from is not None:
        where.append(f"{alias}.end_date >= :dfrom")
        params["dfrom"] = date_from.isoformat()
    if date_to is not None:
        where.append(f"{alias}.start_date <= :dto")
        params["dto"] = date_to.isoformat()
    if status_values and all(is_known(VisitStatus, value) for value in status_values):
        # a newer petdesk's status is shown as planned (trainings' statuses are the same words)
        where.append(sql_in_or_unknown(f"{alias}.status", VisitStatus, status_values))
    elif status_values:
        params |= {f"s{n}": value for n, value in enumerate(status_values)}
        where.append(f"{alias}.status IN ({', '.join(f':s{n}' for n in range(len(status_values)))})")
    return where, params


def visit_rows(
    conn: sqlite3.Connection,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    statuses: Sequence[str] = (),
    limit: int | None = None,
) -> list[VisitRow]:
    """Live visits overlapping [date_from, date_to] (inclusive), earliest first."""
    if date_from is not None and date_to is not None and date_to < date_from:
        raise ScheduleError(f"the range ends ({date_to}) before it starts ({date_from})")
    where, params = live_in_period("v", date_from, date_to, [str(_status(s).value) for s in statuses])
    sql = f"""
        SELECT v.id, v.title_en, v.title_zh, v.direction, v.status, v.start_date, v.end_date,
               v.timezone, coalesce(h.name_en, ''), coalesce(h.name_zh, ''),
               coalesce(g.name_en, ''), coalesce(g.name_zh, ''),
               (SELECT count(*) FROM itinerary_item i WHERE i.visit_id = v.id AND i.deleted_at IS NULL),
               (SELECT count(*) FROM visit_participant p
                 WHERE p.visit_id = v.id AND {counted("p")}),
               v.country, v.head_count,
               (SELECT count(*) FROM visit_participant p
                 WHERE p.visit_id = v.id AND {counted("p")} AND p.role IN ('head', 'delegate'))
        FROM visit v
        LEFT JOIN organisation h ON h.id = v.host_organisation_id
        LEFT JOIN organisation g ON g.id = v.visiting_organisation_id
        WHERE {" AND ".join(where)}
        ORDER BY v.start_date, v.title_en
        {"LIMIT :limit" if limit else ""}
    """
    if limit:
        params["limit"] = limit
    return [
        VisitRow(
            id=r[0],
            title_en=r[1],
            title_zh=r[2],
            direction=r[3],
            status=r[4],
            start_date=dt.date.fromisoformat(r[5]),
            end_date=dt.date.fromisoformat(r[6]),
            timezone=r[7],
            host_en=r[8],
            host_zh=r[9],
            visiting_en=r[10],
            visiting_zh=r[11],
            items=r[12],
            participants=r[13],
            country=r[14],
            head_count=r[15],
            delegates=r[16],
        )
        for r in conn.execute(sql, params)
    ]


def _status(value: str) -> VisitStatus:
    try:
        return VisitStatus(value)
    except ValueError:
        allowed = ", ".join(m.value for m in VisitStatus)
        raise ScheduleError(f"unknown status {quoted(value)}; use one of {allowed}") from None


@dataclass(frozen=True)
class CountryTally:
    """Delegations of one country (None: not recorded) and their people."""

    country: str | None
    delegations: int
    #: each visit's people (:attr:`VisitRow.people`), as the events report counts them
    people: int


def by_country(rows: Sequence[VisitRow]) -> list[CountryTally]:
    """The visits of ``rows`` counted by their delegation's country (0070), most delegations first, the
    visits without a country last: the yearly figures by country users asked for."""
    tally: dict[str | None, tuple[int, int]] = {}
    for row in rows:
        delegations, people = tally.get(row.country, (0, 0))
        tally[row.country] = (delegations + 1, people + row.people)
    order = sorted(tally.items(), key=lambda kv: (kv[0] is None, -kv[1][0], kv[0] or ""))
    return [CountryTally(code, delegations, people) for code, (delegations, people) in order]
