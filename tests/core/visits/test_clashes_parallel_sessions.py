"""Parallel sessions of one training (field test 15): attendees choose one breakout, so only a
trainer teaching both is a clash; attendees still clash with other trainings and visits."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import clashes as cl
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import person

DAY = dt.date(2026, 12, 16)


def _at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, 16, hour, minute)


def _training_with_breakouts(s) -> dict[str, str]:
    """S4 09:00–12:00 (Klaus) and S5 10:30–12:00 (Klaus and Søren), three attendees registered,
    the trainers registered too (as in the field test)."""
    klaus = person(s, "Klaus", "Müller", "克劳斯")
    soren = person(s, "Søren", "Kjærgaard")
    anja = person(s, "Anja", "Weißenböck")
    liu = person(s, "Zhendong", "Liu", "刘振东", family_first=True)
    wang = person(s, "Jianguo", "Wang", "王建国", family_first=True)
    t = ts.create_training(s, title_en="Wastewater course", start_date=DAY, end_date=DAY)
    for p in (anja, liu, wang):
        ts.register(s, t.id, p.id)
    for p in (klaus, soren):
        ts.register(s, t.id, p.id, "trainer")
    s4 = ts.add_session(s, t.id, title_en="Sludge", start=_at(9), end=_at(12), trainer_ids=[klaus.id])
    s5 = ts.add_session(
        s, t.id, title_en="Plant operation", start=_at(10, 30), end=_at(12), trainer_ids=[klaus.id, soren.id]
    )
    return {"t": t.id, "s4": s4.id, "s5": s5.id, "klaus": klaus.id, "soren": soren.id, "wang": wang.id}


def test_parallel_sessions_clash_only_for_a_trainer_teaching_both(db: Database) -> None:
    with db.transaction() as s:
        ids = _training_with_breakouts(s)
        found = cl.find_clashes(s)
        assert len(found) == 1, [c.describe() for c in found]
        clash = found[0]
        assert clash.kind == cl.OVERLAP
        assert clash.item_ids == (ids["s4"], ids["s5"])
        assert clash.contact_id == ids["klaus"]
        assert [pid for pid, _name in clash.people] == [ids["klaus"]]
        assert clash.jobs == ("trainer", "trainer")
        text = clash.describe()
        assert text.startswith("Klaus Müller (克劳斯) is in two items at once")
        assert "as trainer" in text


def test_attendees_still_clash_with_a_visit_at_the_same_time(db: Database) -> None:
    with db.transaction() as s:
        ids = _training_with_breakouts(s)
        v = vs.create_visit(s, title_en="Delegation", start_date=DAY, end_date=DAY)
        vs.add_participant(s, v.id, ids["wang"], "staff")
        item = vs.add_item(s, v.id, title_en="Site visit", start=_at(11), end=_at(13))
        found = cl.find_clashes(s)
        wang = {c.item_ids for c in found if ids["wang"] in {p for p, _n in c.people}}
        # Wang is in the training's sessions for everything else he does: both breakouts clash.
        assert wang == {(ids["s4"], item.id), (ids["s5"], item.id)}
        assert not any(set(c.item_ids) == {ids["s4"], ids["s5"]} and len(c.people) > 1 for c in found)


def test_two_trainings_at_once_clash_for_their_attendees(db: Database) -> None:
    with db.transaction() as s:
        ids = _training_with_breakouts(s)
        other = ts.create_training(s, title_en="Other course", start_date=DAY, end_date=DAY)
        ts.register(s, other.id, ids["wang"])
        lecture = ts.add_session(s, other.id, title_en="Lecture", start=_at(9), end=_at(10))
        found = cl.find_clashes(s)
        assert (ids["s4"], lecture.id) in {c.item_ids for c in found} | {c.item_ids[::-1] for c in found}
