"""Round 63 (window63): a sign-up form's time of "0001-01-01 00:00:00" (a blank cell as some
exports write it) dated the registration 1 January of year 1. Times before 1900, or more than a day
ahead of now, are no date: the registration keeps its own, and the notes say why, in both languages."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts, form_timestamp
from petdesk.services import trainings as ts
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

NOW = dt.datetime(2026, 12, 7, 9, 0)
ANSWERS = {
    2: "0001-01-01 00:00:00",  # a blank time as the export wrote it
    3: "1899-12-30 00:00:00",  # a spreadsheet's day zero
    4: "2099-05-01 10:00",  # far ahead
    5: "12/8/2026 8:30:00",  # tomorrow morning: a form's zone may be ahead of ours
    6: "2026-11-20 09:15:00",  # an ordinary time
}
SAID = {
    "en": "Registered via the form: Urban air quality (the form's time 0001-01-01 00:00:00 is not a "
    "possible date, so the registration date was not taken from it)",
    "zh_CN": "通过报名表报名：城市空气质量培训（报名表时间 0001-01-01 00:00:00 "
    "不是可能的日期，报名日期未据此填写）",
}


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_window63_impossible_form_times_date_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch, locale: str, tree_catalogue: object
) -> None:
    monkeypatch.setattr(form_timestamp, "now", lambda: NOW)
    with db.transaction() as s:
        tid = ts.create_training(
            s,
            title_en="Urban air quality",
            title_zh="城市空气质量培训",
            start_date=dt.date(2027, 3, 1),
            end_date=dt.date(2027, 3, 3),
        ).id
        people = {
            line: contacts.create_contact(s, family_name="Wu", given_name=f"N{line}").id for line in ANSWERS
        }
        ts.register_people(s, tid, people.values())
        form_timestamp.fill_from_file(s, tid, ANSWERS, people, locale)
    with db.reading() as s:
        got = {
            p.contact_id: (p.registered_on, p.contact.notes)
            for p in s.query(m.TrainingParticipant).filter_by(training_id=tid)
        }
    today = dt.date.today()  # the registration's own date, as the import made it
    for line in (2, 3, 4):
        day, notes = got[people[line]]
        assert day == today, (line, day)
        assert ANSWERS[line] in notes and ("not a possible date" in notes or "不是可能的日期" in notes)
    assert got[people[2]][1] == SAID[locale]
    assert got[people[5]][0] == dt.date(2026, 12, 8)
    assert got[people[6]][0] == dt.date(2026, 11, 20)


def test_window63_possible_years() -> None:
    assert not form_timestamp.possible(dt.datetime(1, 1, 1), NOW)
    assert not form_timestamp.possible(dt.datetime(1899, 12, 31), NOW)
    assert form_timestamp.possible(dt.datetime(1900, 1, 1), NOW)
    assert form_timestamp.possible(NOW + dt.timedelta(hours=23), NOW)
    assert not form_timestamp.possible(NOW + dt.timedelta(days=1, minutes=1), NOW)
