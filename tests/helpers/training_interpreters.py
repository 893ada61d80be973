"""A training with interpreters (tests of trainings' interpreters, core and dossier)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.enums import TrainingRole
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from petdesk.services.logistics import set_item_protocol
from tests.core.visits.data import person

D = dt.datetime


def book(db: Database) -> dict[str, str]:
    """A three-day training: a trainer, two attendees, Li Na interpreting days 1 and 3 (attached),
    Zhao Min registered as interpreter for the whole training (attached to none); Li Na also
    interprets a visit's meeting that overlaps day 3."""
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True)
        zhao = person(s, "Min", "Zhao", "赵敏", family_first=True)
        tutor = person(s, "Petra", "Schulz")
        students = [person(s, "Student", f"Number{n}") for n in range(2)]
        training = ts.create_training(
            s,
            title_en="Sponge city training",
            title_zh="海绵城市培训",
            start_date=dt.date(2027, 5, 12),
            end_date=dt.date(2027, 5, 14),
        )
        ts.register(s, training.id, tutor.id, "trainer")
        ts.register(s, training.id, li.id, TrainingRole.INTERPRETER)
        ts.register(s, training.id, zhao.id, "interpreter")
        for student in students:
            ts.register(s, training.id, student.id)
        days = [
            ts.add_session(
                s,
                training.id,
                title_en=f"Day {n}",
                start=D(2027, 5, 11 + n, 9),
                end=D(2027, 5, 11 + n, 12),
                trainer_ids=[tutor.id, li.id] if n != 2 else [tutor.id],
            )
            for n in (1, 2, 3)
        ]
        for day in days:
            for student in students:
                ts.set_attendance(s, day.id, student.id, "present")
        visit = vs.create_visit(
            s,
            title_en="Kiel University group",
            start_date=dt.date(2027, 5, 14),
            end_date=dt.date(2027, 5, 14),
        )
        talks = vs.add_item(s, visit.id, title_en="Talks", start=D(2027, 5, 14, 11), end=D(2027, 5, 14, 13))
        set_item_protocol(s, talks.id, interpreter_contact_id=li.id)
        return {
            "li": li.id,
            "zhao": zhao.id,
            "tutor": tutor.id,
            "training": training.id,
            "day1": days[0].id,
            "day2": days[1].id,
        }
