"""Chinese history wording (field test 55, item 8): the listing's field and values are joined by a
full-width colon, as the revert lines are; a reverted amount keeps its currency; a count in a
conflict (a vehicle's seats) is a number, not quoted text."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import history
from petdesk.services import projects as project_service
from petdesk.sync.value_words import ValueWords


def _project_with_new_amount(db: Database) -> str:
    with db.transaction() as session:
        project_id = project_service.create_project(
            session, title_en="Sino-UK green buildings", currency="USD", amount=5
        ).id
    with db.transaction() as session:
        project_service.update_project(session, project_id, amount=4_030_000)
    return project_id


def test_chinese_history_lines_use_a_full_width_colon(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    project_id = _project_with_new_amount(db)
    capsys.readouterr()
    assert main(["--db", str(db.path), "--lang", "zh_CN", "history", project_id]) == 0
    (line,) = [line for line in capsys.readouterr().out.splitlines() if "US$4,030,000.00" in line]
    assert "：US$5.00 → US$4,030,000.00" in line, line
    assert ": US$" not in line, line


def _last_amount_change(session: Session, project_id: str) -> str:
    return next(e.id for e in history.record_history(session, "project", project_id) if e.field == "amount")


def test_a_reverted_amount_keeps_its_currency(db: Database) -> None:
    project_id = _project_with_new_amount(db)
    with db.transaction() as session:
        # Back to 5, then that revert reverted: 4,030,000 again.
        history.revert_change(session, _last_amount_change(session, project_id))
        reverted = history.revert_change(session, _last_amount_change(session, project_id))
        said = history.reverted_change_words(session, reverted, "P", "zh_CN")
    assert reverted.value == 4_030_000
    assert "US$4,030,000.00" in said, said


def test_a_count_in_a_conflict_is_not_quoted(db: Database) -> None:
    conn = db.raw()
    try:
        words = ValueWords(conn.cursor(), "zh_CN", quote=True)
        assert words("vehicle", "seats", 7) == "7"
        assert words("vehicle", "seats", 1200) == "1,200"
        assert words("contact", "notes", "7") == "“7”"  # text stays quoted
    finally:
        conn.close()
