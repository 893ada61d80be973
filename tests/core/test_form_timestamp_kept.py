"""Field test "fieldtraining60": a Google Forms / Microsoft Forms / 问卷星 sign-up sheet's "Timestamp" /
"完成时间" / "提交答卷时间" (when the person sent the form) was dropped by ``import-contacts --training``
and the registration was dated the day of the import. It now dates the registration (the earliest
form a person sent) and its minute is kept in the person's notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import form_timestamp
from petdesk.services import trainings as ts


@pytest.fixture(autouse=True)
def _in_march_2027(monkeypatch: pytest.MonkeyPatch) -> None:
    """The forms here were sent in 2027: read after that, or their times are in the future (window63)."""
    monkeypatch.setattr(form_timestamp, "now", lambda: dt.datetime(2027, 3, 1))


SAMPLES = Path(__file__).parents[1] / "data" / "import" / "fieldtraining60"


def _training(db: Database) -> str:
    day = dt.date(2027, 3, 1)
    with db.transaction() as s:
        return ts.create_training(
            s,
            title_en="Urban air quality",
            title_zh="城市空气质量培训",
            start_date=day,
            end_date=day.replace(day=3),
        ).id


def _registrations(db: Database, tid: str) -> dict[str, tuple[dt.date | None, str]]:
    with db.reading() as s:
        rows = s.query(m.TrainingParticipant).filter_by(training_id=tid).all()
        return {
            (p.contact.family_name_zh + p.contact.given_name_zh) or p.contact.given_name: (
                p.registered_on,
                p.contact.notes,
            )
            for p in rows
        }


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_forms_timestamps_date_the_registrations_and_stay_in_the_notes(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    tid = _training(db)
    files = [str(SAMPLES / name) for name in ("google_forms_signup.csv", "ms_forms_signup_zh.xlsx")]
    at = ["--db", str(db.path), "--lang", language, "import-contacts", "--training", tid[:8]]
    assert main([*at, *files]) == 0
    out = capsys.readouterr().out
    assert "Timestamp" not in out and "完成时间" not in out, out  # read, so not said to be dropped
    people = _registrations(db, tid)
    if language == "en":
        tomas = "Registered 2027-02-20 10:02 via the form: Urban air quality"
        zhao = "Registered 2027-02-22 08:04 via the form: Urban air quality"
    else:
        tomas = "2027-02-20 10:02 通过报名表报名：城市空气质量培训"
        zhao = "2027-02-22 08:04 通过报名表报名：城市空气质量培训"
    assert people["Tomás"] == (dt.date(2027, 2, 20), tomas)
    assert people["赵敏"] == (dt.date(2027, 2, 22), zhao)  # Microsoft's completion time, not its start
    li_na = next(v for k, v in people.items() if "2027-02-20 09:15" in v[1])
    assert li_na[0] == dt.date(2027, 2, 20)  # answered both forms: the first place is kept
    assert "2027-02-20 09:15" in li_na[1] and "2027-02-22 09:15" in li_na[1]
    assert main([*at, *files]) == 0  # again: no second line of the same moment
    assert _registrations(db, tid) == people


def test_the_ways_the_forms_write_the_moment() -> None:
    for text, written in (
        ("2/20/2027 9:15:32", "2027-02-20 09:15"),
        ("2/22/27 8:04:40", "2027-02-22 08:04"),
        ("2027/2/23 14:05:33", "2027-02-23 14:05"),
        ("2027/02/20 9:15:32 AM GMT+8", "2027-02-20 09:15"),
        ("2027-02-20 09:15:32.123", "2027-02-20 09:15"),
        ("2026/11/05", "2026-11-05"),
    ):
        read = form_timestamp.parse_moment(text)
        assert read is not None and read[1] == written, text
    assert form_timestamp.parse_moment("yesterday") is None
