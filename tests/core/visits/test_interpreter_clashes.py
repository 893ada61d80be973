"""One interpreter's clashes (field test 94): ``find_clashes(person_id=…)`` and ``petdesk clashes
--person`` list only that person's double bookings, across visits and trainings, each with their job;
another person's clash and the visits' "outside dates" warnings stay out."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import clashes as clash_service
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from petdesk.services.logistics import set_item_protocol
from tests.core.visits.data import person

D = dt.datetime


@pytest.fixture
def booked(db: Database) -> dict[str, str]:
    """Li Na interprets for two visits at once; Zhao Min is at a training and a symposium at once;
    the Kiel visit has an item after its last day."""
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True)
        zhao = person(s, "Min", "Zhao", "赵敏", family_first=True)
        hamburg = vs.create_visit(
            s,
            title_en="Hamburg port delegation",
            start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 13),
        )
        kiel = vs.create_visit(
            s,
            title_en="Kiel University group",
            start_date=dt.date(2027, 5, 11),
            end_date=dt.date(2027, 5, 12),
        )
        port = vs.add_item(
            s, hamburg.id, title_en="Port visit", start=D(2027, 5, 11, 9), end=D(2027, 5, 11, 12)
        )
        talks = vs.add_item(s, kiel.id, title_en="Talks", start=D(2027, 5, 11, 10), end=D(2027, 5, 11, 11))
        set_item_protocol(s, port.id, interpreter_contact_id=li.id)
        set_item_protocol(s, talks.id, interpreter_contact_id=li.id)
        vs.add_item(
            s,
            kiel.id,
            title_en="Symposium",
            start=D(2027, 5, 12, 9),
            end=D(2027, 5, 12, 17),
            attendee_ids=[zhao.id],
        )
        vs.add_item(s, kiel.id, title_en="Late dinner", start=D(2027, 5, 14, 18), end=D(2027, 5, 14, 20))
        training = ts.create_training(
            s, title_en="Sponge city training", start_date=dt.date(2027, 5, 12), end_date=dt.date(2027, 5, 14)
        )
        ts.add_session(s, training.id, title_en="Day 1", start=D(2027, 5, 12, 9), end=D(2027, 5, 12, 12))
        ts.register(s, training.id, zhao.id)
        return {"li": li.id, "zhao": zhao.id}


def test_one_persons_clashes_only(db: Database, booked: dict[str, str]) -> None:
    with db.reading() as s:
        everything = clash_service.find_clashes(s)
        li = clash_service.find_clashes(s, person_id=booked["li"])
        zhao = clash_service.find_clashes(s, person_id=booked["zhao"])
    assert {c.kind for c in everything} == {"overlap", "outside"}
    assert len(everything) == 3
    [clash] = li
    assert (clash.kind, clash.contact_name, clash.jobs) == (
        "overlap",
        "Li Na (李娜)",
        ("interpreter", "interpreter"),
    )
    assert [{slot.title_en for slot in c.slots} for c in zhao] == [{"Symposium", "Day 1"}]


def test_clashes_person_on_the_command_line(db: Database, booked: dict[str, str], capsys) -> None:
    assert main(["--db", str(db.path), "clashes", "--all", "--person", "Li Na", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "as interpreter" in out and "Clashes: 1" in out
    assert "Zhao" not in out and "outside" not in out
    assert main(["--db", str(db.path), "clashes", "--all", "--person", "赵敏", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "赵敏" in out and "李娜" not in out
