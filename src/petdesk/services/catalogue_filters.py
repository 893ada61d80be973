"""Filters of the technology catalogue and of the city needs: sector, readiness (TRL), country,
and for needs status and city (field test 26, defect 9). One set of SQL conditions serves the
window's lists (``ListQuery.where``) and the services' listings alike."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from petdesk import models as m
from petdesk.city_names import names_city


@dataclass(frozen=True)
class CatalogueFilter:
    """What a list shows; an empty field lets every record through."""

    sector: str = ""
    #: One level ("7") or a range ("4-6"), both ends included.
    trl: str = ""
    #: The provider's country (technologies) or the city's (needs), a two-letter code.
    country: str = ""
    #: Needs only: their status and city (the city organisation's id).
    status: str = ""
    city_id: str = ""

    @classmethod
    def of(cls, values: dict[str, Any]) -> CatalogueFilter:
        """From remembered settings (unknown keys ignored, missing ones empty)."""
        return cls(**{key: str(values.get(key) or "") for key in cls.__dataclass_fields__})

    def values(self) -> dict[str, str]:
        return asdict(self)

    def technology_clauses(self) -> list[Any]:
        t = m.Technology
        clauses: list[Any] = []
        if self.sector:
            clauses.append(t.sector == self.sector)
        if bounds := trl_bounds(self.trl):
            clauses.append(t.trl.between(*bounds))
        if self.country:
            clauses.append(t.provider_organisation_id.in_(_organisations_in(self.country)))
        return clauses

    def need_clauses(self) -> list[Any]:
        n = m.CityNeed
        clauses: list[Any] = []
        if self.sector:
            clauses.append(n.sector == self.sector)
        if self.status:
            clauses.append(n.status == self.status)
        if self.city_id:
            clauses.append(n.city_organisation_id == self.city_id)
        if self.country:
            clauses.append(n.city_organisation_id.in_(_organisations_in(self.country)))
        return clauses


def _organisations_in(country: str) -> Any:
    return select(m.Organisation.id).where(m.Organisation.country == country.upper())


def trl_bounds(text: str) -> tuple[int, int] | None:
    """ "7" -> (7, 7), "4-6" -> (4, 6); None for "" or anything else."""
    low, _, high = (text or "").partition("-")
    try:
        bounds = int(low), int(high or low)
    except ValueError:
        return None
    return bounds if 1 <= bounds[0] <= bounds[1] <= 9 else None


#: The ranges the window offers besides each level, as the TRL scale groups them.
TRL_RANGES = ("1-3", "4-6", "7-9")


def technology_countries(session: Session) -> list[str]:
    """The providers' countries of live technologies."""
    return _countries_of(session, m.Technology, m.Technology.provider_organisation_id)


def need_countries(session: Session) -> list[str]:
    """The cities' countries of live needs."""
    return _countries_of(session, m.CityNeed, m.CityNeed.city_organisation_id)


def _countries_of(
    session: Session,
    model: type[m.Technology] | type[m.CityNeed],
    organisation_id: InstrumentedAttribute[str | None],
) -> list[str]:
    """The countries, sorted and once each, of the organisations that live records of ``model`` point
    at through ``organisation_id`` (a technology's provider, a need's city)."""
    o = m.Organisation
    stmt = (
        select(o.country)
        .join(model, organisation_id == o.id)
        .where(model.deleted_at.is_(None), o.country != "")
        .distinct()
    )
    return sorted(session.scalars(stmt))


def need_cities_named(session: Session, typed: str) -> set[str]:
    """Ids of the cities with live needs that ``typed`` names: by any of their names or city, in
    either language, with or without 市 or "City", or in pinyin (``needs --city 杭州``, ``Hangzhou``
    or ``hangzhou`` all find 杭州市; field test 44, §2)."""
    n, o = m.CityNeed, m.Organisation
    stmt = (
        select(o.id, o.name_en, o.name_zh, o.city_en, o.city_zh)
        .join(n, n.city_organisation_id == o.id)
        .where(n.deleted_at.is_(None))
        .distinct()
    )
    return {oid for oid, *names in session.execute(stmt) if names_city(typed, [x or "" for x in names])}


def need_cities(session: Session) -> list[tuple[str, str, str]]:
    """(id, English, Chinese) of the cities with live needs, as the needs list names them."""
    n, o = m.CityNeed, m.Organisation
    stmt = (
        select(o.id, o.city_en, o.name_en, o.city_zh, o.name_zh)
        .join(n, n.city_organisation_id == o.id)
        .where(n.deleted_at.is_(None))
        .distinct()
    )
    return [
        (oid, city_en or name_en, city_zh or name_zh)
        for oid, city_en, name_en, city_zh, name_zh in session.execute(stmt)
    ]
