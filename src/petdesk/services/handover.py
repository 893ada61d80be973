"""One person's work handed over to another in one go, and undone the same way (field test 84).

A colleague who leaves owns open follow-ups and organises (or staffs) visits and trainings still to
come; before this, each of up to hundreds of records had to be edited by hand. :func:`duties` lists
them (the manager's list), :func:`reassign` hands them over through the services the editors use
(so the change log names who changed what, and a visit's items, rooms and vehicles follow the
person: ``visits.remove_participant``), and :func:`undo` puts them back. What has begun, or where
the successor already takes part, is listed and left alone: rewriting it would change history or
double a person. The leaver's own contact stays, with their positions ended on the day they leave.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

from petdesk.models import Affiliation, Contact, FollowUp, Setting, TrainingParticipant
from petdesk.models.enums import FollowUpStatus, TrainingRole, TrainingStatus, VisitStatus
from petdesk.services import newer_values
from petdesk.services import trainings as training_service
from petdesk.services import visits as visit_service
from petdesk.services.visits import ScheduleError, require

FOLLOW_UP, VISIT, TRAINING = "follow_up", "visit", "training"
#: Visit roles that make a person the office's one responsible for it (``calendar.STAFF_ROLES``).
VISIT_ROLES = ("staff", "organiser")
#: Where the last hand-over is kept for ``petdesk handover --undo`` (this installation's own).
LAST_SETTING = "handover.last"
#: Why a duty is left as it was: it has begun, or the successor already takes part.
BEGUN, ALREADY_IN = "begun", "already_in"


@dataclass(frozen=True)
class Duty:
    """One thing a person is responsible for: an open follow-up they own, or a visit or training
    not over yet that they organise or staff."""

    kind: str
    record_id: str
    title_en: str
    title_zh: str
    #: The follow-up's due date, the visit's or training's first day.
    date: dt.date | None
    role: str
    #: The visit or training has begun (handing it over would rewrite its past days).
    begun: bool = False

    def title(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.title_zh or self.title_en
        return self.title_en or self.title_zh


#: A newer petdesk's status counts as its stand-in (open, planned): a duty it hides is a duty lost.
_OPEN = newer_values.sql_in_or_unknown("status", FollowUpStatus, [FollowUpStatus.OPEN])
_UNDER_WAY_VISIT = newer_values.sql_in_or_unknown("v.status", VisitStatus, ["planned", "confirmed"])
_UNDER_WAY_TRAINING = newer_values.sql_in_or_unknown("t.status", TrainingStatus, ["planned", "confirmed"])


def duties(session: Session, person_id: str, *, today: dt.date) -> list[Duty]:
    """Everything ``person_id`` is responsible for, follow-ups first, each kind by date."""
    params = {"p": person_id, "today": today.isoformat()}
    out = [
        Duty(FOLLOW_UP, fid, en, zh, dt.date.fromisoformat(due) if due else None, "owner")
        for fid, en, zh, due in session.execute(
            text(
                "SELECT id, description_en, description_zh, due_date FROM follow_up "
                f"WHERE owner_id = :p AND deleted_at IS NULL AND {_OPEN} "
                "ORDER BY due_date IS NULL, due_date, id"
            ),
            params,
        )
    ]
    for kind, sql in (
        (
            VISIT,
            "SELECT v.id, v.title_en, v.title_zh, v.start_date, p.role FROM visit_participant p "
            "JOIN visit v ON v.id = p.visit_id WHERE p.contact_id = :p AND p.deleted_at IS NULL "
            f"AND p.role IN {VISIT_ROLES} AND v.deleted_at IS NULL "
            f"AND {_UNDER_WAY_VISIT} AND v.end_date >= :today ORDER BY v.start_date, v.id",
        ),
        (
            TRAINING,
            "SELECT t.id, t.title_en, t.title_zh, t.start_date, p.role FROM training_participant p "
            "JOIN training t ON t.id = p.training_id WHERE p.contact_id = :p AND p.deleted_at IS NULL "
            "AND p.role = 'organiser' AND p.replaced_by_id IS NULL AND t.deleted_at IS NULL "
            f"AND {_UNDER_WAY_TRAINING} AND t.end_date >= :today ORDER BY t.start_date, t.id",
        ),
    ):
        for rid, en, zh, start, role in session.execute(text(sql), params):
            day = dt.date.fromisoformat(start)
            out.append(Duty(kind, rid, en, zh, day, role, begun=day < today))
    return out


@dataclass
class Handover:
    """What :func:`reassign` did, enough for :func:`undo` to put it back (kept as JSON)."""

    from_id: str
    to_id: str
    follow_ups: list[str] = field(default_factory=list)
    visits: list[str] = field(default_factory=list)
    #: (training id, the leaver's registration ids, the successor's new registration id)
    trainings: list[tuple[str, list[str], str]] = field(default_factory=list)
    #: (affiliation id, whether it was the primary one) of the positions ended on leaving
    ended: list[tuple[str, bool]] = field(default_factory=list)
    #: (kind, record id, why) of the duties left as they were: ``BEGUN`` or ``ALREADY_IN``
    skipped: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def moved(self) -> int:
        return len(self.follow_ups) + len(self.visits) + len(self.trainings)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> Handover:
        raw = json.loads(data)
        return cls(
            raw["from_id"],
            raw["to_id"],
            list(raw["follow_ups"]),
            list(raw["visits"]),
            [(t, list(ids), new) for t, ids, new in raw["trainings"]],
            [(a, bool(p)) for a, p in raw["ended"]],
            [(k, r, w) for k, r, w in raw["skipped"]],
        )


def reassign(
    session: Session,
    from_id: str,
    to_id: str,
    *,
    today: dt.date,
    left_on: dt.date | None = None,
) -> Handover:
    """Hand all of ``from_id``'s :func:`duties` over to ``to_id``; with ``left_on``, also end the
    leaver's current positions on that day (the contact stays: partners still know the person).
    Kept as the last hand-over, for :func:`undo_last`."""
    if from_id == to_id:
        raise ScheduleError("a person cannot hand their work over to themselves")
    require(session, Contact, from_id, "contact")
    require(session, Contact, to_id, "contact")
    done = Handover(from_id, to_id)
    for duty in duties(session, from_id, today=today):
        if duty.kind == FOLLOW_UP:
            session.get_one(FollowUp, duty.record_id).owner_id = to_id
            done.follow_ups.append(duty.record_id)
        elif duty.begun:
            done.skipped.append((duty.kind, duty.record_id, BEGUN))
        elif _takes_part(session, duty.kind, duty.record_id, to_id):
            done.skipped.append((duty.kind, duty.record_id, ALREADY_IN))
        elif duty.kind == VISIT:
            visit_service.remove_participant(session, duty.record_id, from_id, substitute_id=to_id)
            done.visits.append(duty.record_id)
        else:
            gone = training_service.unregister(session, duty.record_id, from_id)
            new = training_service.register(session, duty.record_id, to_id, TrainingRole.ORGANISER)
            done.trainings.append((duty.record_id, gone, new.id))
    if left_on is not None:
        for position in session.query(Affiliation).filter(
            Affiliation.contact_id == from_id,
            Affiliation.end_date.is_(None),
            Affiliation.deleted_at.is_(None),
        ):
            done.ended.append((position.id, position.is_primary))
            position.end_date, position.is_primary = left_on, False
    session.flush()
    session.merge(Setting(key=LAST_SETTING, value=done.to_json()))
    return done


def _takes_part(session: Session, kind: str, record_id: str, person_id: str) -> bool:
    table, column = (
        ("visit_participant", "visit_id") if kind == VISIT else ("training_participant", "training_id")
    )
    sql = f"SELECT 1 FROM {table} WHERE {column} = :r AND contact_id = :p AND deleted_at IS NULL"
    return session.execute(text(sql), {"r": record_id, "p": person_id}).first() is not None


def undo(session: Session, done: Handover) -> int:
    """Put back what ``done`` handed over; a record changed again since (a follow-up given to a
    third person, the successor taken out of a visit) keeps that later change. Returns how many
    records went back."""
    back = 0
    for fid in done.follow_ups:
        follow_up = session.get(FollowUp, fid)
        if follow_up is not None and follow_up.owner_id == done.to_id:
            follow_up.owner_id = done.from_id
            back += 1
    for vid in done.visits:
        if _takes_part(session, VISIT, vid, done.to_id) and not _takes_part(
            session, VISIT, vid, done.from_id
        ):
            visit_service.remove_participant(session, vid, done.to_id, substitute_id=done.from_id)
            back += 1
    for tid, gone, new in done.trainings:
        if _takes_part(session, TRAINING, tid, done.from_id):
            continue
        theirs = session.get(TrainingParticipant, new)
        if theirs is not None and theirs.deleted_at is None:  # the successor's own place, not a later one
            training_service.unregister(session, tid, done.to_id)
        training_service.restore_registrations(session, gone)
        back += 1
    for aid, primary in done.ended:
        position = session.get(Affiliation, aid)
        if position is not None:
            position.end_date, position.is_primary = None, primary
    session.flush()
    kept = session.get(Setting, LAST_SETTING)
    if kept is not None and kept.value == done.to_json():  # undone: not offered again
        kept.value = ""
    return back


def last(session: Session) -> Handover | None:
    """The last hand-over made here and not undone yet."""
    row = session.get(Setting, LAST_SETTING)
    return Handover.from_json(row.value) if row is not None and row.value else None


def undo_last(session: Session) -> tuple[Handover, int] | None:
    """Undo :func:`last` and forget it (an undo is not undone twice): it and how many records went
    back (fewer than it moved when some were changed again since); None when there is none."""
    done = last(session)
    if done is None:
        return None
    return done, undo(session, done)
