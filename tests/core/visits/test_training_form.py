"""The training editor's values come from a service: live rows only, plain frozen values."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import training_form
from petdesk.services import trainings as ts

DAY = dt.date(2026, 12, 9)


def test_the_form_has_live_participants_sessions_and_trainers_only(db: Database) -> None:
    with db.transaction() as s:
        anna = cs.create_contact(s, family_name="Schmidt", given_name="Anna").id
        li = cs.create_contact(
            s, family_name="Li", given_name="Lei", family_name_zh="李", given_name_zh="雷"
        ).id
        gone = cs.create_contact(s, family_name="Gone", given_name="Guest").id
        tid = ts.create_training(
            s, title_en="Sponge city", title_zh="海绵城市", start_date=DAY, end_date=DAY
        ).id
        for cid in (anna, li, gone):
            ts.register(s, tid, cid)
        ts.unregister(s, tid, gone)
        kept = ts.add_session(
            s, tid, title_en="Principles", start=dt.datetime(2026, 12, 9, 9), end=dt.datetime(2026, 12, 9, 12)
        ).id
        dropped = ts.add_session(
            s, tid, title_en="Dropped", start=dt.datetime(2026, 12, 9, 13), end=dt.datetime(2026, 12, 9, 14)
        ).id
        ts.set_session_trainers(s, kept, [anna, li])
        ts.set_session_trainers(s, kept, [li])  # Anna no longer trains
        ts.delete_session(s, dropped)
    with db.reading() as s:
        form = training_form.read_training_form(s, tid, "zh")
    assert form.title == "海绵城市" and form.texts["title_en"] == "Sponge city"
    # by family name: Li before Schmidt
    assert [(p.contact_id, p.other_name) for p in form.participants] == [(li, "Lei Li"), (anna, "")]
    assert [x.id for x in form.sessions] == [kept]
    assert form.sessions[0].trainer_ids == (li,) and form.sessions[0].trainer_names == ("李雷",)
    assert sorted(r.contact_id for r in form.sheet.rows) == sorted([anna, li])
    with pytest.raises(dataclasses.FrozenInstanceError):
        form.sessions[0].title_en = "x"  # type: ignore[misc]


def test_participants_and_the_sign_in_sheet_list_people_in_one_order(db: Database) -> None:
    """By family name in both tabs (field test F12: Participants sorted by the printed Latin name,
    'Ayumi Ito' under A before 'Choi Dong-hyun', while Attendance put her under I)."""
    with db.transaction() as s:
        people = [
            cs.create_contact(s, family_name="Ito", given_name="Ayumi").id,  # printed "Ayumi Ito"
            cs.create_contact(s, family_name="Choi", given_name="Dong-hyun", name_order="family_first").id,
            cs.create_contact(s, family_name="Kobayashi", given_name="Emi").id,
            cs.create_contact(s, family_name="Ito", given_name="Emi", name_order="family_first").id,
        ]
        tid = ts.create_training(s, title_en="Low carbon", start_date=DAY, end_date=DAY).id
        for cid in people:
            ts.register(s, tid, cid)
    with db.reading() as s:
        form = training_form.read_training_form(s, tid, "en")
    participants = [p.contact_id for p in form.participants]
    assert participants == [r.contact_id for r in form.sheet.rows]
    assert participants == [people[1], people[0], people[3], people[2]]  # Choi, Ito Ayumi, Ito Emi, Kobayashi
