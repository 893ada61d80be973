"""Field test 52, defect 7: a vehicle's seats and who rides in it, per item it serves; more riders
than seats is told; riders travel to another office with the vehicle."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from petdesk.db import Database
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from petdesk.services.visits import ScheduleError
from tests.core.sync.helpers import make_office, send
from tests.core.visits.data import person

D = dt.date(2027, 3, 16)


def _plan(s: Session) -> dict[str, str]:
    """A visit, two items, a 2-seat van and a coach serving both, three people."""
    ids = {
        "visit": vs.create_visit(
            s, title_en="Munich delegation", start_date=D, end_date=D + dt.timedelta(days=2)
        ).id
    }
    for n, title in enumerate(("Welcome meeting", "Site visit")):
        start = dt.datetime.combine(D + dt.timedelta(days=n), dt.time(10))
        ids[title] = vs.add_item(
            s, ids["visit"], start=start, end=start + dt.timedelta(hours=2), title_en=title
        ).id
    items = [ids["Welcome meeting"], ids["Site visit"]]
    ids["van"] = ls.add_vehicle(s, ids["visit"], vehicle="Van", seats=2, item_ids=items).id
    ids["coach"] = ls.add_vehicle(s, ids["visit"], vehicle="Coach", seats=49, item_ids=items).id
    for given in ("Markus", "Georg", "Lena"):
        ids[given] = person(s, given, "Test").id
        vs.add_participant(s, ids["visit"], ids[given], "delegate")
    return ids


def _riders(s: Session, vid: str, car: str) -> dict[str, list[str]]:
    (view,) = [c for c in ls.logistics(s, vid).vehicles if c.vehicle == car]
    return {item: sorted(p.name_en for p in people) for item, people in view.riders}


def test_riders_per_item_and_over_capacity(db: Database) -> None:
    with db.transaction() as s:
        ids = _plan(s)
        everyone = [ids["Markus"], ids["Georg"], ids["Lena"]]
        ls.set_vehicle_riders(s, ids["van"], everyone)  # every item it serves
        ls.set_vehicle_riders(s, ids["coach"], [ids["Lena"]], item_ids=[ids["Site visit"]])  # one day
    with db.reading() as s:
        van = _riders(s, ids["visit"], "Van")
        coach = _riders(s, ids["visit"], "Coach")
        (view,) = [c for c in ls.logistics(s, ids["visit"]).vehicles if c.vehicle == "Van"]
    assert van[ids["Welcome meeting"]] == ["Georg Test", "Lena Test", "Markus Test"]
    # Lena rides in the coach to the site visit: no longer in the van for it
    assert van[ids["Site visit"]] == ["Georg Test", "Markus Test"]
    assert coach == {ids["Welcome meeting"]: [], ids["Site visit"]: ["Lena Test"]}
    assert (view.seats, view.over_capacity, view.most_riders) == (2, (ids["Welcome meeting"],), 3)


def test_seats_are_checked_and_riders_go_with_the_item_or_the_person(db: Database) -> None:
    with db.transaction() as s:
        ids = _plan(s)
        with pytest.raises(ScheduleError, match="at least one seat"):
            ls.update_vehicle(s, ids["van"], seats=0)
        ls.set_vehicle_riders(s, ids["van"], [ids["Markus"], ids["Georg"]])
        ls.set_vehicle_items(s, ids["van"], [ids["Site visit"]])  # no longer serves the meeting
        vs.remove_participant(s, ids["visit"], ids["Georg"])
    with db.reading() as s:
        assert _riders(s, ids["visit"], "Van") == {ids["Site visit"]: ["Markus Test"]}


def test_seats_and_riders_travel_to_another_office(tmp_path: Path) -> None:
    munich, hangzhou = make_office(tmp_path / "dbs", "Munich"), make_office(tmp_path / "dbs", "Hangzhou")
    try:
        with munich.transaction() as s:
            ids = _plan(s)
            ls.set_vehicle_riders(s, ids["van"], [ids["Markus"], ids["Lena"]], item_ids=[ids["Site visit"]])
        (tmp_path / "pkgs").mkdir()
        send(munich, hangzhou, tmp_path / "pkgs")
        with hangzhou.reading() as s:
            (van,) = [c for c in ls.logistics(s, ids["visit"]).vehicles if c.vehicle == "Van"]
            assert van.seats == 2
            assert _riders(s, ids["visit"], "Van")[ids["Site visit"]] == ["Lena Test", "Markus Test"]
        # a change of seats and riders travels as well
        with munich.transaction() as s:
            ls.update_vehicle(s, ids["van"], seats=7)
            ls.set_vehicle_riders(s, ids["van"], [ids["Georg"]], item_ids=[ids["Site visit"]])
        send(munich, hangzhou, tmp_path / "pkgs")
        with hangzhou.reading() as s:
            (van,) = [c for c in ls.logistics(s, ids["visit"]).vehicles if c.vehicle == "Van"]
            assert van.seats == 7
            assert _riders(s, ids["visit"], "Van")[ids["Site visit"]] == ["Georg Test"]
    finally:
        munich.close()
        hangzhou.close()
