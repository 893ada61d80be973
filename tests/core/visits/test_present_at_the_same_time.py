"""Nobody is present in two parallel sessions at once (field test 41, defect 2: a block of cells
marked P put six people in both 09:00 breakouts without a word)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.models import Attendance
from petdesk.services import check
from petdesk.services import trainings as ts
from petdesk.services.visits import ScheduleError
from tests.core.visits.data import person


@pytest.fixture
def breakouts(db: Database) -> dict[str, str]:
    """Two breakouts at 09:00 (rooms A and B) and an afternoon session; Gao is registered."""
    day = dt.date(2026, 12, 31)
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sponge cities", start_date=day, end_date=day, timezone="Asia/Shanghai"
        )
        ids = {"training": t.id}
        for key, title, room, start, end in (
            ("options", "Technology options", "Room A", 9, 12),
            ("design", "Sponge city design", "Room B", 10, 11),
            ("afternoon", "Site visit", "Hall", 12, 15),
        ):
            row = ts.add_session(
                s,
                t.id,
                title_en=title,
                room_en=room,
                start=dt.datetime(2026, 12, 31, start),
                end=dt.datetime(2026, 12, 31, end),
            )
            ids[key] = row.id
        gao = person(s, "Shiyu", "Gao", "高诗雨")
        ts.register(s, t.id, gao.id)
        ids["gao"] = gao.id
    return ids


def _marks(db: Database, ids: dict[str, str]) -> dict[str, str]:
    with db.reading() as s:
        [row] = ts.sign_in_sheet(s, ids["training"]).rows
    return dict(row.attendance)


def test_present_in_a_parallel_session_is_refused(db: Database, breakouts: dict) -> None:
    with db.transaction() as s:
        ts.set_attendance(s, breakouts["options"], breakouts["gao"], "present")
    refused = r"already marked present in S1 “Technology options” at the same time"
    with pytest.raises(ScheduleError, match=refused), db.transaction() as s:
        ts.set_attendance(s, breakouts["design"], breakouts["gao"], "present")
    # absent there is fine, and so is the next session (it starts when the first ends)
    with db.transaction() as s:
        ts.set_attendance(s, breakouts["design"], breakouts["gao"], "absent")
        ts.set_attendance(s, breakouts["afternoon"], breakouts["gao"], "present")
    assert _marks(db, breakouts) == {
        breakouts["options"]: "present",
        breakouts["design"]: "absent",
        breakouts["afternoon"]: "present",
    }


def test_marking_a_block_skips_the_second_breakout_and_says_which(db: Database, breakouts: dict) -> None:
    cells = [(breakouts[k], breakouts["gao"]) for k in ("options", "design", "afternoon")]
    with db.transaction() as s:
        skipped = ts.mark_attendance(s, cells, "present")
    assert skipped == [(breakouts["design"], breakouts["gao"])]
    assert _marks(db, breakouts) == {breakouts["options"]: "present", breakouts["afternoon"]: "present"}


def test_check_finds_a_pair_that_arrived_by_sync(db: Database, db_path: Path, breakouts: dict) -> None:
    """Each office's mark was fine alone; the pair meets in one file (written here as sync would,
    past the service)."""
    with db.transaction() as s:
        ts.set_attendance(s, breakouts["options"], breakouts["gao"], "present")
        s.add(Attendance(session_id=breakouts["design"], contact_id=breakouts["gao"], status="present"))
    report = check.check(db_path)
    texts = [f.text for f in report.findings if f.kind == check.RECORDS]
    assert texts == [
        "1 person is marked present in two sessions at the same time (parallel sessions of a training); "
        "mark them absent in the one they did not attend"
    ]
