"""What needs attention soon: visits and trainings about to start, visits still unconfirmed close
to their date (the deadline for hotels, invitations and visas), follow-ups due or overdue, and
project deadlines, milestones and reports due (of open projects, overdue ones too).

Computed on demand from the data (no reminder rows to keep in sync between offices).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from petdesk.enums import FollowUpStatus, TrainingStatus, VisitStatus, stored
from petdesk.i18n import format_date, format_relative_date, translator
from petdesk.language import interface_language
from petdesk.services import deadline_time, newer_values, project_dates
from petdesk.services.follow_up_partners import partner_of

UPCOMING_VISIT = "upcoming_visit"
UPCOMING_TRAINING = "upcoming_training"
UNCONFIRMED = "unconfirmed"
FOLLOW_UP_DUE = "follow_up_due"
FOLLOW_UP_OVERDUE = "follow_up_overdue"
PROJECT_DEADLINE = "project_deadline"
PROJECT_DEADLINE_OVERDUE = "project_deadline_overdue"
MILESTONE_DUE = "milestone_due"
MILESTONE_OVERDUE = "milestone_overdue"

#: A planned visit this close to its start still unconfirmed is a deadline problem.
CONFIRM_DEADLINE = dt.timedelta(days=14)
#: How far back an open project's date still shows as overdue (the home page's rule too).
OVERDUE_WINDOW = project_dates.OVERDUE_WINDOW

#: A newer petdesk's status counts as its stand-in (open, planned): a reminder it hides is missed.
_OPEN = newer_values.sql_in_or_unknown("f.status", FollowUpStatus, [FollowUpStatus.OPEN])
_UNDER_WAY_VISIT = newer_values.sql_in_or_unknown("v.status", VisitStatus, ["planned", "confirmed"])
_UNDER_WAY_TRAINING = newer_values.sql_in_or_unknown("t.status", TrainingStatus, ["planned", "confirmed"])


@dataclass(frozen=True)
class Reminder:
    kind: str
    #: The day that matters: start of the visit/training, due date of the follow-up.
    date: dt.date
    title_en: str
    title_zh: str
    #: Row to open: a visit, a training, a follow-up or a project id.
    ref_kind: str
    ref_id: str
    #: The visit a follow-up belongs to, if any.
    visit_id: str | None = None
    owner_name: str = ""
    #: The owner's Chinese name when stored (a Chinese interface shows it, not the pinyin).
    owner_name_zh: str = ""
    #: The contact, organisation or project a follow-up belongs to ("" for a visit's own), and
    #: its name (a follow-up nobody owns is named by it).
    partner_kind: str = ""
    partner_id: str = ""
    partner_name: str = ""
    partner_name_zh: str = ""
    #: A project deadline's stored date, time of day and the funder's zone (0072): a timed one is
    #: worded on the office's clock with the funder's beside it (``deadline_time.describe``).
    deadline: dt.date | None = None
    deadline_time: str = ""
    deadline_zone: str = ""

    def context(self, language: str = "en") -> str:
        """Who does it, else whom it is for: the words after the title."""
        zh = language.startswith("zh")
        if self.owner_name:
            return self.owner_name_zh if zh and self.owner_name_zh else self.owner_name
        return self.partner_name_zh if zh and self.partner_name_zh else self.partner_name

    @property
    def urgent(self) -> bool:
        return self.kind in (FOLLOW_UP_OVERDUE, UNCONFIRMED, MILESTONE_OVERDUE, PROJECT_DEADLINE_OVERDUE)

    def title(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.title_zh or self.title_en
        return self.title_en or self.title_zh

    def describe(self, locale: str, today: dt.date) -> str:
        _ = translator(locale)
        lang = interface_language(locale)
        # in days, as the home page says it ("was due 140 days ago", not "5 months ago" there)
        when = format_relative_date(self.date, locale, today) if self.date != today else _("today")
        day = format_date(self.date, locale)
        if self.deadline_time:
            day = deadline_time.describe(self.deadline, self.deadline_time, self.deadline_zone, locale)
        text_ = {
            UPCOMING_VISIT: _("Visit “{title}” starts {when} ({day})"),
            UPCOMING_TRAINING: _("Training “{title}” starts {when} ({day})"),
            UNCONFIRMED: _("Visit “{title}” is still not confirmed and starts {when} ({day})"),
            FOLLOW_UP_DUE: _("Follow-up “{title}” is due {when} ({day})"),
            FOLLOW_UP_OVERDUE: _("Follow-up “{title}” was due {when} ({day})"),
            PROJECT_DEADLINE: _("Project “{title}”: deadline {when} ({day})"),
            PROJECT_DEADLINE_OVERDUE: _("Project “{title}”: the deadline passed {when} ({day})"),
            MILESTONE_DUE: _("Project milestone “{title}” is due {when} ({day})"),
            MILESTONE_OVERDUE: _("Project milestone “{title}” was due {when} ({day})"),
        }[self.kind]
        out = text_.format(title=self.title(lang), when=when, day=day)
        if who := self.context(lang):
            out += " — " + who
        return out


def _person_names(
    given: str | None, family: str | None, order: str | None, family_zh: str | None, given_zh: str | None
) -> tuple[str, str]:
    """(name in Latin letters, else the Chinese one; the Chinese name) of a contact read in SQL."""
    parts = (family, given) if order == "family_first" else (given, family)
    name_zh = f"{family_zh or ''}{given_zh or ''}"
    return " ".join(p for p in parts if p) or name_zh, name_zh


def reminders(
    session: Session,
    *,
    today: dt.date | None = None,
    days: int = 14,
    contact_id: str | None = None,
) -> list[Reminder]:
    """Reminders for the next ``days`` days (and everything overdue), most urgent first.

    ``contact_id`` narrows to one person: visits and trainings they take part in, follow-ups they own.
    """
    today = today or deadline_time.office_now().date()  # the office's day, as the Home page's
    horizon = today + dt.timedelta(days=days)
    deadline = today + CONFIRM_DEADLINE
    params = {"today": today.isoformat(), "horizon": horizon.isoformat(), "cid": contact_id}
    visit_person = (
        " AND EXISTS (SELECT 1 FROM visit_participant p WHERE p.visit_id = v.id"
        " AND p.contact_id = :cid AND p.deleted_at IS NULL)"
        if contact_id
        else ""
    )
    out: list[Reminder] = []
    for vid, t_en, t_zh, start, status in session.execute(
        text(
            "SELECT v.id, v.title_en, v.title_zh, v.start_date, v.status FROM visit v "
            f"WHERE v.deleted_at IS NULL AND {_UNDER_WAY_VISIT} "
            f"AND v.start_date >= :today AND v.start_date <= :horizon {visit_person}"
        ),
        params,
    ):
        day = dt.date.fromisoformat(start)
        planned = stored(VisitStatus, status) is VisitStatus.PLANNED  # a newer petdesk's status too
        kind = UNCONFIRMED if planned and day <= deadline else UPCOMING_VISIT
        out.append(Reminder(kind, day, t_en, t_zh, "visit", vid, vid))
    training_person = (
        " AND EXISTS (SELECT 1 FROM training_participant p WHERE p.training_id = t.id"
        " AND p.contact_id = :cid AND p.deleted_at IS NULL)"
        if contact_id
        else ""
    )
    for tid, t_en, t_zh, start in session.execute(
        text(
            "SELECT t.id, t.title_en, t.title_zh, t.start_date FROM training t "
            f"WHERE t.deleted_at IS NULL AND {_UNDER_WAY_TRAINING} "
            f"AND t.start_date >= :today AND t.start_date <= :horizon {training_person}"
        ),
        params,
    ):
        out.append(Reminder(UPCOMING_TRAINING, dt.date.fromisoformat(start), t_en, t_zh, "training", tid))
    owner = " AND f.owner_id = :cid" if contact_id else ""
    for row in session.execute(
        text(
            "SELECT f.id, f.description_en, f.description_zh, f.due_date, f.visit_id, "
            "c.given_name, c.family_name, c.name_order, c.family_name_zh, c.given_name_zh, "
            "f.contact_id, f.organisation_id, f.project_id, "
            "pc.given_name, pc.family_name, pc.name_order, pc.family_name_zh, pc.given_name_zh, "
            "o.name_en, o.name_zh, p.title_en, p.title_zh, v.title_en, v.title_zh "
            "FROM follow_up f LEFT JOIN contact c ON c.id = f.owner_id "
            "LEFT JOIN contact pc ON pc.id = f.contact_id "
            "LEFT JOIN organisation o ON o.id = f.organisation_id "
            "LEFT JOIN project p ON p.id = f.project_id "
            "LEFT JOIN visit v ON v.id = f.visit_id "
            f"WHERE f.deleted_at IS NULL AND {_OPEN} AND f.due_date IS NOT NULL "
            f"AND f.due_date <= :horizon {owner}"
        ),
        params,
    ):
        fid, d_en, d_zh, due, vid = row[:5]
        day = dt.date.fromisoformat(due)
        kind = FOLLOW_UP_OVERDUE if day < today else FOLLOW_UP_DUE
        name, name_zh = _person_names(*row[5:10])
        partner_kind, partner_id = partner_of(row)  # the follow-up list's rule (review 47, finding 6)
        partner = _partner_names(partner_kind, row)
        out.append(
            Reminder(
                kind,
                day,
                d_en,
                d_zh,
                "follow_up",
                fid,
                vid,
                owner_name=name,
                owner_name_zh=name_zh,
                partner_kind=partner_kind,
                partner_id=partner_id,
                partner_name=partner[0] or partner[1],
                partner_name_zh=partner[1],
            )
        )
    if not contact_id:  # project dates belong to no one person
        out.extend(_project_dates(session, today, horizon))
    out.sort(key=lambda r: (not r.urgent, r.date, r.title_en))
    return out


def _partner_names(kind: str, row: Any) -> tuple[str, str]:
    """(English, Chinese) name of the ``kind`` record a follow-up row of :func:`reminders` names."""
    if kind == "contact":
        return _person_names(*row[13:18])
    at = {"organisation": 18, "project": 20, "visit": 22}.get(kind)
    return (row[at] or "", row[at + 1] or "") if at is not None else ("", "")


def _project_dates(session: Session, today: dt.date, horizon: dt.date) -> list[Reminder]:
    """Deadlines, open milestones and reports due of open projects (``project_dates.dates_matter_sql``,
    the calendar's rule too) up to ``horizon``, overdue ones of the last ``OVERDUE_WINDOW``
    included (a report nobody sent is still owed; older ones are history, not reminders)."""
    params = {
        "today": today.isoformat(),
        "now": deadline_time.now_text(today),
        "horizon": horizon.isoformat(),
        "since": project_dates.overdue_since(today).isoformat(),
    }
    out: list[Reminder] = []
    # a timed deadline by the office's day of its moment (0072_project_deadline_time), overdue
    # once the moment passed: 09:00 New York is overdue by the evening in Beijing, the same day
    office_day = project_dates.deadline_day_sql("p")
    here = "petdesk_deadline_here(p.deadline, p.deadline_time, p.deadline_zone)"
    for pid, t_en, t_zh, due, stored_day, time, zone, at in session.execute(
        text(
            f"SELECT p.id, p.title_en, p.title_zh, {office_day}, p.deadline, p.deadline_time, "
            f"p.deadline_zone, {here} FROM project p WHERE p.deleted_at IS NULL "
            f"AND {project_dates.dates_matter_sql('p')} AND {project_dates.deadline_matters_sql('p')} "
            f"AND {office_day} >= :since AND {office_day} <= :horizon"
        ),
        params,
    ):
        day = dt.date.fromisoformat(due)
        passed = deadline_time.passed(at, today, params["now"])
        kind = PROJECT_DEADLINE_OVERDUE if passed else PROJECT_DEADLINE
        out.append(
            Reminder(kind, day, t_en, t_zh, "project", pid, deadline=dt.date.fromisoformat(stored_day),
                     deadline_time=time or "", deadline_zone=zone or "")
        )  # fmt: skip
    for pid, m_en, m_zh, p_en, p_zh, due in session.execute(
        text(
            "SELECT p.id, ms.title_en, ms.title_zh, p.title_en, p.title_zh, ms.due "
            "FROM project_milestone ms JOIN project p ON p.id = ms.project_id "
            "WHERE ms.deleted_at IS NULL AND p.deleted_at IS NULL AND ms.done = 0 "
            f"AND {project_dates.dates_matter_sql('p')} "
            "AND ms.due IS NOT NULL AND ms.due >= :since AND ms.due <= :horizon"
        ),
        params,
    ):
        day = dt.date.fromisoformat(due)
        title_en = f"{m_en or m_zh} — {p_en or p_zh}"
        title_zh = f"{m_zh or m_en}（{p_zh or p_en}）"
        kind = MILESTONE_OVERDUE if day < today else MILESTONE_DUE
        out.append(Reminder(kind, day, title_en, title_zh, "project", pid))
    return out
