"""A training's history includes its sessions, registrations and trainers, and counts its
attendance marks per session (field test 15: it showed only the training's creation)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import history, trainings
from tests.core.sync.helpers import make_office, send


@dataclass(frozen=True)
class Course:
    training: str
    opening: str
    closing: str
    trainer: str
    people: tuple[str, ...]


def _course(db: Database) -> Course:
    """A training with two sessions, a trainer, three registrations and their attendance, then the
    closing session removed."""
    with db.transaction() as session:
        people = [
            contact_service.create_contact(session, family_name=family, given_name=given).id
            for family, given in (("Chen", "Ping"), ("Wang", "Fang"), ("Li", "Na"))
        ]
        trainer = contact_service.create_contact(session, family_name="Müller", given_name="Klaus").id
        t = trainings.create_training(
            session, title_en="Urban wastewater", start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 2)
        )
        opening = trainings.add_session(
            session,
            t.id,
            title_en="Opening lecture",
            room_en="Hall A",
            start=dt.datetime(2027, 3, 1, 9),
            end=dt.datetime(2027, 3, 1, 12),
            trainer_ids=[trainer],
        ).id
        closing = trainings.add_session(
            session,
            t.id,
            title_en="Closing",
            start=dt.datetime(2027, 3, 2, 9),
            end=dt.datetime(2027, 3, 2, 12),
        ).id
        for person in people:
            trainings.register(session, t.id, person)
        training_id = t.id
    with db.transaction() as session:
        for person in people:
            trainings.set_attendance(session, opening, person, "present")
        trainings.set_attendance(session, opening, people[2], "absent")  # corrected: a change too
    with db.transaction() as session:
        trainings.delete_session(session, closing)
    return Course(training_id, opening, closing, trainer, tuple(people))


def test_training_history_has_sessions_registrations_trainers_and_counted_marks(tmp_path: Path) -> None:
    hub = make_office(tmp_path / "dbs", "Hangzhou")
    partner = make_office(tmp_path / "dbs", "Copenhagen")
    try:
        course = _course(hub)
        send(hub, partner, tmp_path)
        # The partner office changes the room: the hub sees it in the training's history.
        with partner.transaction() as session:
            trainings.update_session(session, course.opening, room_en="Hall B (Danish desk)")
        send(partner, hub, tmp_path)
        with hub.reading() as session:
            entries = history.record_history(session, "training", course.training)
    finally:
        hub.engine.dispose()
        partner.engine.dispose()

    room = [e for e in entries if e.entity == "training_session" and e.field == "room_en"]
    assert [(r.old_text, r.new_text, r.office, r.label) for r in room] == [
        ("Hall A", "Hall B (Danish desk)", "Copenhagen", "Opening lecture")
    ]
    added = {e.label for e in entries if e.entity == "training_session" and e.is_creation}
    assert added == {"Opening lecture", "Closing"}
    removed = [e for e in entries if e.entity == "training_session" and e.field == "deleted_at"]
    assert [e.label for e in removed] == ["Closing"]
    registered = [e.label for e in entries if e.entity == "training_participant" and e.is_creation]
    assert len(registered) == 3 and "Ping Chen" in registered
    [trainer] = [e for e in entries if e.entity == "session_trainer"]
    assert "Klaus" in trainer.label and trainer.label.endswith("· Opening lecture")
    # Attendance: one line per session, counting its marks (three entered, one corrected), not
    # one line per mark; it cannot be reverted as one change.
    [marks] = [e for e in entries if e.entity == "attendance"]
    assert (marks.count, marks.label, marks.row_id, marks.office) == (
        4,
        "Opening lecture",
        course.opening,
        "Hangzhou",
    )
    assert not marks.is_creation and marks.is_count and marks.id == ""
    assert entries == sorted(entries, key=lambda e: (e.hlc, e.office_id, e.field), reverse=True)
    assert entries[-1].entity == "training" and entries[-1].is_creation


def test_cli_training_history(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    course = _course(db)
    args = ["--db", str(db.path)]
    assert main([*args, "history", course.training[:8]]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Training Urban wastewater")
    assert any(line.endswith("Training session · Opening lecture · created") for line in out), out
    assert any("Training session · Closing · " in line and "→" in line for line in out)
    assert any(
        line.endswith("· Opening lecture · created") and "Session trainer · Klaus" in line for line in out
    )
    assert sum("Registration · " in line for line in out) == 3
    [marks] = [line for line in out if "marks entered" in line]
    assert marks.endswith("Attendance · Opening lecture · 4 marks entered, changed or cleared")
    assert marks.startswith(" " * 8)  # no change id: a count is not reverted
    # --json keeps the data's names and the count
    assert main([*args, "history", course.training, "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["entity"], r["count"]) for r in rows if r["count"]] == [("attendance", 4)]


def test_cli_training_history_in_chinese(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    course = _course(db)
    assert main(["--lang", "zh_CN", "--db", str(db.path), "history", course.training]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.endswith("培训课程 · Opening lecture · 创建") for line in out), out
    [marks] = [line for line in out if line.rstrip().split("  ")[-1].startswith("出勤 · ")]
    assert marks.endswith("出勤 · Opening lecture · 录入、更改或清除了 4 条出勤记录")
