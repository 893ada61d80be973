"""The visit dossier's "Technologies and needs" section: for every organisation the visit involves
(host, visiting side, organisations met), the technologies it provides, its needs as a city with
the technologies that fit them best, and the matches either side takes part in, with their state.

Read through :mod:`petdesk.services.org_pipeline` (the same view the organisation page shows), and
printed in both languages like the rest of the dossier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from petdesk.dossier.labels import Bi, enum_label, label, order
from petdesk.dossier.layout import BiTable, Block, Col, Heading, Parts, Row, Section, bi_date
from petdesk.vocab import technology_area_label

#: How many fitting technologies the dossier names for each need of a city visited.
SUGGESTIONS = 3


@dataclass(frozen=True)
class TechLine:
    name: Bi
    sector: Bi
    trl: str


@dataclass(frozen=True)
class NeedLine:
    title: Bi
    sector: Bi
    status: Bi
    #: The best-fitting technologies of the catalogue, best first.
    suggestions: tuple[Bi, ...]


@dataclass(frozen=True)
class MatchLine:
    technology: Bi
    need: Bi
    other: Bi
    state: Bi
    #: The day the match reached its state, printed as the rest of the dossier prints dates.
    since: dt.date | None


@dataclass(frozen=True)
class OrgPipelineInfo:
    organisation: Bi
    technologies: tuple[TechLine, ...]
    needs: tuple[NeedLine, ...]
    matches: tuple[MatchLine, ...]


def _sector(code: str) -> Bi:
    return Bi(technology_area_label(code, "en"), technology_area_label(code, "zh_CN"))


def gather_pipeline(session: Session, organisations: Sequence[tuple[str, Bi]]) -> tuple[OrgPipelineInfo, ...]:
    """The pipeline of each of ``organisations`` ((id, name), in print order) that has any."""
    from petdesk.services import org_pipeline, tech_matching
    from petdesk.services.needs import list_needs
    from petdesk.services.technologies import list_technologies

    found = org_pipeline.pipelines(session, [oid for oid, _name in organisations])
    need_ids = [n.id for p in found.values() for n in p.needs]
    suggestions: dict[str, tuple[Bi, ...]] = {}
    if need_ids:
        techs = list_technologies(session)
        for need in list_needs(session, ids=need_ids):
            ranked = tech_matching.rank(need, techs, top=SUGGESTIONS)
            suggestions[need.id] = tuple(Bi(r.technology.name_en, r.technology.name_zh) for r in ranked)
    out = []
    for oid, name in organisations:
        p = found.get(oid)
        if p is None or not (p.technologies or p.needs or p.matches):
            continue
        out.append(
            OrgPipelineInfo(
                organisation=name,
                technologies=tuple(
                    TechLine(Bi(t.name_en, t.name_zh), _sector(t.sector), str(t.trl or ""))
                    for t in p.technologies
                ),
                needs=tuple(
                    NeedLine(
                        Bi(n.title_en, n.title_zh),
                        _sector(n.sector),
                        enum_label(n.status),
                        suggestions.get(n.id, ()),
                    )
                    for n in p.needs
                ),
                matches=tuple(
                    MatchLine(
                        Bi(x.technology_en, x.technology_zh),
                        Bi(x.need_en, x.need_zh),
                        Bi(x.other_en, x.other_zh),
                        enum_label(x.state),
                        x.state_changed_on,
                    )
                    for x in p.matches
                ),
            )
        )
    return tuple(out)


def _suggestions(line: NeedLine) -> Bi:
    return Bi(
        "; ".join(s.get("en") for s in line.suggestions),
        "；".join(s.get("zh") for s in line.suggestions),
    )


def _two_lines(first: Bi, second: Bi | str, *, bold: bool = True) -> Callable[[str], Parts]:
    """A cell of a main line and a muted second line (a name and its sector, a state and its date):
    fewer, wider columns, which half a page in parallel layout needs."""

    def cell(lang: str) -> Parts:
        parts: Parts = []
        shown: list[tuple[str, str]] = []
        # "both" (a large-print table stacks its languages): each language's pair, in print order
        for code in order() if lang == "both" else (lang,):
            top, lower = first.get(code), second if isinstance(second, str) else second.get(code)
            if (top, lower) in shown:
                continue
            shown.append((top, lower))
            parts += [("\n", {})] if parts else []
            parts.append((top, {"bold": True} if bold else {}))
            if lower:
                parts += [("\n", {}), (lower, {"muted": True})]
        return parts

    return cell


def pipeline_section(infos: Sequence[OrgPipelineInfo]) -> Section:
    """One part per organisation: its technologies, needs (with what fits) and matches. Only made
    when some organisation of the visit has any (``visit_sections`` checks)."""
    blocks: list[Block] = []
    for info in infos:
        blocks.append(Heading(info.organisation))
        if info.technologies:
            blocks.append(Heading(label("Technologies provided"), "cellb"))
            blocks.append(
                BiTable(
                    [
                        Col(label("Technology"), 3),
                        Col(label("Sector"), 1.6),
                        Col(label("TRL"), 0.6, shared=True),
                    ],
                    [Row([t.name, t.sector, t.trl]) for t in info.technologies],
                )
            )
        if info.needs:
            blocks.append(Heading(label("Needs of the city"), "cellb"))
            blocks.append(
                BiTable(
                    [
                        Col(label("City need"), 2.2),
                        Col(label("Status"), 1),
                        Col(label("Technologies that fit"), 2.6),
                    ],
                    [Row([_two_lines(n.title, n.sector), n.status, _suggestions(n)]) for n in info.needs],
                )
            )
        if info.matches:
            blocks.append(Heading(label("Technology matches"), "cellb"))
            blocks.append(
                BiTable(
                    [
                        Col(label("Technology"), 1.8),
                        Col(label("City need"), 1.6),
                        Col(label("With"), 1.7),
                        Col(label("State"), 1.55),
                    ],
                    [
                        Row(
                            [
                                _two_lines(x.technology, ""),
                                x.need,
                                x.other,
                                _two_lines(x.state, bi_date(x.since), bold=False),
                            ]
                        )
                        for x in info.matches
                    ],
                )
            )
    return Section("technologies", label("Technologies and needs"), blocks)
