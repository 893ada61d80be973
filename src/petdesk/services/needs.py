"""City needs: problems a city wants solved, in both languages, with scale, budget and deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.models.enums import NeedStatus
from petdesk.services.projects import PipelineError, pick
from petdesk.services.soft_delete import set_deleted
from petdesk.services.technologies import check_sector, matches_query
from petdesk.vocab import SECTORS


@dataclass(frozen=True)
class NeedRow:
    id: str
    title_en: str
    title_zh: str
    city_id: str | None
    city_en: str
    city_zh: str
    country: str
    sector: str
    problem_en: str
    problem_zh: str
    scale: str
    budget_min: float | None
    budget_max: float | None
    currency: str
    deadline: dt.date | None
    status: NeedStatus
    tags: list[str]
    licence: str
    share_consent: bool

    def title(self, lang: str) -> str:
        return pick(lang, self.title_en, self.title_zh)

    def city(self, lang: str) -> str:
        return pick(lang, self.city_en, self.city_zh)

    def texts(self) -> tuple[str, ...]:
        return (
            self.title_en,
            self.title_zh,
            self.problem_en,
            self.problem_zh,
            self.city_en,
            self.city_zh,
            self.sector,
            *self.tags,
            *SECTORS.get(self.sector, ("", "")),
        )


def list_needs(
    session: Session,
    query: str = "",
    *,
    statuses: Sequence[NeedStatus] = (),
    ids: Sequence[str] | None = None,
    city_id: str | None = None,
) -> list[NeedRow]:
    stmt = (
        select(m.CityNeed, m.Organisation)
        .outerjoin(m.Organisation, m.Organisation.id == m.CityNeed.city_organisation_id)
        .where(m.CityNeed.deleted_at.is_(None))
    )
    if statuses:
        stmt = stmt.where(m.CityNeed.status.in_(list(statuses)))
    if ids is not None:
        stmt = stmt.where(m.CityNeed.id.in_(list(ids)))
    if city_id:
        stmt = stmt.where(m.CityNeed.city_organisation_id == city_id)
    rows = []
    for n, org in session.execute(stmt).all():
        rows.append(
            NeedRow(
                id=n.id,
                title_en=n.title_en,
                title_zh=n.title_zh,
                city_id=n.city_organisation_id,
                city_en=(org.city_en or org.name_en) if org else "",
                city_zh=(org.city_zh or org.name_zh) if org else "",
                country=org.country if org else "",
                sector=n.sector,
                problem_en=n.problem_en,
                problem_zh=n.problem_zh,
                scale=n.scale,
                budget_min=n.budget_min,
                budget_max=n.budget_max,
                currency=n.currency,
                deadline=n.deadline,
                status=NeedStatus(n.status),
                tags=list(n.tags),
                licence=n.licence,
                share_consent=n.share_consent,
            )
        )
    if query:
        rows = [r for r in rows if matches_query(query, r.texts())]
    rows.sort(key=lambda r: (r.deadline or dt.date.max, (r.title_en or r.title_zh).casefold()))
    return rows


def get_need(session: Session, need_id: str) -> NeedRow:
    rows = list_needs(session, ids=[need_id])
    if not rows:
        raise PipelineError(f"no city need with id {need_id}")
    return rows[0]


_FIELDS = {
    "city_organisation_id",
    "title_en",
    "title_zh",
    "sector",
    "problem_en",
    "problem_zh",
    "scale",
    "budget_min",
    "budget_max",
    "currency",
    "deadline",
    "status",
    "tags",
    "licence",
    "share_consent",
    "source",
}


def create_need(session: Session, *, need_id: str | None = None, **values: object) -> m.CityNeed:
    unknown = set(values) - _FIELDS
    if unknown:
        raise TypeError(f"unknown need fields: {', '.join(sorted(unknown))}")
    if not (
        values.get("title_en")
        or values.get("title_zh")
        or values.get("problem_en")
        or values.get("problem_zh")
    ):
        raise PipelineError("a city need needs a title or a problem in English or Chinese")
    values["sector"] = check_sector(str(values.get("sector") or ""))
    lo, hi = values.get("budget_min"), values.get("budget_max")
    if isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo > hi:
        raise PipelineError("the budget's lower end is above its upper end")
    need = m.CityNeed(**values)
    if need_id:
        need.id = need_id
    session.add(need)
    session.flush()
    return need


def delete_needs(session: Session, need_ids: Iterable[str]) -> list[str]:
    """Soft-delete, as organisations: ``restore_needs`` brings them back with their links."""
    return set_deleted(session, m.CityNeed, need_ids, deleted=True)


def restore_needs(session: Session, need_ids: Iterable[str]) -> list[str]:
    return set_deleted(session, m.CityNeed, need_ids, deleted=False)

