"""A registration form imported for a training (``import-contacts --training``) reads its "How will you
attend?" / "6、参会方式" column as the attendance mode (certs52), so the import's report no longer lists it
as dropped; imported without a training, nothing reads it and it is still said to be dropped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import attendance_mode
from petdesk.services import trainings as ts
from petdesk.services.importing import ImportReport, Table
from tests.core.test_field_79_hybrid_asean_training import _forms


def _training(db: Database) -> str:
    day = dt.date(2026, 11, 16)
    with db.transaction() as s:
        return ts.create_training(s, title_en="ASEAN", title_zh="东盟", start_date=day, end_date=day).id


def test_the_columns_a_registration_reads_are_not_reported_dropped() -> None:
    headers = ["Full name", "How will you attend?", "Accommodation needed", "Timestamp", "Start time"]
    table = Table(headers=headers, rows=[(2, ["Maria Santos", "Online (Zoom)", "No", "2026/11/05", "x"])])
    # the form's timestamp too (fieldbits62: it dates the registration)
    read = ["How will you attend?", "Accommodation needed", "Timestamp"]
    assert attendance_mode.registration_columns(table) == read
    report = ImportReport(
        dropped={"How will you attend?": 1, "Accommodation needed": 1, "Timestamp": 1, "Start time": 1}
    )
    report.read_after(attendance_mode.registration_columns(table))
    assert report.dropped == {"Start time": 1}


def test_import_for_a_training_does_not_call_the_attendance_column_dropped(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tid = _training(db)
    at = ["--db", str(db.path), "--lang", "en", "import-contacts"]
    assert main([*at, "--dry-run", *_forms(tmp_path)]) == 0
    alone = capsys.readouterr().out
    assert "How will you attend?" in alone and "6、参会方式" in alone  # read by nobody: dropped
    assert main([*at, "--training", tid[:8], *_forms(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "5 people registered for the training" in out, out
    assert "How will you attend?" not in out and "参会方式" not in out, out
    assert "× Timestamp" not in out  # the form's timestamp dates the registration now
