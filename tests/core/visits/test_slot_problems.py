"""What adding a session or an itinerary item would refuse, known before the write (field test 13,
defect 3): the dialogs ask ``slot_problems`` and stay open; the services raise the same problems."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.services import trainings as ts
from petdesk.services import visits as vs

NINE = dt.datetime(2027, 5, 11, 9)


def slot(**changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "title_en": "Principles",
        "title_zh": "",
        "start": NINE,
        "end": NINE + dt.timedelta(hours=3),
        "timezone": "Europe/Lisbon",
    }
    values.update(changes)
    return values


def test_a_good_slot_has_no_problems() -> None:
    assert vs.slot_problems("session", **slot()) == {}  # type: ignore[arg-type]
    assert vs.slot_problems("session", **slot(title_en="", title_zh="原理")) == {}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title_en": "  "}, "title", "a session needs a title in English or Chinese"),
        ({"end": NINE}, "end", "the session must end after it starts"),
        ({"end": NINE + dt.timedelta(days=30)}, "end", "the session lasts more than"),
        ({"timezone": "Lisbon"}, "timezone", "unknown time zone"),
        ({"start": dt.datetime(2027, 3, 28, 1, 30)}, "start", "does not exist in Europe/Lisbon"),
    ],
)
def test_each_problem_names_its_field(changes: dict[str, object], field: str, message: str) -> None:
    problems = vs.slot_problems("session", **slot(**changes))  # type: ignore[arg-type]
    assert list(problems) == [field]
    assert message in str(problems[field])


def test_every_problem_is_found_at_once() -> None:
    # (ending at its start is a moment, which an item may be: RFC 5545's event without an end)
    early = NINE - dt.timedelta(hours=1)
    problems = vs.slot_problems("itinerary item", **slot(title_en="", end=early))  # type: ignore[arg-type]
    assert list(problems) == ["end", "title"]
    assert str(problems["title"]) == "an itinerary item needs a title in English or Chinese"


def test_the_services_refuse_what_the_check_finds(db: Database) -> None:
    with db.transaction() as s:
        training = ts.create_training(
            s, title_en="Sludge", start_date=dt.date(2027, 5, 11), end_date=dt.date(2027, 5, 12)
        )
        visit = vs.create_visit(
            s, title_en="Lisbon delegation", start_date=dt.date(2027, 5, 11), end_date=dt.date(2027, 5, 12)
        )
        tid, vid = training.id, visit.id
    bad = slot(title_en="")
    with db.transaction() as s, pytest.raises(vs.ScheduleError, match="session needs a title"):
        ts.add_session(s, tid, **bad)  # type: ignore[arg-type]
    with db.transaction() as s, pytest.raises(vs.ScheduleError, match="itinerary item needs a title"):
        vs.add_item(s, vid, **bad)  # type: ignore[arg-type]
