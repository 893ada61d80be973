"""``petdesk followups``: list (--due, --overdue, --partner), add, done, reopen, postpone, delete
and restore (field test 50, defect 1: no command existed), in English and in Chinese."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import FollowUp
from petdesk.models.enums import FollowUpStatus
from tests.core.visits.data import organisation, person


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            "org": organisation(s, "Siemens AG", "西门子股份公司").id,
            "anna": person(s, "Anna", "Keller").id,
        }


def run(db_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(db_path), "followups", *args]) == 0
    return capsys.readouterr().out


def test_add_list_and_change_from_the_command_line(
    db: Database, db_path: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    today = dt.date.today()
    week = (today + dt.timedelta(days=7)).isoformat()
    said = run(
        db_path, capsys, "add", "--organisation", ids["org"][:8], "--title", "Prepare offer", "--due", week
    )
    short = re.search(r"Follow-up added: (\S+)", said).group(1)  # type: ignore[union-attr]
    late = (today - dt.timedelta(days=2)).isoformat()
    run(
        db_path, capsys, "add", "--contact", ids["anna"], "--title", "Call Anna", "--due", late, "--note", "x"
    )

    listed = run(db_path, capsys)
    assert f"{short}  Prepare offer — Siemens AG — due in 7 days (" in listed
    assert "! " in listed and "Call Anna — Anna Keller — was due 2 days ago" in listed
    assert "Prepare offer" not in run(db_path, capsys, "--overdue")
    assert "Call Anna" not in run(db_path, capsys, "--partner", "siemens")
    assert "Prepare offer" not in run(db_path, capsys, "--due", "3")
    chinese = run(db_path, capsys, "--lang", "zh_CN", "--partner", "西门子")
    assert "西门子股份公司" in chinese and "年" in chinese  # babel's Chinese date

    assert "done" in run(db_path, capsys, "done", short)
    assert "Prepare offer" not in run(db_path, capsys)
    run(db_path, capsys, "reopen", short)
    run(db_path, capsys, "postpone", short, "--days", "1")
    with db.reading() as s:
        row = s.query(FollowUp).filter(FollowUp.id.startswith(short)).one()
        assert row.status == FollowUpStatus.OPEN and row.due_date == today + dt.timedelta(days=8)
    run(db_path, capsys, "postpone", short, "--to", "2027-03-01")
    assert f"followups restore {short}" in run(db_path, capsys, "delete", short)
    assert "Prepare offer" not in run(db_path, capsys)
    run(db_path, capsys, "restore", short)
    assert "Prepare offer — Siemens AG — due " in run(db_path, capsys)


def test_a_follow_up_without_a_title_is_refused_in_plain_words(
    db_path: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "followups", "add", "--contact", ids["anna"]]) != 0
    assert "needs a title" in capsys.readouterr().err


def test_edit_changes_only_what_is_given(
    db: Database, db_path: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    said = run(db_path, capsys, "add", "--organisation", ids["org"], "--title", "Call", "--note", "keep")
    short = re.search(r"Follow-up added: (\S+)", said).group(1)  # type: ignore[union-attr]
    assert "changed" in run(
        db_path, capsys, "edit", short, "--title", "Call back", "--due", "2027-01-04", "--owner", ids["anna"]
    )
    with db.reading() as s:
        f = s.query(FollowUp).one()
        assert (f.description_en, f.due_date, f.owner_id, f.note) == (
            "Call back",
            dt.date(2027, 1, 4),
            ids["anna"],
            "keep",
        )
    run(db_path, capsys, "edit", short, "--no-owner")
    with db.reading() as s:
        assert s.query(FollowUp).one().owner_id is None
    assert main(["--db", str(db_path), "followups", "edit", short]) != 0  # nothing to change
