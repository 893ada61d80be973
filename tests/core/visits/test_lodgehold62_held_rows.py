"""Review 62: the visit editor holds lodging changes until Save, so the "two hotels for the same
nights" warning must come from rows not yet saved. ``same_nights_elsewhere(..., held=)`` takes a
visit's hotels as held: checked against each other and other visits' saved hotels, the saved
hotels of the held visit itself standing aside (the held rows replace them)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as lg
from petdesk.services import visits as vs
from petdesk.services.rooming import HeldStay, same_nights_elsewhere
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

NOV = (2026, 11)


@pytest.fixture
def visit(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        wang = cs.create_contact(
            s, given_name="Wei", family_name="Wang", given_name_zh="伟", family_name_zh="王"
        ).id
        v = vs.create_visit(
            s, title_en="Shanghai delegation to Frankfurt", start_date=dt.date(*NOV, 10),
            end_date=dt.date(*NOV, 14), timezone="Europe/Berlin",
        )  # fmt: skip
        vs.add_participant(s, v.id, wang, ParticipantRole.HEAD)
        stay = lg.add_accommodation(
            s, v.id, hotel="Frankfurter Hof", check_in=dt.date(*NOV, 10), check_out=dt.date(*NOV, 12)
        )
        lg.set_rooming(s, stay.id, [(wang, "801")])
        return {"visit": v.id, "wang": wang, "stay": stay.id}


def _held(visit: dict[str, str], hof_out: int, nizza_in: int, nizza_out: int = 14) -> list[HeldStay]:
    """The saved Frankfurter Hof (check-out ``hof_out``) and a Hotel Nizza never saved, both Wang's."""
    wang, vid, day = frozenset({visit["wang"]}), visit["visit"], lambda d: dt.date(*NOV, d)
    return [
        HeldStay(visit["stay"], vid, "Frankfurter Hof", day(10), day(hof_out), wang),
        HeldStay("held-nizza", vid, "Hotel Nizza", day(nizza_in), day(nizza_out), wang),
    ]


@pytest.mark.usefixtures("tree_catalogue")
def test_lodgehold62_a_held_second_hotel_warns_in_both_languages(db: Database, visit: dict[str, str]) -> None:
    held = _held(visit, 12, 11)
    with db.reading() as s:
        assert same_nights_elsewhere(s, "held-nizza") == []  # not in the database
        [gap] = same_nights_elsewhere(s, "held-nizza", held)
        [back] = same_nights_elsewhere(s, visit["stay"], held)
    assert (gap.hotel, gap.other_hotel) == ("Hotel Nizza", "Frankfurter Hof")
    assert (back.hotel, back.other_hotel) == ("Frankfurter Hof", "Hotel Nizza")
    assert gap.first == gap.last == dt.date(*NOV, 11)
    assert "Wang" in gap.describe("en") and "same nights" in gap.describe("en")
    assert gap.describe("zh_CN").startswith("王伟同一晚在Hotel Nizza和Frankfurter Hof都有房间")


def test_lodgehold62_held_nights_that_only_touch_say_nothing(db: Database, visit: dict[str, str]) -> None:
    with db.reading() as s:
        assert same_nights_elsewhere(s, "held-nizza", _held(visit, 12, 12)) == []
        # the held check-out moved to the 11th: the saved row (out on the 12th) stands aside
        assert same_nights_elsewhere(s, "held-nizza", _held(visit, 11, 11)) == []
        assert same_nights_elsewhere(s, visit["stay"], _held(visit, 11, 11)) == []


def test_lodgehold62_held_rows_meet_other_visits_saved_hotels(db: Database, visit: dict[str, str]) -> None:
    with db.transaction() as s:
        other = vs.create_visit(
            s, title_en="Follow-up in Munich", start_date=dt.date(*NOV, 13), end_date=dt.date(*NOV, 16),
            timezone="Europe/Berlin",
        )  # fmt: skip
        vs.add_participant(s, other.id, visit["wang"], ParticipantRole.HEAD)
        munich = lg.add_accommodation(
            s, other.id, hotel="Hotel Bayerischer Hof", check_in=dt.date(*NOV, 13),
            check_out=dt.date(*NOV, 16),
        )  # fmt: skip
        lg.set_rooming(s, munich.id, [(visit["wang"], "5")])
    held = _held(visit, 12, 12)  # Nizza 12–14: the night of the 13th is also in Munich
    with db.reading() as s:
        [gap] = same_nights_elsewhere(s, "held-nizza", held)
    assert gap.other_hotel == "Hotel Bayerischer Hof"
    assert gap.first == gap.last == dt.date(*NOV, 13)
    with db.transaction() as s:
        vs.set_visit_status(s, other.id, "cancelled")
    with db.reading() as s:
        assert same_nights_elsewhere(s, "held-nizza", held) == []  # a cancelled visit sleeps nowhere
