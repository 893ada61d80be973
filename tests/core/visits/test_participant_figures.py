"""A training's head counts agree wherever they are shown (field test 65: one training read 12 people in
the Trainings list, 11 in the attendance report with the organiser graded at 0 %, and 12 and 10 in
the events report). "People": everyone registered; "attendees": those graded, no trainer or organiser."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import attendance
from petdesk.services import trainings as ts
from petdesk.services.year_events import TRAINING, year_events
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

DAY = dt.date(2026, 5, 12)


def _training(db: Database) -> tuple[str, str]:
    """2 trainers, 1 organiser and 9 attendees, each attendee present at the one session."""
    with db.transaction() as s:
        t = ts.create_training(s, title_en="Sludge", title_zh="污泥处理", start_date=DAY, end_date=DAY)
        sid = ts.add_session(
            s, t.id, title_en="S", start=dt.datetime(2026, 5, 12, 9), end=dt.datetime(2026, 5, 12, 12)
        ).id
        for n in range(2):
            ts.register(s, t.id, person(s, "Trainer", f"T{n}").id, "trainer")
        organiser = person(s, "Olga", "Organiser").id
        ts.register(s, t.id, organiser, "organiser")
        for n in range(9):
            p = person(s, "Attendee", f"A{n}").id
            ts.register(s, t.id, p)
            ts.set_attendance(s, sid, p, "present")
        return t.id, organiser


def test_list_events_report_and_attendance_report_count_alike(db: Database) -> None:
    tid, organiser = _training(db)
    with db.reading() as s:
        (row,) = ts.list_trainings(s)
        (event,) = year_events(s, date_from=DAY, date_to=DAY).of_kind(TRAINING)
        report = attendance.attendance_report(s, tid)
        sheet = ts.sign_in_sheet(s, tid)
    assert (row.participants, row.attendees) == (12, 9)
    assert (event.people, event.core) == (12, 9)
    assert (report.registered, report.attendees) == (12, 9)
    # the organiser signs the sheet, but is not graded: no line at 0 % without a certificate
    assert organiser in [r.contact_id for r in sheet.signers]
    assert organiser not in [p.contact_id for p in report.people]
    assert all(p.counted.earns_certificate for p in report.people)
    assert [line[1] for line in attendance.organisation_table(report)[1:]] == [9]
    assert attendance.session_table(report)[1][3] == 9


def test_the_command_line_names_both_figures(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tid, _ = _training(db)
    base = ["--db", str(db.path), "--lang", "en"]
    assert main([*base, "trainings"]) == 0
    assert "12 people, 9 attendees" in capsys.readouterr().out
    assert main([*base, "trainings", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)["trainings"]
    assert (listed["participants"], listed["attendees"]) == (12, 9)
    out = tmp_path / "a.csv"
    assert main([*base, "report", "attendance", tid, "--out", str(out)]) == 0
    said = "People: 12; attendees: 9 (trainers and organisers are not graded for attendance)"
    assert said in capsys.readouterr().out
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][1].startswith(said) and "学员：9" in rows[0][1]
    assert rows[1][0] == "Name / 姓名" and len(rows[2:11]) == 9 and not rows[11]
    assert rows[12][:2] == ["Organisation / 单位", "Attendees / 学员"]
    book = tmp_path / "events.xlsx"
    assert main([*base, "report", "events", "--year", "2026", "--out", str(book)]) == 0
    cells = [c for r in openpyxl.load_workbook(book).active.iter_rows(values_only=True) for c in r]
    assert 12 in cells and 9 in cells and 10 not in cells


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_chinese_names_both_figures(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _training(db)
    assert main(["--db", str(db.path), "--lang", "zh_CN", "trainings"]) == 0
    assert "12 人，学员 9 人" in capsys.readouterr().out
