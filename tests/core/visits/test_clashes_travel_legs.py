"""Travel legs in the clash check (field test 24, defect 1).

The delegation was booked for breakfast in Munich while on flight LH 2444 to Copenhagen, and the
return flight landed the day after the visit's last day: the editor, `petdesk clashes` and the
dossier said nothing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from petdesk.db import Database
from petdesk.dossier.data import visit_clashes
from petdesk.services import clashes as cl
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from petdesk.services.visit_form import read_visit_form
from tests.core.visits.data import person

FIRST, LAST = dt.date(2027, 3, 24), dt.date(2027, 3, 29)
BERLIN, COPENHAGEN = "Europe/Berlin", "Europe/Copenhagen"


def _trip(db: Database) -> dict[str, str]:
    """Two delegates on LH 2444 (27 Mar 09:00 Munich → 10:40 Copenhagen) booked for breakfast
    in Munich 09:30–10:30, and a return flight landing in Chengdu on 30 Mar."""
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="Germany and Denmark",
            start_date=FIRST,
            end_date=LAST,
            direction="outbound",
            timezone=BERLIN,
        )
        liu, zhang = person(s, "Yang", "Liu", "刘洋", family_first=True), person(s, "Na", "Li", "李娜")
        for who in (liu, zhang):
            vs.add_participant(s, v.id, who.id, "delegate")
        travellers = [liu.id, zhang.id]
        flight = ls.add_travel_leg(
            s,
            v.id,
            departs=dt.datetime(2027, 3, 27, 9),
            departs_timezone=BERLIN,
            arrives=dt.datetime(2027, 3, 27, 10, 40),
            arrives_timezone=COPENHAGEN,
            from_place="München (MUC)",
            to_place="København (CPH)",
            number="LH 2444",
            traveller_ids=travellers,
        )
        home = ls.add_travel_leg(
            s,
            v.id,
            departs=dt.datetime(2027, 3, 29, 13),
            departs_timezone=COPENHAGEN,
            arrives=dt.datetime(2027, 3, 30, 6),
            arrives_timezone="Asia/Shanghai",
            from_place="København (CPH)",
            to_place="Chengdu Tianfu (TFU)",
            number="SK 9501",
            traveller_ids=travellers,
        )
        breakfast = vs.add_item(
            s,
            v.id,
            title_en="Breakfast with SWM",
            start=dt.datetime(2027, 3, 27, 9, 30),
            end=dt.datetime(2027, 3, 27, 10, 30),
            city_en="Munich",
        )
        return {"visit": v.id, "flight": flight.id, "home": home.id, "breakfast": breakfast.id}


def _kinds(found: list[cl.Clash]) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.kind, c.item_ids) for c in found]


def test_a_meeting_during_a_flight_clashes_for_the_whole_delegation(db: Database) -> None:
    ids = _trip(db)
    with db.transaction() as s:
        found = cl.find_clashes(s, visit_id=ids["visit"])
    overlap = [c for c in found if c.kind == cl.OVERLAP]
    assert [c.item_ids for c in overlap] == [(ids["flight"], ids["breakfast"])]
    assert overlap[0].whole_delegation
    assert overlap[0].describe("en") == (
        "The whole delegation (2 people) is in two items at once: “LH 2444 München (MUC) – København (CPH)”"
        " (27 Mar 2027, 09:00) and “Breakfast with SWM” (27 Mar 2027, 09:30)"
    )


def test_only_a_flight_wholly_after_the_last_day_is_outside_the_visit(db: Database) -> None:
    """The flight home leaves on the last day and lands the next morning: that is the trip, no
    warning (every demo visit's flights gave one). A flight booked to leave after the last day is."""
    ids = _trip(db)
    with db.transaction() as s:
        late = ls.add_travel_leg(
            s,
            ids["visit"],
            departs=dt.datetime(2027, 3, 31, 13),
            departs_timezone=COPENHAGEN,
            arrives=dt.datetime(2027, 4, 1, 6),
            arrives_timezone="Asia/Shanghai",
            from_place="København (CPH)",
            to_place="Chengdu Tianfu (TFU)",
            number="SK 9503",
        )
        found = cl.find_clashes(s, visit_id=ids["visit"])
    outside = [c for c in found if c.kind == cl.OUTSIDE]
    assert [c.item_ids for c in outside] == [(late.id,)]
    assert "“SK 9503 København (CPH) – Chengdu Tianfu (TFU)” lies outside" in outside[0].describe("en")


def test_every_place_that_shows_clashes_shows_the_flight(db: Database) -> None:
    """The command line's plain connection, the whole-database check, the editor and the dossier."""
    ids = _trip(db)
    expected = [(cl.OVERLAP, (ids["flight"], ids["breakfast"]))]
    conn = sqlite3.connect(db.path)
    try:
        assert _kinds(cl.find_clashes(conn)) == expected
    finally:
        conn.close()
    with db.transaction() as s:
        assert _kinds(list(read_visit_form(s, ids["visit"], "en").clashes)) == expected
        notes, count = visit_clashes(s, ids["visit"])
    assert count == 1
    on_breakfast = [n.text for n in notes if n.item_id == ids["breakfast"]]
    assert [t.en for t in on_breakfast] == [
        "Overlaps with “LH 2444 München (MUC) – København (CPH)” for the whole delegation"
    ]


def test_a_meeting_the_travellers_skip_does_not_clash(db: Database) -> None:
    """Only the leg's travellers are on the plane."""
    ids = _trip(db)
    with db.transaction() as s:
        ls.set_travellers(s, ids["flight"], [])
        found = cl.find_clashes(s, visit_id=ids["visit"])
    assert found == []


def test_a_transfer_item_for_the_flight_is_the_same_journey(db: Database) -> None:
    """The flight written down as an item too does not clash with the leg (it does with breakfast)."""
    ids = _trip(db)
    with db.transaction() as s:
        transfer = vs.add_item(
            s,
            ids["visit"],
            kind="transfer",
            title_en="Flight to Copenhagen",
            start=dt.datetime(2027, 3, 27, 9),
            end=dt.datetime(2027, 3, 27, 10, 40),
        ).id
        found = cl.find_clashes(s, visit_id=ids["visit"])
    overlaps = {frozenset(c.item_ids) for c in found if c.kind == cl.OVERLAP}
    assert overlaps == {frozenset((ids["flight"], ids["breakfast"])), frozenset((transfer, ids["breakfast"]))}
