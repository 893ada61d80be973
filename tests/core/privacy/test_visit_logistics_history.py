"""A visit's history lists its travel, hotel rooms, cars and gifts, each named by person or item
(field test 21, defect 1: a room moved from "Suite 1808" to "Suite 1901" and a replaced traveller
were logged, but only under ids the protocol officer never sees)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.services import contacts as contact_service
from petdesk.services import history, logistics, visits

DAY = dt.date(2027, 4, 1)


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        strauss = contact_service.create_contact(
            s, family_name="Strauß", given_name="Lukas", family_name_zh="施特劳斯", given_name_zh="卢卡斯·"
        ).id
        weiss = contact_service.create_contact(s, family_name="Weißenfels", given_name="Maximilian").id
        visit = visits.create_visit(s, title_en="Ministerial delegation", start_date=DAY, end_date=DAY)
        item = visits.add_item(
            s,
            visit.id,
            title_en="Working talks",
            start=dt.datetime(2027, 4, 1, 9),
            end=dt.datetime(2027, 4, 1, 11),
        ).id
        leg = logistics.add_travel_leg(
            s,
            visit.id,
            departs=dt.datetime(2027, 3, 31, 13, 45),
            arrives=dt.datetime(2027, 4, 1, 7, 5),
            from_place="Frankfurt (FRA)",
            to_place="Chengdu Tianfu (TFU)",
            number="LH 7326",
            traveller_ids=[strauss],
        ).id
        stay = logistics.add_accommodation(
            s, visit.id, hotel="Jinjiang Hotel", check_in=DAY, check_out=DAY + dt.timedelta(days=1)
        ).id
        logistics.set_rooming(s, stay, [(strauss, "Suite 1808")])
        car = logistics.add_vehicle(s, visit.id, vehicle="Hongqi H9", driver_name="Liu Qiang").id
        logistics.add_gift(s, visit.id, description="Meissen porcelain bowl")
        visit_id = visit.id
    with db.transaction() as s:  # the late changes
        logistics.set_rooming(s, stay, [(strauss, "Suite 1901")])
        logistics.set_travellers(s, leg, [weiss])
        logistics.set_vehicle_items(s, car, [item])
    return visit_id


def _lines(db: Database, visit_id: str, locale: str) -> list[str]:
    with db.reading() as s:
        entries = history.record_history(s, "visit", visit_id, locale=locale)
    return [f"{e.entity} | {e.label} | {e.field} | {e.old_text} → {e.new_text}" for e in entries]


def test_room_changes_are_in_the_visit_history_by_person(db: Database, visit_id: str) -> None:
    lines = _lines(db, visit_id, "en")
    assert any(
        line.startswith("room_assignment | Lukas Strauß")
        and "Jinjiang Hotel" in line
        and "Suite 1808 → Suite 1901" in line
        for line in lines
    ), lines
    chinese = _lines(db, visit_id, "zh_CN")
    assert any(line.startswith("room_assignment | 卢卡斯·施特劳斯") for line in chinese), chinese


def test_travellers_cars_and_gifts_are_in_the_visit_history(db: Database, visit_id: str) -> None:
    lines = _lines(db, visit_id, "en")
    travellers = [line for line in lines if line.startswith("travel_leg_traveller")]
    assert any("Maximilian Weißenfels · LH 7326" in line for line in travellers), travellers
    replaced = "Lukas Strauß (卢卡斯·施特劳斯) · LH 7326"
    assert any(replaced in line and "deleted" in line for line in travellers), travellers
    assert any(line.startswith("travel_leg | LH 7326") for line in lines)
    assert any(line.startswith("accommodation | Jinjiang Hotel") for line in lines)
    assert any(line.startswith("vehicle | Hongqi H9") for line in lines)
    assert any(line.startswith("vehicle_assignment | Working talks · Hongqi H9") for line in lines), lines
    assert any(line.startswith("gift | Meissen porcelain bowl") for line in lines)
