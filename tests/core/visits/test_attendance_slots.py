"""Attendance counted in time slots: parallel sessions of a training are one slot (field test 15)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.dossier.data import gather_training
from petdesk.dossier.layout import BiTable
from petdesk.dossier.training import training_sections
from petdesk.enums import AttendanceStatus
from petdesk.services import trainings as ts
from petdesk.services.attendance import tally, time_slots
from tests.core.visits.data import person

UTC = dt.UTC


def _t(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=UTC)


def test_overlapping_sessions_share_a_slot_even_through_a_third() -> None:
    sessions = [
        ("s1", _t(15, 9), _t(15, 12)),
        ("s4", _t(16, 9), _t(16, 12)),
        ("s5", _t(16, 10, 30), _t(16, 12)),
        ("s6", _t(16, 11, 30), _t(16, 13)),  # overlaps s4 and s5's end: same slot
        ("s7", _t(16, 13), _t(16, 15)),  # starts as s6 ends: a slot of its own
    ]
    assert time_slots(reversed(sessions)) == [("s1",), ("s4", "s5", "s6"), ("s7",)]


def test_tally_counts_the_best_mark_of_a_slot() -> None:
    slots = [("a",), ("b", "c"), ("d",), ("e",)]
    P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED
    counted = tally(slots, {"a": P, "b": A, "c": P, "d": E})
    assert (counted.present, counted.absent, counted.excused, counted.slots) == (2, 0, 1, 4)
    assert counted.rate == 0.5 and not counted.earns_certificate
    assert not tally(slots, {"a": "present", "c": "present", "d": "present"}).earns_certificate  # 75 %
    assert tally(slots, {"a": P, "b": P, "d": P, "e": P}).earns_certificate


def test_dossier_counts_one_breakout_as_attending_the_slot(db: Database) -> None:
    day = dt.date(2026, 12, 16)
    with db.transaction() as s:
        t = ts.create_training(s, title_en="Course", start_date=day, end_date=day, timezone="Asia/Shanghai")
        wang = person(s, "Jianguo", "Wang", "王建国", family_first=True)
        ts.register(s, t.id, wang.id)
        hours = [(8, 9), (9, 12), (10, 12), (13, 14), (14, 15)]  # the 2nd and 3rd are parallel
        sessions = [
            ts.add_session(
                s,
                t.id,
                title_en=f"S{n}",
                start=dt.datetime(2026, 12, 16, a),
                end=dt.datetime(2026, 12, 16, b),
            )
            for n, (a, b) in enumerate(hours, start=1)
        ]
        for k, row in enumerate(sessions):
            ts.set_attendance(s, row.id, wang.id, "absent" if k == 2 else "present")
        tid = t.id
    with db.reading() as s:
        data = gather_training(s, tid)
    (section,) = training_sections(data, {"attendance"})
    table = next(b for b in section.blocks if isinstance(b, BiTable))
    cells = list(table.rows[0].cells)
    assert cells[-2] == "4/4"  # five sessions, four slots, present at one of the breakouts
    assert cells[-1].en == "Yes"
