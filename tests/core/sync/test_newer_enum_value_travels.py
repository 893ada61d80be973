"""A role or status a newer office stored, which this release does not know, travels unchanged: an
older office opens the record (reading the fallback member), edits another field of it, and its
package carries the stored value as it is, not the fallback."""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path

from petdesk import enums
from petdesk import models as m
from petdesk.db import Database
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.sync.helpers import send, values
from tests.core.visits.data import person


def test_an_unknown_role_and_status_go_there_and_back(offices: tuple[Database, ...], packages: Path) -> None:
    newer, older, _ = offices
    with newer.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True)
        training = ts.create_training(
            s, title_en="Sponge city training", start_date=dt.date(2027, 5, 12), end_date=dt.date(2027, 5, 14)
        )
        part = ts.register(s, training.id, li.id)
        visit = vs.create_visit(
            s, title_en="Kiel group", start_date=dt.date(2027, 6, 1), end_date=dt.date(2027, 6, 2)
        )
        guest = vs.add_participant(s, visit.id, li.id, "delegate")
        ids = {
            "training": training.id,
            "training_participant": part.id,
            "visit": visit.id,
            "visit_participant": guest.id,
        }
    # What a newer release would store: values this one does not know.
    newer_values = {
        ("training", "status"): "postponed",
        ("training_participant", "role"): "translator",
        ("visit", "status"): "postponed",
        ("visit_participant", "role"): "photographer",
    }
    with closing(newer.raw()) as conn, conn:
        for (table, column), value in newer_values.items():
            conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, ids[table]))
    send(newer, older, packages)
    for (table, column), value in newer_values.items():
        assert values(older, table, ids[table])[column] == value

    with older.transaction() as s:
        training = ts.get_training(s, ids["training"])
        assert training.status is enums.TrainingStatus.PLANNED
        assert [p.role for p in training.participants] == [enums.TrainingRole.ATTENDEE]
        ts.update_training(s, ids["training"], title_en="Sponge city training (Wuhan)")
        visit = s.get(m.Visit, ids["visit"])
        assert visit is not None and visit.status is enums.VisitStatus.PLANNED
        vs.update_visit(s, ids["visit"], title_en="Kiel University group")
    for (table, column), value in newer_values.items():
        assert values(older, table, ids[table])[column] == value  # not the fallback written back

    send(older, newer, packages)
    assert values(newer, "training", ids["training"])["title_en"] == "Sponge city training (Wuhan)"
    assert values(newer, "visit", ids["visit"])["title_en"] == "Kiel University group"
    for (table, column), value in newer_values.items():
        assert values(newer, table, ids[table])[column] == value
