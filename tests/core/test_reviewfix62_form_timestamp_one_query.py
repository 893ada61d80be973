"""Review 62: dating a sign-up sheet's registrations asked the database for each line's registration
(and its person) apart: 50 lines, 50 participant queries. Now one query finds the training's
registrations and one the file's people, whatever the number of lines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts, form_timestamp
from petdesk.services import trainings as ts


@pytest.fixture(autouse=True)
def _in_march_2027(monkeypatch: pytest.MonkeyPatch) -> None:
    """The forms here were sent in 2027: read after that, or their times are in the future (window63)."""
    monkeypatch.setattr(form_timestamp, "now", lambda: dt.datetime(2027, 3, 1))


ROWS = 50


def test_reviewfix62_fifty_lines_take_one_participant_query(db: Database) -> None:
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Urban air quality", start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 3)
        ).id
        people = {
            n + 2: contacts.create_contact(s, family_name=f"Shah{n}", given_name="Priya").id
            for n in range(ROWS)
        }
        ts.register_people(s, tid, people.values())
    answers = {line: f"2/{1 + line % 20}/2027 9:15:32" for line in people}
    statements: list[str] = []

    def listener(*args: object) -> None:
        statements.append(str(args[2]))

    with db.transaction() as s:  # a fresh session: nothing of the people is loaded yet
        engine = s.get_bind()
        event.listen(engine, "before_cursor_execute", listener)
        try:
            assert form_timestamp.fill_from_file(s, tid, answers, people) == ROWS
            s.flush()
        finally:
            event.remove(engine, "before_cursor_execute", listener)
    reads = [q for q in statements if q.lstrip().upper().startswith("SELECT")]
    assert sum("FROM training_participant" in q for q in reads) == 1, len(reads)
    assert sum("FROM contact" in q for q in reads) <= 1, len(reads)
    with db.reading() as s:
        dated = {p.registered_on for p in s.query(m.TrainingParticipant).filter_by(training_id=tid)}
    assert min(dated) == dt.date(2027, 2, 1)
