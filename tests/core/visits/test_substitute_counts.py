"""A training's place taken over by a late substitute counts once everywhere, as on the dossier's cover
("People: 8; attendees: 6 (1 substitute)", dossier54): the Trainings list (window and command line),
``petdesk trainings ID``, the attendance report and the events report counted the person replaced and
the substitute both, 9 people and 7 attendees (counts54)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.data import gather_training
from petdesk.models import Contact
from petdesk.services import attendance, lists
from petdesk.services import trainings as ts
from petdesk.services.counted_people import HeadCount
from petdesk.services.year_events import year_events
from tests.core.dossier.sample_data import START, make_training

#: 2 trainers and 6 attendees, one of them replaced by a substitute: 8 places, 6 of them graded.
COUNTED = HeadCount(people=8, attendees=6, substitutes=1)


@pytest.fixture
def replaced(db: Database) -> str:
    """The training of the dossier's cover test: its second attendee replaced from session 3."""
    ids = make_training(db, sessions=8, participants=8)
    with db.reading() as s:
        before = gather_training(s, ids.training_id)
    with db.transaction() as s:
        lin = Contact(given_name="Yue", family_name="Lin", family_name_zh="林", given_name_zh="月")
        s.add(lin)
        s.flush()
        ts.replace_attendee(
            s, ids.training_id, before.attendees[1].person.id, lin.id, from_session_id=before.sessions[2].id
        )
    return ids.training_id


def test_the_services_count_a_place_once(db: Database, replaced: str) -> None:
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, replaced)
        (listed,) = ts.list_trainings(s)
        (window_row,) = lists.trainings("zh_CN").page(s, offset=0, limit=10)
        report = attendance.attendance_report(s, replaced)
        year = START.year
        (event,) = year_events(s, date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31)).rows
    assert len(sheet.rows) == 9, "the person replaced keeps their registration, for the record"
    assert sheet.head_count == COUNTED
    keys = ["id", *(c.key for c in lists.trainings().columns)]
    window = dict(zip(keys, window_row, strict=True))
    assert (listed.participants, listed.attendees) == (window["people"], window["attendees"]) == (8, 6)
    assert (report.registered, report.attendees, report.substitutes) == (8, 6, 1)
    assert len(report.people) == 7, "both graded, each for their part of the place"
    assert sum(o.people for o in report.organisations) == 6, "an organisation's attendees are its places"
    assert (event.people, event.core) == (8, 6)


def test_the_attendance_report_names_the_cover_counts(db: Database, replaced: str) -> None:
    with db.reading() as s:
        figures = attendance.figures(attendance.attendance_report(s, replaced))
    assert "People: 8; attendees: 6 (1 substitute; trainers and organisers" in figures
    assert "人数：8；学员：6（含替补 1 人；培训讲师和组织方不计出勤）" in figures


@pytest.mark.parametrize(
    ("lang", "listed", "shown"),
    [
        ("en", "(8 sessions, 8 people, 6 attendees)", "People: 8; attendees: 6 (1 substitute;"),
        ("zh_CN", "8 人，学员 6 人", "人数：8；学员：6（含替补 1 人；"),
    ],
)
def test_the_command_line_counts_as_the_cover(
    db: Database,
    replaced: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    lang: str,
    listed: str,
    shown: str,
) -> None:
    path = str(db.path)
    assert main(["--db", path, "--lang", lang, "trainings"]) == 0
    out = capsys.readouterr().out
    assert listed in out and "9 people" not in out and "9 人" not in out
    assert main(["--db", path, "--lang", lang, "trainings", replaced[:8]]) == 0
    assert shown in capsys.readouterr().out
    assert main(["--db", path, "--lang", lang, "report", "attendance", replaced[:8]]) == 0
    assert shown in capsys.readouterr().out
    out = tmp_path / "events.csv"
    assert (
        main(["--db", path, "--lang", lang, "report", "events", "--year", str(START.year), "--out", str(out)])
        == 0
    )
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    training = next(r for r in rows if replaced in r)
    assert (training[8], training[12]) == ("8", "6"), "people; attendees"
