"""A travel leg imported from a calendar file keeps the event's UID and SEQUENCE (0079). Before, a
re-sent event found its leg only by flight number and day: a flight moved to the next day, a train
without a number or a renamed event came in as a second leg beside the first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import ical, import_undo
from petdesk.services import logistics as lg
from petdesk.services import visits as vs

DATA = Path(__file__).parents[2] / "data" / "import" / "travel60"
FIRST = DATA / "outlook_flight_two_zones.ics"
NEXT_DAY = DATA / "outlook_flight_next_day.ics"


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Shanghai delegation to Frankfurt", start_date=dt.date(2026, 11, 10),
            end_date=dt.date(2026, 11, 13), timezone="Europe/Berlin",
        )  # fmt: skip
        return v.id


def _import(db: Database, visit_id: str, data: bytes | str) -> ical.ImportResult:
    with db.transaction() as s:
        return ical.import_calendar_file(s, visit_id, data, file="flight.ics")


def _legs(db: Database, visit_id: str) -> list[tuple[str, str, str | None, int | None]]:
    with db.reading() as s:
        rows = (
            s.query(m.TravelLeg)
            .filter_by(visit_id=visit_id, deleted_at=None)
            .order_by(m.TravelLeg.created_at)
        )
        return [
            (leg.number, leg.departs_at.strftime("%d %H:%M"), leg.source_uid, leg.source_sequence)
            for leg in rows
        ]


def test_the_leg_keeps_the_events_uid_and_sequence(db: Database, visit_id: str) -> None:
    _import(db, visit_id, FIRST.read_bytes())
    [(number, departs, uid, sequence)] = _legs(db, visit_id)
    assert (number, departs, sequence) == ("LH 729", "10 05:00", 0)
    assert uid is not None and uid.startswith("040000008200E00074C5B7101A82E008")


def test_a_flight_moved_to_the_next_day_moves_its_leg(db: Database, visit_id: str) -> None:
    _import(db, visit_id, FIRST.read_bytes())
    again = _import(db, visit_id, NEXT_DAY.read_bytes())
    [(number, departs, _uid, sequence)] = _legs(db, visit_id)
    assert (number, departs, sequence) == ("LH 729", "11 05:00", 1)
    assert again.updated == ["Flight LH 729 Shanghai - Frankfurt"] and again.added == []

    # the same file again changes nothing
    with db.reading() as s:
        before = [(leg.id, leg.updated_at) for leg in s.query(m.TravelLeg)]
    same = _import(db, visit_id, NEXT_DAY.read_bytes())
    assert (same.added, same.updated, same.unchanged) == ([], [], ["Flight LH 729 Shanghai - Frankfurt"])
    with db.reading() as s:
        assert [(leg.id, leg.updated_at) for leg in s.query(m.TravelLeg)] == before


def test_an_older_copy_sent_late_is_told_and_left_out(db: Database, visit_id: str) -> None:
    _import(db, visit_id, NEXT_DAY.read_bytes())
    late = _import(db, visit_id, FIRST.read_bytes())
    [(_number, departs, _uid, sequence)] = _legs(db, visit_id)
    assert (departs, sequence) == ("11 05:00", 1)  # the newer times stay
    assert late.updated == [] and late.added == []
    assert late.skipped == [
        (
            "Flight LH 729 Shanghai - Frankfurt",
            "an older copy (SEQUENCE 0) of the event its travel leg has (SEQUENCE 1): left alone",
        )
    ]


def test_a_renamed_train_without_a_number_moves_its_leg(db: Database, visit_id: str) -> None:
    """No number to pair by, and another title: its UID alone says it is the same journey."""
    data = FIRST.read_text("utf-8").replace(
        "Flight LH 729 Shanghai - Frankfurt", "Train Shanghai - Frankfurt"
    )
    data = data.replace("Lufthansa LH 729\\, booking reference 7QX2PL", "booking reference 7QX2PL")
    _import(db, visit_id, data)
    moved = data.replace("20261110T130000", "20261110T160000").replace("20261110T180000", "20261110T210000")
    moved = moved.replace("SEQUENCE:0", "SEQUENCE:2").replace("Train Shanghai", "Rail Shanghai")
    again = _import(db, visit_id, moved)
    assert [(n, d, s) for n, d, _u, s in _legs(db, visit_id)] == [("", "10 08:00", 2)]
    assert again.updated == ["Rail Shanghai - Frankfurt"] and again.added == []


def test_a_leg_from_before_pairs_by_number_and_day_and_learns_its_uid(db: Database, visit_id: str) -> None:
    """A leg without a UID (typed in, or imported before 0079) pairs by number and day as before."""
    with db.transaction() as s:
        lg.add_travel_leg(
            s, visit_id, departs=dt.datetime(2026, 11, 10, 11), arrives=dt.datetime(2026, 11, 10, 16),
            departs_timezone="Asia/Shanghai", arrives_timezone="Europe/Berlin", number="LH 729",
            from_place="Shanghai", to_place="Frankfurt",
        )  # fmt: skip
    result = _import(db, visit_id, FIRST.read_bytes())
    [(number, departs, uid, sequence)] = _legs(db, visit_id)
    assert (number, departs, sequence) == ("LH 729", "10 05:00", 0) and uid
    assert result.updated == ["Flight LH 729 Shanghai - Frankfurt"]
    # and from now on it is found by its UID, on another day too
    _import(db, visit_id, NEXT_DAY.read_bytes())
    assert [d for _n, d, _u, _s in _legs(db, visit_id)] == ["11 05:00"]


def test_undoing_the_import_of_the_moved_flight_puts_the_leg_back(db: Database, visit_id: str) -> None:
    _import(db, visit_id, FIRST.read_bytes())
    _import(db, visit_id, NEXT_DAY.read_bytes())
    with db.transaction() as s:
        import_undo.undo_import(s, import_undo.plan_undo(s))
    [(_number, departs, uid, sequence)] = _legs(db, visit_id)
    assert (departs, sequence) == ("10 05:00", 0) and uid
