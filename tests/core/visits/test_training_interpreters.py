"""Trainings get interpreters: a participant registered with the role "interpreter", attached to the
sessions she interprets as a trainer is (a ``session_trainer`` row, no new table). She is counted
among the people, not the attendees; signs no sheet; gets no certificate; and her training hours,
clashes and calendar are found as a visit's interpreter's are (field test 94's tools)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.certificates import certificates
from petdesk.dossier.data import gather_training
from petdesk.services import attendance, record_people
from petdesk.services import calendar as cs
from petdesk.services import clashes as clash_service
from petdesk.services import trainings as ts
from petdesk.services.interpreting import TRAINING, VISIT, interpreting
from petdesk.services.training_form import read_training_form
from tests.helpers.training_interpreters import book
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

D = dt.datetime
MAY = (dt.date(2027, 5, 1), dt.date(2027, 5, 31))
SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def booked(db: Database) -> dict[str, str]:
    return book(db)


def test_the_interpreters_are_people_not_attendees(db: Database, booked: dict[str, str]) -> None:
    with db.reading() as s:
        (row,) = ts.list_trainings(s)
        report = attendance.attendance_report(s, booked["training"])
        sheet = ts.sign_in_sheet(s, booked["training"])
        data = gather_training(s, booked["training"])
        exported = record_people.training_attendee_ids(s, booked["training"])
    # five people (trainer, two interpreters, two attendees); two attendees
    assert (row.participants, row.attendees) == (report.registered, report.attendees) == (5, 2)
    assert (sheet.head_count.people, sheet.head_count.attendees) == (5, 2)
    interpreters = {booked["li"], booked["zhao"]}
    # no signature box, no certificate, not in the participant list nor the attendees' export
    assert interpreters.isdisjoint(r.contact_id for r in sheet.signers)
    assert interpreters.isdisjoint(p.person.id for p in data.expected)
    assert interpreters.isdisjoint(c.person_id for c in certificates(data, everyone=True))
    assert interpreters.isdisjoint(exported) and len(exported) == 2
    assert {r.contact_id for r in sheet.interpreters} == interpreters


def test_a_session_interpreter_is_not_its_trainer(db: Database, booked: dict[str, str]) -> None:
    with db.reading() as s:
        data = gather_training(s, booked["training"])
        sheet = ts.sign_in_sheet(s, booked["training"])
        form = read_training_form(s, booked["training"], "en")
    assert [p.id for p in data.trainers] == [booked["tutor"]]
    assert [[p.id for p in x.interpreters] for x in data.sessions] == [[booked["li"]], [], [booked["li"]]]
    # those attached first, then the one registered for the whole training
    assert [p.id for p in data.interpreters] == [booked["li"], booked["zhao"]]
    assert [(x.trainers, x.interpreters) for x in sheet.sessions] == [
        (("Petra Schulz",), ("Li Na",)),
        (("Petra Schulz",), ()),
        (("Petra Schulz",), ("Li Na",)),
    ]
    # the session dialog ticks her where she interprets, so saving it unchanged keeps her there
    ticked = {c.contact_id for c in form.session_trainer_choices(booked["day1"]) if c.chosen}
    assert ticked == {booked["tutor"], booked["li"]}
    assert form.sessions[0].trainer_names == ("Petra Schulz",)
    assert form.sessions[0].interpreter_names == ("Li Na",)


def test_the_interpreting_report_counts_training_sessions(db: Database, booked: dict[str, str]) -> None:
    with db.reading() as s:
        found = [(w.name_en, w.kind, w.event_en, w.items, w.hours, w.days) for w in interpreting(s, *MAY)]
    assert found == [
        # days 1 and 3 only (attached), not day 2; the visit's talks on day 3 apart
        ("Li Na", TRAINING, "Sponge city training", 2, 6.0, 2),
        ("Li Na", VISIT, "Kiel University group", 1, 2.0, 1),
        # registered for the whole training, attached to no session: every session
        ("Zhao Min", TRAINING, "Sponge city training", 3, 9.0, 3),
    ]


def test_a_visit_meeting_clashes_with_a_session_she_interprets(db: Database, booked: dict[str, str]) -> None:
    with db.reading() as s:
        li = clash_service.find_clashes(s, person_id=booked["li"])
        zhao = clash_service.find_clashes(s, person_id=booked["zhao"])
    [clash] = li
    assert {slot.title_en for slot in clash.slots} == {"Talks", "Day 3"}
    assert clash.jobs == ("interpreter", "interpreter")
    assert zhao == []


def test_clashes_person_on_the_command_line(db: Database, booked: dict[str, str], capsys) -> None:
    assert main(["--db", str(db.path), "clashes", "--all", "--person", "Li Na", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Day 3" in out and "Talks" in out and "Clashes: 1" in out
    assert "as trainer" not in out and "as interpreter" in out


def test_the_calendar_person_filter_shows_the_sessions_she_interprets(
    db: Database, booked: dict[str, str]
) -> None:
    start = dt.datetime(2027, 5, 1, tzinfo=SHANGHAI)
    end = start + dt.timedelta(days=31)
    with db.reading() as s:
        li = cs.events(s, start, end, cs.Filters(contact_id=booked["li"]))
        zhao = cs.events(s, start, end, cs.Filters(contact_id=booked["zhao"]))
        offered = {c.id for c in cs.staff_members(s)}
    assert [e.title_en for e in li if e.kind == cs.SESSION] == ["Day 1", "Day 3"]
    assert [e.title_en for e in zhao if e.kind == cs.SESSION] == ["Day 1", "Day 2", "Day 3"]
    assert {booked["li"], booked["zhao"]} <= offered


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_petdesk_trainings_shows_the_interpreters(db: Database, booked: dict[str, str], capsys) -> None:
    argv = ["--db", str(db.path), "trainings", booked["training"][:8]]
    assert main([*argv, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Interpreters: Li Na (李娜), Zhao Min (赵敏)" in out
    lines = out.splitlines()
    day1 = next(line for line in lines if "Day 1" in line)
    day2 = next(line for line in lines if "Day 2" in line)
    assert "(Petra Schulz)  interpreter: Li Na" in day1 and "interpreter" not in day2
    sheet = out.split("Sign-in sheet:")[1]
    assert "Li Na" not in sheet and "Zhao" not in sheet and "Number0" in sheet
    assert main([*argv, "--lang", "zh_CN"]) == 0
    assert "翻译：李娜" in capsys.readouterr().out
