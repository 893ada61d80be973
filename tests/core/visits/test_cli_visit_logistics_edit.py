"""Round 61: ``visit-legs/visit-lodging/visit-vehicles edit ID`` change only the options given (a
changed flight was remove + add, and lost its travellers and its history), and
``visit-vehicles riders`` adds and removes who rides, refusing a person not on the visit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.models.sync import SyncChange
from petdesk.services import contacts as cs
from petdesk.services import logistics as lg
from petdesk.services import visits as vs


@pytest.fixture
def visit(db: Database) -> dict[str, str]:
    with db.transaction() as s:

        def person(given: str, family: str, given_zh: str, family_zh: str) -> str:
            return cs.create_contact(
                s, given_name=given, family_name=family, given_name_zh=given_zh, family_name_zh=family_zh
            ).id

        wang, li, zhao = (
            person("Wei", "Wang", "伟", "王"),
            person("Na", "Li", "娜", "李"),
            person("Lei", "Zhao", "磊", "赵"),
        )
        v = vs.create_visit(
            s, title_en="Shanghai delegation to Frankfurt", start_date=dt.date(2026, 11, 10),
            end_date=dt.date(2026, 11, 13), timezone="Europe/Berlin",
        )  # fmt: skip
        vs.add_participant(s, v.id, wang, ParticipantRole.HEAD)
        vs.add_participant(s, v.id, li, ParticipantRole.DELEGATE)
        plant = vs.add_item(
            s, v.id, start=dt.datetime(2026, 11, 11, 9, 30), end=dt.datetime(2026, 11, 11, 11, 30),
            timezone="Europe/Berlin", kind="site_visit", title_en="Combined heat and power plant",
        )  # fmt: skip
        leg = lg.add_travel_leg(
            s, v.id, departs=dt.datetime(2026, 11, 10, 13), departs_timezone="Asia/Shanghai",
            arrives=dt.datetime(2026, 11, 10, 18), arrives_timezone="Europe/Berlin",
            from_place="Shanghai Pudong", to_place="Frankfurt", number="LH 729", carrier="Lufthansa",
            traveller_ids=[wang, li],
        )  # fmt: skip
        stay = lg.add_accommodation(
            s, v.id, hotel="Frankfurter Hof", check_in=dt.date(2026, 11, 10), check_out=dt.date(2026, 11, 13)
        )
        lg.set_rooming(s, stay.id, [(wang, "801"), (li, "802")])
        car = lg.add_vehicle(s, v.id, vehicle="Mercedes V-Class", seats=6, item_ids=[plant.id])
        bare = lg.add_vehicle(s, v.id, vehicle="Spare car")
        return {
            "visit": v.id, "wang": wang, "li": li, "zhao": zhao, "leg": leg.id, "stay": stay.id,
            "car": car.id, "bare": bare.id, "item": plant.id,
        }  # fmt: skip


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_changed_leg_keeps_its_id_travellers_and_history(
    db: Database, visit: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    leg = visit["leg"]
    code, out, err = _run(
        db, capsys, "visit-legs", "edit", leg[:8], "--number", "LH 731", "--departs", "2026-11-10 14:00"
    )
    assert (code, err) == (0, "")
    assert out.startswith("Changed:") and "LH 731" in out and leg[:8] in out
    with db.reading() as s:
        [flight] = lg.logistics(s, visit["visit"]).legs
        changes = s.scalars(select(SyncChange.field).where(SyncChange.row_id == leg)).all()
    assert flight.id == leg  # the same row: its links and history stay
    assert {p.id for p in flight.travellers} == {visit["wang"], visit["li"]}
    assert (flight.number, flight.carrier, flight.to_place) == ("LH 731", "Lufthansa", "Frankfurt")
    assert flight.departs == dt.datetime(2026, 11, 10, 6, tzinfo=dt.UTC)  # 14:00 in Shanghai, its zone kept
    assert "number" in changes  # in the change log: History shows it and sync sends it
    # the service's check, in Chinese too; nothing saved
    code, _out, err = _run(
        db, capsys, "--lang", "zh_CN", "visit-legs", "edit", leg[:8], "--arrives", "2026-11-10 05:00"
    )
    assert code == 1 and "未保存" in err
    code, _out, err = _run(
        db, capsys, "visit-legs", "edit", leg[:8], "--arrives", "2026-11-10 05:00", "--lang", "zh_CN"
    )
    assert code == 1 and "未保存" in err  # the command's own --lang too
    code, _out, err = _run(db, capsys, "visit-legs", "edit", leg[:8])
    assert code == 1 and "Nothing to change" in err
    code, _out, err = _run(db, capsys, "visit-legs", "edit", leg[:8], "--traveller", "Na Li")
    assert code == 0
    with db.reading() as s:
        [flight] = lg.logistics(s, visit["visit"]).legs
    assert [p.id for p in flight.travellers] == [visit["li"]]


def test_a_changed_stay_and_vehicle_keep_their_rooms_and_items(
    db: Database, visit: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _run(
        db,
        capsys,
        "visit-lodging",
        "edit",
        visit["stay"][:8],
        "--phone",
        "+49 69 21502",
        "--to",
        "2026-11-12",
    )
    assert (code, err) == (0, "")
    code, _out, err = _run(
        db, capsys, "visit-vehicles", "edit", visit["car"][:8], "--driver", "Jonas Keller", "--seats", "7"
    )
    assert (code, err) == (0, "")
    with db.reading() as s:
        found = lg.logistics(s, visit["visit"])
    [stay] = found.stays
    assert (stay.id, stay.phone, stay.check_out, stay.hotel) == (
        visit["stay"],
        "+49 69 21502",
        dt.date(2026, 11, 12),
        "Frankfurter Hof",
    )
    assert sorted(r.room for r in stay.rooms) == ["801", "802"]
    car = next(c for c in found.vehicles if c.id == visit["car"])
    assert (car.driver_name, car.seats, car.vehicle, car.item_ids) == (
        "Jonas Keller",
        7,
        "Mercedes V-Class",
        (visit["item"],),
    )


def test_riders_are_added_removed_and_a_stranger_refused(
    db: Database, visit: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    car = visit["car"][:8]
    code, out, err = _run(db, capsys, "visit-vehicles", "riders", car)
    assert (code, err) == (0, "") and "Nobody rides in this vehicle yet." in out
    code, out, err = _run(
        db, capsys, "visit-vehicles", "riders", car, "--add", "Wei Wang", "--add", visit["li"][:8]
    )
    assert (code, err) == (0, "")
    assert "Wei Wang rides in Mercedes V-Class." in out and "riders (2): Wei Wang, Na Li" in out

    def riders() -> set[str]:
        with db.reading() as s:
            view = next(c for c in lg.logistics(s, visit["visit"]).vehicles if c.id == visit["car"])
        return {p.id for _item, people in view.riders for p in people}

    assert riders() == {visit["wang"], visit["li"]}
    # a person not on the visit, in plain words and in Chinese; nothing changed, the removal neither
    code, _out, err = _run(
        db, capsys, "visit-vehicles", "riders", car, "--remove", "Na Li", "--add", "Lei Zhao"
    )
    assert code == 1 and "Lei Zhao is not on this visit" in err
    code, _out, err = _run(
        db, capsys, "--lang", "zh_CN", "visit-vehicles", "riders", car, "--add", "Lei Zhao"
    )
    assert code == 1 and "赵磊" in err and "Nothing" not in err
    assert riders() == {visit["wang"], visit["li"]}
    code, out, err = _run(db, capsys, "visit-vehicles", "riders", car, "--remove", "Na Li")
    assert (code, err) == (0, "") and "Na Li no longer rides in Mercedes V-Class." in out
    assert riders() == {visit["wang"]}
    code, _out, err = _run(db, capsys, "visit-vehicles", "riders", car, "--remove", "Na Li")
    assert code == 1 and "does not ride in this vehicle" in err
    code, _out, err = _run(db, capsys, "visit-vehicles", "riders", visit["bare"][:8], "--add", "Wei Wang")
    assert code == 1 and "serves no itinerary item" in err


def test_the_new_commands_are_classified() -> None:
    from petdesk.cli.writing import CHECKED_BESIDE, WRITES

    for kind in ("legs", "lodging", "vehicles"):
        assert WRITES[f"visit-{kind} edit"] is True and f"visit-{kind} edit" in CHECKED_BESIDE
    assert WRITES["visit-vehicles riders"] == ("add_rider", "remove_rider")
