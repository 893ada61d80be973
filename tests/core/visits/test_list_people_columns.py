"""The window's Visits and Trainings lists show how many people each has, the figure the command
line's lists and the events report give (field test 89: the auditor could not see one in the window)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.enums import TrainingRole
from petdesk.services import contacts as cs
from petdesk.services import lists
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import person


def test_the_list_columns_count_as_the_command_line(db: Database) -> None:
    with db.transaction() as s:
        people = [person(s, f"Li{n}", "Wang", f"王{n}").id for n in range(4)]
        visit = vs.create_visit(
            s, title_en="Oslo", start_date=dt.date(2026, 2, 2), end_date=dt.date(2026, 2, 3)
        )
        training = ts.create_training(
            s, title_en="Wetlands", start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 3, 3)
        )
        for cid in people:
            vs.add_participant(s, visit.id, cid)
            ts.register(s, training.id, cid)
        ts.register(s, training.id, people[3], role=TrainingRole.TRAINER)
    with db.transaction() as s:
        cs.delete_contacts(s, [people[0]])
    with db.reading() as s:
        (v_row,) = lists.visits("zh_CN").page(s, offset=0, limit=10)
        (t_row,) = lists.trainings("zh_CN").page(s, offset=0, limit=10)
        (listed_v,) = vs.list_visits(s)
        (listed_t,) = ts.list_trainings(s)
    v_keys = ["id", *(c.key for c in lists.visits().columns)]
    t_keys = ["id", *(c.key for c in lists.trainings().columns)]
    v, t = dict(zip(v_keys, v_row, strict=True)), dict(zip(t_keys, t_row, strict=True))
    assert v["people"] == listed_v.participants == 3
    assert (t["people"], t["attendees"]) == (listed_t.participants, listed_t.attendees) == (3, 2)
