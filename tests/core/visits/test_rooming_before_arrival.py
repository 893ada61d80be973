"""A hotel night before the person can be in its city is a rooming warning (field test 52): the
Hangzhou check-in was on 16 Mar, the flight moved a day later landed in Shanghai on the 17th and
the train to Hangzhou ran after it, and nothing was said."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from petdesk.services.rooming import BEFORE_ARRIVAL, rooming_gaps
from tests.core.visits.data import person

EARLY = (
    "2 people (Dieter Reiter, Julia Hofmann) have a room at Shangri-La Hotel Hangzhou before arriving "
    "in Hangzhou (nights of 16 Mar 2027)"
)


def _leg(
    s,
    vid: str,
    number: str,
    route: tuple[str, str],
    dep: tuple[dt.datetime, str],
    arr: tuple[dt.datetime, str],
    who: list[str],
) -> None:  # type: ignore[no-untyped-def]
    ls.add_travel_leg(
        s, vid, number=number, from_place=route[0], to_place=route[1],
        departs=dep[0], departs_timezone=dep[1], arrives=arr[0], arrives_timezone=arr[1],
        traveller_ids=who, mode="flight" if number.startswith("LH") else "train",
    )  # fmt: skip


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Munich delegation", start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 20),
            direction="outbound", timezone="Asia/Shanghai",
        )  # fmt: skip
        dieter, julia, georg = (
            person(s, g, f) for g, f in (("Dieter", "Reiter"), ("Julia", "Hofmann"), ("Georg", "Huber"))
        )
        for who in (dieter, julia, georg):
            vs.add_participant(s, v.id, who.id, "delegate")
        two = [dieter.id, julia.id]
        sha, ber = "Asia/Shanghai", "Europe/Berlin"
        # LH 2386 moved a day later: it lands on the 17th; the train to Hangzhou follows it
        _leg(
            s,
            v.id,
            "LH 2386",
            ("Munich MUC", "Shanghai PVG"),
            (dt.datetime(2027, 3, 16, 12), ber),
            (dt.datetime(2027, 3, 17, 6), sha),
            two,
        )
        _leg(
            s,
            v.id,
            "G 7512",
            ("Shanghai Hongqiao", "Hangzhou East"),
            (dt.datetime(2027, 3, 17, 9), sha),
            (dt.datetime(2027, 3, 17, 10), sha),
            two,
        )
        _leg(
            s,
            v.id,
            "LH 2387",
            ("Hangzhou HGH", "Munich MUC"),
            (dt.datetime(2027, 3, 20, 11), sha),
            (dt.datetime(2027, 3, 20, 17), ber),
            two,
        )
        stay = ls.add_accommodation(
            s,
            v.id,
            hotel="Shangri-La Hotel Hangzhou",
            check_in=dt.date(2027, 3, 16),
            check_out=dt.date(2027, 3, 20),
        )
        # Georg has a room too but no leg: nothing is known of where he is, so nothing is said
        ls.set_rooming(s, stay.id, [(dieter.id, "801"), (julia.id, "802"), (georg.id, "803")])
        return v.id


def test_a_room_night_before_landing_is_a_warning(db: Database, visit_id: str) -> None:
    with db.reading() as s:
        gaps = [g for g in rooming_gaps(s, [visit_id]) if g.kind == BEFORE_ARRIVAL]
    assert [g.describe("en") for g in gaps] == [EARLY]
    with db.transaction() as s:  # checking in on the 17th, the day they arrive, is fine
        (stay,) = ls.logistics(s, visit_id).stays
        ls.update_accommodation(s, stay.id, check_in=dt.date(2027, 3, 17))
    with db.reading() as s:
        assert [g for g in rooming_gaps(s, [visit_id]) if g.kind == BEFORE_ARRIVAL] == []


def test_clashes_lists_it_with_the_rooming_warnings(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "clashes", "--visit", visit_id]) == 0
    assert f"rooming       {visit_id[:8]}          {EARLY}\n" in capsys.readouterr().out
