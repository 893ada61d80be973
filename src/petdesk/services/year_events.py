"""Visits and trainings of a period with their people counted by gender, for a yearly report to a
funding agency (field test 65: no report gave the year's visits and trainings with participant counts,
nor women and men). "People" counts whom the Visits and Trainings lists count, so the figures agree
everywhere. An event belongs to the period it starts in (field test 89: a visit from 30 December to
3 January was in both years' reports, so an agency adding up its years counted it twice); the lists
still show every event overlapping a period. The totals' "once" figures count a person who came to
several events of a kind once, and leave out cancelled events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import text
from sqlalchemy.orm import Session

from petdesk.enums import ParticipantRole, TrainingRole
from petdesk.services.counted_people import counted, counted_places
from petdesk.services.trainings import ATTENDING_ROLES, list_trainings
from petdesk.services.visits import list_visits
from petdesk.stand_in_sql import sql_in_or_unknown

VISIT = "visit"
TRAINING = "training"
#: Roles of the people a visit or training is for (not its hosts, drivers, trainers or organisers): a
#: training's "attendees", as the Trainings list and the attendance report count them.
CORE_ROLES = {
    VISIT: (ParticipantRole.HEAD.value, ParticipantRole.DELEGATE.value),
    TRAINING: tuple(sorted(role.value for role in ATTENDING_ROLES)),
}


@dataclass(frozen=True)
class EventRow:
    kind: str  #: VISIT or TRAINING
    id: str
    title_en: str
    title_zh: str
    start_date: dt.date
    end_date: dt.date
    status: str
    #: a visit's direction, "" for a training
    direction: str
    #: a training's city (English, Chinese), empty for a visit
    city_en: str
    city_zh: str
    #: everyone taking part, as the lists' "N people" (a substitute's place once)
    people: int
    women: int
    men: int
    #: delegation members (head and delegates) of a visit, attendees of a training
    core: int
    core_women: int
    core_men: int
    #: a visit's delegation country code (0070), "" if not recorded and for a training
    country: str = ""

    @property
    def gender_not_recorded(self) -> int:
        """People whose gender is not female or male (not recorded, other, not applicable)."""
        return self.people - self.women - self.men


@dataclass(frozen=True)
class YearEvents:
    date_from: dt.date | None
    date_to: dt.date | None
    rows: list[EventRow]
    #: kind -> (people, delegates or attendees) of its events not cancelled, each person once
    once: dict[str, tuple[int, int]] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[EventRow]:
        return [r for r in self.rows if r.kind == kind]


def _counted(table: str) -> str:
    """The lists' rule for the participant rows ``p`` of ``table``: a training's place once, its
    substitute's, not the person replaced's too (counts54)."""
    return counted_places("p") if table == "training_participant" else counted("p")


def _core_role(table: str, core: Sequence[str]) -> str:
    """``p.role IN core``, a newer petdesk's role counted as its stand-in (a delegate, an attendee)."""
    roles = ParticipantRole if table == "visit_participant" else TrainingRole
    return "(" + sql_in_or_unknown("p.role", roles, core) + ")"


def _gender_counts(session: Session, table: str, key: str, ids: Sequence[str], core: Sequence[str]) -> dict:
    """event id -> (people, women, men, core, core women, core men) of the registrations the lists
    count (:mod:`petdesk.services.counted_people`)."""
    if not ids:
        return {}
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    core_role = _core_role(table, core)
    params = {f"i{n}": v for n, v in enumerate(ids)}
    sql = f"""
        SELECT p.{key}, count(*),
               sum(c.gender = 'f'), sum(c.gender = 'm'),
               sum({core_role}),
               sum({core_role} AND c.gender = 'f'), sum({core_role} AND c.gender = 'm')
        FROM {table} p JOIN contact c ON c.id = p.contact_id
        WHERE {_counted(table)} AND p.{key} IN ({marks})
        GROUP BY p.{key}
    """
    return {r[0]: tuple(int(v or 0) for v in r[1:]) for r in session.execute(text(sql), params)}


def _people_once(
    session: Session, table: str, key: str, ids: Sequence[str], core: Sequence[str]
) -> tuple[int, int]:
    """(people, core people) of the events ``ids``, a person registered for several counted once."""
    if not ids:
        return 0, 0
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    core_role = _core_role(table, core)
    params = {f"i{n}": v for n, v in enumerate(ids)}
    sql = f"""
        SELECT count(DISTINCT p.contact_id),
               count(DISTINCT CASE WHEN {core_role} THEN p.contact_id END)
        FROM {table} p WHERE {_counted(table)} AND p.{key} IN ({marks})
    """
    people, core_people = session.execute(text(sql), params).one()
    return int(people), int(core_people)


def year_events(
    session: Session,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    statuses: Sequence[str] = (),
) -> YearEvents:
    """Live visits and trainings starting in [date_from, date_to], earliest first, with people counted."""

    def starts_in(start: dt.date) -> bool:
        return date_from is None or start >= date_from

    visits = [
        v
        for v in list_visits(session, date_from=date_from, date_to=date_to, statuses=statuses)
        if starts_in(v.start_date)
    ]
    trainings = [
        t
        for t in list_trainings(session, date_from=date_from, date_to=date_to, statuses=statuses)
        if starts_in(t.start_date)
    ]
    v_counts = _gender_counts(
        session, "visit_participant", "visit_id", [v.id for v in visits], CORE_ROLES[VISIT]
    )
    t_counts = _gender_counts(
        session, "training_participant", "training_id", [t.id for t in trainings], CORE_ROLES[TRAINING]
    )
    none = (0, 0, 0, 0, 0, 0)
    # a visit's announced size is a field (0070); a training's is still a notes line
    head_counts = _unnamed({v.id: v.head_count for v in visits if v.head_count}, v_counts)
    t_heads = _unnamed(_head_counts(session, "training", [t.id for t in trainings]), t_counts)
    rows = [
        replace(  # the six counts fill the row up to core_men, positionally
            EventRow(
                VISIT,
                v.id,
                v.title_en,
                v.title_zh,
                v.start_date,
                v.end_date,
                v.status,
                v.direction,
                "",
                "",
                *v_counts.get(v.id, none),
            ),
            country=v.country or "",
        )
        for v in visits
    ] + [
        EventRow(
            TRAINING,
            t.id,
            t.title_en,
            t.title_zh,
            t.start_date,
            t.end_date,
            t.status,
            "",
            t.city_en,
            t.city_zh,
            *t_counts.get(t.id, none),
        )
        for t in trainings
    ]
    rows.sort(key=lambda r: (r.start_date, r.kind, r.title_en))
    cancelled = "cancelled"  # the same value for visits and trainings
    once = {
        VISIT: _people_once(
            session,
            "visit_participant",
            "visit_id",
            [v.id for v in visits if v.status != cancelled],
            CORE_ROLES[VISIT],
        ),
        TRAINING: _people_once(
            session,
            "training_participant",
            "training_id",
            [t.id for t in trainings if t.status != cancelled],
            CORE_ROLES[TRAINING],
        ),
    }
    # people known by their number only are nobody else's: each of them counts once too
    called_off = {v.id for v in visits if v.status == cancelled}
    called_off |= {t.id for t in trainings if t.status == cancelled}
    for kind, heads in ((VISIT, head_counts), (TRAINING, t_heads)):
        unnamed = sum(n for eid, n in heads.items() if eid not in called_off)
        once[kind] = (once[kind][0] + unnamed, once[kind][1] + unnamed)
    return YearEvents(date_from, date_to, rows, once)


def _unnamed(heads: dict[str, int], counts: dict[str, tuple[int, ...]]) -> dict[str, int]:
    """id -> the people of a head count not named among the event's delegates (attendees), added to
    ``counts`` as delegates whose gender is not recorded: naming the head of a past delegation of 6
    made the report say 1 person (review54c)."""
    unnamed = {}
    for eid, n in heads.items():
        people, women, men, core, core_women, core_men = counts.get(eid, (0, 0, 0, 0, 0, 0))
        if (extra := n - core) > 0:
            counts[eid] = (people + extra, women, men, core + extra, core_women, core_men)
            unnamed[eid] = extra
    return unnamed


def _head_counts(session: Session, table: str, ids: Sequence[str]) -> dict[str, int]:
    """id -> the head count of a past training of ``table`` imported with a number rather than names
    (field test 101: eight years of visits read 0 people each); kept in its notes, as a training has
    no field for it (a visit has had one since 0070)."""
    from petdesk.services.past_visits import PEOPLE_LIKE, recorded_head_count

    counts = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        sql = f"SELECT id, notes FROM {table} WHERE id IN ({marks}) AND (notes LIKE :p0 OR notes LIKE :p1)"
        values = {f"i{n}": v for n, v in enumerate(chunk)} | {"p0": PEOPLE_LIKE[0], "p1": PEOPLE_LIKE[1]}
        for vid, notes in session.execute(text(sql), values):
            if (n := recorded_head_count(notes)) is not None:
                counts[vid] = n
    return counts
