"""A visit's history lists who was put on or taken off a car (field test 71, defect 2): after a
swap the dossier's "Changes since" part named the new flight and room but not the car lists."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.dossier.changes import changes_since
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from petdesk.services.history import record_history


def test_a_swap_on_the_coach_is_in_the_visits_history_and_change_list(db: Database) -> None:
    with db.transaction() as s:
        tomasz = cs.create_contact(s, given_name="Tomasz", family_name="Nowak", family_name_zh="诺瓦克")
        marek = cs.create_contact(s, given_name="Marek", family_name="Lewandowski")
        v = vs.create_visit(
            s, title_en="Gdańsk delegation", start_date=dt.date(2027, 5, 18), end_date=dt.date(2027, 5, 18)
        )
        vs.add_participant(s, v.id, tomasz.id, ParticipantRole.DELEGATE)
        dinner = vs.add_item(
            s, v.id, start=dt.datetime(2027, 5, 18, 18), end=dt.datetime(2027, 5, 18, 20), title_en="Dinner"
        )
        coach = ls.add_vehicle(s, v.id, vehicle="Yutong coach", item_ids=[dinner.id])
        ls.set_vehicle_riders(s, coach.id, [tomasz.id])
        ids = {"visit": v.id, "tomasz": tomasz.id, "marek": marek.id}
    since = dt.datetime.now(dt.UTC)
    with db.transaction() as s:
        vs.remove_participant(s, ids["visit"], ids["tomasz"], substitute_id=ids["marek"])
    with db.transaction() as s:
        riders = [e for e in record_history(s, "visit", ids["visit"]) if e.entity == "vehicle_rider"]
        lines = changes_since(s, ids["visit"], since)
    labels = sorted(e.label for e in riders if e.is_creation or e.field == "deleted_at")
    assert any("Tomasz Nowak" in x and "Yutong coach" in x and "Dinner" in x for x in labels), labels
    assert any("Marek Lewandowski" in x and "Yutong coach" in x for x in labels), labels
    car_lines = [line for line in lines if "Vehicle rider" in line.part.en]
    # the swap folds the seat's two lines into one under its summary (field test 71 leftovers)
    assert [(line.what.en, line.folded) for line in car_lines] == [("Tomasz Nowak → Marek Lewandowski", True)]
    assert all("车辆乘客" in line.part.zh for line in car_lines)
