"""A visit's delegation country and head count (0070): stored as an organisation's country (a code in
capitals) and a whole number; anything else is refused in plain words and the visit keeps what it had."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.messages import localize
from petdesk.services import visits as vs
from petdesk.services.visits import ScheduleError


def _visit(db: Database, **fields: object) -> str:
    with db.transaction() as s:
        return vs.create_visit(
            s,
            title_en="Hanoi delegation",
            start_date=dt.date(2027, 3, 1),
            end_date=dt.date(2027, 3, 2),
            **fields,
        ).id


def test_country_is_stored_as_a_code_in_capitals_and_empty_as_none(db: Database) -> None:
    visit_id = _visit(db, country=" vn ", head_count=8)
    with db.transaction() as s:
        visit = s.get(m.Visit, visit_id)
        assert visit is not None and (visit.country, visit.head_count) == ("VN", 8)
        vs.update_visit(s, visit_id, country="", head_count=None)
        assert (visit.country, visit.head_count) == (None, None)


@pytest.mark.parametrize(
    ("fields", "chinese"),
    [
        ({"country": "Vietnam"}, "代表团的国家不是两个字母的国家代码（例如 VN、DE）"),
        ({"country": "XX"}, "代表团的国家不是两个字母的国家代码（例如 VN、DE）"),
        ({"head_count": 0}, "代表团人数须为整数，至少为 1"),
        ({"head_count": "8"}, "代表团人数须为整数，至少为 1"),
    ],
)
def test_a_wrong_value_is_refused_in_plain_words_and_nothing_changes(
    db: Database, fields: dict[str, object], chinese: str
) -> None:
    visit_id = _visit(db, country="VN", head_count=8)
    with pytest.raises(ScheduleError) as caught, db.transaction() as s:
        vs.update_visit(s, visit_id, **fields)
    assert localize(str(caught.value), "zh_CN") == chinese
    with db.reading() as s:
        visit = s.get(m.Visit, visit_id)
        assert visit is not None and (visit.country, visit.head_count) == ("VN", 8)
