"""Clash detection: overlaps, impossible transfers, items outside the visit, across visits."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.services import clashes as cl
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import person


def _visit(s, title: str, first: int = 10, last: int = 12, **kw):
    return vs.create_visit(
        s, title_en=title, start_date=dt.date(2026, 11, first), end_date=dt.date(2026, 11, last), **kw
    )


def test_clean_itinerary_has_no_clashes(db: Database) -> None:
    with db.transaction() as s:
        p = person(s, "Anna", "Schmidt")
        v = _visit(s, "Clean")
        vs.add_participant(s, v.id, p.id)
        vs.add_item(
            s,
            v.id,
            title_en="A",
            city_en="Beijing",
            start=dt.datetime(2026, 11, 10, 9),
            end=dt.datetime(2026, 11, 10, 10),
        )
        vs.add_item(
            s,
            v.id,
            title_en="B",
            city_en="Beijing",
            start=dt.datetime(2026, 11, 10, 10),
            end=dt.datetime(2026, 11, 10, 11),
        )
        vs.add_item(
            s,
            v.id,
            title_en="Train",
            kind="transfer",
            start=dt.datetime(2026, 11, 10, 11),
            end=dt.datetime(2026, 11, 10, 16),
        )
        vs.add_item(
            s,
            v.id,
            title_en="C",
            city_en="Shanghai",
            start=dt.datetime(2026, 11, 10, 16),
            end=dt.datetime(2026, 11, 10, 17),
        )
        assert cl.find_clashes(s) == []
        assert cl.find_clashes(s, visit_id=v.id) == []


def test_overlap_transfer_and_outside(db: Database) -> None:
    with db.transaction() as s:
        anna = person(s, "Anna", "Schmidt")
        li = person(s, "Lei", "Li", "李雷", family_first=True)
        v = _visit(s, "Clashing")
        vs.add_participant(s, v.id, anna.id, "head")
        vs.add_participant(s, v.id, li.id, "interpreter")
        a = vs.add_item(
            s,
            v.id,
            title_en="Bureau meeting",
            city_en="Beijing",
            start=dt.datetime(2026, 11, 10, 9),
            end=dt.datetime(2026, 11, 10, 11),
        )
        b = vs.add_item(
            s,
            v.id,
            title_en="Company visit",
            city_en="Beijing",
            start=dt.datetime(2026, 11, 10, 10),
            end=dt.datetime(2026, 11, 10, 12),
            attendee_ids=[li.id],
        )
        c = vs.add_item(
            s,
            v.id,
            title_en="Lunch in Tianjin",
            city_en="Tianjin",
            start=dt.datetime(2026, 11, 10, 12),
            end=dt.datetime(2026, 11, 10, 13),
            attendee_ids=[li.id],
        )
        d = vs.add_item(
            s,
            v.id,
            title_en="Farewell",
            start=dt.datetime(2026, 11, 13, 19),
            end=dt.datetime(2026, 11, 13, 21),
        )
        found = cl.find_clashes(s)
        kinds = sorted((c_.kind, c_.contact_name, c_.item_ids) for c_ in found)
        assert kinds == [
            ("outside", "", (d.id,)),
            ("overlap", "Li Lei (李雷)", (a.id, b.id)),
            ("transfer", "Li Lei (李雷)", (b.id, c.id)),
        ]
        assert found == cl.find_clashes(s, visit_id=v.id)
        texts = [x.describe("en") for x in found]
        assert any("in two items at once" in t and "Bureau meeting" in t for t in texts)
        assert any("cannot get from Beijing to Tianjin" in t for t in texts)
        assert any("outside the visit's dates" in t for t in texts)
        # Warnings, not blocks: the visit can still be confirmed.
        vs.set_visit_status(s, v.id, "confirmed")


def test_clash_across_visits_and_with_training_and_cancelled_ignored(db: Database) -> None:
    with db.transaction() as s:
        staff = person(s, "Mei", "Chen", "陈梅", family_first=True)
        v1 = _visit(s, "One")
        v2 = _visit(s, "Two")
        vs.add_participant(s, v1.id, staff.id, "staff")
        vs.add_participant(s, v2.id, staff.id, "staff")
        i1 = vs.add_item(
            s,
            v1.id,
            title_en="One meets",
            start=dt.datetime(2026, 11, 11, 9),
            end=dt.datetime(2026, 11, 11, 10),
        )
        i2 = vs.add_item(
            s,
            v2.id,
            title_en="Two meets",
            start=dt.datetime(2026, 11, 11, 9, 30),
            end=dt.datetime(2026, 11, 11, 10, 30),
        )
        t = ts.create_training(
            s, title_en="Course", start_date=dt.date(2026, 11, 11), end_date=dt.date(2026, 11, 11)
        )
        ts.add_session(
            s,
            t.id,
            title_en="Lecture",
            start=dt.datetime(2026, 11, 11, 9, 45),
            end=dt.datetime(2026, 11, 11, 11),
            trainer_ids=[staff.id],
        )
        found = cl.find_clashes(s, visit_id=v1.id)
        assert {(c.kind, c.item_ids[0], c.item_ids[1]) for c in found} >= {("overlap", i1.id, i2.id)}
        assert len(cl.find_clashes(s)) == 3  # three pairs overlap
        vs.set_visit_status(s, v2.id, "cancelled")
        assert len(cl.find_clashes(s)) == 1
        assert cl.find_clashes(s, visit_id=v2.id) == []


def test_item_in_another_zone_checked_against_its_local_dates(db: Database) -> None:
    with db.transaction() as s:
        v = _visit(s, "Berlin-Beijing", first=10, last=10, timezone="Europe/Berlin")
        # 23:30 in Berlin on the 10th is already the 11th in Beijing: fine for Berlin's dates.
        vs.add_item(
            s,
            v.id,
            title_en="Late call",
            start=dt.datetime(2026, 11, 10, 23, 0),
            end=dt.datetime(2026, 11, 10, 23, 30),
        )
        assert cl.find_clashes(s) == []
        vs.add_item(
            s,
            v.id,
            title_en="Arrival",
            timezone="Asia/Shanghai",
            start=dt.datetime(2026, 11, 11, 7),
            end=dt.datetime(2026, 11, 11, 8),
        )
        assert [c.kind for c in cl.find_clashes(s)] == ["outside"]


def test_items_read_once_give_one_clash_naming_everyone_in_it(db: Database) -> None:
    """Items are shared records in the whole-database check; a clash of two items names everyone
    in both, and a narrower range finds the same clashes as the whole database."""
    with db.transaction() as s:
        anna = person(s, "Anna", "Schmidt")
        li = person(s, "Lei", "Li", "李雷", family_first=True)
        v = _visit(s, "Whole delegation twice")
        for p in (anna, li):
            vs.add_participant(s, v.id, p.id, "delegate")
        a = vs.add_item(
            s, v.id, title_en="Talks", start=dt.datetime(2026, 11, 10, 9), end=dt.datetime(2026, 11, 10, 11)
        )
        b = vs.add_item(
            s,
            v.id,
            title_en="Site visit",
            start=dt.datetime(2026, 11, 10, 10),
            end=dt.datetime(2026, 11, 10, 12),
        )
        found = cl.find_clashes(s)
        assert [(c.kind, c.item_ids) for c in found] == [("overlap", (a.id, b.id))]
        assert {cid for cid, _name in found[0].people} == {anna.id, li.id}
        day = cl.find_clashes(
            s, start=dt.datetime(2026, 11, 10, tzinfo=dt.UTC), end=dt.datetime(2026, 11, 11, tzinfo=dt.UTC)
        )
        assert day == found


def _twelve_delegates(s) -> tuple[object, list]:
    v = _visit(s, "Sichuan and Chongqing", first=14, last=18)
    delegates = [person(s, f"Name{n}", f"Family{n}") for n in range(12)]
    for p in delegates:
        vs.add_participant(s, v.id, p.id, "delegate")
    return v, delegates


def test_two_items_of_the_whole_delegation_clash_once(db: Database) -> None:
    """Field test 6, defect 13: a meeting in Chongqing and a talk in Chengdu at the same time,
    neither with attendees ticked, were twelve warnings, one per delegate; it is one, naming the
    two items and the whole delegation."""
    with db.transaction() as s:
        v, _delegates = _twelve_delegates(s)
        a = vs.add_item(
            s,
            v.id,
            title_en="Chongqing meeting",
            title_zh="重庆会谈",
            city_en="Chongqing",
            start=dt.datetime(2026, 11, 16, 10),
            end=dt.datetime(2026, 11, 16, 12),
        )
        b = vs.add_item(
            s,
            v.id,
            title_en="Chengdu talk",
            title_zh="成都座谈",
            city_en="Chengdu",
            start=dt.datetime(2026, 11, 16, 11),
            end=dt.datetime(2026, 11, 16, 12, 30),
        )
        for found in (cl.find_clashes(s), cl.find_clashes(s, visit_id=v.id)):
            [clash] = found
            assert (clash.kind, clash.item_ids, len(clash.people)) == ("overlap", (a.id, b.id), 12)
            assert clash.whole_delegation
            en = clash.describe("en")
            assert en.startswith("The whole delegation (12 people) is in two items at once")
            assert "Chongqing meeting" in en and "Chengdu talk" in en
            zh = clash.describe("zh_CN")
            assert zh.startswith("全团（12 人）") and "重庆会谈" in zh and "成都座谈" in zh


def test_some_of_the_delegation_in_two_items_are_named(db: Database) -> None:
    with db.transaction() as s:
        v, delegates = _twelve_delegates(s)
        three = [p.id for p in delegates[:3]]
        vs.add_item(
            s,
            v.id,
            title_en="Lab tour",
            start=dt.datetime(2026, 11, 16, 9),
            end=dt.datetime(2026, 11, 16, 11),
            attendee_ids=three,
        )
        vs.add_item(
            s,
            v.id,
            title_en="Press talk",
            city_en="Chengdu",
            start=dt.datetime(2026, 11, 16, 10),
            end=dt.datetime(2026, 11, 16, 11),
            attendee_ids=[*three, delegates[5].id],
        )
        [clash] = cl.find_clashes(s)
        assert not clash.whole_delegation and len(clash.people) == 3
        text = clash.describe("en")
        assert text.startswith("3 people (Name0 Family0, Name1 Family1, Name2 Family2) are in two items")
        # one person alone keeps the sentence naming that person
        vs.add_item(
            s,
            v.id,
            title_en="Dinner",
            start=dt.datetime(2026, 11, 16, 10, 30),
            end=dt.datetime(2026, 11, 16, 12),
            attendee_ids=[delegates[5].id],
        )
        texts = [c.describe("en") for c in cl.find_clashes(s)]
        assert any(t.startswith("Name5 Family5 is in two items at once") for t in texts)


def test_a_transfer_the_whole_delegation_cannot_make_is_one_clash(db: Database) -> None:
    with db.transaction() as s:
        v, _delegates = _twelve_delegates(s)
        vs.add_item(
            s,
            v.id,
            title_en="Chongqing meeting",
            city_en="Chongqing",
            start=dt.datetime(2026, 11, 16, 9),
            end=dt.datetime(2026, 11, 16, 11),
        )
        vs.add_item(
            s,
            v.id,
            title_en="Chengdu talk",
            city_en="Chengdu",
            start=dt.datetime(2026, 11, 16, 11, 10),
            end=dt.datetime(2026, 11, 16, 12),
        )
        [clash] = cl.find_clashes(s)
        assert clash.kind == "transfer" and clash.whole_delegation
        assert clash.describe("en").startswith(
            "The whole delegation (12 people) cannot get from Chongqing to Chengdu in time"
        )
