"""Round 63 (shots63): the past projects preview's English warning quoted an unread deadline with
Python's quotes ('TBC (spring)') while the Chinese beside it and every other English import sentence
since the quotes commit (725997a4) write “TBC (spring)”."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.services import past_projects
from petdesk.services.past_projects_preview import preview_rows
from tests.core.test_window63_preview_notes_apart import _sheet


def test_shots63_an_unread_deadline_is_quoted_as_english_quotes_it(db: Database, tmp_path: Path) -> None:
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, _sheet(tmp_path / "ledger.xlsx"))
    [pilot] = [r for r in preview_rows(plan, "en") if r.name == "Sludge pilot"]
    assert pilot.warnings[0].startswith("the deadline “TBC (spring)” is not a date"), pilot.warnings
    assert "'" not in pilot.warnings[0]
