"""Review 62: a form's timestamps were read month first whatever the sheet, so a British or
Indian Google Forms sheet ("13/02/2027 09:15:32", "05/02/2027 10:00:00") dated one registration
5 May instead of 5 February, and kept the other unread. A column whose first number goes above 12
is read day first throughout."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts, form_timestamp
from petdesk.services import trainings as ts


@pytest.fixture(autouse=True)
def _in_march_2027(monkeypatch: pytest.MonkeyPatch) -> None:
    """The forms here were sent in 2027: read after that, or their times are in the future (window63)."""
    monkeypatch.setattr(form_timestamp, "now", lambda: dt.datetime(2027, 3, 1))


def test_review62_a_day_first_column_is_read_day_first(db: Database) -> None:
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Urban air quality", start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 3)
        ).id
        people = {
            2: contacts.create_contact(s, family_name="Shah", given_name="Priya").id,
            3: contacts.create_contact(s, family_name="Jones", given_name="Tom").id,
        }
        ts.register_people(s, tid, people.values())
        answers = {2: "13/02/2027 09:15:32", 3: "05/02/2027 10:00:00"}
        form_timestamp.fill_from_file(s, tid, answers, people)
    with db.reading() as s:
        got = {
            p.contact_id: (p.registered_on, p.contact.notes)
            for p in s.query(m.TrainingParticipant).filter_by(training_id=tid)
        }
    said = "Registered {} via the form: Urban air quality"
    assert got[people[2]] == (dt.date(2027, 2, 13), said.format("2027-02-13 09:15"))
    assert got[people[3]] == (dt.date(2027, 2, 5), said.format("2027-02-05 10:00"))


def test_review62_a_month_first_column_stays_month_first() -> None:
    assert form_timestamp.day_first(["2/20/2027 9:15:32", "2/05/2027 9:15:32"]) is False
    assert form_timestamp.day_first(["05/02/2027 10:00", "2027/02/20 9:15:32"]) is False  # nothing tells
    assert form_timestamp.day_first(["13/02/2027 09:15:32", "05/02/2027 10:00:00"]) is True
