"""What the home page shows: what is coming, what is late, what happened, what was open last.

Plain data for the window (no Qt): every entry names the record it opens as a :class:`Ref`
(kind and id), so one click on the page goes to the record whatever its kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from petdesk.chinese_names import NAME_DOTS
from petdesk.models.types import read_stored_time
from petdesk.services import deadline_time, project_dates
from petdesk.services import reminders as reminder_service

#: Kinds of record a reference can open (the keys of the window's pages, singular).
ORGANISATION = "organisation"
CONTACT = "contact"
VISIT = "visit"
TRAINING = "training"
PROJECT = "project"
TECHNOLOGY = "technology"
FOLLOW_UP = "follow_up"
ACTIVITY = "activity"
KINDS = (ORGANISATION, CONTACT, VISIT, TRAINING, PROJECT, TECHNOLOGY, FOLLOW_UP, ACTIVITY)


@dataclass(frozen=True, slots=True)
class Ref:
    """A record to open: its kind and id (stored as "kind:id" in the recent list)."""

    kind: str
    id: str

    def key(self) -> str:
        return f"{self.kind}:{self.id}"

    @classmethod
    def parse(cls, key: str) -> Ref | None:
        kind, sep, row_id = key.partition(":")
        return cls(kind, row_id) if sep and kind in KINDS and row_id else None


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the home page or of the search: a titled, dated record."""

    ref: Ref
    title_en: str
    title_zh: str
    date: dt.date | None = None
    #: Overdue or otherwise late: shown in warning colour.
    urgent: bool = False
    #: What kind of deadline or activity this is ("milestone", "report", "call" …), or "".
    detail: str = ""
    #: A second line (a person, an organisation, a project), in both scripts.
    context_en: str = ""
    context_zh: str = ""
    #: The record a follow-up or activity belongs to (opened when the entry itself has no page).
    parent: Ref | None = None
    #: The context names the record a follow-up is for (nobody owns it), not its owner.
    context_is_partner: bool = False
    #: A project deadline's stored date, time of day and the funder's zone when it has a time
    #: (0072): the page words it by ``deadline_time.describe``, on the office's clock.
    timed: tuple[dt.date, str, str] | None = None

    def title(self, language: str) -> str:
        if language.startswith("zh"):
            return self.title_zh or self.title_en
        return self.title_en or self.title_zh

    def context(self, language: str) -> str:
        if language.startswith("zh"):
            return self.context_zh or self.context_en
        return self.context_en or self.context_zh


@dataclass
class HomeView:
    today: dt.date
    upcoming: list[Entry] = field(default_factory=list)
    follow_ups: list[Entry] = field(default_factory=list)
    deadlines: list[Entry] = field(default_factory=list)
    activity: list[Entry] = field(default_factory=list)
    recent: list[Entry] = field(default_factory=list)
    #: Entries beyond those listed, by section ("upcoming", "follow_ups", "deadlines"), when any.
    more: dict[str, int] = field(default_factory=dict)
    #: No organisation and no contact yet: the page shows the first steps.
    empty_office: bool = False


#: Entries a section of the home page lists at most, most urgent first. A hub at a million contacts
#: has 1,600 follow-ups due, 240 visits and trainings in the next two weeks and 1,100 project dates
#: in the next two months: they would bury each other, and listing them all froze the window for
#: 0.2 s. The calendar and the projects page list them all.
SECTION_LIMIT = 50


def home(
    session: Session,
    *,
    today: dt.date | None = None,
    days: int = 14,
    deadline_days: int = 60,
    recent: Sequence[Ref] = (),
    activity_limit: int = 10,
    section_limit: int = SECTION_LIMIT,
) -> HomeView:
    """Everything the home page lists, each section sorted most urgent or most recent first.

    ``recent`` are the records opened last (kept by the window); those deleted since drop out.
    Project deadlines look further ahead (``deadline_days``): proposals take weeks to write.
    The upcoming visits and trainings, follow-ups and deadlines are listed up to ``section_limit``
    each; ``more`` counts the others.
    """
    today = today or deadline_time.office_now().date()
    view = HomeView(today)
    for r in reminder_service.reminders(session, today=today, days=days):
        if r.ref_kind == "follow_up":
            if r.visit_id:
                parent: Ref | None = Ref(VISIT, r.visit_id)
            else:  # a contact's, an organisation's or a project's own
                parent = Ref(r.partner_kind, r.partner_id) if r.partner_kind else None
            entry = Entry(
                Ref(FOLLOW_UP, r.ref_id),
                r.title_en,
                r.title_zh,
                r.date,
                urgent=r.kind == reminder_service.FOLLOW_UP_OVERDUE,
                detail=r.kind,
                context_en=r.context("en"),
                context_zh=r.context("zh"),  # (崔心雯, not Cui Xinwen, when stored)
                parent=parent,
                context_is_partner=not r.owner_name and bool(r.partner_name),
            )
            view.follow_ups.append(entry)
        elif r.ref_kind in ("visit", "training"):  # project dates are listed under deadlines
            kind = TRAINING if r.ref_kind == "training" else VISIT
            view.upcoming.append(
                Entry(Ref(kind, r.ref_id), r.title_en, r.title_zh, r.date, urgent=r.urgent, detail=r.kind)
            )
    view.upcoming.sort(key=lambda e: (e.date or today, e.title_en))
    view.deadlines = project_deadlines(session, today=today, days=deadline_days)
    for name in ("upcoming", "follow_ups", "deadlines"):
        entries: list[Entry] = getattr(view, name)
        if len(entries) > section_limit:
            view.more[name] = len(entries) - section_limit
            setattr(view, name, entries[:section_limit])
    view.activity = recent_activity(session, limit=activity_limit)
    view.recent = resolve(session, recent)
    view.empty_office = is_empty_office(session)
    return view


def is_empty_office(session: Session) -> bool:
    """No live organisation and no live contact: a new office (two index lookups, at any size)."""
    for table in ("organisation", "contact"):
        if session.execute(text(f"SELECT 1 FROM {table} WHERE deleted_at IS NULL LIMIT 1")).first():
            return False
    return True


def project_deadlines(session: Session, *, today: dt.date, days: int = 14) -> list[Entry]:
    """Deadlines and open milestones of open projects due within ``days``, and those overdue since
    ``project_dates.overdue_since``: the rule of the calendar and the reminders."""
    matter = project_dates.dates_matter_sql("p")
    params = {
        "today": today.isoformat(),
        "now": deadline_time.now_text(today),
        "since": project_dates.overdue_since(today).isoformat(),
        "horizon": (today + dt.timedelta(days=days)).isoformat(),
    }
    out: list[Entry] = []
    for pid, kind, m_en, m_zh, due, p_en, p_zh in session.execute(
        text(
            "SELECT p.id, m.kind, m.title_en, m.title_zh, m.due, p.title_en, p.title_zh "
            "FROM project_milestone m JOIN project p ON p.id = m.project_id "
            "WHERE m.deleted_at IS NULL AND p.deleted_at IS NULL AND NOT m.done "
            f"AND {matter} AND m.due IS NOT NULL AND m.due >= :since AND m.due <= :horizon"
        ),
        params,
    ):
        day = dt.date.fromisoformat(due)
        out.append(
            Entry(Ref(PROJECT, pid), m_en, m_zh, day, urgent=day < today, detail=kind,
                  context_en=p_en, context_zh=p_zh)
        )  # fmt: skip
    office_day = project_dates.deadline_day_sql("p")  # a timed deadline's day here (0072)
    here = "petdesk_deadline_here(p.deadline, p.deadline_time, p.deadline_zone)"
    for pid, p_en, p_zh, deadline, stored_day, time, zone, at in session.execute(
        text(
            f"SELECT p.id, p.title_en, p.title_zh, {office_day}, p.deadline, p.deadline_time, "
            f"p.deadline_zone, {here} FROM project p WHERE p.deleted_at IS NULL "
            f"AND {matter} AND {project_dates.deadline_matters_sql('p')} "
            f"AND p.deadline IS NOT NULL AND {office_day} >= :since AND {office_day} <= :horizon"
        ),
        params,
    ):
        day = dt.date.fromisoformat(deadline)
        timed = (dt.date.fromisoformat(stored_day), time, zone) if time and zone else None
        out.append(
            # a timed one is urgent once its moment passed here, not only the day after
            Entry(Ref(PROJECT, pid), p_en, p_zh, day, urgent=deadline_time.passed(at, today, params["now"]),
                  detail="deadline", timed=timed)
        )
    out.sort(key=lambda e: (e.date or today, e.title_en))
    return out


def recent_activity(session: Session, *, limit: int = 10) -> list[Entry]:
    """The latest calls, meetings, e-mails and notes, newest first, with whom they were."""
    rows = session.execute(
        text(
            "SELECT a.id, a.kind, a.subject, a.occurred_at, a.contact_id, a.organisation_id, a.visit_id, "
            "c.given_name, c.family_name, c.name_order, c.family_name_zh, c.given_name_zh, "
            "o.name_en, o.name_zh FROM activity a "
            "LEFT JOIN contact c ON c.id = a.contact_id AND c.deleted_at IS NULL "
            "LEFT JOIN organisation o ON o.id = a.organisation_id AND o.deleted_at IS NULL "
            "WHERE a.deleted_at IS NULL ORDER BY a.occurred_at DESC, a.id LIMIT :limit"
        ),
        {"limit": limit},
    )
    out = []
    for aid, kind, subject, occurred, cid, oid, vid, given, family, order, fzh, gzh, o_en, o_zh in rows:
        latin = " ".join(p for p in ((family, given) if order == "family_first" else (given, family)) if p)
        person_zh = f"{fzh or ''}{gzh or ''}"
        ctx_en = ", ".join(p for p in (latin or person_zh, o_en or o_zh or "") if p)
        ctx_zh = "，".join(p for p in (person_zh or latin, o_zh or o_en or "") if p)
        parent = (
            Ref(CONTACT, cid) if given is not None or fzh is not None
            else Ref(ORGANISATION, oid) if o_en is not None
            else Ref(VISIT, vid) if vid else None
        )  # fmt: skip
        when = occurred if isinstance(occurred, dt.datetime) else read_stored_time(occurred)
        out.append(
            Entry(Ref(ACTIVITY, aid), subject, subject, when.date(), detail=kind,
                  context_en=ctx_en, context_zh=ctx_zh, parent=parent)
        )  # fmt: skip
    return out


_TITLES = {
    ORGANISATION: "SELECT id, name_en, name_zh FROM organisation WHERE deleted_at IS NULL AND id IN :ids",
    CONTACT: (
        "SELECT id, CASE WHEN name_order = 'family_first' THEN trim(family_name || ' ' || given_name) "
        "ELSE trim(given_name || ' ' || family_name) END, "
        # names.chinese_name: a transliterated name (given name ending in its dot) is written given first
        f"CASE WHEN substr(given_name_zh, -1) IN ({', '.join(repr(dot) for dot in NAME_DOTS)}) "
        "THEN given_name_zh || family_name_zh "
        "ELSE family_name_zh || given_name_zh END "
        "FROM contact WHERE deleted_at IS NULL AND id IN :ids"
    ),
    VISIT: "SELECT id, title_en, title_zh FROM visit WHERE deleted_at IS NULL AND id IN :ids",
    TRAINING: "SELECT id, title_en, title_zh FROM training WHERE deleted_at IS NULL AND id IN :ids",
    PROJECT: "SELECT id, title_en, title_zh FROM project WHERE deleted_at IS NULL AND id IN :ids",
    TECHNOLOGY: "SELECT id, name_en, name_zh FROM technology WHERE deleted_at IS NULL AND id IN :ids",
}


def resolve(session: Session, refs: Iterable[Ref]) -> list[Entry]:
    """Titles of the records ``refs`` point at, in the given order; deleted or unknown ones drop out."""
    refs = list(refs)
    titles: dict[Ref, tuple[str, str]] = {}
    for kind, sql in _TITLES.items():
        ids = [r.id for r in refs if r.kind == kind]
        if not ids:
            continue
        stmt = text(sql).bindparams(bindparam("ids", expanding=True))
        for row_id, en, zh in session.execute(stmt, {"ids": ids}):
            titles[Ref(kind, row_id)] = (en or "", zh or "")
    return [Entry(r, *titles[r]) for r in refs if r in titles]
