"""A file made before removing a person from a visit took them off its items, travel legs and
rooms (field test 33, defect 1) still names them there: the itinerary showed "?". ``petdesk
check`` says so in plain words, and ``--repair`` takes them off as this office's edit, which the
next package carries to the other offices."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import ItineraryAttendee
from petdesk.models.logistics import RoomAssignment, TravelLegTraveller
from petdesk.services import check as check_service
from tests.core.sync.helpers import send
from tests.core.visits.test_remove_participant_links import _build


def _live(db: Database, contact_id: str) -> dict[str, int]:
    with db.reading() as s:
        return {
            model.__tablename__: len(
                list(
                    s.scalars(select(model).where(model.contact_id == contact_id, model.deleted_at.is_(None)))
                )
            )
            for model in (ItineraryAttendee, TravelLegTraveller, RoomAssignment)
        }


def _removed_the_old_way(db: Database) -> dict[str, str]:
    """Groß is on two items, two flights and a room; then taken out of the visit as petdesk did
    before the fix: only his participant row is deleted (plain SQL, as such a file holds it)."""
    with db.transaction() as s:
        ids = _build(s)
    conn = sqlite3.connect(db.path)
    with conn:
        conn.execute(
            "UPDATE visit_participant SET deleted_at = updated_at WHERE contact_id = ?", [ids["gross"]]
        )
    conn.close()
    return ids


def test_check_names_them_and_repair_takes_them_off_everywhere(
    offices: tuple[Database, Database, Database], packages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, _c = offices
    ids = _removed_the_old_way(a)
    send(a, b, packages)  # Bonn has the stale rows too
    assert _live(b, ids["gross"]) == {
        "itinerary_attendee": 2,
        "travel_leg_traveller": 2,
        "room_assignment": 1,
    }

    assert main(["--db", str(a.path), "check"]) == 1
    out = capsys.readouterr().out
    assert (
        '5 items, travel legs or rooms still name people taken off the visit (the itinerary shows "?")' in out
    )
    assert "petdesk check --repair" in out

    assert main(["--db", str(a.path), "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "took people no longer on their visit off 5 items, travel legs or rooms" in out
    assert check_service.check(a.path).clean
    assert _live(a, ids["gross"]) == {
        "itinerary_attendee": 0,
        "travel_leg_traveller": 0,
        "room_assignment": 0,
    }
    assert _live(a, ids["weiss"]) == {
        "itinerary_attendee": 1,
        "travel_leg_traveller": 2,
        "room_assignment": 1,
    }

    send(a, b, packages)  # an ordinary edit of Beijing's: it travels
    assert _live(b, ids["gross"]) == {
        "itinerary_attendee": 0,
        "travel_leg_traveller": 0,
        "room_assignment": 0,
    }
    assert check_service.check(b.path).clean


def test_a_file_without_strays_has_nothing_to_say(db: Database) -> None:
    with db.transaction() as s:
        _build(s)
    assert check_service.check(db.path).clean
