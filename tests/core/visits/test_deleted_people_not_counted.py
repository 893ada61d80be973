"""A deleted contact is gone from the dossiers, so the Visits and Trainings lists and the yearly events
report stop counting them too, and the sign-in sheet (CLI, the window's grid) no longer lists them
(field test 89: the auditor's counts disagreed with the dossiers)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.dossier.data import gather_training, gather_visit
from petdesk.services import contacts as cs
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from petdesk.services.year_events import year_events
from tests.core.visits.data import person


def test_a_deleted_person_leaves_every_count(db: Database) -> None:
    with db.transaction() as s:
        people = [person(s, f"Ana{n}", "Lopez", f"王{n}").id for n in range(3)]
        visit = vs.create_visit(
            s, title_en="Lisbon delegation", start_date=dt.date(2026, 5, 4), end_date=dt.date(2026, 5, 6)
        )
        training = ts.create_training(
            s, title_en="Sponge cities", start_date=dt.date(2026, 6, 1), end_date=dt.date(2026, 6, 2)
        )
        for cid in people:
            vs.add_participant(s, visit.id, cid)
            ts.register(s, training.id, cid)
        ids = visit.id, training.id
    with db.transaction() as s:
        cs.delete_contacts(s, [people[0]])
    with db.reading() as s:
        (listed_visit,) = vs.list_visits(s)
        (listed_training,) = ts.list_trainings(s)
        report = {
            r.id: r for r in year_events(s, date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31)).rows
        }
        in_visit_dossier = len(gather_visit(s, ids[0]).participants)
        in_training_dossier = len(gather_training(s, ids[1]).attendees)
        on_sign_in_sheet = {r.contact_id for r in ts.sign_in_sheet(s, ids[1]).rows}
    assert listed_visit.participants == report[ids[0]].people == in_visit_dossier == 2
    assert listed_training.participants == listed_training.attendees == report[ids[1]].core == 2
    assert in_training_dossier == 2
    assert on_sign_in_sheet == set(people[1:]), "the CLI's and the window's sign-in sheet as the dossier's"
