"""A substitute travels: the replacement made in Hangzhou (who replaced whom, from which session,
and which marks moved) reads the same in Copenhagen, and so does its undo."""

from __future__ import annotations

from pathlib import Path

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
