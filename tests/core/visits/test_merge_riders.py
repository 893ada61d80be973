"""Review 47, finding 1: merging two contacts who ride in the same vehicle leaves the kept one
riding once, not twice (the extra row could not be removed from any screen); a ride of the
merged-away person in another vehicle moves to the kept person."""

from __future__ import annotations

from sqlalchemy import func, select

from petdesk.db import Database
from petdesk.models import VehicleRider
from petdesk.services import logistics as ls
from petdesk.services import merge
from tests.core.visits.test_vehicle_riders import _plan, _riders


def test_merged_riders_in_the_same_vehicle_ride_once(db: Database) -> None:
    with db.transaction() as s:
        ids = _plan(s)
        ls.set_vehicle_riders(s, ids["van"], [ids["Markus"], ids["Georg"]])  # both items
        ls.set_vehicle_riders(s, ids["coach"], [ids["Lena"]], item_ids=[ids["Site visit"]])
        merge.merge_contacts(s, ids["Markus"], ids["Georg"])
        merge.merge_contacts(s, ids["Markus"], ids["Lena"])  # Lena's coach seat is moved, not dropped
    with db.reading() as s:
        van = _riders(s, ids["visit"], "Van")
        coach = _riders(s, ids["visit"], "Coach")
    assert van == {ids["Welcome meeting"]: ["Markus Test"], ids["Site visit"]: ["Markus Test"]}
    assert coach == {ids["Welcome meeting"]: [], ids["Site visit"]: ["Markus Test"]}
    with db.transaction() as s:
        ls.set_vehicle_riders(s, ids["van"], [])
    with db.reading() as s:
        live = select(func.count()).select_from(VehicleRider).where(VehicleRider.deleted_at.is_(None))
        assert s.scalar(live) == 1  # only the coach seat; no leftover van row
