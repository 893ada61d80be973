"""A person marked in one session at two offices is one attendance row everywhere, and two different
marks wait as a conflict (field test 18, defect 1)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import check as check_service
from petdesk.services import trainings as ts
from petdesk.sync import service
from tests.core.sync.helpers import send
from tests.helpers.trainings_data import co_trained


def _live_marks(db: Database, session_id: str, contact_id: str) -> list[tuple[str, str]]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute(
            "SELECT id, status FROM attendance "
            "WHERE session_id = ? AND contact_id = ? AND deleted_at IS NULL",
            (session_id, contact_id),
        ).fetchall()
    finally:
        con.close()


def _mark(db: Database, ids: dict[str, str], status: str) -> None:
    with db.transaction() as s:
        ts.set_attendance(s, ids["session"], ids["anna"], status)


def _shared_training(offices: tuple[Database, ...], packages: Path) -> dict[str, str]:
    a, b, c = offices
    ids = co_trained(a)
    send(a, b, packages, full=True)
    send(a, c, packages, full=True)
    send(b, a, packages, full=True)
    send(c, a, packages, full=True)
    send(b, c, packages, full=True)
    send(c, b, packages, full=True)
    return ids


def _all_pairs(offices: tuple[Database, ...], packages: Path) -> None:
    for _round in range(2):
        for src in offices:
            for dst in offices:
                if src is not dst:
                    send(src, dst, packages)


@pytest.mark.parametrize("met_at", ["loser", "winner"])
def test_two_different_marks_become_one_row_and_a_conflict(offices, packages: Path, met_at: str) -> None:
    a, b, c = offices
    ids = _shared_training(offices, packages)
    _mark(a, ids, "present")
    _mark(c, ids, "absent")  # the later mark: it wins, Beijing's present waits as a conflict
    if met_at == "loser":
        send(c, a, packages)
    else:  # Nairobi settles the slot, and Beijing hears of it with its own row retired
        send(a, c, packages)
    _all_pairs(offices, packages)
    marks = [_live_marks(db, ids["session"], ids["anna"]) for db in offices]
    assert len(marks[0]) == 1 and marks[0][0][1] == "absent"
    assert marks[0] == marks[1] == marks[2]
    waiting = [x for x in service.list_conflicts(a) if x.entity == "attendance"]
    assert [(x.field, x.winner_value, x.loser_value, x.overridden) for x in waiting] == [
        ("status", "absent", "present", True)
    ]
    assert waiting[0].row_id == marks[0][0][0]
    assert waiting[0].record == "Anna Becker in Urban water training 城市水务培训: Opening 开幕"  # not an id
    assert service.canonical_dump(a) == service.canonical_dump(b) == service.canonical_dump(c)


def test_the_same_mark_at_two_offices_becomes_one_row_without_a_conflict(offices, packages: Path) -> None:
    a, b, _c = offices
    ids = _shared_training(offices, packages)
    _mark(a, ids, "absent")
    _mark(b, ids, "absent")
    _all_pairs(offices, packages)
    for db in offices:
        assert [m[1] for m in _live_marks(db, ids["session"], ids["anna"])] == ["absent"]
        assert not [x for x in service.list_conflicts(db) if x.entity == "attendance"]


def test_check_finds_and_repair_settles_two_live_marks_of_one_slot(offices, packages: Path) -> None:
    a, _b, _c = offices
    ids = co_trained(a)
    _mark(a, ids, "present")
    con = sqlite3.connect(a.path)
    with con:  # a file written by a petdesk before the fix: a second live row for the slot
        con.execute(
            "INSERT INTO attendance (id, session_id, contact_id, status, created_at, updated_at) "
            "SELECT 'zzzzcopy', session_id, contact_id, 'absent', created_at, updated_at FROM attendance"
        )
    con.close()
    report = check_service.check(a.path)
    assert any("attendance" in f.text and "one session" in f.text for f in report.findings)
    done = check_service.repair(a.path)
    assert any("attendance" in line for line in done)
    assert len(_live_marks(a, ids["session"], ids["anna"])) == 1
    assert not [f for f in check_service.check(a.path).findings if "attendance" in f.text]
