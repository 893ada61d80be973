"""A finance lead keeps its project when the project is deleted: it says "(deleted project)", and the
project's restore (Deleted Records, or the page's Undo) links it again, nothing lost or to undo."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import FinanceInstrument
from petdesk.services import finance
from petdesk.services import history as history_service
from petdesk.services import projects as project_service


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        project = project_service.create_project(s, title_en="Sponge city pilot", title_zh="海绵城市试点")
        lead = m.FinanceLead(
            title_en="Green bond for rain gardens",
            instrument=FinanceInstrument.GREEN_BOND,
            amount=2e6,
            currency="EUR",
            project_id=project.id,
        )
        s.add(lead)
        s.flush()
        return {"project": project.id, "lead": lead.id}


def _lead(db: Database) -> finance.LeadRow:
    with db.reading() as s:
        (row,) = finance.list_leads(s)
    return row


def _finance_line(db: Database, capsys: pytest.CaptureFixture[str], lang: str = "en") -> str:
    assert main(["--db", str(db.path), "finance", "--lang", lang]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    return line


@pytest.mark.parametrize("restore", ["deleted_records", "undo"])
def test_a_deleted_project_is_named_as_such_and_its_restore_links_the_lead_again(
    db: Database, ids: dict[str, str], capsys: pytest.CaptureFixture[str], restore: str
) -> None:
    row = _lead(db)
    assert (row.project_id, row.project("en"), row.project_deleted) == (
        ids["project"],
        "Sponge city pilot",
        False,
    )
    assert _finance_line(db, capsys).endswith("→ Sponge city pilot")
    with db.transaction() as s:
        project_service.delete_projects(s, [ids["project"]])
    row = _lead(db)
    assert (row.project_id, row.project_deleted) == (ids["project"], True)  # the link is kept
    assert _finance_line(db, capsys).endswith("→ Sponge city pilot (deleted project)")
    with db.reading() as s:  # the lead itself was not changed: nothing travels, nothing to undo
        assert s.get(m.FinanceLead, ids["lead"]).deleted_at is None
    with db.transaction() as s:
        if restore == "undo":
            project_service.restore_projects(s, [ids["project"]])
        else:
            history_service.restore_record(s, ids["project"])
    row = _lead(db)
    assert (row.project_id, row.project_deleted) == (ids["project"], False)
    assert _finance_line(db, capsys).endswith("→ Sponge city pilot")
    assert _finance_line(db, capsys, "zh_CN").endswith("→ 海绵城市试点")


def test_the_restore_command_links_the_lead_again(
    db: Database, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    short = ids["project"][:8]
    assert main(["--db", str(db.path), "projects", "delete", short]) == 0
    capsys.readouterr()
    assert "(deleted project)" in _finance_line(db, capsys)
    assert main(["--db", str(db.path), "restore-record", short]) == 0
    capsys.readouterr()
    assert "(deleted project)" not in _finance_line(db, capsys)
