"""What the cooperation pipeline holds for organisations: the technologies they provide, the needs
of a city, the matches either side takes part in (with their state) and the projects they lead,
fund or join. The organisation page shows it, and the visit dossier for every organisation visited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from petdesk.enums import stored
from petdesk.models.enums import MatchState, NeedStatus, ProjectStatus


def _pick(lang: str, en: str, zh: str) -> str:
    return (zh or en) if lang.startswith("zh") else (en or zh)


@dataclass(frozen=True)
class OrgTechnology:
    id: str
    name_en: str
    name_zh: str
    sector: str
    trl: int | None

    def name(self, lang: str) -> str:
        return _pick(lang, self.name_en, self.name_zh)


@dataclass(frozen=True)
class OrgNeed:
    id: str
    title_en: str
    title_zh: str
    sector: str
    status: NeedStatus
    deadline: dt.date | None

    def title(self, lang: str) -> str:
        return _pick(lang, self.title_en, self.title_zh)


@dataclass(frozen=True)
class OrgMatch:
    """A match seen from one organisation: the technology, the need, and the other side."""

    id: str
    need_id: str
    technology_id: str
    technology_en: str
    technology_zh: str
    need_en: str
    need_zh: str
    #: The city of the need when the organisation provides the technology, else the provider.
    other_en: str
    other_zh: str
    state: MatchState
    state_changed_on: dt.date | None
    score: float

    def technology(self, lang: str) -> str:
        return _pick(lang, self.technology_en, self.technology_zh)

    def need(self, lang: str) -> str:
        return _pick(lang, self.need_en, self.need_zh)

    def other(self, lang: str) -> str:
        return _pick(lang, self.other_en, self.other_zh)


@dataclass(frozen=True)
class OrgProject:
    id: str
    title_en: str
    title_zh: str
    stage: ProjectStatus
    #: "lead", "funder" or a partner role ("partner", "beneficiary_city", ...).
    role: str

    def title(self, lang: str) -> str:
        return _pick(lang, self.title_en, self.title_zh)


@dataclass
class OrgPipeline:
    organisation_id: str
    technologies: list[OrgTechnology] = field(default_factory=list)
    needs: list[OrgNeed] = field(default_factory=list)
    matches: list[OrgMatch] = field(default_factory=list)
    projects: list[OrgProject] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.technologies or self.needs or self.matches or self.projects)


def _marks(ids: list[str], params: dict[str, object]) -> str:
    keys = []
    for n, value in enumerate(ids):
        params[f"o{n}"] = value
        keys.append(f":o{n}")
    return ", ".join(keys)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def pipelines(session: Session, organisation_ids: Iterable[str]) -> dict[str, OrgPipeline]:
    """The pipeline of each organisation (live records only), in four queries for all of them."""
    ids = list(dict.fromkeys(i for i in organisation_ids if i))
    out = {i: OrgPipeline(i) for i in ids}
    if not ids:
        return out
    params: dict[str, object] = {}
    marks = _marks(ids, params)
    for oid, tid, en, zh, sector, trl in session.execute(
        text(
            "SELECT t.provider_organisation_id, t.id, t.name_en, t.name_zh, t.sector, t.trl "
            "FROM technology t "
            f"WHERE t.deleted_at IS NULL AND t.provider_organisation_id IN ({marks}) "
            "ORDER BY t.name_en, t.name_zh"
        ),
        params,
    ):
        out[oid].technologies.append(OrgTechnology(tid, en, zh, sector, trl))
    for oid, nid, en, zh, sector, status, deadline in session.execute(
        text(
            "SELECT n.city_organisation_id, n.id, n.title_en, n.title_zh, n.sector, n.status, n.deadline "
            f"FROM city_need n WHERE n.deleted_at IS NULL AND n.city_organisation_id IN ({marks}) "
            "ORDER BY n.title_en, n.title_zh"
        ),
        params,
    ):
        out[oid].needs.append(OrgNeed(nid, en, zh, sector, stored(NeedStatus, status), _date(deadline)))
    rows = session.execute(
        text(
            "SELECT x.id, n.id, t.id, t.name_en, t.name_zh, n.title_en, n.title_zh, x.state, "
            "x.state_changed_on, x.score, t.provider_organisation_id, n.city_organisation_id, "
            "coalesce(p.name_en, ''), coalesce(p.name_zh, ''), "
            "coalesce(c.name_en, ''), coalesce(c.name_zh, '') "
            "FROM tech_match x JOIN city_need n ON n.id = x.need_id "
            "JOIN technology t ON t.id = x.technology_id "
            "LEFT JOIN organisation p ON p.id = t.provider_organisation_id "
            "LEFT JOIN organisation c ON c.id = n.city_organisation_id "
            "WHERE x.deleted_at IS NULL AND n.deleted_at IS NULL AND t.deleted_at IS NULL "
            f"AND (t.provider_organisation_id IN ({marks}) OR n.city_organisation_id IN ({marks})) "
            "ORDER BY x.score DESC, t.name_en"
        ),
        params,
    ).all()
    for r in rows:
        provider, city = r[10], r[11]
        for oid, other in ((provider, (r[14], r[15])), (city, (r[12], r[13]))):
            if oid in out:
                out[oid].matches.append(
                    OrgMatch(
                        id=r[0],
                        need_id=r[1],
                        technology_id=r[2],
                        technology_en=r[3],
                        technology_zh=r[4],
                        need_en=r[5],
                        need_zh=r[6],
                        other_en=other[0],
                        other_zh=other[1],
                        state=stored(MatchState, r[7]),
                        state_changed_on=_date(r[8]),
                        score=float(r[9] or 0.0),
                    )
                )
    for oid, pid, en, zh, stage, role in session.execute(
        text(
            "SELECT p.lead_organisation_id, p.id, p.title_en, p.title_zh, p.status, 'lead' FROM project p "
            f"WHERE p.deleted_at IS NULL AND p.lead_organisation_id IN ({marks}) "
            "UNION ALL SELECT p.funder_organisation_id, p.id, p.title_en, p.title_zh, p.status, 'funder' "
            f"FROM project p WHERE p.deleted_at IS NULL AND p.funder_organisation_id IN ({marks}) "
            "UNION ALL SELECT pp.organisation_id, p.id, p.title_en, p.title_zh, p.status, pp.role "
            "FROM project_partner pp JOIN project p ON p.id = pp.project_id "
            f"WHERE pp.deleted_at IS NULL AND p.deleted_at IS NULL AND pp.organisation_id IN ({marks})"
        ),
        params,
    ):
        known = out[oid].projects
        if not any(x.id == pid and x.role == role for x in known):
            known.append(OrgProject(pid, en, zh, stored(ProjectStatus, stage), role))
    for pipeline in out.values():
        pipeline.projects.sort(key=lambda p: (p.title_en or p.title_zh).casefold())
    return out


def organisation_pipeline(session: Session, organisation_id: str) -> OrgPipeline:
    return pipelines(session, [organisation_id])[organisation_id]
