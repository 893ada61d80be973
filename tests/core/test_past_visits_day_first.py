"""A visit list from Jakarta (field test 108, tests/data/import/field108/visit_list.csv): dates day
first, "17/08/2027" and "17 Agustus 2027", were all skipped as unreadable. A date that reads two
ways (05/08/2027) is still skipped and said, not guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import past_visits
from petdesk.written_days import written_day

LIST = Path(__file__).parents[1] / "data" / "import" / "field108" / "visit_list.csv"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("17/08/2027", dt.date(2027, 8, 17)),
        ("17.08.2027", dt.date(2027, 8, 17)),
        ("08/17/2027", dt.date(2027, 8, 17)),
        ("17 Agustus 2027", dt.date(2027, 8, 17)),
        ("17 Agt 2027", dt.date(2027, 8, 17)),
        ("3 Mei 2027", dt.date(2027, 5, 3)),
        ("1 Desember 2026", dt.date(2026, 12, 1)),
        ("17 August 2027", dt.date(2027, 8, 17)),
        ("05/05/2027", dt.date(2027, 5, 5)),
        ("05/08/2027", None),
        ("31/02/2027", None),
        ("17 Mayday 2027", None),
    ],
)
def test_days_written_day_first(text: str, day: dt.date | None) -> None:
    assert written_day(text) == day


def test_a_day_first_visit_list_is_read(db: Database) -> None:
    with db.transaction() as s:
        result = past_visits.import_past_visits(s, LIST)
    assert [(a.row, a.start) for a in result.added] == [
        (2, dt.date(2027, 8, 17)),
        (3, dt.date(2027, 8, 17)),
        (4, dt.date(2027, 5, 3)),
        (5, dt.date(2026, 10, 21)),
    ]
    assert [k.row for k in result.skipped] == [6]
