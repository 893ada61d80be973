"""Fund projects: the board by stage (with the date of every move, and undo), partners with roles,
milestones and reports due, links to visits/trainings/activities, and money per currency.

Amounts are kept in the currency the funder uses; totals are given per currency and never summed
across currencies (an exchange rate is a decision, not a fact petdesk can know).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from petdesk import models as m
from petdesk.amounts import currency_problem, money_problem, stored_money
from petdesk.chinese_names import same_name_key
from petdesk.city_names import city_key, city_keys
from petdesk.enums import stored
from petdesk.models.enums import MilestoneKind, OrgKind, PartnerRole, ProjectStatus
from petdesk.models.types import utcnow
from petdesk.quoting import quoted
from petdesk.services import deadline_time, follow_up_partners, newer_values, project_dates
from petdesk.services.deadline_time import office_day
from petdesk.services.project_dates import ENDED_STAGES
from petdesk.services.visits import ids_starting_with, tombstone, untombstone
from petdesk.vocab import label

#: The board's columns, left to right.
STAGES: tuple[ProjectStatus, ...] = (
    ProjectStatus.IDEA,
    ProjectStatus.PREPARING,
    ProjectStatus.SUBMITTED,
    ProjectStatus.APPROVED,
    ProjectStatus.REJECTED,
    ProjectStatus.RUNNING,
    ProjectStatus.CLOSED,
)
#: Words people type for a stage on the command line ("concept_note" is the board's name of "preparing").
STAGE_ALIASES = {"concept_note": ProjectStatus.PREPARING, "concept": ProjectStatus.PREPARING}


class PipelineError(ValueError):
    """A request the pipeline cannot carry out, with one sentence for the user."""


def parse_stage(value: str) -> ProjectStatus:
    """The stage ``value`` names: its code (submitted, concept_note) or the name lists show it by,
    in English or Chinese (已提交), as ``needs --status`` takes 待对接 (field test 58: the help
    listed "submitted（已提交）" but 已提交 was refused)."""
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    if key in STAGE_ALIASES:
        return STAGE_ALIASES[key]
    named = value.strip().casefold()
    for stage in STAGES:
        if named in (label(stage, "en").casefold(), label(stage, "zh_CN")):
            return stage
    try:
        return ProjectStatus(key)
    except ValueError:
        names = ", ".join(["concept_note", *(s.value for s in STAGES)])
        raise PipelineError(f"unknown stage {quoted(value)}; choose one of {names}") from None


def resolve_id(session: Session, table: str, prefix: str, what: str) -> str:
    """The full id of the live row of ``table`` starting with ``prefix`` (at least 4 characters)."""
    prefix = prefix.strip()
    if len(prefix) < 4:
        raise PipelineError(f"give at least 4 characters of the {what} id")
    rows = ids_starting_with(session, table, prefix)
    if not rows:
        raise PipelineError(f"no {what} with id {prefix}")
    if len(rows) > 1:
        raise PipelineError(f"several {what}s have ids starting with {prefix}; give more characters")
    return rows[0]


def org_names(session: Session, ids: Iterable[str | None]) -> dict[str, tuple[str, str]]:
    """(English, Chinese) names of the organisations with these ids."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(
        select(m.Organisation.id, m.Organisation.name_en, m.Organisation.name_zh).where(
            m.Organisation.id.in_(wanted)
        )
    ).all()
    return {r[0]: (r[1] or r[2], r[2] or r[1]) for r in rows}


def pick(lang: str, en: str, zh: str) -> str:
    """The text in the wanted language, else the other one."""
    return (zh or en) if lang.startswith("zh") else (en or zh)


@dataclass(frozen=True)
class ProjectRow:
    """One project as the board, the list and the command line show it."""

    id: str
    title_en: str
    title_zh: str
    stage: ProjectStatus
    funder_id: str | None
    funder_en: str
    funder_zh: str
    programme_en: str
    programme_zh: str
    amount_requested: float | None
    amount_approved: float | None
    currency: str
    deadline: dt.date | None
    stage_since: dt.date | None
    board_rank: int
    #: The deadline's time ("17:00") and the funder's zone, "" for a whole day (``deadline_time``).
    deadline_time: str = ""
    deadline_zone: str = ""

    def title(self, lang: str) -> str:
        return pick(lang, self.title_en, self.title_zh)

    def funder(self, lang: str) -> str:
        return pick(lang, self.funder_en, self.funder_zh)


@dataclass(frozen=True)
class PartnerView:
    organisation_id: str
    name_en: str
    name_zh: str
    role: PartnerRole
    #: The organisation is deleted (in Deleted Records): marked so, as a deleted lead is.
    deleted: bool = False
    #: The role a newer petdesk stored, read as ``role`` (the fallback); None when known.
    stored_role: str | None = None


@dataclass(frozen=True)
class MilestoneView:
    id: str
    kind: MilestoneKind
    title_en: str
    title_zh: str
    due: dt.date | None
    done: bool
    #: The kind a newer petdesk stored, read as ``kind`` (the fallback); None when known.
    stored_kind: str | None = None


@dataclass(frozen=True)
class StageMove:
    stage: ProjectStatus
    previous: str
    on: dt.date
    note: str
    #: The stage a newer petdesk stored, read as ``stage`` (the fallback); None when known.
    stored_stage: str | None = None


@dataclass(frozen=True)
class ProjectDetail:
    row: ProjectRow
    description_en: str
    description_zh: str
    cofinancing: float | None
    cofinancing_note: str
    documents: list[str]
    technology_areas: list[str]
    partners: list[PartnerView] = field(default_factory=list)
    milestones: list[MilestoneView] = field(default_factory=list)
    moves: list[StageMove] = field(default_factory=list)
    #: (kind, id, English title, Chinese title) of linked visits, trainings and activities.
    links: list[tuple[str, str, str, str]] = field(default_factory=list)
    #: The organisation leading the project, and its (English, Chinese) names.
    lead_id: str | None = None
    lead_names: tuple[str, str] = ("", "")
    #: The lead organisation is deleted (in Deleted Records): shown as such, not as if alive.
    lead_deleted: bool = False
    #: The stage a newer petdesk stored, read as ``row.stage`` (the fallback); None when known.
    stored_stage: str | None = None


def _row(p: m.Project, names: Mapping[str, tuple[str, str]], since: Mapping[str, dt.date]) -> ProjectRow:
    funder = names.get(p.funder_organisation_id or "", ("", ""))
    return ProjectRow(
        id=p.id,
        title_en=p.title_en,
        title_zh=p.title_zh,
        stage=ProjectStatus(p.status),
        funder_id=p.funder_organisation_id,
        funder_en=funder[0],
        funder_zh=funder[1],
        programme_en=p.programme_en,
        programme_zh=p.programme_zh,
        amount_requested=p.amount,
        amount_approved=p.amount_approved,
        currency=p.currency or "",
        deadline=p.deadline,
        stage_since=since.get(p.id),
        board_rank=p.board_rank,
        deadline_time=p.deadline_time or "",
        deadline_zone=p.deadline_zone or "",
    )


@dataclass(frozen=True)
class ProjectFilter:
    """What a list of projects is narrowed to. The window's list, its totals and its printed
    overview, ``petdesk projects`` and ``petdesk report projects`` all take one, so what is printed
    is what the list shows (field test 25: the print ignored the partner and due filters)."""

    stages: tuple[ProjectStatus, ...] = ()
    #: Words every project matches (titles, funder, programme; either script or pinyin).
    query: str = ""
    funder_id: str | None = None
    #: An organisation taking part, as a partner or the lead.
    partner_id: str | None = None
    #: (today, last day): an open project's deadline or open milestone due by then, overdue included.
    due: tuple[dt.date, dt.date] | None = None
    #: (first, last day): projects under way at some time in it, such as a year for an annual report.
    active: tuple[dt.date, dt.date] | None = None

    def narrows(self) -> bool:
        return bool(
            self.stages or self.query.strip() or self.funder_id or self.partner_id or self.due or self.active
        )

    def rows(self, session: Session) -> list[ProjectRow]:
        return list_projects(
            session,
            stages=self.stages,
            query=self.query,
            funder_id=self.funder_id,
            partner_id=self.partner_id,
            due=self.due,
            active=self.active,
        )

    def clauses(self) -> list[ColumnElement[bool]]:
        """Conditions on ``Project`` for everything but the words, which a list's own search
        applies (with the same matching, ``list_projects``'s)."""
        p = m.Project
        clauses: list[ColumnElement[bool]] = []
        if self.stages:
            clauses.append(newer_values.in_or_unknown(p.status, self.stages))
        if self.funder_id:
            clauses.append(p.funder_organisation_id == self.funder_id)
        return clauses + filter_clauses(partner_id=self.partner_id, due=self.due, active=self.active)


def list_projects(
    session: Session,
    *,
    stages: Iterable[ProjectStatus] = (),
    query: str = "",
    funder_id: str | None = None,
    partner_id: str | None = None,
    due: tuple[dt.date, dt.date] | None = None,
    active: tuple[dt.date, dt.date] | None = None,
) -> list[ProjectRow]:
    """Live projects, board order (stage, then rank, then title); optionally filtered: by stage,
    words, funder, an organisation taking part (a partner or the lead), and ``due`` (first, last
    day): the deadline or an open milestone falls in it (field test 16 §9).

    One query of the columns a row shows, with its funder's names and the day it entered its stage
    joined, instead of every project as a whole object (descriptions and JSON lists decoded) and
    two more queries: the board and the list both read all projects when the window starts, and at
    a hub's 2,500 projects that took 100-220 ms of Python each, beside the window's own work."""
    p, funder, change = m.Project, aliased(m.Organisation), m.ProjectStageChange
    since = (
        select(change.project_id, func.max(change.changed_on).label("since"))
        .where(change.deleted_at.is_(None))
        .group_by(change.project_id)
        .subquery()
    )
    stmt = (
        select(
            p.id,
            p.title_en,
            p.title_zh,
            p.status,
            p.funder_organisation_id,
            funder.name_en,
            funder.name_zh,
            p.programme_en,
            p.programme_zh,
            p.amount,
            p.amount_approved,
            p.currency,
            p.deadline,
            since.c.since,
            p.board_rank,
            p.deadline_time,
            p.deadline_zone,
        )
        .outerjoin(funder, funder.id == p.funder_organisation_id)
        .outerjoin(since, since.c.project_id == p.id)
        .where(p.deleted_at.is_(None))
    )
    wanted = list(stages)
    if wanted:
        stmt = stmt.where(newer_values.in_or_unknown(p.status, wanted))
    if funder_id:
        stmt = stmt.where(p.funder_organisation_id == funder_id)
    for clause in filter_clauses(partner_id=partner_id, due=due, active=active):
        stmt = stmt.where(clause)
    rows = [
        ProjectRow(
            id=pid,
            title_en=title_en,
            title_zh=title_zh,
            stage=stored(ProjectStatus, status),
            funder_id=funder_org,
            funder_en=(f_en or f_zh or "") if funder_org else "",
            funder_zh=(f_zh or f_en or "") if funder_org else "",
            programme_en=programme_en,
            programme_zh=programme_zh,
            amount_requested=amount,
            amount_approved=approved,
            currency=currency or "",
            deadline=deadline,
            stage_since=stage_since,
            board_rank=board_rank,
            deadline_time=deadline_time or "",
            deadline_zone=deadline_zone or "",
        )
        for (pid, title_en, title_zh, status, funder_org, f_en, f_zh, programme_en, programme_zh, amount,
             approved, currency, deadline, stage_since, board_rank, deadline_time, deadline_zone)
        in session.execute(stmt)
    ]  # fmt: skip
    if query:
        # The catalogue's matching: every word, in either script or in pinyin ("zixingche").
        from petdesk.services.technologies import matches_query  # technologies imports this module

        rows = [
            r
            for r in rows
            if matches_query(
                query, (r.title_en, r.title_zh, r.funder_en, r.funder_zh, r.programme_en, r.programme_zh)
            )
        ]
    order = {s: i for i, s in enumerate(STAGES)}
    rows.sort(key=lambda r: (order.get(r.stage, 99), r.board_rank, r.title_en or r.title_zh))
    return rows


def filter_clauses(
    *,
    partner_id: str | None = None,
    due: tuple[dt.date, dt.date] | None = None,
    active: tuple[dt.date, dt.date] | None = None,
) -> list[ColumnElement[bool]]:
    """Conditions on ``Project`` for an organisation taking part (a partner or the lead) and for
    what falls due: ``due`` is (today, last day), and an open project's deadline or open milestone
    up to the last day counts, overdue ones included, as the reminders count them
    (``project_dates``): the one rule of the command line's list, the window's and their prints."""
    p = m.Project
    clauses: list[ColumnElement[bool]] = []
    if partner_id:
        clauses.append(p.id.in_(_projects_with_partner(partner_id)) | (p.lead_organisation_id == partner_id))
    if due is not None:
        first, last = project_dates.attention_span(*due)
        # a timed deadline by its moment on this office's clock ("YYYY-MM-DD HH:MM" compared as text)
        here = project_dates.deadline_here_sql(p)
        # a timed deadline is met once its moment passed here, a whole day from the next day on
        now = deadline_time.now_text(due[0])
        passed = (here <= now) & ((func.length(here) > 10) | (here < due[0].isoformat()))
        deadline_met = p.status.in_(project_dates.APPLIED_STAGES) & passed
        clauses.append(p.status.not_in(ENDED_STAGES))
        # its day (the text's first ten characters) up to ``last``: no day after 9999-12-31 to compare with
        in_span = (here >= first.isoformat()) & (func.substr(here, 1, 10) <= last.isoformat())
        clauses.append((in_span & ~deadline_met) | p.id.in_(_projects_with_milestone_due(first, last)))
    if active is not None:
        clauses.extend(_under_way(*active))
    return clauses


def _under_way(first: dt.date, last: dt.date) -> list[ColumnElement[bool]]:
    """A project under way at some time in [first, last], by its stage moves: on the board by the
    last day (its first move then or earlier; one without moves counts), and not rejected or closed
    before the first day (field test 65: the annual report had no year for its projects)."""
    p, change = m.Project, m.ProjectStageChange
    live = change.deleted_at.is_(None)
    moved_late = select(change.project_id).where(live).group_by(change.project_id)
    moved_late = moved_late.having(func.min(change.changed_on) > last)
    moved_since = select(change.project_id).where(live, change.changed_on >= first)
    return [p.id.not_in(moved_late), p.status.not_in(ENDED_STAGES) | p.id.in_(moved_since)]


def year_days(year: int) -> tuple[dt.date, dt.date]:
    """A year as ``ProjectFilter.active`` takes it: ``projects --year``, the Projects page's Year box
    and ``report market`` count a project's year by this one rule (field test 65)."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def project_years(session: Session) -> list[int]:
    """The years the Projects page's Year box offers, newest first: from the first stage move of a
    live project to this year or its last move, whichever is later."""
    change = m.ProjectStageChange
    live = select(m.Project.id).where(m.Project.deleted_at.is_(None))
    first, last = session.execute(
        select(func.min(change.changed_on), func.max(change.changed_on)).where(
            change.deleted_at.is_(None), change.project_id.in_(live)
        )
    ).one()
    this_year = dt.date.today().year
    if first is None:
        return [this_year]
    return list(range(max(last.year, this_year), min(first.year, this_year) - 1, -1))


def partner_choices(session: Session) -> list[tuple[str, str, str]]:
    """(id, English name, Chinese name) of the live organisations taking part in a live project, as
    a partner or the lead: the window's partner filter offers these."""
    p, pp, o = m.Project, m.ProjectPartner, m.Organisation
    live = select(p.id).where(p.deleted_at.is_(None))
    partners = select(pp.organisation_id).where(pp.deleted_at.is_(None), pp.project_id.in_(live))
    leads = select(p.lead_organisation_id).where(p.deleted_at.is_(None), p.lead_organisation_id.is_not(None))
    rows = session.execute(
        select(o.id, o.name_en, o.name_zh)
        .where(o.deleted_at.is_(None), o.id.in_(partners) | o.id.in_(leads))
        .order_by(func.lower(func.coalesce(func.nullif(o.name_en, ""), o.name_zh)))
    )
    return [(oid, en or "", zh or "") for oid, en, zh in rows]


def _projects_with_partner(organisation_id: str) -> Select[str]:
    pp = m.ProjectPartner
    return select(pp.project_id).where(pp.organisation_id == organisation_id, pp.deleted_at.is_(None))


def _projects_with_milestone_due(first: dt.date, last: dt.date) -> Select[str]:
    ms = m.ProjectMilestone
    return select(ms.project_id).where(ms.due.between(first, last), ~ms.done, ms.deleted_at.is_(None))


#: What ``--due`` takes: "month" (the rest of this month), or a number of days ("30d", "30").
DUE_MONTH = "month"


def due_window(text: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """(first, last) day of a "due" filter: from today to the end of this month, or the next N days."""
    wanted = text.strip().lower()
    if wanted == DUE_MONTH:
        next_month = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return today, next_month - dt.timedelta(days=1)
    days = wanted.removesuffix("d")
    if not days.isdigit():
        raise PipelineError(f"--due takes “month” or a number of days such as 30d, not {quoted(text)}")
    return today, today + dt.timedelta(days=int(days))


def same_title_and_funder(
    session: Session, title_en: str, title_zh: str, funder: str | None
) -> list[ProjectRow]:
    """Live projects with this English or Chinese title (any case) and this funder (given by name,
    as the dialog takes it; none for no funder): a project made twice by mistake (field test 16).
    A funder name no organisation has yet is a new funder, so no project can have it."""
    from petdesk.services.funders import find_funder

    funder_id = find_funder(session, funder) if funder else None
    if funder and funder_id is None:
        return []
    titles = {t.strip().casefold() for t in (title_en, title_zh) if t.strip()}
    return [
        r
        for r in list_projects(session, funder_id=funder_id)
        if (r.funder_id or None) == funder_id
        and titles & {t.strip().casefold() for t in (r.title_en, r.title_zh) if t.strip()}
    ]


def _project(session: Session, project_id: str) -> m.Project:
    p = session.get(m.Project, project_id)
    if p is None or p.deleted_at is not None:
        raise PipelineError(f"no project with id {project_id}")
    return p


def get_project(session: Session, project_id: str) -> ProjectDetail:
    p = _project(session, project_id)
    partners = session.execute(
        select(m.ProjectPartner, m.Organisation)
        .join(m.Organisation, m.Organisation.id == m.ProjectPartner.organisation_id)
        .where(m.ProjectPartner.project_id == p.id, m.ProjectPartner.deleted_at.is_(None))
        .order_by(m.ProjectPartner.created_at, m.ProjectPartner.id)
    ).all()
    names = org_names(session, [p.funder_organisation_id, p.lead_organisation_id])
    milestones = session.scalars(
        select(m.ProjectMilestone)
        .where(m.ProjectMilestone.project_id == p.id, m.ProjectMilestone.deleted_at.is_(None))
        .order_by(m.ProjectMilestone.due, m.ProjectMilestone.created_at, m.ProjectMilestone.id)
    )
    moves = session.scalars(
        select(m.ProjectStageChange)
        .where(m.ProjectStageChange.project_id == p.id, m.ProjectStageChange.deleted_at.is_(None))
        .order_by(m.ProjectStageChange.changed_on, m.ProjectStageChange.created_at)
    ).all()
    links: list[tuple[str, str, str, str]] = []
    for link in session.scalars(
        select(m.ProjectLink).where(m.ProjectLink.project_id == p.id, m.ProjectLink.deleted_at.is_(None))
    ):
        if link.visit_id and (v := session.get(m.Visit, link.visit_id)) is not None:
            links.append(("visit", v.id, v.title_en, v.title_zh))
        elif link.training_id and (t := session.get(m.Training, link.training_id)) is not None:
            links.append(("training", t.id, t.title_en, t.title_zh))
        elif link.activity_id and (a := session.get(m.Activity, link.activity_id)) is not None:
            links.append(("activity", a.id, a.subject, a.subject))
    since = {p.id: moves[-1].changed_on} if moves else {}
    return ProjectDetail(
        row=_row(p, names, since),
        description_en=p.description_en,
        description_zh=p.description_zh,
        cofinancing=p.cofinancing,
        cofinancing_note=p.cofinancing_note,
        documents=list(p.documents),
        technology_areas=list(p.technology_areas),
        partners=[
            PartnerView(
                o.id,
                o.name_en,
                o.name_zh,
                PartnerRole(pp.role),
                deleted=o.deleted_at is not None,
                stored_role=newer_values.unknown_values(session, pp).get("role"),
            )
            for pp, o in partners
        ],
        milestones=[
            MilestoneView(
                x.id,
                MilestoneKind(x.kind),
                x.title_en,
                x.title_zh,
                x.due,
                x.done,
                newer_values.unknown_values(session, x).get("kind"),
            )
            for x in milestones
        ],
        moves=[
            StageMove(ProjectStatus(x.stage), x.previous_stage, x.changed_on, x.note, n.get("stage"))
            for x, n in zip(
                moves, newer_values.unknown_values_of(session, moves) if moves else [], strict=True
            )
        ],
        links=links,
        lead_id=p.lead_organisation_id,
        lead_names=names.get(p.lead_organisation_id or "", ("", "")),
        lead_deleted=_is_deleted(session, p.lead_organisation_id),
        stored_stage=newer_values.unknown_values(session, p).get("status"),
    )


def _is_deleted(session: Session, organisation_id: str | None) -> bool:
    org = session.get(m.Organisation, organisation_id) if organisation_id else None
    return org is not None and org.deleted_at is not None


_PROJECT_FIELDS = {
    "title_en",
    "title_zh",
    "programme_en",
    "programme_zh",
    "amount",
    "amount_approved",
    "currency",
    "cofinancing",
    "cofinancing_note",
    "funder_organisation_id",
    "lead_organisation_id",
    "deadline",
    "deadline_time",
    "deadline_zone",
    "description_en",
    "description_zh",
    "documents",
    "technology_areas",
}


def create_project(
    session: Session,
    *,
    stage: ProjectStatus = ProjectStatus.IDEA,
    on: dt.date | None = None,
    partners: Iterable[tuple[str, PartnerRole]] = (),
    funder: str | tuple[str, str] | None = None,
    moved: bool = True,
    **values: Any,
) -> m.Project:
    """A new project at ``stage`` (its first stage move dated ``on``, today by default; none with
    ``moved=False``, for a past project whose date is not known).

    ``funder`` names the funder (English, or English and Chinese): the organisation of that name or
    the one funder whose names contain it (:func:`funders.choose_funder`), made if there is none;
    ``funder_organisation_id`` gives it by id instead."""
    _checked(session, values, funder)
    project = m.Project(status=stage, **values)
    session.add(project)
    session.flush()
    if moved:
        session.add(
            m.ProjectStageChange(
                project_id=project.id, stage=stage, previous_stage="", changed_on=on or dt.date.today()
            )
        )
    for org_id, role in partners:
        session.add(m.ProjectPartner(project_id=project.id, organisation_id=org_id, role=role))
    session.flush()
    return project


#: Text fields kept without the spaces around them (a pasted programme name ends in a newline).
_STRIPPED = ("programme_en", "programme_zh", "cofinancing_note", "description_en", "description_zh")
#: Said when a co-financing note comes without the co-financing amount.
COFINANCING_NEEDS_AMOUNT = "co-financing needs an amount: give the co-financing amount with its note"
#: Amounts that cannot be below 0, with what is said when one is. An approved amount may be more
#: than the one requested (some programmes top up), so the two are not compared.
_NOT_NEGATIVE = {
    "amount": "the amount requested cannot be negative",
    "amount_approved": "the amount approved cannot be negative",
    "cofinancing": "the co-financing amount cannot be negative",
}


def _checked_areas(codes: Iterable[str], stored: Mapping[str, Any]) -> list[str]:
    """The areas once each, every one a sector of the catalogue: a project on wastewater was refused
    the "wastewater" its city need and technology carry (field coop60). A code stored before (from a
    newer office) does not block other changes."""
    from petdesk.vocab import SECTORS

    areas = list(dict.fromkeys(c.strip() for c in codes if c and c.strip()))
    kept = set(stored.get("technology_areas") or ())
    unknown = [c for c in areas if c not in SECTORS and c not in kept]
    if unknown:
        raise PipelineError(f"unknown technology area {unknown[0]}; choose from {', '.join(SECTORS)}")
    return areas


def _checked(
    session: Session,
    values: dict[str, Any],
    funder: str | tuple[str, str] | None,
    stored: Mapping[str, Any] | None = None,
) -> None:
    """``values`` of a project made fit to store, in place: known fields, a title, an ISO currency
    code, amounts of 0 or more, co-financing with its amount, documents as a list of paths or links
    without repeats, the funder by name made an organisation id (found or made) and checked.
    ``stored`` holds the project's values before the change (an update)."""
    unknown = set(values) - _PROJECT_FIELDS
    if unknown:
        raise TypeError(f"unknown project fields: {', '.join(sorted(unknown))}")
    if not (values.get("title_en") or values.get("title_zh")):
        raise PipelineError("a project needs a title in English or Chinese")
    currency = str(values.get("currency") or "").strip().upper()
    if not currency and stored is not None:
        currency = str(stored.get("currency") or "")  # emptied: the project's own kept, not USD
    elif not currency:
        from petdesk.services.past_projects import home_currency  # (it imports this module)

        # the office country's, as the window's editor starts a new project: US dollars were
        # stored, "US$…" in the Projects list for a project nobody gave a currency (shots56)
        currency = home_currency(session)
    # A code stored before the check (an exchange file, an older petdesk) does not block other changes.
    if (stored is None or currency != stored.get("currency")) and (problem := currency_problem(currency)):
        raise PipelineError(problem)
    values["currency"] = currency
    for key in _STRIPPED:
        if key in values:
            values[key] = (values[key] or "").strip()
    if "documents" in values:
        values["documents"] = clean_documents(values["documents"])
    if "technology_areas" in values:
        values["technology_areas"] = _checked_areas(values["technology_areas"], stored or {})
    _check_money(values, stored or {})
    if funder:
        from petdesk.services.funders import UnclearFunder, choose_funder

        en, zh = (funder, "") if isinstance(funder, str) else funder
        try:
            values["funder_organisation_id"] = choose_funder(session, en, zh).organisation.id
        except UnclearFunder as exc:
            raise PipelineError(str(exc)) from exc
    if {"deadline", "deadline_time", "deadline_zone"} & set(values):
        _check_deadline_time(values, stored or {})
    funder_id = values.get("funder_organisation_id")
    if funder_id and session.get(m.Organisation, funder_id) is None:
        raise PipelineError(f"no organisation with id {funder_id} to be the funder")
    lead_id = values.get("lead_organisation_id")
    if lead_id:
        _organisation(session, lead_id)


def _check_deadline_time(values: dict[str, Any], stored: Mapping[str, Any]) -> None:
    """The deadline's time and zone checked in plain words (``deadline_time.check_pair``)."""
    from petdesk.services.deadline_time import DeadlineTimeError, check_pair

    deadline = values.get("deadline", stored.get("deadline"))
    time = values.get("deadline_time", stored.get("deadline_time")) or ""
    zone = values.get("deadline_zone", stored.get("deadline_zone")) or ""
    try:
        values["deadline_time"], values["deadline_zone"] = check_pair(deadline, time, zone)
    except DeadlineTimeError as exc:
        raise PipelineError(str(exc)) from None


def _check_money(values: dict[str, Any], stored: Mapping[str, Any]) -> None:
    """Amounts of 0 or more (None: not known yet) that the currency and the window can hold, kept
    to the currency's digits, and a co-financing note only with its amount."""
    for key, message in _NOT_NEGATIVE.items():
        value = values.get(key)
        if value is None:
            continue
        number = float(value)
        if not number >= 0:  # NaN is not >= 0 either
            raise PipelineError(message)
        if problem := money_problem(number, values["currency"]):
            raise PipelineError(problem)
        values[key] = stored_money(number, values["currency"])
    if "cofinancing" in values or "cofinancing_note" in values:
        note = values.get("cofinancing_note", stored.get("cofinancing_note")) or ""
        if note and values.get("cofinancing", stored.get("cofinancing")) is None:
            raise PipelineError(COFINANCING_NEEDS_AMOUNT)


def clean_documents(documents: Iterable[str]) -> list[str]:
    """A project's documents as stored: each path or link once, without surrounding spaces."""
    if isinstance(documents, str):
        raise TypeError("documents are a list of paths or links, not one text")
    return list(dict.fromkeys(d.strip() for d in documents if d and d.strip()))


def is_link(document: str) -> bool:
    """True for a document given by a link (https://…, mailto:…), False for a file path. A
    Windows path ("C:\\reports\\x.pdf") has a one-letter "scheme" and is a path."""
    scheme, colon, _rest = document.partition(":")
    return bool(colon) and len(scheme) > 1 and scheme.isascii() and scheme.replace("+", "").isalnum()


def as_typed(text: str) -> str:
    """A document as someone typed it, made one petdesk can open: "www.gef.org/call" is the link
    "https://www.gef.org/call"; anything else stays as it is (a link, or a file's path)."""
    text = text.strip()
    return f"https://{text}" if text.lower().startswith("www.") else text


def is_missing(document: str) -> bool:
    """True for a file path with no file there (moved, renamed, or on another computer)."""
    from pathlib import Path

    return not is_link(document) and not Path(document).expanduser().exists()


def update_project(
    session: Session, project_id: str, *, funder: str | tuple[str, str] | None = None, **values: Any
) -> m.Project:
    """Change a project's fields (its stage moves by :func:`move_project`, which dates the move).
    ``funder`` names the funder as for :func:`create_project`; an empty name removes it. Only
    the fields that change are checked: a project from an exchange file with a co-financing note
    and no amount can still have its title changed."""
    project = _project(session, project_id)
    stored = {key: getattr(project, key) for key in _PROJECT_FIELDS}
    merged = {key: stored[key] for key in ("title_en", "title_zh", "currency")} | values
    if funder == "":
        merged["funder_organisation_id"] = None
    if "documents" in merged:
        merged["documents"] = clean_documents(merged["documents"])
    merged = {
        k: v for k, v in merged.items() if k in ("title_en", "title_zh", "currency") or stored.get(k) != v
    }
    _checked(session, merged, funder or None, stored)
    for key, value in merged.items():
        if getattr(project, key) != value:
            setattr(project, key, value)
    session.flush()
    return project


@dataclass(frozen=True)
class MoveReceipt:
    """What :func:`move_project` did, so that :func:`undo_move` can take it back exactly."""

    project_id: str
    previous_stage: ProjectStatus
    previous_rank: int
    change_id: str


def move_project(
    session: Session,
    project_id: str,
    stage: ProjectStatus,
    *,
    on: dt.date | None = None,
    rank: int | None = None,
    note: str = "",
) -> MoveReceipt:
    """Move a project to ``stage`` and record the date of the move: ``on`` (default today), never
    before the last move, or the history would end at another stage than the project's."""
    p = _project(session, project_id)
    previous = ProjectStatus(p.status)
    receipt_rank = p.board_rank
    if previous == stage and rank is None:
        raise PipelineError("the project is already at that stage")
    if on is not None and (last := _last_move_on(session, p.id)) is not None and on < last:
        raise PipelineError(MOVE_BEFORE_LAST.format(date=last.isoformat()))
    p.status = stage
    if rank is not None:
        p.board_rank = rank
    change = m.ProjectStageChange(
        project_id=p.id,
        stage=stage,
        previous_stage=previous.value,
        changed_on=on or dt.date.today(),
        note=note,
    )
    session.add(change)
    session.flush()
    return MoveReceipt(p.id, previous, receipt_rank, change.id)


#: Said of a move dated before the project's last one (field test 37, §6: the history, sorted by
#: date, then ended at "Idea" while the project was at "Submitted").
MOVE_BEFORE_LAST = "the project's last stage move was on {date}: date this move on that day or later"


def _last_move_on(session: Session, project_id: str) -> dt.date | None:
    change = m.ProjectStageChange
    return session.scalar(
        select(func.max(change.changed_on)).where(
            change.project_id == project_id, change.deleted_at.is_(None)
        )
    )


def undo_move(session: Session, receipt: MoveReceipt) -> None:
    """Put the project back where it was; the recorded move becomes a tombstone."""
    p = _project(session, receipt.project_id)
    p.status = receipt.previous_stage
    p.board_rank = receipt.previous_rank
    change = session.get(m.ProjectStageChange, receipt.change_id)
    if change is not None and change.deleted_at is None:
        change.soft_delete()
    session.flush()


def _parts(session: Session, project_id: str) -> list[Any]:
    """The rows that live and die with a project: partners, milestones, stage moves, links."""
    rows: list[Any] = []
    for model in (m.ProjectPartner, m.ProjectMilestone, m.ProjectStageChange, m.ProjectLink):
        rows.extend(session.scalars(select(model).where(model.project_id == project_id)))
    return rows


def delete_projects(session: Session, project_ids: Iterable[str]) -> list[str]:
    """Soft-delete these projects with their partners, milestones, stage moves and links, all at
    one time (so Deleted Records brings them back together); returns the ids deleted, for
    :func:`restore_projects`."""
    done = []
    now = utcnow()
    for project_id in dict.fromkeys(project_ids):
        p = session.get(m.Project, project_id)
        if p is None or p.deleted_at is not None:
            continue
        tombstone(_parts(session, p.id), now)
        p.deleted_at = now
        done.append(p.id)
    follow_up_partners.delete_with(session, "project", dict.fromkeys(done, now))
    session.flush()
    return done


def restore_projects(session: Session, project_ids: Iterable[str]) -> list[str]:
    """Undo a delete: the projects come back with the rows deleted with them (a partner removed
    earlier on its own stays removed)."""
    stamps = {}
    for project_id in dict.fromkeys(project_ids):
        p = session.get(m.Project, project_id)
        if p is None or p.deleted_at is None:
            continue
        untombstone(_parts(session, p.id), p.deleted_at)
        stamps[p.id] = p.deleted_at
        p.deleted_at = None
        p.updated_at = utcnow()
    follow_up_partners.restore_with(session, "project", stamps)
    done = list(stamps)
    session.flush()
    return done


# --- partners ----------------------------------------------------------------------------------


def _organisation(session: Session, organisation_id: str) -> m.Organisation:
    org = session.get(m.Organisation, organisation_id) if organisation_id else None
    if org is None or org.deleted_at is not None:
        raise PipelineError(f"no organisation with id {organisation_id}")
    return org


#: The most candidates an unclear name lists (the rest are counted).
_LISTED = 8


def find_organisation(session: Session, text: str, *, funders_only: bool = False) -> str:
    """The live organisation a person names on the command line (a partner, a provider, a city, a
    funder): its English, Chinese or short name (any case), else the first characters (4+) of its
    id, else a part of one name ("BMUV Export"). With ``funders_only`` a part finds only funders
    (``projects --funder``), so that a short word does not find every organisation using it."""
    wanted = text.strip()
    what, whats = ("funder organisation", "funders") if funders_only else ("organisation", "organisations")
    o = m.Organisation
    key = same_name_key(wanted)  # any script's case: SQLite's lower() folds A-Z only
    named = _organisations_where(
        session,
        (func.petdesk_name_key(o.name_en) == key)
        | (func.petdesk_name_key(o.name_zh) == key)  # 臺北 or 台北, as the partner wrote it
        | (func.petdesk_name_key(o.short_name_en) == key),
    )
    if len(named) == 1:
        return named[0][0]
    if named:
        raise PipelineError(
            f"several {whats} are called {quoted(wanted)}: {_listed(named)}; give the id instead"
        )
    found = ids_starting_with(session, "organisation", wanted) if len(wanted) >= 4 else []
    if len(found) == 1:
        return found[0]
    if found:
        raise PipelineError(f"several organisations have ids starting with {wanted}; give more characters")
    # "苏州" names the city government 苏州市 before it is a part of 苏州清源华擎环保科技's name (field
    # test 76: a city's partner role was refused as unclear)
    city = [] if funders_only else _city_governments_named(session, wanted)
    if len(city) == 1:
        return city[0][0]
    parts = _organisations_containing(session, wanted, funders_only=funders_only)
    if len(parts) == 1:
        return parts[0][0]
    if parts:
        raise PipelineError(
            f"{quoted(wanted)} is part of the names of several {whats}: {_listed(parts)}; "
            "give more of the name"
        )
    raise PipelineError(
        f"no {what} called {quoted(wanted)}; give its English or Chinese name, a part of it, or its id"
    )


def _city_governments_named(session: Session, text: str) -> list[tuple[str, str]]:
    """(id, name) of the city governments ``text`` names with or without the words around a city
    (苏州 for 苏州市, "Suzhou City"), as the needs import finds a city."""
    keys = city_keys(text)
    o = m.Organisation
    rows = session.execute(
        select(o.id, o.name_en, o.name_zh).where(o.deleted_at.is_(None), o.kind == OrgKind.CITY_GOVERNMENT)
    ).all()
    return [(oid, en or zh or "") for oid, en, zh in rows if keys & {city_key(n) for n in (en, zh) if n}]


def _organisations_where(session: Session, condition: Any) -> list[tuple[str, str]]:
    """(id, name) of the live organisations meeting ``condition``, by name."""
    o = m.Organisation
    rows = session.execute(select(o.id, o.name_en, o.name_zh).where(o.deleted_at.is_(None), condition)).all()
    return sorted(((oid, en or zh or "") for oid, en, zh in rows), key=lambda row: row[1].casefold())


def _organisations_containing(session: Session, part: str, *, funders_only: bool) -> list[tuple[str, str]]:
    """(id, name) of the live organisations (or funders) one of whose names contains ``part``: any
    case of ASCII letters (SQLite's LIKE, which narrows them down), others as typed."""
    if not part:
        return []
    o = m.Organisation
    folded = part.casefold()
    condition = or_(*(c.contains(part, autoescape=True) for c in (o.name_en, o.name_zh, o.short_name_en)))
    if funders_only:
        from petdesk.services.funders import live_funders

        ids = {f.id for f in live_funders(session)}
        condition = condition & o.id.in_(ids)
    rows = session.execute(
        select(o.id, o.name_en, o.name_zh, o.short_name_en).where(o.deleted_at.is_(None), condition)
    ).all()
    hits = [
        (oid, en or zh or "")
        for oid, en, zh, short in rows
        if any(folded in (n or "").casefold() for n in (en, zh, short))
    ]
    return sorted(hits, key=lambda row: row[1].casefold())


def _listed(rows: list[tuple[str, str]]) -> str:
    """Candidates as "name (id)", the first few of many and how many more."""
    shown = ", ".join(f"{name} ({oid[:8]})" for oid, name in rows[:_LISTED])
    return shown if len(rows) <= _LISTED else f"{shown}, … (+{len(rows) - _LISTED})"


def _partner_rows(session: Session, project_id: str, organisation_id: str) -> list[m.ProjectPartner]:
    """The live partner rows of the organisation on the project (one, unless an exchange made two)."""
    return list(
        session.scalars(
            select(m.ProjectPartner).where(
                m.ProjectPartner.project_id == project_id,
                m.ProjectPartner.organisation_id == organisation_id,
                m.ProjectPartner.deleted_at.is_(None),
            )
        )
    )


def _role(value: PartnerRole | str) -> PartnerRole:
    try:
        return PartnerRole(value)
    except ValueError:
        names = ", ".join(r.value for r in PartnerRole)
        raise PipelineError(f"unknown partner role {quoted(value)}; choose one of {names}") from None


def add_partner(
    session: Session, project_id: str, *, organisation_id: str, role: PartnerRole | str = PartnerRole.PARTNER
) -> m.ProjectPartner:
    """Make a live organisation a partner of the project, once: an organisation already there keeps
    its row (its role is changed by :func:`set_partner_role`)."""
    _project(session, project_id)
    org = _organisation(session, organisation_id)
    role = _role(role)
    if _partner_rows(session, project_id, organisation_id):
        name = org.name_en or org.name_zh
        raise PipelineError(f"{name} is already a partner of this project; change its role instead")
    row = m.ProjectPartner(project_id=project_id, organisation_id=organisation_id, role=role)
    session.add(row)
    session.flush()
    return row


def set_partner_role(
    session: Session, project_id: str, *, organisation_id: str, role: PartnerRole | str
) -> None:
    """Change the role of a partner of the project."""
    _project(session, project_id)
    role = _role(role)
    rows = _partner_rows(session, project_id, organisation_id)
    if not rows:
        raise PipelineError("that organisation is not a partner of this project")
    for row in rows:
        if row.role != role:
            row.role = role
    session.flush()


def remove_partner(session: Session, project_id: str, *, organisation_id: str) -> None:
    """Take an organisation off the project's partners. The row becomes a tombstone, so the
    exchange carries the removal to the other offices and the history shows it."""
    _project(session, project_id)
    rows = _partner_rows(session, project_id, organisation_id)
    if not rows:
        raise PipelineError("that organisation is not a partner of this project")
    for row in rows:
        row.soft_delete()
    session.flush()


# --- milestones --------------------------------------------------------------------------------

_MILESTONE_FIELDS = {"title_en", "title_zh", "kind", "due", "done"}


def _kind(value: MilestoneKind | str) -> MilestoneKind:
    try:
        return MilestoneKind(value)
    except ValueError:
        names = ", ".join(k.value for k in MilestoneKind)
        raise PipelineError(f"unknown milestone kind {quoted(value)}; choose one of {names}") from None


def _milestone(session: Session, milestone_id: str) -> m.ProjectMilestone:
    ms = session.get(m.ProjectMilestone, milestone_id)
    if ms is None or ms.deleted_at is not None:
        raise PipelineError(f"no milestone with id {milestone_id}")
    _project(session, ms.project_id)  # a deleted project's milestones are not changed
    return ms


def add_milestone(
    session: Session,
    project_id: str,
    *,
    title_en: str = "",
    title_zh: str = "",
    due: dt.date | None = None,
    kind: MilestoneKind | str = MilestoneKind.MILESTONE,
    done: bool = False,
) -> m.ProjectMilestone:
    """A milestone, report due or deadline of the project (it needs a title in either language)."""
    _project(session, project_id)
    title_en, title_zh = title_en.strip(), title_zh.strip()
    if not (title_en or title_zh):
        raise PipelineError("a milestone needs a title in English or Chinese")
    ms = m.ProjectMilestone(
        project_id=project_id, title_en=title_en, title_zh=title_zh, due=due, kind=_kind(kind), done=done
    )
    session.add(ms)
    session.flush()
    return ms


def update_milestone(session: Session, milestone_id: str, **values: Any) -> m.ProjectMilestone:
    """Change a milestone's title, kind, due date (None: none) or done flag."""
    unknown = set(values) - _MILESTONE_FIELDS
    if unknown:
        raise TypeError(f"unknown milestone fields: {', '.join(sorted(unknown))}")
    ms = _milestone(session, milestone_id)
    if "kind" in values:
        values["kind"] = _kind(values["kind"])
    for key in ("title_en", "title_zh"):
        if key in values:
            values[key] = (values[key] or "").strip()
    if not (values.get("title_en", ms.title_en) or values.get("title_zh", ms.title_zh)):
        raise PipelineError("a milestone needs a title in English or Chinese")
    for key, value in values.items():
        if getattr(ms, key) != value:
            setattr(ms, key, value)
    session.flush()
    return ms


def set_milestone_done(session: Session, milestone_id: str, done: bool = True) -> m.ProjectMilestone:
    """Tick a milestone off (an open one feeds the reminders and the calendar), or open it again."""
    return update_milestone(session, milestone_id, done=done)


def remove_milestone(session: Session, milestone_id: str) -> None:
    """Delete a milestone: it becomes a tombstone, which the exchange and the history carry."""
    _milestone(session, milestone_id).soft_delete()
    session.flush()


def link(
    session: Session,
    project_id: str,
    *,
    visit_id: str | None = None,
    training_id: str | None = None,
    activity_id: str | None = None,
) -> m.ProjectLink:
    if sum(x is not None for x in (visit_id, training_id, activity_id)) != 1:
        raise PipelineError("link a project to exactly one visit, training or activity at a time")
    _project(session, project_id)
    row = m.ProjectLink(
        project_id=project_id, visit_id=visit_id, training_id=training_id, activity_id=activity_id
    )
    session.add(row)
    session.flush()
    return row


def totals_by_currency(rows: Iterable[ProjectRow]) -> dict[str, tuple[float, float | None]]:
    """(requested, approved) per currency code, never converted or summed across currencies.

    Approved is None while no project in that currency has an approved amount, so the totals say
    "approved —" as the project itself does, not "approved €0.00" (field test 16)."""
    requested: dict[str, float] = defaultdict(float)
    approved: dict[str, float | None] = defaultdict(lambda: None)
    for r in rows:
        if r.amount_requested is not None:
            requested[r.currency] += r.amount_requested
        if r.amount_approved is not None:
            approved[r.currency] = (approved[r.currency] or 0.0) + r.amount_approved
    return {cur: (requested[cur], approved[cur]) for cur in sorted(set(requested) | set(approved))}


def next_dates(session: Session, rows: Iterable[ProjectRow], today: dt.date) -> dict[str, dt.date]:
    """The first date each project must act on (``project_dates.next_date``: the reminders' rule, an
    overdue one of an open project included), by project id; projects with none are left out. One
    query for the open milestones of all ``rows``, so a listed page costs one read, not one a row."""
    by_id = {r.id: r for r in rows}
    milestones: dict[str, list[dt.date | None]] = defaultdict(list)
    ms = m.ProjectMilestone
    found = session.execute(
        select(ms.project_id, ms.due).where(
            ms.project_id.in_(by_id), ~ms.done, ms.deleted_at.is_(None), ms.due.is_not(None)
        )
    )
    for project_id, due in found:
        milestones[project_id].append(due)
    out: dict[str, dt.date] = {}
    for pid, r in by_id.items():
        deadline = office_day(r.deadline, r.deadline_time, r.deadline_zone)  # the office's day
        day = project_dates.next_date(r.stage, deadline, milestones[pid], today)
        if day is not None:
            out[pid] = day
    return out


def upcoming_deadlines(session: Session, start: dt.date, end: dt.date) -> list[tuple[dt.date, str, str, str]]:
    """(date, project id, English, Chinese) of open projects' deadlines and open milestones in
    [start, end] (``project_dates``: the reminders' and the calendar's rule)."""
    out: list[tuple[dt.date, str, str, str]] = []
    for p in session.scalars(
        select(m.Project).where(
            m.Project.deleted_at.is_(None),
            m.Project.status.not_in(ENDED_STAGES),
            m.Project.deadline.between(start, end),
        )
    ):
        if p.deadline is not None:
            out.append(
                (
                    p.deadline,
                    p.id,
                    f"Deadline: {p.title_en or p.title_zh}",
                    f"截止日期：{p.title_zh or p.title_en}",
                )
            )
    rows = session.execute(
        select(m.ProjectMilestone, m.Project)
        .join(m.Project, m.Project.id == m.ProjectMilestone.project_id)
        .where(
            m.ProjectMilestone.deleted_at.is_(None),
            m.Project.deleted_at.is_(None),
            m.ProjectMilestone.done.is_(False),
            m.Project.status.not_in(ENDED_STAGES),
            m.ProjectMilestone.due.between(start, end),
        )
    ).all()
    for ms, p in rows:
        if ms.due is not None:
            en = f"{ms.title_en or ms.title_zh} ({p.title_en or p.title_zh})"
            zh = f"{ms.title_zh or ms.title_en}（{p.title_zh or p.title_en}）"
            out.append((ms.due, p.id, en, zh))
    return sorted(out)
