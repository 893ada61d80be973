"""City needs: problems a city wants solved, in both languages, with scale, budget and deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.amounts import currency_problem, money_problem
from petdesk.models.enums import NeedStatus
from petdesk.services import catalogue_search, newer_values
from petdesk.services.catalogue_filters import CatalogueFilter
from petdesk.services.numbered_names import numbered_key
from petdesk.services.projects import PipelineError, pick
from petdesk.services.soft_delete import set_deleted
from petdesk.services.technologies import (
    FieldProblems,
    normal_sector,
    organisation_problem,
    sector_problem,
)
from petdesk.vocab import SECTORS


def budget_words(
    low: float | None, high: float | None, currency: str, locale: str, *, whole: bool = False
) -> str:
    """A need's budget in words: "€1,000 – €3,000", "up to €3,000" (至多), "from €1,000" (至少) or ""
    for none; "… – €3,000" left the reader guessing what the dots stood for."""
    from petdesk.i18n import format_money, translator

    _ = translator(locale)
    low_text, high_text = (
        format_money(v, currency, locale, whole=whole) if v is not None else "" for v in (low, high)
    )
    if low_text and high_text:
        # TRANSLATORS: a budget from one amount to another.
        return low_text if low == high else _("{low} – {high}").format(low=low_text, high=high_text)
    if high_text:
        # TRANSLATORS: a budget with only an upper limit.
        return _("up to {amount}").format(amount=high_text)
    if low_text:
        # TRANSLATORS: a budget with only a lower limit.
        return _("from {amount}").format(amount=low_text)
    return ""


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
    #: The status a newer petdesk stored, read as ``status`` (the fallback); None when known. Read
    #: for one need (``get_need``, the editor), not for lists.
    stored_status: str | None = None

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
    sectors: Sequence[str] = (),
    ids: Sequence[str] | None = None,
    city_id: str | None = None,
    filters: CatalogueFilter | None = None,
    language: str = "en",
) -> list[NeedRow]:
    """Live city needs, by deadline and then by title in ``language`` (the Chinese title in Chinese;
    numbers by value: "2期" before "10期", field test 76)."""
    if query:
        found = catalogue_search.matching_ids(session, catalogue_search.NEED, query)
        ids = found if ids is None else sorted(set(ids) & set(found))
    stmt = (
        select(m.CityNeed, m.Organisation)
        .outerjoin(m.Organisation, m.Organisation.id == m.CityNeed.city_organisation_id)
        .where(m.CityNeed.deleted_at.is_(None))
    )
    if statuses:
        stmt = stmt.where(newer_values.in_or_unknown(m.CityNeed.status, statuses))
    if sectors:
        stmt = stmt.where(m.CityNeed.sector.in_(list(sectors)))
    if ids is not None:
        stmt = stmt.where(m.CityNeed.id.in_(list(ids)))
    if city_id:
        stmt = stmt.where(m.CityNeed.city_organisation_id == city_id)
    if filters is not None:
        stmt = stmt.where(*filters.need_clauses())
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
    rows.sort(key=lambda r: (r.deadline or dt.date.max, numbered_key(language, r.title_en, r.title_zh)))
    return rows


def get_need(session: Session, need_id: str) -> NeedRow:
    rows = list_needs(session, ids=[need_id])
    if not rows:
        raise PipelineError(f"no city need with id {need_id}")
    need = session.get(m.CityNeed, need_id)
    stored = newer_values.unknown_values(session, need).get("status") if need is not None else None
    return replace(rows[0], stored_status=stored)


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


def need_problems(
    session: Session, values: dict[str, object], stored: dict[str, object] | None = None
) -> dict[str, str]:
    """What is wrong with ``values`` (the fields to write), by field; ``stored`` holds the need's
    titles, problems and budget before an update. Unchanged fields are not checked otherwise."""
    whole = (stored or {}) | values
    problems: dict[str, str] = {}
    if not any(whole.get(key) for key in ("title_en", "title_zh", "problem_en", "problem_zh")):
        problems["title_en"] = "a city need needs a title or a problem in English or Chinese"
    if "sector" in values and (problem := sector_problem(values["sector"])):
        problems["sector"] = problem
    if problem := organisation_problem(session, values.get("city_organisation_id")):
        problems["city_organisation_id"] = problem
    currency = str(values.get("currency") or "")  # empty: as imports leave it
    if currency and (problem := currency_problem(currency.strip().upper())):
        problems["currency"] = problem
    lo, hi = whole.get("budget_min"), whole.get("budget_max")
    if any(isinstance(v, (int, float)) and v < 0 for v in (lo, hi)):
        problems["budget_min"] = "the budget cannot be negative"
    elif isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo > hi:
        problems["budget_min"] = "the budget's lower end is above its upper end"
    for key in ("budget_min", "budget_max"):  # the project's rule: the currency's digits, the boxes' limit
        value = values.get(key)
        if isinstance(value, (int, float)) and (
            problem := money_problem(value, str(whole.get("currency") or ""))
        ):
            problems.setdefault(key, problem)
    return problems


def _known_fields(values: dict[str, object]) -> None:
    unknown = set(values) - _FIELDS
    if unknown:
        raise TypeError(f"unknown need fields: {', '.join(sorted(unknown))}")


def _normalised(values: dict[str, object]) -> dict[str, object]:
    """Codes in their stored form: "Water " → "water", "usd" → "USD"."""
    if "sector" in values:
        values["sector"] = normal_sector(values["sector"])
    if "currency" in values:
        values["currency"] = str(values["currency"] or "").strip().upper()
    return values


def create_need(session: Session, *, need_id: str | None = None, **values: object) -> m.CityNeed:
    _known_fields(values)
    values = _normalised(values)
    if problems := need_problems(session, values):
        raise FieldProblems(problems)
    values.setdefault("sector", "")
    need = m.CityNeed(**values)
    if need_id:
        need.id = need_id
    session.add(need)
    session.flush()
    return need


def update_need(session: Session, need_id: str, **values: object) -> m.CityNeed:
    """Change a city need's fields, checked as :func:`create_need` checks them. Only the fields
    whose value differs are written, so ``updated_at`` moves only on a real change."""
    _known_fields(values)
    need = session.get(m.CityNeed, need_id)
    if need is None or need.deleted_at is not None:
        raise PipelineError(f"no city need with id {need_id}")
    changed = {key: value for key, value in _normalised(values).items() if getattr(need, key) != value}
    stored_keys = ("title_en", "title_zh", "problem_en", "problem_zh", "budget_min", "budget_max")
    if problems := need_problems(session, changed, {key: getattr(need, key) for key in stored_keys}):
        raise FieldProblems(problems)
    for key, value in changed.items():
        setattr(need, key, value)
    session.flush()
    return need


def delete_needs(session: Session, need_ids: Iterable[str]) -> list[str]:
    """Soft-delete, as organisations: ``restore_needs`` brings them back with their links."""
    return set_deleted(session, m.CityNeed, need_ids, deleted=True)


def restore_needs(session: Session, need_ids: Iterable[str]) -> list[str]:
    return set_deleted(session, m.CityNeed, need_ids, deleted=False)
