"""Ranking technologies for a city need, with the reasons, and following a shortlisted match.

(``services/matching.py`` is something else: keys for recognising the same person or organisation.)

The score adds up visible parts, each with a reason in both languages:

* the same sector (+4), or a concept of the need belonging to the technology's sector (+1);
* shared concepts from :mod:`petdesk.services.terms`, found in either language (+2 each, rarer
  concepts weigh more), so a need in Chinese meets a description in English;
* shared tags (+1 each);
* readiness, graded by level: ``0.5 + 0.125 × (TRL − 5)`` from TRL 5 (+0.5) to TRL 9 (+1), nothing
  below TRL 5, so a technology in routine operation (TRL 9) outranks a prototype in operational
  conditions (TRL 7) that otherwise fits alike (field test 76: "proven or not" tied them); the ends
  keep the points they had;
* reference installations in the need's country (+0.75 each, at most two) or anywhere (+0.25).

A technology that shares neither sector nor any concept with the need is not suggested at all.
Technologies are ordered by how their sector agrees with the need first (the same sector, then a
sector the need's concepts or shared concepts belong to, then none) and by score within each: a
food-waste plant sharing one general word ("资源化") with a sewage-sludge need outscored sludge
dewatering of the need's own sector (field test 63). A concept either side mentions only through
a general word (:data:`petdesk.services.terms.GENERIC_PHRASES`) weighs a quarter and places no sector.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.labels import country_name
from petdesk.language import N_
from petdesk.models.enums import MatchState
from petdesk.services import newer_values, terms
from petdesk.services.needs import NeedRow, get_need
from petdesk.services.projects import PipelineError
from petdesk.services.technologies import TechnologyRow, list_technologies
from petdesk.vocab import SECTORS

#: States a match moves through; the last two end it.
STATES: tuple[MatchState, ...] = tuple(MatchState)


@dataclass(frozen=True)
class Reason:
    points: float
    en: str
    zh: str

    def text(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


#: How a technology's sector agrees with the need, the first sort key of :func:`rank` (2 first),
#: named wherever the score is shown: a lower score listed above a higher one needs its reason.
FIT_LABELS: dict[int, tuple[str, str]] = {
    2: ("Same sector", "同一领域"),
    1: ("Related sector", "相关领域"),
    0: ("Other sector", "其他领域"),
}


@dataclass(frozen=True)
class Ranked:
    technology: TechnologyRow
    score: float
    reasons: list[Reason] = field(default_factory=list)
    #: 2: the need's own sector; 1: a sector the need speaks of; 0: none (see :func:`rank`).
    tier: int = 0

    def fit(self, lang: str) -> str:
        """The sector tier in words ("Same sector"), which orders the list before the score does."""
        en, zh = FIT_LABELS[self.tier]
        return zh if lang.startswith("zh") else en

    @property
    def order_key(self) -> tuple[int, float]:
        """Sector tier, then score: the order :func:`rank` lists in (a table sorting by score uses it)."""
        return (self.tier, self.score)

    def explain(self, lang: str, *, points: bool = False) -> str:
        """The reasons as sentences ("Same sector: water. Proven (TRL 9)."); the points each adds
        only with ``points`` (the score says how well it fits; "+7.27" means nothing to a reader)."""
        if not self.reasons:  # an empty explanation read as one lost (field projfollow60)
            return NO_CRITERIA[1] if lang.startswith("zh") else NO_CRITERIA[0]
        if lang.startswith("zh"):  # Chinese punctuation: full-width semicolon, brackets and stop
            parts = [r.text(lang) + (f"（+{r.points:g}）" if points else "") for r in self.reasons]
            return "；".join(parts) + "。" if parts else ""
        return " ".join(r.text(lang) + (f" (+{r.points:g})" if points else "") + "." for r in self.reasons)


def _references(n: int, noun: str = "reference") -> str:
    """ "1 reference", "3 references" (the English half of a bilingual reason)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _tech_text(t: TechnologyRow) -> str:
    return " \n ".join((t.name_en, t.name_zh, t.description_en, t.description_zh, *t.tags))


def _need_text(n: NeedRow) -> str:
    return " \n ".join((n.title_en, n.title_zh, n.problem_en, n.problem_zh, *n.tags))


def _shared_term(key: str, need_text: str, tech_text: str, lang: str) -> str:
    """A shared concept by its name, and the words each side wrote when they are not that name:
    "municipal solid waste (the need: "landfill"; the technology: "garbage")"."""
    label = terms.concept_label(key, lang)
    texts = (("need", need_text), ("tech", tech_text))
    said = [(side, terms.phrase_in(key, text, lang)) for side, text in texts]
    shown = [(side, word) for side, word in said if word and word.casefold() != label.casefold()]
    if not shown:
        return label
    if len(shown) == 2 and shown[0][1] == shown[1][1]:  # both wrote the same word: say it once
        return label + (f"（均为“{shown[0][1]}”）" if lang.startswith("zh") else f' (both: "{shown[0][1]}")')
    if lang.startswith("zh"):
        sides = {"need": "需求中为", "tech": "技术中为"}
        return label + "（" + "，".join(f"{sides[side]}“{word}”" for side, word in shown) + "）"
    sides = {"need": "the need", "tech": "the technology"}
    return label + " (" + "; ".join(f'{sides[side]}: "{word}"' for side, word in shown) + ")"


def _area(code: str, lang: str) -> str:
    names = SECTORS.get(code)
    return (names[1] if lang == "zh" else names[0]) if names else code


#: The readiness levels in the EU (Horizon 2020) / NASA scale's words, English and Chinese: TRL 7
#: was "Proven" while only TRL 9 is proven in operation (field projfollow60).
TRL_LABELS: dict[int, tuple[str, str]] = {
    1: ("Basic principles observed", "观察到基本原理"),
    2: ("Technology concept formulated", "形成技术概念"),
    3: ("Experimental proof of concept", "通过实验验证概念"),
    4: ("Technology validated in lab", "在实验室环境中验证技术"),
    5: ("Technology validated in relevant environment", "在相关环境中验证技术"),
    6: ("Technology demonstrated in relevant environment", "在相关环境中演示技术"),
    7: ("System prototype demonstrated in operational environment", "在实际运行环境中演示系统原型"),
    8: ("System complete and qualified", "系统完成并通过鉴定"),
    9: ("Actual system proven in operational environment", "实际系统在运行环境中得到验证"),
}


def readiness(trl: int | None) -> float:
    """The points a technology readiness level adds: +0.5 at TRL 5 and 0.125 more per level, up to
    +1 at TRL 9 (capped there); nothing below TRL 5 or without a level (see the module docstring)."""
    if trl is None or trl < 5:
        return 0.0
    return 0.5 + 0.125 * (min(trl, 9) - 5)


def rank(need: NeedRow, technologies: list[TechnologyRow], top: int | None = 10) -> list[Ranked]:
    """The technologies that answer ``need``, best first, each with the reasons for its score."""
    need_text = _need_text(need)
    need_concepts = terms.concepts(need_text)
    need_tags = {t.casefold() for t in need.tags}
    tech_texts = {t.id: _tech_text(t) for t in technologies}
    tech_concepts = {t_id: terms.concepts(text) for t_id, text in tech_texts.items()}
    # Concepts many technologies share say less about fit than rare ones (inverse document frequency).
    df: dict[str, int] = {}
    for cs in tech_concepts.values():
        for c in cs:
            df[c] = df.get(c, 0) + 1
    n_tech = max(len(technologies), 1)
    need_generic = {c for c in need_concepts if terms.generic_in(c, need_text)}
    need_sectors = {terms.concept_sector(c) for c in need_concepts - need_generic} - {""}
    out: list[Ranked] = []
    for t in technologies:
        reasons: list[Reason] = []
        relevant = False
        shared = sorted(need_concepts & tech_concepts[t.id])
        generic = {c for c in shared if c in need_generic or terms.generic_in(c, tech_texts[t.id])}
        meaningful_sectors = {terms.concept_sector(c) for c in shared if c not in generic}
        # 2: the need's own sector; 1: a sector the need speaks of, or a shared concept of the need's
        # sector (sludge thickening filed under water, for a sludge need filed under wastewater); 0: none.
        tier = 0
        if need.sector and t.sector == need.sector:
            tier = 2
        elif (t.sector and t.sector in need_sectors) or (need.sector and need.sector in meaningful_sectors):
            tier = 1
        if need.sector and t.sector == need.sector:
            relevant = True
            reasons.append(
                Reason(4, f"Same sector: {_area(t.sector, 'en')}", f"同一领域：{_area(t.sector, 'zh')}")
            )
        elif t.sector and t.sector in need_sectors:
            relevant = True
            reasons.append(
                Reason(1, f"The need concerns {_area(t.sector, 'en')}", f"需求涉及{_area(t.sector, 'zh')}")
            )
        if shared:
            relevant = True
            weight = sum(
                (0.25 if c in generic else 1) * (1 + math.log(n_tech / df[c]) / math.log(n_tech + 1))
                for c in shared
            )
            pts = round(2 * weight, 2)
            reasons.append(
                Reason(
                    pts,
                    "Shared terms: "
                    + ", ".join(_shared_term(c, need_text, tech_texts[t.id], "en") for c in shared),
                    "共同术语："
                    + "、".join(_shared_term(c, need_text, tech_texts[t.id], "zh") for c in shared),
                )
            )
        if not relevant:
            continue
        tags = sorted(need_tags & {x.casefold() for x in t.tags})
        if tags:
            reasons.append(
                Reason(len(tags), "Shared tags: " + ", ".join(tags), "共同标签：" + "、".join(tags))
            )
        if t.trl is not None and t.trl >= 5:
            en, zh = TRL_LABELS[t.trl]
            reasons.append(Reason(readiness(t.trl), f"{en} (TRL {t.trl})", f"{zh}（TRL {t.trl}）"))
        same_country = [r for r in t.references if need.country and r.country == need.country]
        if same_country:
            k = min(len(same_country), 2)
            reasons.append(
                Reason(
                    0.75 * k,
                    f"{_references(len(same_country))} in {country_name(need.country, 'en')}",
                    f"在{country_name(need.country, 'zh_CN')}有{len(same_country)}个参考案例",
                )
            )
        elif t.references:
            reasons.append(
                Reason(
                    0.25,
                    _references(len(t.references), "reference installation"),
                    f"{len(t.references)}个参考案例",
                )
            )
        score = round(sum(r.points for r in reasons), 2)
        out.append(Ranked(t, score, reasons, tier))
    out.sort(key=lambda r: (-r.tier, -r.score, (r.technology.name_en or r.technology.name_zh).casefold()))
    ranked = out
    return ranked if top is None else ranked[:top]


def rank_for_need(session: Session, need_id: str, top: int | None = 10) -> tuple[NeedRow, list[Ranked]]:
    need = get_need(session, need_id)
    return need, rank(need, list_technologies(session), top)


@dataclass(frozen=True)
class MatchRow:
    id: str
    need_id: str
    technology_id: str
    need_en: str
    need_zh: str
    technology_en: str
    technology_zh: str
    state: MatchState
    score: float
    explanation: str
    state_changed_on: dt.date | None
    #: The coordinator's own reason or note on the match, in the language it was typed in.
    notes: str = ""
    #: A state a newer petdesk stored, as stored (``state`` is then its stand-in, SUGGESTED).
    stored_state: str | None = None

    def technology(self, lang: str) -> str:
        """The technology's name in ``lang`` ("zh" or "en"), else in the other language."""
        return _in_language(lang, self.technology_en, self.technology_zh)

    def need(self, lang: str) -> str:
        """The city need's title in ``lang``, else in the other language."""
        return _in_language(lang, self.need_en, self.need_zh)


def _in_language(lang: str, en: str, zh: str) -> str:
    return (zh or en) if lang.startswith("zh") else (en or zh)


def list_matches(
    session: Session, *, need_id: str | None = None, organisation_id: str | None = None
) -> list[MatchRow]:
    """Live matches; for an organisation, those where it is the city or the technology's provider."""
    stmt = (
        select(m.TechMatch, m.CityNeed, m.Technology)
        .join(m.CityNeed, m.CityNeed.id == m.TechMatch.need_id)
        .join(m.Technology, m.Technology.id == m.TechMatch.technology_id)
        .where(m.TechMatch.deleted_at.is_(None))
    )
    if need_id:
        stmt = stmt.where(m.TechMatch.need_id == need_id)
    if organisation_id:
        stmt = stmt.where(
            (m.CityNeed.city_organisation_id == organisation_id)
            | (m.Technology.provider_organisation_id == organisation_id)
        )
    found = session.execute(stmt).all()
    newer = newer_values.unknown_values_of(session, [x for x, _, _ in found]) if found else []
    rows = [
        MatchRow(
            x.id,
            n.id,
            t.id,
            n.title_en,
            n.title_zh,
            t.name_en,
            t.name_zh,
            MatchState(x.state),
            x.score,
            x.explanation,
            x.state_changed_on,
            x.notes or "",
            stored.get("state"),
        )
        for (x, n, t), stored in zip(found, newer, strict=True)
    ]
    rows.sort(key=lambda r: (-r.score, r.technology_en))
    return rows


#: How many technologies the "shortlist by hand" chooser offers for what is typed.
CHOICES = 50


def technology_choices(session: Session, query: str, lang: str) -> list[tuple[str, str]]:
    """Technologies to shortlist by hand (one the ranking leaves out or lists below its top), as
    ``(label, id)``: the name in ``lang`` with its provider and readiness, those whose names or
    provider match ``query`` (either language, pinyin), at most :data:`CHOICES` (field test 76: the
    window offered only the top 10)."""
    out: list[tuple[str, str]] = []
    for t in list_technologies(session, query.strip())[:CHOICES]:
        details = [x for x in (t.provider(lang), f"TRL {t.trl}" if t.trl is not None else "") if x]
        out.append((t.name(lang) + (f" — {', '.join(details)}" if details else ""), t.id))
    return out


def shortlist(
    session: Session, need_id: str, technology_id: str, *, on: dt.date | None = None
) -> m.TechMatch:
    """Put a technology on the need's shortlist (state "suggested"), keeping the reasons it ranked.
    Shortlisting it again returns the existing match."""
    existing = session.scalars(
        select(m.TechMatch).where(
            m.TechMatch.need_id == need_id,
            m.TechMatch.technology_id == technology_id,
            m.TechMatch.deleted_at.is_(None),
        )
    ).first()
    if existing is not None:
        return existing
    need = get_need(session, need_id)
    techs = list_technologies(session)
    if not any(t.id == technology_id for t in techs):
        raise PipelineError(f"no technology with id {technology_id}")
    ranked = {r.technology.id: r for r in rank(need, techs, top=None)}
    r = ranked.get(technology_id)
    match = m.TechMatch(
        need_id=need_id,
        technology_id=technology_id,
        state=MatchState.SUGGESTED,
        score=r.score if r else 0.0,
        explanation=r.explain("en") if r else NO_CRITERIA[0],
        state_changed_on=on or dt.date.today(),
    )
    session.add(match)
    session.flush()
    return match


#: The explanation of a match that meets none of the need's criteria (score 0), English and
#: Chinese: an empty one was exported, as if the reasons were lost (field projfollow60).
NO_CRITERIA = ("No criteria met.", "未满足任何匹配条件。")
#: What the command line and the window say before such a match is recorded.
NO_FIT = N_("{technology} meets none of the need's criteria (score 0).")
NO_FIT_AGREEMENT = N_(
    "{technology} meets none of the need's criteria (score 0): check the agreement before recording it."
)


def fit_warning(score: float, state: MatchState | None = None) -> str | None:
    """The warning (untranslated, with ``{technology}`` to fill) for a match of ``score`` shortlisted
    or moved to ``state``: a technology with no fit went straight to "agreement" unsaid."""
    if score > 0:
        return None
    return NO_FIT_AGREEMENT if state == MatchState.AGREEMENT else NO_FIT


def move_match(
    session: Session,
    match_id: str,
    state: MatchState,
    *,
    on: dt.date | None = None,
    visit_id: str | None = None,
    activity_id: str | None = None,
) -> MatchState:
    """Move a match to ``state``; returns the state it had."""
    match = session.get(m.TechMatch, match_id)
    if match is None or match.deleted_at is not None:
        raise PipelineError(f"no match with id {match_id}")
    before = MatchState(match.state)
    newer_values.choose(match, "state", state)  # also over a newer petdesk's state read as ``state``
    match.state_changed_on = on or dt.date.today()
    if visit_id:
        match.visit_id = visit_id
    if activity_id:
        match.activity_id = activity_id
    session.flush()
    return before


def put_back_stored_state(session: Session, match_id: str, raw: str, *, on: dt.date | None) -> None:
    """Undo a move away from a state a newer petdesk stored: ``raw`` and its day written back as
    they were (``move_match`` could only write the stand-in it is read as)."""
    move_match(session, match_id, MatchState.SUGGESTED, on=on)
    newer_values.write_stored(session, _live_match(session, match_id), "state", raw)


def set_match_notes(session: Session, match_id: str, notes: str) -> str:
    """Write the coordinator's note on a match (why it was shortlisted, what was agreed); returns
    the note it had, for an undo. An ordinary edit: the change log keeps its history."""
    match = _live_match(session, match_id)
    before = match.notes or ""
    if notes.strip() != before:
        match.notes = notes.strip()
        session.flush()
    return before


def remove_from_shortlist(session: Session, match_id: str) -> None:
    """Take a match off its need's shortlist (a tombstone, so sync carries it and undo restores it)."""
    _live_match(session, match_id).soft_delete()
    session.flush()


def restore_to_shortlist(session: Session, match_id: str) -> None:
    """Put a removed match back as it was (state, its date, links), unless the same technology
    was shortlisted for the need again meanwhile."""
    match = session.get(m.TechMatch, match_id)
    if match is None:
        raise PipelineError(f"no match with id {match_id}")
    if match.deleted_at is None:
        return
    again = session.scalars(
        select(m.TechMatch.id).where(
            m.TechMatch.need_id == match.need_id,
            m.TechMatch.technology_id == match.technology_id,
            m.TechMatch.deleted_at.is_(None),
        )
    ).first()
    if again is not None:
        raise PipelineError("the technology is on the shortlist again")
    match.deleted_at = None
    session.flush()


def _live_match(session: Session, match_id: str) -> m.TechMatch:
    match = session.get(m.TechMatch, match_id)
    if match is None or match.deleted_at is not None:
        raise PipelineError(f"no match with id {match_id}")
    return match


def link_match(
    session: Session, match_id: str, *, visit_id: str | None = None, activity_id: str | None = None
) -> None:
    """Tie a match to the visit where it was discussed or the activity that moved it on."""
    match = session.get(m.TechMatch, match_id)
    if match is None or match.deleted_at is not None:
        raise PipelineError(f"no match with id {match_id}")
    if visit_id and ((v := session.get(m.Visit, visit_id)) is None or v.deleted_at is not None):
        raise PipelineError(f"no visit with id {visit_id}")
    if activity_id and ((a := session.get(m.Activity, activity_id)) is None or a.deleted_at is not None):
        raise PipelineError(f"no activity with id {activity_id}")
    if visit_id:
        match.visit_id = visit_id
    if activity_id:
        match.activity_id = activity_id
    session.flush()
