"""A training's clashes, as its editor lists them and ``petdesk clashes --training`` prints them:
its trainers' and attendees' overlaps with anything else; parallel sessions of the training clash
only for a trainer teaching both; a substitute and the person replaced each only in their part."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import TrainingRole
from petdesk.services import clashes, training_form
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers import trainings_data


def other_training(db: Database, contact_id: str, role: TrainingRole, day: int, hour: int) -> str:
    """A one-hour session of another training on 2027-05-``day`` at ``hour``, with the person."""
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Air quality",
            start_date=dt.date(2027, 5, day),
            end_date=dt.date(2027, 5, day),
            timezone="Europe/Stockholm",
        )
        ts.register(s, t.id, contact_id, role)
        trainers = [contact_id] if role == TrainingRole.TRAINER else []
        ts.add_session(
            s,
            t.id,
            title_en="Monitoring",
            start=dt.datetime(2027, 5, day, hour),
            end=dt.datetime(2027, 5, day, hour + 1),
            trainer_ids=trainers,
        )
        return t.id


def form_clashes(db: Database, tid: str) -> list[tuple[str | None, tuple[str, ...]]]:
    with db.reading() as s:
        form = training_form.read_training_form(s, tid, "en")
    return [(c.contact_id, c.item_ids) for c in form.clashes]


def test_a_trainer_booked_elsewhere_at_the_same_time(db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    assert form_clashes(db, ids["training"]) == []
    other_training(db, ids["erik"], TrainingRole.TRAINER, 11, 10)  # during the design studio
    found = form_clashes(db, ids["training"])
    assert [cid for cid, _items in found] == [ids["erik"]]
    assert ids["s2"] in found[0][1]
    with db.reading() as s:
        text = training_form.read_training_form(s, ids["training"], "en").clashes[0].describe("en")
    assert "Erik Andersson" in text and "Design studio" in text and "as trainer" in text


def test_parallel_sessions_clash_only_for_a_trainer_teaching_both(db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        mei = person(s, "Mei", "Wang", "王梅", family_first=True)
        ts.register(s, ids["training"], mei.id, TrainingRole.TRAINER)
        breakout = ts.add_session(
            s,
            ids["training"],
            title_en="Breakout B",
            start=dt.datetime(2027, 5, 11, 9),
            end=dt.datetime(2027, 5, 11, 12),
            trainer_ids=[mei.id],
        )
    assert form_clashes(db, ids["training"]) == []  # Lars and Anna choose one of the two
    with db.transaction() as s:
        ts.set_session_trainers(s, breakout.id, [mei.id, ids["erik"]])
    assert [cid for cid, _items in form_clashes(db, ids["training"])] == [ids["erik"]]


def test_a_substitute_clashes_only_from_the_session_taken_over(db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        chen = person(s, "Jing", "Chen", "陈静", family_first=True).id
        ts.replace_attendee(s, ids["training"], ids["anna"], chen, from_session_id=ids["s2"])
    other_training(db, chen, TrainingRole.ATTENDEE, 10, 10)  # during the opening, before joining
    other_training(db, ids["anna"], TrainingRole.ATTENDEE, 11, 10)  # after she was replaced
    assert form_clashes(db, ids["training"]) == []
    other_training(db, chen, TrainingRole.ATTENDEE, 11, 11)  # during the design studio: a clash
    assert [cid for cid, _items in form_clashes(db, ids["training"])] == [chen]


def test_the_command_line_lists_the_same(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    other_training(db, ids["erik"], TrainingRole.TRAINER, 11, 10)
    assert main(["--db", str(db.path), "clashes", "--training", ids["training"], "--lang", "en"]) == 0
    out = capsys.readouterr().out
    with db.reading() as s:
        expected = [c.describe("en") for c in clashes.find_clashes(s, training_id=ids["training"])]
    assert len(expected) == 1 and expected[0] in out and "Clashes: 1" in out
