"""A session nobody has been marked for yet has no rate (field test 68: read after day one, the
attendance report gave day two "0 %", as if nobody had come)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import attendance
from petdesk.services import trainings as ts
from tests.core.visits.data import person


def test_day_two_unmarked_has_no_rate_and_day_one_keeps_its_own(db: Database) -> None:
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sponge city", start_date=dt.date(2026, 12, 10), end_date=dt.date(2026, 12, 11)
        )
        days = [
            ts.add_session(
                s,
                t.id,
                title_en=f"Day {d}",
                start=dt.datetime(2026, 12, d, 9),
                end=dt.datetime(2026, 12, d, 17),
            ).id
            for d in (10, 11)
        ]
        people = [person(s, "", "", zh, email=f"{n}@example.cn") for n, zh in enumerate(("王建国", "赵磊"))]
        for p in people:
            ts.register(s, t.id, p.id)
        ts.set_attendance(s, days[0], people[0].id, "present")
        ts.set_attendance(s, days[0], people[1].id, "absent")
        table = attendance.session_table(attendance.attendance_report(s, t.id))
    day_one, day_two = table[1], table[2]
    assert day_one[4:] == [1, 1, 0, 0.5] and str(day_one[-1]) == "50 %"
    assert day_two[4:] == [0, 0, 0, attendance.NOT_RECORDED]
