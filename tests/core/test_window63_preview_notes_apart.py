"""Round 63 (window63): the past projects preview listed the years rule's plain notes ("no later date
in the sheet than …: taken as closed at the end of 2019") among the warnings, so "Only the rows with
warnings" counted rows with nothing to check. The notes are kept apart; the warnings stay."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from petdesk.db import Database
from petdesk.services import past_projects
from petdesk.services.past_projects_preview import preview_rows


def _sheet(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Project", "Funder", "Status", "Submitted", "Approval date", "Deadline"])
    sheet.append(["Old wetland survey", "ADB", "approved", "2018-03-01", "2018-09-01", ""])
    sheet.append(["Sludge pilot", "ADB", "idea", "", "", "TBC (spring)"])
    book.save(path)
    return path


def test_window63_taken_as_closed_is_a_note_not_a_warning(db: Database, tmp_path: Path) -> None:
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, _sheet(tmp_path / "ledger.xlsx"))
    rows = {r.name: r for r in preview_rows(plan, "en")}
    old, pilot = rows["Old wetland survey"], rows["Sludge pilot"]
    assert old.warnings == (), old.warnings
    assert len(old.notes) == 1 and "taken as closed at the end of 2018" in old.notes[0], old.notes
    assert pilot.warnings and "TBC (spring)" in pilot.warnings[0] and pilot.notes == ()
    assert preview_rows(plan, "en")[0].name == "Sludge pilot"  # the warned row first
    assert sum(1 for r in rows.values() if r.warnings) == 1  # what "Only the rows with warnings" counts

