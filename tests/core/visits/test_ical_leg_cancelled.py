"""A travel leg a calendar cancellation (METHOD:CANCEL, STATUS:CANCELLED, as Outlook and Google send
it) or the user removed stays removed when an older copy of the event, or the same invitation, is
imported again (round 62: it came back as a new leg); a copy with a higher SEQUENCE than the leg had
when removed is a re-booked flight, and brings it back, said so."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.messages import localize
from petdesk.services import import_undo
from petdesk.services import logistics as lg
from tests.core.visits.test_ical_leg_uid import DATA, FIRST, NEXT_DAY, _import, _legs, visit_id
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

__all__ = ["visit_id"]  # the fixture

OUTLOOK_CANCEL = DATA / "outlook_flight_cancelled.ics"
GOOGLE = DATA / "google_flight_two_zones.ics"
GOOGLE_CANCEL = DATA / "google_flight_cancelled.ics"
TITLE = "Flight LH 729 Shanghai - Frankfurt"


def removed_on(db: Database, visit_id: str) -> str:
    """The day (here) the visit's removed leg was removed, as the import names it."""
    with db.reading() as s:
        [leg] = s.query(m.TravelLeg).filter(
            m.TravelLeg.visit_id == visit_id, m.TravelLeg.deleted_at.is_not(None)
        )
        assert leg.deleted_at is not None
        stamp = leg.deleted_at
        return (stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)).astimezone().date().isoformat()


def not_again(day: str, how: str = "was cancelled in a calendar file") -> str:
    return f"the flight LH 729 {how} on {day}; not added again"


def test_outlooks_cancellation_keeps_the_leg_away_from_older_copies(db: Database, visit_id: str) -> None:
    _import(db, visit_id, FIRST.read_bytes())
    _import(db, visit_id, NEXT_DAY.read_bytes())
    cancel = _import(db, visit_id, OUTLOOK_CANCEL.read_bytes())
    assert cancel.cancelled == ["Canceled: " + TITLE] and _legs(db, visit_id) == []
    day = removed_on(db, visit_id)
    for copy in (NEXT_DAY, FIRST):  # the last invitation again, and the first one, sent late
        again = _import(db, visit_id, copy.read_bytes())
        assert (again.added, again.updated) == ([], [])
        assert again.skipped == [(TITLE, not_again(day))]
        assert _legs(db, visit_id) == []


def test_googles_cancellation_keeps_the_leg_away_from_the_same_invitation(
    db: Database, visit_id: str
) -> None:
    _import(db, visit_id, GOOGLE.read_bytes())
    cancel = _import(db, visit_id, GOOGLE_CANCEL.read_bytes())
    assert cancel.cancelled == ["Flight to Frankfurt (LH 729)"] and _legs(db, visit_id) == []
    again = _import(db, visit_id, GOOGLE.read_bytes())
    assert again.skipped == [("Flight to Frankfurt (LH 729)", not_again(removed_on(db, visit_id)))]
    assert _legs(db, visit_id) == [] and again.added == []  # the site visit stays as it was


def test_a_rebooked_flight_comes_back_and_is_told(db: Database, visit_id: str) -> None:
    _import(db, visit_id, NEXT_DAY.read_bytes())
    _import(db, visit_id, OUTLOOK_CANCEL.read_bytes())  # SEQUENCE 2
    day = removed_on(db, visit_id)
    rebooked = NEXT_DAY.read_text("utf-8").replace("SEQUENCE:1", "SEQUENCE:3")
    back = _import(db, visit_id, rebooked)
    assert back.added == [TITLE] and back.skipped == []
    assert (TITLE, f"the flight LH 729, cancelled in a calendar file on {day}, is booked again (SEQUENCE 3, "
            "removed at SEQUENCE 2): its travel leg is back with the new details") in back.notes  # fmt: skip
    [(number, departs, _uid, sequence)] = _legs(db, visit_id)
    assert (number, departs, sequence) == ("LH 729", "11 05:00", 3)
    # and from then on an older copy is older than the live leg, as before
    late = _import(db, visit_id, NEXT_DAY.read_bytes())
    assert late.added == [] and len(_legs(db, visit_id)) == 1


def test_a_leg_deleted_by_hand_stays_deleted_unless_booked_again(db: Database, visit_id: str) -> None:
    _import(db, visit_id, FIRST.read_bytes())
    with db.transaction() as s:
        [leg] = lg.logistics(s, visit_id).legs
        lg.delete_travel_leg(s, leg.id)
    again = _import(db, visit_id, FIRST.read_bytes())
    assert again.added == [] and again.skipped == [
        (TITLE, not_again(removed_on(db, visit_id), "was deleted here"))
    ]
    assert _legs(db, visit_id) == []
    newer = _import(db, visit_id, NEXT_DAY.read_bytes())  # SEQUENCE 1: re-booked to the next day
    assert newer.added == [TITLE] and [d for _n, d, _u, _s in _legs(db, visit_id)] == ["11 05:00"]


def test_a_journey_without_a_number_is_named_as_its_leg(db: Database, visit_id: str) -> None:
    data = FIRST.read_text("utf-8").replace(
        "Flight LH 729 Shanghai - Frankfurt", "Train Shanghai - Frankfurt"
    )
    data = data.replace("Lufthansa LH 729\\, booking reference 7QX2PL", "booking reference 7QX2PL")
    _import(db, visit_id, data)
    _import(db, visit_id, data.replace("METHOD:PUBLISH", "METHOD:CANCEL"))
    again = _import(db, visit_id, data)
    day = removed_on(db, visit_id)
    assert again.skipped == [
        (
            "Train Shanghai - Frankfurt",
            f"its travel leg was cancelled in a calendar file on {day}; not added again",
        )
    ]


def test_undoing_the_cancellation_brings_the_leg_back(db: Database, visit_id: str) -> None:
    _import(db, visit_id, NEXT_DAY.read_bytes())
    _import(db, visit_id, OUTLOOK_CANCEL.read_bytes())
    with db.transaction() as s:
        import_undo.undo_import(s, import_undo.plan_undo(s))
    [(_number, departs, _uid, sequence)] = _legs(db, visit_id)
    assert (departs, sequence) == ("11 05:00", 1)


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_reasons_read_in_chinese() -> None:
    assert (
        localize(not_again("2026-12-07"), "zh_CN")
        == "航班 LH 729 已于2026年12月7日在日历文件中取消；未再添加"
    )
    deleted = not_again("2026-12-07", "was deleted here")
    assert localize(deleted, "zh_CN") == "航班 LH 729 已于2026年12月7日在此删除；未再添加"
    back = (
        "the flight LH 729, cancelled in a calendar file on 2026-12-07, is booked again (SEQUENCE 3, "
        "removed at SEQUENCE 2): its travel leg is back with the new details"
    )
    assert localize(back, "zh_CN") == (
        "航班 LH 729 已于2026年12月7日在日历文件中取消，现已重新预订（SEQUENCE 3，删除时为 SEQUENCE 2）："
        "其行程段已按新信息恢复"
    )


def test_a_cancelled_flight_and_meeting_in_one_file_again(db: Database, visit_id: str) -> None:
    """The flight's removed leg and the meeting's removed item are each told in their own words when
    Google's file comes again (the leg's check must not disturb the items' record of cancellations)."""
    _import(db, visit_id, GOOGLE.read_bytes())
    both = GOOGLE.read_text("utf-8").replace("METHOD:PUBLISH", "METHOD:CANCEL")
    both = both.replace("SEQUENCE:0", "SEQUENCE:1")
    cancel = _import(db, visit_id, both)
    assert len(cancel.cancelled) == 2
    again = _import(db, visit_id, GOOGLE.read_bytes())
    assert again.skipped == [("Flight to Frankfurt (LH 729)", not_again(removed_on(db, visit_id)))]
    assert again.already_cancelled == ["Site visit: combined heat and power plant"]
    assert again.added == [] and _legs(db, visit_id) == []
