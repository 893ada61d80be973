"""The session dialog's choices carry both names of a person (field test 15, polish 6b): in Chinese
the list showed 克劳斯·穆勒 without "Klaus Müller", so typing "Klaus" found nothing."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.models.enums import TrainingRole
from petdesk.services import training_form
from petdesk.services import trainings as ts
from tests.core.visits.data import person


def hangzhou_training(db: Database) -> dict[str, str]:
    """Klaus Müller (克劳斯·穆勒) and Liu Zhendong (刘振东) train; Wang Jianguo (王建国) attends;
    Søren Kjærgaard leads the session without being registered."""
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Urban wastewater", start_date=dt.date(2026, 12, 15), end_date=dt.date(2026, 12, 17)
        )
        klaus = person(s, "Klaus", "Müller", "克劳斯·穆勒")
        liu = person(s, "Zhendong", "Liu", "刘振东", family_first=True)
        wang = person(s, "Jianguo", "Wang", "王建国", family_first=True)
        soren = person(s, "Søren", "Kjærgaard", "索伦·谢尔高")
        ts.register(s, t.id, klaus.id, TrainingRole.TRAINER)
        ts.register(s, t.id, liu.id, TrainingRole.TRAINER)
        ts.register(s, t.id, wang.id)
        sess = ts.add_session(
            s,
            t.id,
            title_en="Sludge treatment",
            start=dt.datetime(2026, 12, 16, 9),
            end=dt.datetime(2026, 12, 16, 12),
            trainer_ids=[klaus.id, soren.id],
        )
        return {"training": t.id, "session": sess.id, "klaus": klaus.id, "liu": liu.id, "soren": soren.id}


def names(db: Database, data: dict[str, str], lang: str) -> list[tuple[str, str]]:
    with db.reading() as s:
        form = training_form.read_training_form(s, data["training"], lang)
    return [(c.name, c.other_name) for c in form.session_trainer_choices(data["session"])]


def test_each_choice_has_the_name_in_the_other_script(db: Database) -> None:
    data = hangzhou_training(db)
    assert names(db, data, "zh") == [
        ("刘振东", "Liu Zhendong"),
        ("克劳斯·穆勒", "Klaus Müller"),
        ("索伦·谢尔高", "Søren Kjærgaard"),
        ("王建国", "Wang Jianguo"),
    ]
    assert names(db, data, "en") == [
        ("Liu Zhendong", "刘振东"),
        ("Klaus Müller", "克劳斯·穆勒"),
        ("Søren Kjærgaard", "索伦·谢尔高"),
        ("Wang Jianguo", "王建国"),
    ]


def test_a_choice_matches_either_name_without_accents(db: Database) -> None:
    data = hangzhou_training(db)
    with db.reading() as s:
        form = training_form.read_training_form(s, data["training"], "zh")
    choices = form.session_trainer_choices(data["session"])
    assert [c.name for c in choices if c.matches("klaus")] == ["克劳斯·穆勒"]
    assert [c.name for c in choices if c.matches("Muller")] == ["克劳斯·穆勒"]
    assert [c.name for c in choices if c.matches("穆勒")] == ["克劳斯·穆勒"]
    assert [c.name for c in choices if c.matches("kjær")] == ["索伦·谢尔高"]  # not registered
    assert len([c for c in choices if c.matches("")]) == len(choices)
