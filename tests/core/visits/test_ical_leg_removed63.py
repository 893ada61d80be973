"""Round 63: a removed leg's flight imported again. A flight typed in by hand (no UID) and deleted
here stays deleted when a file brings the same booking, and comes back (the same leg) only when the
event was changed after the deletion (its LAST-MODIFIED); a flight re-booked after a cancellation
brings its old leg back with the new details, so the flight's history is one leg."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import import_undo
from petdesk.services import logistics as lg
from tests.core.visits.test_ical_leg_cancelled import OUTLOOK_CANCEL, TITLE, not_again, removed_on
from tests.core.visits.test_ical_leg_uid import FIRST, NEXT_DAY, _import, _legs, visit_id

__all__ = ["visit_id"]  # the fixture


def _all_legs(db: Database, visit_id: str) -> list[tuple[str, bool]]:
    """Every leg of the visit, deleted or not: (id, live)."""
    with db.reading() as s:
        rows = s.scalars(select(m.TravelLeg).where(m.TravelLeg.visit_id == visit_id))
        return [(leg.id, leg.deleted_at is None) for leg in rows]


def _typed_and_deleted(db: Database, visit_id: str) -> str:
    """LH 729 of 10 November typed in by hand (places as a person types them), then deleted."""
    with db.transaction() as s:
        leg = lg.add_travel_leg(
            s, visit_id, departs=dt.datetime(2026, 11, 10, 13, 0), arrives=dt.datetime(2026, 11, 10, 18, 0),
            departs_timezone="Asia/Shanghai", arrives_timezone="Europe/Berlin", from_place="PVG",
            to_place="FRA", number="LH 729",
        )  # fmt: skip
        lg.delete_travel_leg(s, leg.id)
        return leg.id


def _modified(stamp: str) -> str:
    """The first invitation with a LAST-MODIFIED (as Outlook writes it after a change)."""
    return FIRST.read_text("utf-8").replace("DTSTAMP:", f"LAST-MODIFIED:{stamp}\r\nDTSTAMP:", 1)


def test_a_typed_leg_deleted_here_stays_deleted(db: Database, visit_id: str) -> None:
    _typed_and_deleted(db, visit_id)
    again = _import(db, visit_id, FIRST.read_bytes())  # no LAST-MODIFIED: the same booking
    assert again.added == [] and again.skipped == [
        (TITLE, not_again(removed_on(db, visit_id), "was deleted here"))
    ]
    older = _import(db, visit_id, _modified("20261020T081500Z"))  # changed before the deletion
    assert older.added == [] and _legs(db, visit_id) == []


def test_a_typed_leg_comes_back_when_the_event_changed_after_its_deletion(
    db: Database, visit_id: str
) -> None:
    leg_id = _typed_and_deleted(db, visit_id)
    day = removed_on(db, visit_id)
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).strftime("%Y%m%dT%H%M%SZ")
    back = _import(db, visit_id, _modified(later))
    assert back.added == [TITLE]
    assert (TITLE, f"the flight LH 729, deleted here on {day}, was changed in the calendar after that: "
            "added again") in back.notes  # fmt: skip
    assert _all_legs(db, visit_id) == [(leg_id, True)]  # the same leg, not a second one


def test_a_rebooked_flight_restores_its_cancelled_leg(db: Database, visit_id: str) -> None:
    _import(db, visit_id, FIRST.read_bytes())
    [(leg_id, _live)] = _all_legs(db, visit_id)
    _import(db, visit_id, OUTLOOK_CANCEL.read_bytes())  # SEQUENCE 2
    rebooked = NEXT_DAY.read_text("utf-8").replace("SEQUENCE:1", "SEQUENCE:3")
    back = _import(db, visit_id, rebooked)
    assert back.added == [TITLE]
    assert _all_legs(db, visit_id) == [(leg_id, True)]  # one leg: none left in Deleted Records
    [(number, departs, uid, sequence)] = _legs(db, visit_id)
    assert (number, departs, sequence) == ("LH 729", "11 05:00", 3)
    assert uid is not None and not uid.endswith("|cancelled")  # found by its UID again
    moved = _import(db, visit_id, rebooked.replace("20261111T130000", "20261111T140000"))
    assert moved.updated == [TITLE] and len(_all_legs(db, visit_id)) == 1


def test_undoing_the_rebooking_removes_the_restored_leg_again(db: Database, visit_id: str) -> None:
    """The restore is the import's change like any other: undone, the leg is cancelled as before."""
    _import(db, visit_id, FIRST.read_bytes())
    _import(db, visit_id, OUTLOOK_CANCEL.read_bytes())
    _import(db, visit_id, NEXT_DAY.read_text("utf-8").replace("SEQUENCE:1", "SEQUENCE:3"))
    with db.transaction() as s:
        import_undo.undo_import(s, import_undo.plan_undo(s))
    [(_leg_id, live)] = _all_legs(db, visit_id)
    assert not live
    again = _import(db, visit_id, FIRST.read_bytes())
    assert again.skipped == [(TITLE, not_again(removed_on(db, visit_id)))]  # still "cancelled in a file"
