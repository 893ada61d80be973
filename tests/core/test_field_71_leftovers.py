"""Leftovers of field test 71 (Zhou Min reprints the Qingdao dossier after the day-before changes):
a cancelled guest put back in a room list, a hired interpreter counted as a delegate on the cover,
a guest booked in two hotels for the same night with no warning, and a participant swap that
filled "Changes since" with a line per item, flight, room and car seat."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.changes import changes_since
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from petdesk.services.history import record_history
from petdesk.services.rooming import LEFT_VISIT, TWO_HOTELS, rooming_gaps
from petdesk.services.schedule_time import ScheduleError
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.test_field_71_delegation_changes import DAY1, _plan
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


def _pages(pdf: Path) -> list[str]:
    return [flat(p) for p in pdftotext_pages(pdf)]


def _swap(db: Database, ids: dict[str, str]) -> None:
    with db.transaction() as s:
        marek = cs.create_contact(s, given_name="Marek", family_name="Lewandowski", given_name_zh="马雷克",
                                  family_name_zh="莱万多夫斯基")  # fmt: skip
        ids["marek"] = marek.id
        vs.remove_participant(s, ids["visit"], ids["tomasz"], substitute_id=marek.id)


def test_a_removed_guest_leaves_rooms_seats_and_items_in_the_change_log(db: Database) -> None:
    ids = _plan(db)
    with db.transaction() as s:
        vs.remove_participant(s, ids["visit"], ids["tomasz"])
    with db.reading() as s:
        lg = ls.logistics(s, ids["visit"])
        gone = [
            e.entity
            for e in record_history(s, "visit", ids["visit"])
            if e.field == "deleted_at" and e.label.startswith("Tomasz Nowak")
        ]
    assert not any(r.person.id == ids["tomasz"] for stay in lg.stays for r in stay.rooms)
    # what sync and "Changes since" tell the other offices: every part he had, taken off
    assert sorted(set(gone)) == [
        "itinerary_attendee", "room_assignment", "travel_leg_traveller", "vehicle_rider", "visit_participant",
    ]  # fmt: skip


def test_a_cancelled_guest_cannot_come_back_in_a_room_list(db: Database) -> None:
    ids = _plan(db)
    with db.transaction() as s:
        stale = [
            (r.person.id, r.room) for r in ls.logistics(s, ids["visit"]).stays[0].rooms
        ]  # the editor's list
        vs.remove_participant(s, ids["visit"], ids["tomasz"])
    with db.transaction() as s, pytest.raises(ScheduleError, match="taken off this visit"):
        ls.set_rooming(s, ids["stay"], stale)
    with db.transaction() as s:  # a driver, never on the visit, still gets a room
        driver = cs.create_contact(s, given_name="Gang", family_name="Liu")
        ls.set_rooming(s, ids["stay"], [*(r for r in stale if r[0] != ids["tomasz"]), (driver.id, "101")])


def test_a_room_left_for_someone_taken_off_is_an_open_question(db: Database, tmp_path: Path) -> None:
    ids = _plan(db)
    with db.transaction() as s:
        vs.remove_participant(s, ids["visit"], ids["tomasz"])
        # as a package from another office brings it, or an older copy: no service refuses it there
        s.add(m.RoomAssignment(accommodation_id=ids["stay"], contact_id=ids["tomasz"], room="811"))
    with db.reading() as s:
        gaps = [g for g in rooming_gaps(s, [ids["visit"]]) if g.kind == LEFT_VISIT]
    assert [g.describe("en") for g in gaps] == [
        "Tomasz Nowak (托马什·诺瓦克) left the visit but has a room at Shangri-La Qingdao"
        " (nights of 18 May 2027 – 19 May 2027)"
    ]
    text = "".join(_pages(build_visit_dossier(db, ids["visit"], tmp_path / "d.pdf", DossierOptions())))
    assert "TomaszNowak(托马什·诺瓦克)leftthevisitbuthasaroomatShangri-LaQingdao" in text


def test_a_guest_in_two_hotels_for_one_night_is_a_warning(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    ids = _plan(db)
    with db.transaction() as s:  # booked at the second hotel, never taken off the first
        other = ls.add_accommodation(
            s, ids["visit"], hotel="InterContinental Qingdao", check_in=DAY1 + dt.timedelta(1),
            check_out=DAY1 + dt.timedelta(2),
        )  # fmt: skip
        ls.set_rooming(s, other.id, [(ids["lukasz"], "1201")])
    with db.reading() as s:
        gaps = [g for g in rooming_gaps(s, [ids["visit"]]) if g.kind == TWO_HOTELS]
    said = (
        "Łukasz Wróblewski (武卡什·弗鲁布莱夫斯基) has rooms at Shangri-La Qingdao and at"
        " InterContinental Qingdao for the same nights"
    )
    assert [g.describe("en") for g in gaps] == [f"{said} (19 May 2027)"]
    assert "弗鲁布莱夫斯基" in gaps[0].describe("zh_CN") and "同一晚" in gaps[0].describe("zh_CN")
    assert main(["--db", str(db.path), "clashes", "--visit", ids["visit"]]) == 0
    assert said in capsys.readouterr().out
    pages = _pages(build_visit_dossier(db, ids["visit"], tmp_path / "d.pdf", DossierOptions()))
    assert any(said.replace(" ", "") in p for p in pages)
    assert any("同一晚" in p for p in pages)


def test_the_cover_counts_delegates_and_interpreters_apart(
    db: Database, tmp_path: Path, tree_catalogue: Path
) -> None:
    ids = _plan(db)
    with db.transaction() as s:
        wang = cs.create_contact(
            s, given_name="Li", family_name="Wang", given_name_zh="丽", family_name_zh="王"
        )
        vs.add_participant(s, ids["visit"], wang.id, ParticipantRole.INTERPRETER)
    cover = _pages(build_visit_dossier(db, ids["visit"], tmp_path / "d.pdf", DossierOptions()))[0]
    assert "12delegates,1interpreter" in cover and "12名团员、1名翻译" in cover
    assert "13participants" not in cover and "13名" not in cover


def test_a_swap_is_one_summary_line_with_its_parts_folded_under_it(
    db: Database, tree_catalogue: Path
) -> None:
    ids = _plan(db)
    since = dt.datetime.now(dt.UTC)
    _swap(db, ids)
    with db.transaction() as s:  # a later change of its own, not folded
        vs.update_item(s, ids["meeting"], place_en="Qingdao International Conference Centre")
    with db.reading() as s:
        lines = changes_since(s, ids["visit"], since)
    assert lines[0].what.en == "Tomasz Nowak replaced by Marek Lewandowski" and not lines[0].folded
    assert lines[0].what.zh == "托马什·诺瓦克 由 马雷克·莱万多夫斯基 替换"
    folded = [c for c in lines if c.folded]
    # two items, one flight, one room, two car seats: one line each, old name → new name
    assert len(folded) == 6 and all(c.what.en == "Tomasz Nowak → Marek Lewandowski" for c in folded)
    assert {c.part.en.split(" · ")[0] for c in folded} == {
        "Itinerary attendee", "Travel leg traveller", "Room assignment", "Vehicle rider",
    } or len({c.part.en for c in folded}) == 6  # fmt: skip
    assert lines[1:7] == tuple(folded)
    assert [c.what.en for c in lines[7:]] == [
        "Place (English): Qingdao City Hall → Qingdao International Conference Centre"
    ]


def test_a_car_seat_left_for_someone_taken_off_is_an_open_question(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _plan(db)
    with db.transaction() as s:
        vs.remove_participant(s, ids["visit"], ids["tomasz"])
        ls.delete_accommodation(s, ids["stay"])  # the question stands without a hotel page too
        # as a package from another office brings it back: his seat for the Mayor's meeting
        car = next(c for c in ls.logistics(s, ids["visit"]).vehicles)
        row = s.query(m.VehicleAssignment).filter_by(vehicle_id=car.id, item_id=ids["meeting"]).one()
        s.add(m.VehicleRider(assignment_id=row.id, contact_id=ids["tomasz"]))
    said = (
        "Tomasz Nowak (托马什·诺瓦克) left the visit but still has a seat in Yutong coach 鲁B·12345"
        " (19 May 2027)"
    )
    with db.reading() as s:
        assert [g.describe("en") for g in rooming_gaps(s, [ids["visit"]])] == [said]
    assert main(["--db", str(db.path), "clashes", "--visit", ids["visit"]]) == 0
    assert said in capsys.readouterr().out
    text = "".join(_pages(build_visit_dossier(db, ids["visit"], tmp_path / "d.pdf", DossierOptions())))
    assert said.replace(" ", "") in text
