"""SQL listings of the pipeline (projects, technologies, city needs) for the window's list pages,
built like :mod:`petdesk.services.lists` so they page and sort in SQL.

Names and titles sort as the organisations do (pinyin in Chinese)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case
from sqlalchemy.orm import aliased

from petdesk import models as m
from petdesk.services.lists import ListColumn, ListQuery, _like_any, name_column


def _display(en: Any, zh: Any, language: str) -> Any:
    first, second = (zh, en) if language.startswith("zh") else (en, zh)
    return case((first != "", first), else_=second)


def projects(language: str = "en", stages: Sequence[str] = ()) -> ListQuery:
    p = m.Project
    funder = aliased(m.Organisation)
    where = [p.status.in_(list(stages))] if stages else []
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
            ListColumn("requested", p.amount),
            ListColumn("currency", p.currency),
            ListColumn("deadline", p.deadline),
        ),
        joins=((funder, funder.id == p.funder_organisation_id),),
        where=where,
        default_sort="title",
        text_filter=_like_any(
            p.title_en, p.title_zh, funder.name_en, funder.name_zh, p.programme_en, p.programme_zh
        ),
    )


def technologies(language: str = "en") -> ListQuery:
    t = m.Technology
    provider = aliased(m.Organisation)
    return ListQuery(
        model=t,
        columns=(
            name_column("name", t.name_en, t.name_zh, language),
            name_column("name_other", t.name_en, t.name_zh, "en" if language.startswith("zh") else "zh"),
            ListColumn("sector", t.sector),
            ListColumn("trl", t.trl),
            name_column("provider", provider.name_en, provider.name_zh, language),
            ListColumn("country", provider.country),
        ),
        joins=((provider, provider.id == t.provider_organisation_id),),
        default_sort="name",
        text_filter=_like_any(t.name_en, t.name_zh, t.description_en, t.description_zh, t.tags),
    )


def needs(language: str = "en") -> ListQuery:
    n = m.CityNeed
    city = aliased(m.Organisation)
    return ListQuery(
        model=n,
        columns=(
            name_column("title", n.title_en, n.title_zh, language),
            name_column("city", city.city_en, city.city_zh, language),
            ListColumn("sector", n.sector),
            ListColumn("status", n.status),
            ListColumn("deadline", n.deadline),
        ),
        joins=((city, city.id == n.city_organisation_id),),
        # A→Z by title, as the other lists open (the deadline is one click away).
        default_sort="title",
        text_filter=_like_any(n.title_en, n.title_zh, n.problem_en, n.problem_zh),
    )
