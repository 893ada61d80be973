"""A training's attendees to a file, as the command line's ``export-contacts --training`` and the
training editor's Export attendees… both write it: one service function for both."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import importing, record_people
from petdesk.services import trainings as ts
from petdesk.services.visits import ScheduleError
from tests.helpers import trainings_data


def test_attendees_not_trainers_with_headers_in_the_language_asked(db: Database, tmp_path: Path) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    out = tmp_path / "attendees.xlsx"
    with db.reading() as s:
        n = record_people.export_training_attendees(s, ids["training"], out, "xlsx", language="zh_CN")
    assert n == 2
    table = importing.read_table(out)
    assert "姓名顺序" in table.headers  # the Chinese window's words, as the other exports
    names = {" ".join(cell for cell in row if cell) for _n, row in table.rows}
    assert any("Bergström" in name for name in names) and any("Becker" in name for name in names)
    assert not any("Andersson" in name for name in names)  # Erik is the trainer


def test_vcard_and_a_training_gone(db: Database, tmp_path: Path) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=False)
    out = tmp_path / "attendees.vcf"
    with db.reading() as s:
        assert record_people.export_training_attendees(s, ids["training"], out, "vcf") == 2
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
    with db.transaction() as s:
        ts.delete_training(s, ids["training"])
    gone = tmp_path / "gone.csv"
    with db.reading() as s, pytest.raises(ScheduleError, match="training"):
        record_people.export_training_attendees(s, ids["training"], gone, "csv")
    assert not gone.exists()
