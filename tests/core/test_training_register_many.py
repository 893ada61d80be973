"""A training's registration form of 2,000 people is enrolled in one flush (fixes 50): one flush per
person, each also reading the training's registrations again, made a large form slow."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import TrainingRole
from petdesk.services import trainings as ts
from petdesk.services.visits import ScheduleError


def _training(s: Session) -> str:
    start = dt.date(2026, 12, 10)
    t = ts.create_training(
        s, title_en="Sponge-city training", city_en="Chengdu", start_date=start, end_date=start
    )  # fmt: skip
    return t.id


def test_a_2000_person_form_is_registered_in_one_flush(db: Database) -> None:
    with db.transaction() as s:
        tid = _training(s)
        people = [m.Contact(family_name="Nguyen", given_name=f"Person {i}") for i in range(2000)]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people]
        ts.register(s, tid, ids[0], TrainingRole.TRAINER)
        flushes: list[int] = []
        event.listen(s, "after_flush", lambda *_a: flushes.append(1))
        assert ts.register_people(s, tid, [*ids, *ids[:10]]) == (1999, 1)
        assert len(flushes) == 1
    with db.reading() as s:
        live = select(m.TrainingParticipant.role, func.count()).where(
            m.TrainingParticipant.training_id == tid, m.TrainingParticipant.deleted_at.is_(None)
        )
        assert dict(s.execute(live.group_by(m.TrainingParticipant.role)).all()) == {
            TrainingRole.TRAINER: 1,
            TrainingRole.ATTENDEE: 1999,
        }


def test_a_deleted_person_is_refused_and_nobody_registered(db: Database) -> None:
    with db.transaction() as s:
        tid = _training(s)
        a, b = m.Contact(family_name="Tran", given_name="Duc"), m.Contact(family_name="Le", given_name="Mai")
        s.add_all([a, b])
        s.flush()
        b.soft_delete()
        ids = [a.id, b.id]
    with pytest.raises(ScheduleError), db.transaction() as s:
        ts.register_people(s, tid, ids)
    with db.reading() as s:
        assert ts.get_training(s, tid).participants == []
