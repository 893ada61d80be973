"""A column headed "Programme" or "Program" whose cells name who pays ("UNDP Small Grants Programme") is
the funder column where the sheet has no other (money63): "Programme" was read as the funder's programme
alone, so the sheet was refused as naming no funder, while "Program" was a funder; beside a funder
column "Program" was dropped, and is now the programme."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import past_projects


@pytest.mark.parametrize("header", ["Programme", "Program", "Funding programme"])
def test_a_programme_column_alone_is_the_funder(db: Database, tmp_path: Path, header: str) -> None:
    sheet = tmp_path / "projects.csv"
    sheet.write_text(
        f"Project,{header},Amount\nSolar pumps,UNDP Small Grants Programme,USD 50000\n", "utf-8"
    )
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, sheet)
    assert not plan.skipped
    assert [(p.title, p.funder, p.programme) for p in plan.planned] == [
        ("Solar pumps", "UNDP Small Grants Programme", "")
    ]
    assert plan.new_funders == ["UNDP Small Grants Programme"]


@pytest.mark.parametrize("header", ["Programme", "Program"])
def test_beside_a_funder_column_it_is_the_programme(header: str) -> None:
    found = past_projects.column_map(["Project", "Funder", header])
    assert found == {"title": 0, "funder": 1, "programme": 2}
