"""Where each person is, from their travel legs (field test 52, defect 1).

LH 2386 Munich → Shanghai was moved a day later; the train from Shanghai to Hangzhou and the
Hangzhou welcome meeting stayed before it. Nothing overlapped, so the clash check said "No clashes"
for a plan in which the delegation takes a train in China before leaving Munich.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from petdesk.db import Database
from petdesk.dossier.data import visit_clashes
from petdesk.services import clashes as cl
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person

BERLIN, SHANGHAI = "Europe/Berlin", "Asia/Shanghai"


def _trip(db: Database, *, flight_day: int) -> dict[str, str]:
    """Georg Weber: Munich → Shanghai on ``flight_day`` March (12:00 Berlin, lands 06:05 the next
    morning), the train to Hangzhou on 16 Mar 07:30, the welcome meeting there at 10:00, and home
    from Hangzhou on 18 Mar."""
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="Munich delegation",
            start_date=dt.date(2027, 3, 15),
            end_date=dt.date(2027, 3, 19),
            direction="outbound",
            timezone=SHANGHAI,
        )
        georg = person(s, "Georg", "Weber")
        vs.add_participant(s, v.id, georg.id, "delegate")

        def leg(
            number: str, origin: str, dest: str, departs: dt.datetime, tz: str, arrives: dt.datetime
        ) -> str:
            return ls.add_travel_leg(
                s,
                v.id,
                departs=departs,
                departs_timezone=tz,
                arrives=arrives,
                arrives_timezone=SHANGHAI
                if tz == BERLIN
                else BERLIN
                if dest.startswith("Munich")
                else SHANGHAI,
                from_place=origin,
                to_place=dest,
                number=number,
                traveller_ids=[georg.id],
            ).id

        flight = leg(
            "LH 2386",
            "Munich MUC",
            "Shanghai PVG",
            dt.datetime(2027, 3, flight_day, 12),
            BERLIN,
            dt.datetime(2027, 3, flight_day + 1, 6, 5),
        )
        train = leg(
            "G 7512",
            "Shanghai Hongqiao",
            "Hangzhou East",
            dt.datetime(2027, 3, 16, 7, 30),
            SHANGHAI,
            dt.datetime(2027, 3, 16, 8, 30),
        )
        home = leg(
            "CA 451",
            "Hangzhou HGH",
            "Munich MUC",
            dt.datetime(2027, 3, 18, 13),
            SHANGHAI,
            dt.datetime(2027, 3, 18, 19),
        )
        meeting = vs.add_item(
            s,
            v.id,
            title_en="Welcome meeting",
            title_zh="欢迎会",
            start=dt.datetime(2027, 3, 16, 10),
            end=dt.datetime(2027, 3, 16, 12),
            place_en="杭州市生态环境局",  # the place names the city, in Chinese only
        )
        return {"visit": v.id, "flight": flight, "train": train, "home": home, "meeting": meeting.id}


def test_a_plan_that_holds_together_has_no_whereabouts_clash(db: Database) -> None:
    ids = _trip(db, flight_day=15)
    with db.transaction() as s:
        assert cl.find_clashes(s, visit_id=ids["visit"]) == []


def test_a_flight_moved_a_day_later_leaves_train_and_meeting_before_it(db: Database) -> None:
    ids = _trip(db, flight_day=16)
    with db.transaction() as s:
        found = cl.find_clashes(s, visit_id=ids["visit"])
    assert [(c.kind, c.item_ids) for c in found] == [
        (cl.WHEREABOUTS, (ids["train"], ids["flight"])),
        (cl.WHEREABOUTS, (ids["meeting"], ids["flight"])),
        # the train that was to take them to Hangzhou is impossible, so the flight home from there is too
        (cl.WHEREABOUTS, (ids["home"], ids["flight"])),
    ]
    meeting = found[1]
    assert meeting.describe("en") == (
        "Georg Weber is in Hangzhou for “Welcome meeting” (16 Mar 2027, 10:00), but “LH 2386 Munich MUC –"
        " Shanghai PVG” from Munich arrives only at 17 Mar 2027, 06:05"
    )
    zh = meeting.describe("zh_CN")
    assert "杭州" in zh and "慕尼黑" in zh and "欢迎会" in zh


def test_an_item_after_the_person_left_the_city(db: Database) -> None:
    ids = _trip(db, flight_day=15)
    with db.transaction() as s:
        farewell = vs.add_item(
            s,
            ids["visit"],
            title_en="Farewell dinner",
            start=dt.datetime(2027, 3, 19, 12),
            end=dt.datetime(2027, 3, 19, 13),
            city_en="Hangzhou",
        )
        found = cl.find_clashes(s, visit_id=ids["visit"])
    assert [(c.kind, c.item_ids) for c in found] == [(cl.WHEREABOUTS, (farewell.id, ids["home"]))]
    assert (
        found[0]
        .describe("en")
        .endswith(
            "but “CA 451 Hangzhou HGH – Munich MUC” took them to Munich (18 Mar 2027, 19:00, Berlin time)"
        )
    )


def test_unknown_places_say_nothing(db: Database) -> None:
    """An item with no city or a place petdesk cannot place is never a clash."""
    ids = _trip(db, flight_day=16)
    with db.transaction() as s:
        vs.update_item(s, ids["meeting"], place_en="Room 3")
        found = cl.find_clashes(s, visit_id=ids["visit"])
    assert [c.item_ids[0] for c in found] == [ids["train"], ids["home"]]


def test_the_command_line_reads_it_too(db: Database) -> None:
    ids = _trip(db, flight_day=16)
    conn = sqlite3.connect(db.path)
    try:
        found = cl.find_clashes(conn)
    finally:
        conn.close()
    assert {c.item_ids[0] for c in found if c.kind == cl.WHEREABOUTS} == {
        ids["train"],
        ids["meeting"],
        ids["home"],
    }


def test_the_dossier_marks_the_item_and_the_flight(db: Database) -> None:
    ids = _trip(db, flight_day=16)
    with db.transaction() as s:
        notes, count = visit_clashes(s, ids["visit"])
    assert count == 3
    on_meeting = [n.text for n in notes if n.item_id == ids["meeting"]]
    assert [(t.en, t.zh) for t in on_meeting] == [
        (
            "Cannot be in Hangzhou then by the travel plan (“LH 2386 Munich MUC – Shanghai PVG”)"
            " for Georg Weber",
            "按行程（“LH 2386 Munich MUC – Shanghai PVG”），Georg Weber此时不可能在杭州",
        )
    ]
