"""A substitute travels: the replacement made in Hangzhou (who replaced whom, from which session,
and which marks moved) reads the same in Copenhagen, and so does its undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import trainings as ts
from tests.core.sync.helpers import send
from tests.core.visits.data import person
from tests.helpers import trainings_data


def sheet_rows(db: Database, tid: str) -> dict[str, tuple[dict[str, str], frozenset[str], str, str]]:
    with db.reading() as s:
        return {
            r.contact_id: (dict(r.attendance), r.outside, r.replaced_by, r.substitute_for)
            for r in ts.sign_in_sheet(s, tid).rows
        }


def test_a_replacement_and_its_undo_reach_the_other_office(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    hangzhou, copenhagen, _ = offices
    ids = trainings_data.two_sessions(hangzhou, chinese_titles=True)
    with hangzhou.transaction() as s:
        chen = person(s, "Jing", "Chen", "陈静", family_first=True).id
        done = ts.replace_attendee(s, ids["training"], ids["anna"], chen, from_session_id=ids["s2"])
    send(hangzhou, copenhagen, packages)
    there = sheet_rows(copenhagen, ids["training"])
    assert there == sheet_rows(hangzhou, ids["training"])
    assert there[chen] == ({ids["s2"]: "absent"}, frozenset({ids["s1"]}), "", ids["anna"])
    assert there[ids["anna"]][2] == chen
    with hangzhou.transaction() as s:
        ts.take_back_replacement(s, done)
    send(hangzhou, copenhagen, packages)
    there = sheet_rows(copenhagen, ids["training"])
    assert chen not in there and there[ids["anna"]][0] == {ids["s1"]: "absent", ids["s2"]: "absent"}


def _open_conflicts(db: Database) -> int:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("replacement_first", [True, False])
def test_marks_made_elsewhere_for_a_replaced_attendee_follow_the_substitute(
    offices: tuple[Database, Database, Database], packages: Path, replacement_first: bool
) -> None:
    """Field test 27, defect 1: Bonn replaces Liu Yang by Klaus Meier from the opening on while
    Nairobi marks Liu Yang present in both sessions. Every office ends with the marks on Klaus, as
    ``replace_attendee`` would have moved them, whichever package the hub (Beijing) gets first."""
    beijing, bonn, nairobi = offices
    ids = trainings_data.two_sessions(beijing, chinese_titles=True)
    tid = ids["training"]
    with beijing.transaction() as s:
        liu = person(s, "Yang", "Liu", "刘洋", family_first=True).id
        klaus = person(s, "Klaus", "Meier").id
        ts.register(s, tid, liu)
    send(beijing, bonn, packages)
    send(beijing, nairobi, packages)
    with bonn.transaction() as s:
        ts.replace_attendee(s, tid, liu, klaus, from_session_id=ids["s1"])
    with nairobi.transaction() as s:
        for session_id in (ids["s1"], ids["s2"]):
            ts.set_attendance(s, session_id, liu, "present")

    senders = [bonn, nairobi] if replacement_first else [nairobi, bonn]
    for office in senders:
        send(office, beijing, packages)
    send(bonn, nairobi, packages)  # the replacement reaches the marks
    send(nairobi, bonn, packages)  # the marks reach the replacement

    marked = {ids["s1"]: "present", ids["s2"]: "present"}
    for office in offices:
        rows = sheet_rows(office, tid)
        assert rows[klaus][0] == marked and rows[klaus][3] == liu
        assert rows[liu][0] == {} and rows[liu][2] == klaus
        assert rows == sheet_rows(beijing, tid)
        assert _open_conflicts(office) == 0
    # Everyone hears of the moves made elsewhere; moving again changes nothing.
    for src, dst in ((beijing, bonn), (bonn, nairobi), (nairobi, beijing), (beijing, nairobi)):
        assert send(src, dst, packages).marks_moved == 0
        assert sheet_rows(dst, tid) == sheet_rows(beijing, tid)
