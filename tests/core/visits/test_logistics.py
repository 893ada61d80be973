"""Visit logistics: legs in two zones, rooming, cars on items, gifts, the emergency sheet, tombstones,
and a travel leg travelling from one office to another."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.models import RoomAssignment, TravelLeg, TravelLegTraveller
from petdesk.services import logistics as ls
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from petdesk.services.visits import ScheduleError
from tests.core.sync.helpers import make_office, send
from tests.core.visits.data import person

D = dt.date(2026, 11, 10)


def _visit(session) -> str:
    return vs.create_visit(
        session, title_en="Hamburg delegation", start_date=D, end_date=D + dt.timedelta(days=3)
    ).id


def test_flight_keeps_each_end_in_its_own_zone(db: Database) -> None:
    with db.transaction() as s:
        vid = _visit(s)
        anna = person(s, "Anna", "Schmidt")
        leg = ls.add_travel_leg(
            s,
            vid,
            mode="flight",
            number="LH 720",
            carrier="Lufthansa",
            from_place="Frankfurt FRA",
            to_place="Beijing PEK",
            departs=dt.datetime(2026, 11, 9, 17, 55),
            departs_timezone="Europe/Berlin",
            arrives=dt.datetime(2026, 11, 10, 10, 5),
            arrives_timezone="Asia/Shanghai",
            traveller_ids=[anna.id],
        )
        assert leg.departs_at == dt.datetime(2026, 11, 9, 16, 55, tzinfo=dt.UTC)
        assert leg.arrives_at == dt.datetime(2026, 11, 10, 2, 5, tzinfo=dt.UTC)
    with db.reading() as s:
        view = ls.logistics(s, vid)
    (lv,) = view.legs
    assert (lv.departs.hour, lv.arrives.hour) == (17, 10)
    assert [p.name_en for p in lv.travellers] == ["Anna Schmidt"]


BAD_LEGS = [
    ({"number": ""}, "needs its number"),
    ({"to_place": " "}, "the place it goes to"),
    ({"arrives": dt.datetime(2026, 11, 9, 10)}, "must arrive after it departs"),
    ({"arrives": dt.datetime(2026, 11, 12, 10)}, "longer than 36 hours"),
    ({"mode": "boat"}, "unknown travel mode “boat”"),
    ({"departs_timezone": "Mars/Base"}, "unknown time zone"),
]


def test_bad_leg_is_refused_with_one_sentence_and_nothing_saved(db: Database) -> None:
    # one database for every case: each fresh database costs about as much as the whole check
    with db.transaction() as s:
        vid = _visit(s)
    for fields, message in BAD_LEGS:
        args = {
            "number": "G 7",
            "from_place": "Beijing South",
            "to_place": "Shanghai Hongqiao",
            "departs": dt.datetime(2026, 11, 10, 9),
            "arrives": dt.datetime(2026, 11, 10, 13, 30),
            "mode": "train",
        }
        args.update(fields)
        with pytest.raises(ScheduleError, match=message), db.transaction() as s:
            ls.add_travel_leg(s, vid, **args)
    with db.reading() as s:
        assert s.query(TravelLeg).count() == 0


def test_rooming_cars_gifts_emergency_and_item_protocol(db: Database) -> None:
    with db.transaction() as s:
        vid = _visit(s)
        anna, li, wang = (
            person(s, "Anna", "Schmidt"),
            person(s, "Wei", "Li", "李伟"),
            person(s, "Fang", "Wang"),
        )
        item = vs.add_item(
            s, vid, title_en="Meeting", start=dt.datetime(2026, 11, 10, 9), end=dt.datetime(2026, 11, 10, 10)
        )
        stay = ls.add_accommodation(
            s,
            vid,
            hotel="Kerry Hotel",
            check_in=D,
            check_out=D + dt.timedelta(days=3),
            address="1 Guanghua Rd",
        )
        ls.set_rooming(s, stay.id, [(anna.id, "1205"), (wang.id, "1207")])
        ls.set_rooming(s, stay.id, [(anna.id, "1206")])  # Wang moves out, Anna changes room
        car = ls.add_vehicle(
            s, vid, vehicle="Black Audi A6", driver_name="Zhang Lei", driver_phone="+86 139 0000 1111"
        )
        ls.set_vehicle_items(s, car.id, [item.id])
        ls.add_gift(
            s, vid, description="Porcelain vase", direction="received", giver="Mayor Li", recipient="Anna"
        )
        ls.set_emergency(
            s, vid, duty_officer_name="Chen Jing", duty_officer_phone="+86 138 1234 5678", hospital="PUMCH"
        )
        ls.set_item_protocol(
            s, item.id, host_contact_id=li.id, interpreter_contact_id=wang.id, dress_code="Business"
        )
        with pytest.raises(ScheduleError, match="appears twice"):
            ls.set_rooming(s, stay.id, [(anna.id, "1"), (anna.id, "2")])
        with pytest.raises(ScheduleError, match="one night"):
            ls.update_accommodation(s, stay.id, check_out=D)
        with pytest.raises(ScheduleError, match="day and night"):
            ls.set_emergency(s, vid, duty_officer_phone="")
        with pytest.raises(ScheduleError, match="cannot also be its interpreter"):
            ls.set_item_protocol(s, item.id, host_contact_id=li.id, interpreter_contact_id=li.id)
    with db.reading() as s:
        view = ls.logistics(s, vid)
        rows = s.query(RoomAssignment).all()
    assert [(r.person.name_en, r.room) for r in view.stays[0].rooms] == [("Anna Schmidt", "1206")]
    assert len(rows) == 2 and sum(r.deleted_at is not None for r in rows) == 1  # Wang's row is a tombstone
    assert view.vehicles[0].item_ids == (item.id,)
    assert view.items[item.id].host is not None and view.items[item.id].host.name_zh == "李伟"
    assert view.items[item.id].vehicles == ("Black Audi A6",)
    assert view.gifts[0].direction == "received"
    assert view.emergency.duty_officer_phone == "+86 138 1234 5678"
    assert not view.is_empty


def test_deleting_a_leg_leaves_tombstones(db: Database) -> None:
    with db.transaction() as s:
        vid = _visit(s)
        anna = person(s, "Anna", "Schmidt")
        leg = ls.add_travel_leg(
            s,
            vid,
            mode="car",
            from_place="Hotel",
            to_place="Airport",
            departs=dt.datetime(2026, 11, 13, 7),
            arrives=dt.datetime(2026, 11, 13, 8),
            traveller_ids=[anna.id],
        )
        ls.delete_travel_leg(s, leg.id)
    with db.reading() as s:
        assert ls.logistics(s, vid).legs == ()
        assert s.query(TravelLeg).one().deleted_at is not None
        assert s.query(TravelLegTraveller).one().deleted_at is not None


def test_travel_leg_travels_to_another_office_with_its_traveller(tmp_path: Path) -> None:
    beijing, bonn = make_office(tmp_path / "dbs", "Beijing"), make_office(tmp_path / "dbs", "Bonn")
    try:
        with beijing.transaction() as s:
            vid = _visit(s)
            anna = person(s, "Anna", "Schmidt")
            leg_id = ls.add_travel_leg(
                s,
                vid,
                number="CA 931",
                carrier="Air China",
                from_place="Beijing PEK",
                to_place="Frankfurt FRA",
                departs=dt.datetime(2026, 11, 13, 14, 10),
                departs_timezone="Asia/Shanghai",
                arrives=dt.datetime(2026, 11, 13, 18, 30),
                arrives_timezone="Europe/Berlin",
                traveller_ids=[anna.id],
            ).id
            # precedence and a training's venue address travel too (issue 14)
            ls.set_precedence_order(s, vid, [vs.add_participant(s, vid, anna.id, "head").id])
            tid = ts.create_training(
                s,
                title_en="Sponge city training",
                start_date=D,
                end_date=D,
                venue_address_en="1 Xidan North Street, Beijing",
                venue_address_zh="北京市西城区西单北大街1号",
            ).id
        (tmp_path / "pkgs_dir").mkdir()
        send(beijing, bonn, tmp_path / "pkgs_dir")
        with bonn.reading() as s:
            assert [(p.name_en, p.precedence) for p in ls.precedence_lists(s, vid).delegation] == [
                ("Anna Schmidt", 1)
            ]
            t = ts.get_training(s, tid)
            assert (t.venue_address_en, t.venue_address_zh) == (
                "1 Xidan North Street, Beijing",
                "北京市西城区西单北大街1号",
            )
            (lv,) = ls.logistics(s, vid).legs
        assert (lv.id, lv.number, lv.arrives.hour, lv.arrives_timezone) == (
            leg_id,
            "CA 931",
            18,
            "Europe/Berlin",
        )
        assert [p.name_en for p in lv.travellers] == ["Anna Schmidt"]
        # an edit in Bonn comes back to Beijing
        with bonn.transaction() as s:
            ls.update_travel_leg(s, leg_id, number="CA 965", arrives=dt.datetime(2026, 11, 13, 19, 0))
        send(bonn, beijing, tmp_path / "pkgs_dir")
        with beijing.reading() as s:
            (lv,) = ls.logistics(s, vid).legs
        assert (lv.number, lv.arrives.hour) == ("CA 965", 19)
    finally:
        beijing.close()
        bonn.close()


def test_order_of_precedence_is_kept_per_side(db: Database) -> None:
    with db.transaction() as s:
        vid = _visit(s)
        ids = {}
        for given, family, role in (
            ("Anna", "Schmidt", "head"),
            ("Jens", "Müller", "delegate"),
            ("Eva", "Braun", "delegate"),
            ("Lei", "Li", "host"),
            ("Fang", "Wang", "organiser"),
        ):
            ids[given] = vs.add_participant(s, vid, person(s, given, family).id, role).id
    with db.reading() as s:
        before = ls.precedence_lists(s, vid)
    # nobody numbered: head first, then by role and name
    assert [p.name_en for p in before.delegation] == ["Anna Schmidt", "Eva Braun", "Jens Müller"]
    assert [p.name_en for p in before.host] == ["Lei Li", "Fang Wang"]
    with db.transaction() as s:
        ls.set_precedence_order(s, vid, [ids["Jens"], ids["Anna"], ids["Eva"]])
        ls.set_precedence_order(s, vid, [ids["Fang"], ids["Lei"]])
    with db.reading() as s:
        after = ls.precedence_lists(s, vid)
    assert [(p.name_en, p.precedence) for p in after.delegation] == [
        ("Jens Müller", 1),
        ("Anna Schmidt", 2),
        ("Eva Braun", 3),
    ]
    assert [p.name_en for p in after.side("host")] == ["Fang Wang", "Lei Li"]
    # a shorter order leaves the others of that side unnumbered, after the numbered ones
    with db.transaction() as s:
        ls.set_precedence_order(s, vid, [ids["Eva"]])
    with db.reading() as s:
        assert [(p.name_en, p.precedence) for p in ls.precedence_lists(s, vid).delegation] == [
            ("Eva Braun", 1),
            ("Anna Schmidt", None),
            ("Jens Müller", None),
        ]
    for order, message in (
        ([ids["Anna"], ids["Lei"]], "each have their own order"),
        ([ids["Anna"], ids["Anna"]], "appears twice"),
        (["no-such-id"], "only people of this visit"),
    ):
        with pytest.raises(ScheduleError, match=message), db.transaction() as s:
            ls.set_precedence_order(s, vid, order)
    with db.reading() as s:
        assert [p.precedence for p in ls.precedence_lists(s, vid).delegation] == [1, None, None]


def test_a_new_legs_travellers_are_the_delegation_with_its_interpreter(db: Database) -> None:
    """Field test 52, defect 2: the interpreter travelling with the delegation was on no leg."""
    with db.transaction() as s:
        vid = _visit(s)
        people = {name: person(s, name, "Test").id for name in ("Head", "Delegate", "Lena", "Host")}
        for name, role in (
            ("Head", "head"),
            ("Delegate", "delegate"),
            ("Lena", "interpreter"),
            ("Host", "host"),
        ):
            vs.add_participant(s, vid, people[name], role)
        travellers = ls.delegation_travellers(s, vid)
    assert sorted(travellers) == sorted(people[n] for n in ("Head", "Delegate", "Lena"))
