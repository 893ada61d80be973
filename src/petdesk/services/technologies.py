"""The environmental-technology catalogue: create, list and search in English, Chinese or pinyin."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.quoting import quoted
from petdesk.services import catalogue_search
from petdesk.services.catalogue_filters import CatalogueFilter
from petdesk.services.names import has_cjk
from petdesk.services.numbered_names import numbered_key
from petdesk.services.projects import PipelineError, org_names, pick
from petdesk.services.soft_delete import set_deleted
from petdesk.vocab import SECTORS


@lru_cache(maxsize=4096)
def pinyin_forms(text: str) -> str:
    """Pinyin of the Chinese in ``text``, with and without spaces ("wu shui wushui"), for search."""
    if not has_cjk(text):
        return ""
    from petdesk.phrase_pinyin import lazy_pinyin_normal  # read on first use (issue 18)

    syllables = [s for s in lazy_pinyin_normal(text) if s.strip()]
    return " ".join(syllables) + " " + "".join(syllables)


def matches_query(query: str, texts: Iterable[str]) -> bool:
    """Whether every word of ``query`` occurs in the texts or their pinyin (case-insensitive)."""
    words = query.casefold().split()
    if not words:
        return True
    parts = [t for t in texts if t]
    hay = " ".join(parts).casefold() + " " + " ".join(pinyin_forms(t) for t in parts)
    return all(w in hay for w in words)


def check_sector(code: str) -> str:
    code = (code or "").strip().lower().replace(" ", "_")
    if code and code not in SECTORS:
        raise PipelineError(f"unknown sector {quoted(code)}; choose one of {', '.join(SECTORS)}")
    return code


@dataclass(frozen=True)
class ReferenceView:
    place_en: str
    place_zh: str
    country: str
    year: int | None
    scale: str


@dataclass(frozen=True)
class TechnologyRow:
    id: str
    name_en: str
    name_zh: str
    sector: str
    provider_id: str | None
    provider_en: str
    provider_zh: str
    provider_country: str
    description_en: str
    description_zh: str
    key_figures_en: str
    key_figures_zh: str
    trl: int | None
    tags: list[str]
    certifications: list[str]
    licence: str
    share_consent: bool
    references: list[ReferenceView] = field(default_factory=list)

    def name(self, lang: str) -> str:
        return pick(lang, self.name_en, self.name_zh)

    def provider(self, lang: str) -> str:
        return pick(lang, self.provider_en, self.provider_zh)

    def texts(self) -> tuple[str, ...]:
        return (
            self.name_en,
            self.name_zh,
            self.description_en,
            self.description_zh,
            self.key_figures_en,
            self.key_figures_zh,
            self.provider_en,
            self.provider_zh,
            self.sector,
            *self.tags,
            *SECTORS.get(self.sector, ("", "")),
        )


def list_technologies(
    session: Session,
    query: str = "",
    *,
    sectors: Sequence[str] = (),
    ids: Sequence[str] | None = None,
    filters: CatalogueFilter | None = None,
    language: str = "en",
) -> list[TechnologyRow]:
    """Live technologies, by name in ``language`` (numbers by value: "type 2" before "type 11");
    ``query`` matches English, Chinese, pinyin and its initials, with or without accents
    (:mod:`petdesk.services.catalogue_search`)."""
    if query:
        found = catalogue_search.matching_ids(session, catalogue_search.TECHNOLOGY, query)
        ids = found if ids is None else sorted(set(ids) & set(found))
    stmt = select(m.Technology).where(m.Technology.deleted_at.is_(None))
    if sectors:
        stmt = stmt.where(m.Technology.sector.in_(list(sectors)))
    if ids is not None:
        stmt = stmt.where(m.Technology.id.in_(list(ids)))
    if filters is not None:
        stmt = stmt.where(*filters.technology_clauses())
    techs = list(session.scalars(stmt))
    names = org_names(session, (t.provider_organisation_id for t in techs))
    countries = dict(
        session.execute(
            select(m.Organisation.id, m.Organisation.country).where(
                m.Organisation.id.in_(
                    [t.provider_organisation_id for t in techs if t.provider_organisation_id]
                )
            )
        ).all()
    )
    refs: dict[str, list[ReferenceView]] = {}
    ref_stmt = select(m.TechnologyReference).where(m.TechnologyReference.deleted_at.is_(None))
    if ids is not None:
        ref_stmt = ref_stmt.where(m.TechnologyReference.technology_id.in_(list(ids)))
    for r in session.scalars(ref_stmt):
        refs.setdefault(r.technology_id, []).append(
            ReferenceView(r.place_en, r.place_zh, r.country, r.year, r.scale)
        )
    rows = []
    for t in techs:
        prov = names.get(t.provider_organisation_id or "", ("", ""))
        rows.append(
            TechnologyRow(
                id=t.id,
                name_en=t.name_en,
                name_zh=t.name_zh,
                sector=t.sector,
                provider_id=t.provider_organisation_id,
                provider_en=prov[0],
                provider_zh=prov[1],
                provider_country=countries.get(t.provider_organisation_id or "", ""),
                description_en=t.description_en,
                description_zh=t.description_zh,
                key_figures_en=t.key_figures_en,
                key_figures_zh=t.key_figures_zh,
                trl=t.trl,
                tags=list(t.tags),
                certifications=list(t.certifications),
                licence=t.licence,
                share_consent=t.share_consent,
                references=refs.get(t.id, []),
            )
        )
    rows.sort(key=lambda r: numbered_key(language, r.name_en, r.name_zh))
    return rows


def get_technology(session: Session, technology_id: str) -> TechnologyRow:
    rows = list_technologies(session, ids=[technology_id])
    if not rows:
        raise PipelineError(f"no technology with id {technology_id}")
    return rows[0]


_FIELDS = {
    "name_en",
    "name_zh",
    "provider_organisation_id",
    "sector",
    "description_en",
    "description_zh",
    "key_figures_en",
    "key_figures_zh",
    "trl",
    "certifications",
    "tags",
    "licence",
    "share_consent",
    "source",
}


class FieldProblems(PipelineError):
    """Every problem with a technology's or a need's fields at once, each by the field to fix (the
    editors show each under its field); the message joins them for the command line."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = {name: PipelineError(text) for name, text in problems.items()}
        super().__init__("; ".join(problems.values()))


def organisation_problem(session: Session, organisation_id: object) -> str | None:
    """Why ``organisation_id`` cannot be a provider or a need's city (None: it can)."""
    if not organisation_id:
        return None
    org = session.get(m.Organisation, str(organisation_id))
    if org is None or org.deleted_at is not None:
        return f"no organisation with id {organisation_id}"
    return None


def sector_problem(code: object) -> str | None:
    try:
        check_sector(str(code or ""))
    except PipelineError as exc:
        return str(exc)
    return None


def normal_sector(code: object) -> str:
    """The stored form of a sector code ("Water " → "water"), checked apart."""
    return str(code or "").strip().lower().replace(" ", "_")


def technology_problems(
    session: Session, values: dict[str, object], stored: dict[str, object] | None = None
) -> dict[str, str]:
    """What is wrong with ``values`` (the fields to write), by field; ``stored`` holds the record's
    names before an update, so a name left out is not missing. Unchanged fields are not checked:
    an entry from an import whose provider was deleted since can still be renamed."""
    whole = (stored or {}) | values
    problems: dict[str, str] = {}
    if not (whole.get("name_en") or whole.get("name_zh")):
        problems["name_en"] = "a technology needs a name in English or Chinese"
    if "sector" in values and (problem := sector_problem(values["sector"])):
        problems["sector"] = problem
    trl = values.get("trl")
    if trl is not None and (isinstance(trl, bool) or not isinstance(trl, int) or not 1 <= trl <= 9):
        problems["trl"] = f"readiness (TRL) must be a whole number from 1 to 9, not {quoted(trl)}"
    if problem := organisation_problem(session, values.get("provider_organisation_id")):
        problems["provider_organisation_id"] = problem
    return problems


def _known_fields(values: dict[str, object]) -> None:
    unknown = set(values) - _FIELDS
    if unknown:
        raise TypeError(f"unknown technology fields: {', '.join(sorted(unknown))}")


def create_technology(
    session: Session, *, references: Iterable[dict] = (), technology_id: str | None = None, **values: object
) -> m.Technology:
    """A new catalogue entry with its reference installations (dicts of place_en, place_zh,
    country, year, scale)."""
    _known_fields(values)
    if problems := technology_problems(session, values):
        raise FieldProblems(problems)
    values["sector"] = normal_sector(values.get("sector"))
    tech = m.Technology(**values)
    if technology_id:
        tech.id = technology_id
    session.add(tech)
    session.flush()
    for ref in references:
        session.add(m.TechnologyReference(technology_id=tech.id, **ref))
    session.flush()
    return tech


def update_technology(session: Session, technology_id: str, **values: object) -> m.Technology:
    """Change a catalogue entry's fields, checked as :func:`create_technology` checks them. Only
    the fields whose value differs are written, so ``updated_at`` (and what sync sends on) moves
    only on a real change."""
    _known_fields(values)
    tech = session.get(m.Technology, technology_id)
    if tech is None or tech.deleted_at is not None:
        raise PipelineError(f"no technology with id {technology_id}")
    if "sector" in values:
        values["sector"] = normal_sector(values["sector"])
    changed = {key: value for key, value in values.items() if getattr(tech, key) != value}
    stored: dict[str, object] = {"name_en": tech.name_en, "name_zh": tech.name_zh}
    if problems := technology_problems(session, changed, stored):
        raise FieldProblems(problems)
    for key, value in changed.items():
        setattr(tech, key, value)
    session.flush()
    return tech


def reference_years(rows: Iterable[TechnologyRow]) -> list[int]:
    return sorted({r.year for t in rows for r in t.references if r.year})


def today() -> dt.date:
    return dt.date.today()


def delete_technologies(session: Session, technology_ids: Iterable[str]) -> list[str]:
    """Soft-delete, as organisations: ``restore_technologies`` brings them back with their links."""
    return set_deleted(session, m.Technology, technology_ids, deleted=True)


def restore_technologies(session: Session, technology_ids: Iterable[str]) -> list[str]:
    return set_deleted(session, m.Technology, technology_ids, deleted=False)
