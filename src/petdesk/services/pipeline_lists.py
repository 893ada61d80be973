"""SQL listings of the pipeline (projects, technologies, city needs) for the window's list pages,
built like :mod:`petdesk.services.lists` so they page and sort in SQL.

Names and titles sort as the organisations do (pinyin in Chinese), catalogue names and need
titles with their numbers by value ("2型" before "11型"); the search box finds what the
services' own search finds (``petdesk technologies wushui``), through ``ListQuery.matching_ids``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func
from sqlalchemy.orm import Session, aliased

from petdesk import models as m
from petdesk.services import newer_values, project_dates
from petdesk.services.lists import ListColumn, ListQuery, name_column


def _display(en: Any, zh: Any, language: str) -> Any:
    first, second = (zh, en) if language.startswith("zh") else (en, zh)
    return case((first != "", first), else_=second)


def _or(value: Any, fallback: Any) -> Any:
    """``value``, or ``fallback`` where it is empty."""
    return case((value != "", value), else_=fallback)


def sector_column(sector: Any, language: str) -> ListColumn:
    """The sector code, sorted by its label in ``language`` as the list shows it (pinyin order in
    Chinese), not by the code: 水处理 (water) came before 污水处理 (wastewater) in field test 26."""
    from petdesk.vocab import SECTORS

    en = case({code: labels[0] for code, labels in SECTORS.items()}, value=sector, else_=sector)
    zh = case({code: labels[1] for code, labels in SECTORS.items()}, value=sector, else_=sector)
    return ListColumn("sector", sector, sort_expr=name_column("sector", en, zh, language).sort_expr)


def projects(language: str = "en", stages: Sequence[str] = ()) -> ListQuery:
    p = m.Project
    funder = aliased(m.Organisation)
    where = [newer_values.in_or_unknown(p.status, stages)] if stages else []
    next_date = project_dates.next_date_sql(p, m.ProjectMilestone)
    return ListQuery(
        model=p,
        columns=(
            name_column("title", p.title_en, p.title_zh, language),
            ListColumn("stage", p.status),
            ListColumn(
                "funder",
                case(
                    (funder.id.is_not(None), _display(funder.name_en, funder.name_zh, language)),
                    else_="",
                ),
                sort_expr=name_column("funder", funder.name_en, funder.name_zh, language).sort_expr,
            ),
            ListColumn("requested", p.amount, group_by=p.currency),  # as a need's budget
            ListColumn("currency", p.currency),
            # a timed deadline on this office's clock, the funder's beside it (``deadline_time.list_cell``)
            ListColumn(
                "deadline",
                project_dates.deadline_cell_sql(p, project_dates.deadline_here_sql(p)),
                sort_expr=project_dates.deadline_here_sql(p),
            ),
            # what is due first, the deadline or an open milestone (``petdesk projects`` shows it
            # too), by the real moment: 17:00 Washington comes after 23:00 Beijing of the same date
            ListColumn(
                "next_date",
                project_dates.deadline_cell_sql(p, next_date),
                sort_expr=next_date,
            ),
        ),
        joins=((funder, funder.id == p.funder_organisation_id),),
        where=where,
        default_sort="title",
        matching_ids=_matching_projects,
    )


def technologies(language: str = "en") -> ListQuery:
    t = m.Technology
    provider = aliased(m.Organisation)
    return ListQuery(
        model=t,
        columns=(
            name_column("name", t.name_en, t.name_zh, language, numbered=True),
            name_column(
                "name_other", t.name_en, t.name_zh, "en" if language.startswith("zh") else "zh", numbered=True
            ),
            sector_column(t.sector, language),
            ListColumn("trl", t.trl),
            name_column("provider", provider.name_en, provider.name_zh, language),
            ListColumn("country", provider.country),
        ),
        joins=((provider, provider.id == t.provider_organisation_id),),
        default_sort="name",
        matching_ids=_matching_technologies,
    )


def needs(language: str = "en") -> ListQuery:
    n = m.CityNeed
    city = aliased(m.Organisation)
    return ListQuery(
        model=n,
        columns=(
            name_column("title", n.title_en, n.title_zh, language, numbered=True),
            # The city as `petdesk needs` names it: the organisation's city field, else its name (a
            # city government made by a needs import has no address, only its name).
            name_column("city", _or(city.city_en, city.name_en), _or(city.city_zh, city.name_zh), language),
            sector_column(n.sector, language),
            ListColumn("status", n.status),
            ListColumn("deadline", n.deadline),
            # The upper end (else the lower): sorted by it, a city's largest needs come first
            # (field test 97: no list showed a budget). Amounts of several currencies are not
            # converted (no rates): each currency's needs sort together, then by amount.
            ListColumn("budget", func.coalesce(n.budget_max, n.budget_min), group_by=n.currency),
            ListColumn("currency", n.currency),
        ),
        joins=((city, city.id == n.city_organisation_id),),
        # A→Z by title, as the other lists open (the deadline is one click away).
        default_sort="title",
        matching_ids=_matching_needs,
    )


def _matching_projects(session: Session, text: str) -> list[str]:
    from petdesk.services.projects import list_projects

    return [r.id for r in list_projects(session, query=text)]


def _matching_technologies(session: Session, text: str) -> list[str]:
    from petdesk.services import catalogue_search

    return catalogue_search.matching_ids(session, catalogue_search.TECHNOLOGY, text)


def _matching_needs(session: Session, text: str) -> list[str]:
    from petdesk.services import catalogue_search

    return catalogue_search.matching_ids(session, catalogue_search.NEED, text)
