"""Trainings: sessions in the venue's time, trainers, registration, attendance, sign-in sheet."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.models.enums import AttendanceStatus
from petdesk.services import trainings as ts
from petdesk.services.visits import ScheduleError
from tests.core.visits.data import person


def test_training_sessions_attendance_and_sign_in_sheet(db: Database) -> None:
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Waste-to-energy training",
            title_zh="垃圾焚烧发电培训",
            start_date=dt.date(2026, 11, 16),
            end_date=dt.date(2026, 11, 17),
            venue_en="Tongji University",
            venue_zh="同济大学",
            city_en="Shanghai",
            city_zh="上海",
        )
        trainer = person(s, "Jens", "Müller")
        alice = person(s, "Alice", "Brown")
        wang = person(s, "Fang", "Wang", "王芳", family_first=True)
        s1 = ts.add_session(
            s,
            t.id,
            title_en="Basics",
            start=dt.datetime(2026, 11, 16, 9),
            end=dt.datetime(2026, 11, 16, 12),
            trainer_ids=[trainer.id],
        )
        s2 = ts.add_session(
            s,
            t.id,
            title_en="Site practice",
            title_zh="现场实践",
            start=dt.datetime(2026, 11, 17, 14),
            end=dt.datetime(2026, 11, 17, 17),
        )
        assert s1.starts_at == dt.datetime(2026, 11, 16, 1, tzinfo=dt.UTC)
        ts.register(s, t.id, alice.id)
        ts.register(s, t.id, wang.id)
        ts.set_attendance(s, s1.id, alice.id, "present")
        ts.set_attendance(s, s1.id, wang.id, AttendanceStatus.ABSENT)
        ts.set_attendance(s, s1.id, wang.id, "excused")  # corrected, not duplicated
        with pytest.raises(ScheduleError, match="only people registered"):
            ts.set_attendance(s, s2.id, trainer.id, "present")
        ts.set_training_status(s, t.id, "confirmed")
        tid, s1id, s2id = t.id, s1.id, s2.id
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, tid)
    assert [x.title_en for x in sheet.sessions] == ["Basics", "Site practice"]
    assert sheet.sessions[0].starts_local.hour == 9
    assert sheet.sessions[0].trainers == ("Jens Müller",)
    assert [r.name_latin for r in sheet.rows] == ["Alice Brown", "Wang Fang"]
    assert sheet.rows[1].name_zh == "王芳"
    assert sheet.rows[0].attendance == {s1id: "present"}
    assert sheet.rows[1].attendance == {s1id: "excused"}
    assert sheet.present_count(s1id) == 1 and sheet.present_count(s2id) == 0
    rows = db.raw().execute("SELECT count(*) FROM attendance WHERE deleted_at IS NULL").fetchone()
    assert rows == (2,)


def test_training_validation_and_delete(db: Database) -> None:
    with db.transaction() as s:
        with pytest.raises(ScheduleError, match="ends before it starts"):
            ts.create_training(s, title_en="x", start_date=dt.date(2026, 1, 2), end_date=dt.date(2026, 1, 1))
        t = ts.create_training(
            s, title_zh="培训", start_date=dt.date(2026, 1, 2), end_date=dt.date(2026, 1, 2)
        )
        with pytest.raises(ScheduleError, match="at least one session"):
            ts.set_training_status(s, t.id, "confirmed")
        ts.add_session(
            s, t.id, title_zh="第一讲", start=dt.datetime(2026, 1, 2, 9), end=dt.datetime(2026, 1, 2, 10)
        )
        ts.delete_training(s, t.id)
        assert ts.list_trainings(s) == []


def test_the_sign_in_sheet_goes_by_family_name_however_names_are_written(db: Database) -> None:
    """Mengfang Hao (郝, written given name first) sorted under M, Han Ren (任) under H."""
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Sponge city training",
            start_date=dt.date(2026, 11, 16),
            end_date=dt.date(2026, 11, 16),
        )
        people = [
            person(s, "Mengfang", "Hao", "郝梦芳"),  # given first, as in an English address book
            person(s, "Han", "Ren", "任涵"),
            person(s, "Wei", "Zhang", "张伟", family_first=True),
            person(s, "Anna", "Adams"),
        ]
        for p in people:
            ts.register(s, t.id, p.id)
        tid = t.id
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, tid)
    assert [r.name_latin for r in sheet.rows] == ["Anna Adams", "Mengfang Hao", "Han Ren", "Zhang Wei"]
