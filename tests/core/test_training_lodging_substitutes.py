"""A late substitute takes the room of the person they replaced: the lodging list, ``petdesk
training-lodging`` and the hotel's file booked a room for both (exchange54b)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import training_lodging as tl
from petdesk.services import trainings as ts
from tests.core.test_training_lodging import _three_days
from tests.core.visits.data import person


def _sessions(db: Database, tid: str) -> list[str]:
    """One session a day, 10–12 March, at 9 in the venue's time."""
    with db.transaction() as s:
        return [
            ts.add_session(
                s,
                tid,
                start=dt.datetime(2027, 3, day, 9),
                end=dt.datetime(2027, 3, day, 12),
                title_en=f"Day {n}",
            ).id
            for n, day in enumerate((10, 11, 12), start=1)
        ]


def _replace(db: Database, ids: dict[str, str], session_id: str) -> str:
    """Li, who booked a shared room at the Jinjiang Hotel, replaced by Chen from ``session_id``."""
    tid = ids["training"]
    with db.transaction() as s:
        tl.set_lodging(s, tid, ids["li"], needed=True, hotel="Jinjiang Hotel", room=tl.SHARED)
        tl.set_lodging(s, tid, ids["wang"], needed=True, hotel="Jinjiang Hotel", room=tl.SHARED)
        tl.set_lodging(s, tid, ids["zhao"], needed=False)
        tl.set_lodging(s, tid, ids["anna"], needed=False)
        chen = person(s, "Jing", "Chen", "陈静", family_first=True)
        ts.replace_attendee(s, tid, ids["li"], chen.id, from_session_id=session_id)
        return chen.id


def test_replaced_before_the_first_day_needs_no_room_and_the_substitute_takes_it(
    db: Database,
) -> None:
    ids = _three_days(db)
    sessions = _sessions(db, ids["training"])
    chen = _replace(db, ids, sessions[0])
    with db.reading() as s:
        found = tl.lodging_list(s, ids["training"])
    by_id = {r.contact_id: r for r in found.rows}
    assert not by_id[ids["li"]].stays and by_id[ids["li"]].nights == []
    assert by_id[chen].stays and by_id[chen].hotel == "Jinjiang Hotel" and by_id[chen].room == tl.SHARED
    assert by_id[chen].nights == [dt.date(2027, 3, 10), dt.date(2027, 3, 11)]
    assert sorted(r.contact_id for r in found.staying) == sorted([chen, ids["wang"]])
    assert found.unanswered == 0, "neither the person replaced nor their substitute is still to be asked"
    counts = {c.night.day: (c.people, c.rooms) for c in found.per_night()}
    assert counts == {10: (2, 1), 11: (2, 1)}, "Chen shares Li's room with Wang, one room a night"


def test_a_person_replaced_after_the_first_day_sleeps_until_then(db: Database) -> None:
    ids = _three_days(db)
    sessions = _sessions(db, ids["training"])
    chen = _replace(db, ids, sessions[1])  # Li came on the 10th, Chen from the 11th
    with db.reading() as s:
        found = tl.lodging_list(s, ids["training"])
    by_id = {r.contact_id: r for r in found.rows}
    assert by_id[ids["li"]].nights == [dt.date(2027, 3, 10)]
    assert by_id[chen].nights == [dt.date(2027, 3, 11)]
    counts = {c.night.day: (c.people, c.rooms) for c in found.per_night()}
    assert counts == {10: (2, 1), 11: (2, 1)}


def test_a_substitute_who_answered_keeps_their_own_answer(db: Database) -> None:
    ids = _three_days(db)
    sessions = _sessions(db, ids["training"])
    chen = _replace(db, ids, sessions[0])
    with db.transaction() as s:
        tl.set_lodging(s, ids["training"], chen, needed=False)  # Chen lives in the city
    with db.reading() as s:
        found = tl.lodging_list(s, ids["training"])
    assert [r.contact_id for r in found.staying] == [ids["wang"]]


def test_a_substitute_from_the_second_day_who_answered_sleeps_from_then(db: Database) -> None:
    """Chen, who takes Li's place from the 11th, says he needs a room, giving no dates: the list booked
    him from the 10th, when Li still had the room, one room too many that night (review54c)."""
    ids = _three_days(db)
    sessions = _sessions(db, ids["training"])
    chen = _replace(db, ids, sessions[1])
    with db.transaction() as s:
        tl.set_lodging(s, ids["training"], chen, needed=True, room=tl.SINGLE)
    with db.reading() as s:
        found = tl.lodging_list(s, ids["training"])
    by_id = {r.contact_id: r for r in found.rows}
    assert by_id[ids["li"]].nights == [dt.date(2027, 3, 10)]
    assert by_id[chen].nights == [dt.date(2027, 3, 11)]
    nights = [(c.night.day, c.hotel, c.people, c.rooms) for c in found.per_night()]
    assert nights == [(10, "Jinjiang Hotel", 2, 1), (11, "", 1, 1), (11, "Jinjiang Hotel", 1, 1)]


def test_the_hotels_file_and_the_command_line_list_the_substitute_only(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _three_days(db)
    sessions = _sessions(db, ids["training"])
    _replace(db, ids, sessions[0])
    out = tmp_path / "hotel.csv"
    assert main(["--db", str(db.path), "trainings", ids["training"], "--lodging", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Chen" in text and "Li" not in text.split("\n", 1)[1]
    assert "2 people needing a room" in capsys.readouterr().out
