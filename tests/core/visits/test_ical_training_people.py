"""A training's calendar lists its trainers; its attendees only when asked for, answering as their
attendance marks say (field test 15: 30 attendees' addresses, all ACCEPTED, on every session)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import trainings as ts
from tests.core.visits.data import person


def _training(db: Database) -> str:
    day = dt.date(2026, 12, 16)
    with db.transaction() as s:
        klaus = person(s, "Klaus", "Müller", email="klaus@example.de")
        soren = person(s, "Søren", "Kjærgaard", email="soren@example.dk")
        t = ts.create_training(s, title_en="Course", start_date=day, end_date=day)
        ts.register(s, t.id, klaus.id, "trainer")
        one = ts.add_session(
            s,
            t.id,
            title_en="One",
            start=dt.datetime(2026, 12, 16, 9),
            end=dt.datetime(2026, 12, 16, 10),
            trainer_ids=[klaus.id],
        )
        ts.add_session(
            s,
            t.id,
            title_en="Two",
            start=dt.datetime(2026, 12, 16, 10),
            end=dt.datetime(2026, 12, 16, 11),
            trainer_ids=[soren.id],
        )
        for n, status in enumerate(("present", "absent", "excused", None)):
            p = person(s, f"Att{n}", "Wang", email=f"att{n}@suzhou.example.cn")
            ts.register(s, t.id, p.id)
            if status:
                ts.set_attendance(s, one.id, p.id, status)
        return t.id


def _people(data: bytes) -> dict[str, dict[str, tuple[str, str]]]:
    """Session title → address → (ROLE, PARTSTAT)."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for ev in Calendar.from_ical(data).walk("VEVENT"):
        raw = ev.get("attendee")
        found = raw if isinstance(raw, list) else [raw] if raw is not None else []
        out[str(ev["summary"])] = {str(a): (a.params["ROLE"], a.params["PARTSTAT"]) for a in found}
    return out


def test_sessions_list_only_their_trainers_by_default(db: Database) -> None:
    tid = _training(db)
    with db.reading() as s:
        people = _people(ical.export_training(s, tid))
    assert people["One"] == {"mailto:klaus@example.de": ("CHAIR", "ACCEPTED")}
    assert people["Two"] == {"mailto:soren@example.dk": ("CHAIR", "ACCEPTED")}


def test_attendees_when_asked_answer_as_marked(db: Database) -> None:
    tid = _training(db)
    with db.reading() as s:
        people = _people(ical.export_training(s, tid, with_attendees=True))
    one = people["One"]
    assert one["mailto:klaus@example.de"] == ("CHAIR", "ACCEPTED")
    assert one["mailto:att0@suzhou.example.cn"] == ("REQ-PARTICIPANT", "ACCEPTED")
    assert one["mailto:att1@suzhou.example.cn"][1] == "DECLINED"
    assert one["mailto:att2@suzhou.example.cn"][1] == "DECLINED"
    assert one["mailto:att3@suzhou.example.cn"][1] == "NEEDS-ACTION"
    assert people["Two"]["mailto:att0@suzhou.example.cn"][1] == "NEEDS-ACTION"  # not marked there


def test_command_line_adds_attendees_only_with_the_option(db: Database, tmp_path: Path) -> None:
    tid = _training(db)
    plain, full = tmp_path / "trainers.ics", tmp_path / "all.ics"
    assert main(["--db", str(db.path), "calendar", "--training", tid, "--out", str(plain)]) == 0
    assert b"suzhou" not in plain.read_bytes()
    argv = ["--db", str(db.path), "calendar", "--training", tid, "--with-attendees", "--out", str(full)]
    assert main(argv) == 0
    assert _people(full.read_bytes())["One"]["mailto:att1@suzhou.example.cn"][1] == "DECLINED"
