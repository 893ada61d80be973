"""A search for duplicates says how far it is: each step in order, the long read counted, on the
command line too; and reporting changes nothing it finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import contacts_io, main
from petdesk.db import Database
from petdesk.services import duplicates as d
from tests.core.contacts.test_duplicates_blocking import _address_book


def _recorded() -> tuple[list[tuple[str, int, int]], d.Progress]:
    calls: list[tuple[str, int, int]] = []
    return calls, lambda step, done, total: calls.append((step, done, total))


def _steps(calls: list[tuple[str, int, int]]) -> list[str]:
    """The steps in the order they were first reported."""
    return list(dict.fromkeys(step for step, _, _ in calls))


@pytest.mark.parametrize("in_memory_limit", [d.IN_MEMORY_LIMIT, 0], ids=["in memory", "scratch database"])
def test_each_step_is_reported_in_order_and_the_read_is_counted(
    db: Database, monkeypatch: pytest.MonkeyPatch, in_memory_limit: int
) -> None:
    monkeypatch.setattr(d, "IN_MEMORY_LIMIT", in_memory_limit)
    monkeypatch.setattr(d, "PROGRESS_EVERY", 4)  # the small address book reports as a big one would
    _address_book(db)
    calls, progress = _recorded()
    with db.reading() as s:
        quiet = d.find_contact_duplicates(s)
        reported = d.find_contact_duplicates(s, progress=progress)
        (last_row,) = s.connection().exec_driver_sql("SELECT max(rowid) FROM contact_method").one()
    assert reported == quiet and len(quiet) > 30
    assert _steps(calls) == [d.STEP_READING, d.STEP_METHODS, d.STEP_NAMES, d.STEP_SCORING]
    counted = [(done, total) for step, done, total in calls if step == d.STEP_READING and total]
    assert counted[0] == (0, last_row) and counted[-1] == (last_row, last_row)
    assert len(counted) > 3  # rows between the first and the last were reported
    assert [done for done, _ in counted] == sorted(done for done, _ in counted)


def test_a_search_of_everything_starts_with_the_organisations(db: Database) -> None:
    _address_book(db, n=30)
    calls, progress = _recorded()
    with db.reading() as s:
        d.find_duplicates_head(s, limit=5, progress=progress)
    assert _steps(calls) == list(d.STEPS)


def test_the_command_reports_its_steps_on_standard_error(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _address_book(db, n=60)
    db.engine.dispose()
    monkeypatch.setattr(contacts_io, "DUPLICATES_PROGRESS_FROM", 0)
    assert main(["--db", str(db_path), "duplicates", "--limit", "3"]) == 0
    out, err = capsys.readouterr()
    started = [line for line in err.splitlines() if line.endswith("…")]
    assert started == [f"duplicates: {step}…" for step in d.STEPS]
    assert f"duplicates: {d.STEP_READING} 100%" in err
    assert "likely duplicate pairs" in out and "duplicates:" not in out

    monkeypatch.setattr(contacts_io, "DUPLICATES_PROGRESS_FROM", 10_000)  # a small file: quiet
    assert main(["--db", str(db_path), "duplicates", "--limit", "3"]) == 0
    assert capsys.readouterr().err == ""
