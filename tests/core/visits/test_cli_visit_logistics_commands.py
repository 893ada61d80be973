"""A visit's travel legs, hotel stays and vehicles from the command line (round 60): ``visit-legs``,
``visit-lodging`` and ``visit-vehicles`` with add, list and remove, through the services the visit
editor's logistics tab calls; a visit set up by commands then has its dossier's logistics section."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as lg
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdftotext_pages


@pytest.fixture
def visit(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        wang = cs.create_contact(
            s, given_name="Wei", family_name="Wang", family_name_zh="王", given_name_zh="伟"
        ).id
        li = cs.create_contact(
            s, given_name="Na", family_name="Li", family_name_zh="李", given_name_zh="娜"
        ).id
        v = vs.create_visit(
            s, title_en="Shanghai delegation to Frankfurt", title_zh="上海代表团访问法兰克福",
            start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 13), timezone="Europe/Berlin",
        )  # fmt: skip
        vs.add_participant(s, v.id, wang, ParticipantRole.HEAD)
        vs.add_participant(s, v.id, li, ParticipantRole.DELEGATE)
        item = vs.add_item(
            s, v.id, start=dt.datetime(2026, 11, 11, 9, 30), end=dt.datetime(2026, 11, 11, 11, 30),
            timezone="Europe/Berlin", kind="site_visit", title_en="Combined heat and power plant",
        )  # fmt: skip
        return {"visit": v.id, "wang": wang, "li": li, "item": item.id}


def test_legs_stays_and_vehicles_by_command_reach_the_dossier(
    db: Database, visit: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    at = ["--db", str(db.path)]
    v = visit["visit"][:8]
    leg = ["--from", "Shanghai Pudong", "--to", "Frankfurt", "--number", "LH 729", "--carrier", "Lufthansa"]
    when = [
        "--departs",
        "2026-11-10 13:00",
        "--departs-zone",
        "Asia/Shanghai",
        "--arrives",
        "2026-11-10 18:00",
    ]
    assert main([*at, "visit-legs", "add", v, *leg, *when]) == 0
    out = capsys.readouterr().out
    assert "Flight LH 729" in out and "Shanghai Pudong → Frankfurt" in out and "Wei Wang, Na Li" in out
    assert "13:00 (Shanghai)" in out and "18:00 (Frankfurt)" in out
    room = ["--room", f"{visit['wang']}=801", "--room", "Na Li=802"]
    stay = ["--hotel", "Steigenberger Frankfurter Hof", "--from", "2026-11-10", "--to", "2026-11-13"]
    assert main([*at, "visit-lodging", "add", v, *stay, *room]) == 0
    car = ["--vehicle", "Black Mercedes V-Class, F-PD 260", "--driver", "Jonas Keller", "--seats", "6"]
    assert main([*at, "visit-vehicles", "add", v, *car, "--item", visit["item"][:8]]) == 0
    capsys.readouterr()

    with db.reading() as s:
        found = lg.logistics(s, visit["visit"])
    [flight] = found.legs
    assert (flight.departs_timezone, flight.arrives_timezone) == ("Asia/Shanghai", "Europe/Berlin")
    assert flight.arrives == dt.datetime(2026, 11, 10, 17, tzinfo=dt.UTC)  # 18:00 in Frankfurt
    assert len(flight.travellers) == 2  # the whole delegation when none is named
    [hotel] = found.stays
    assert sorted(r.room for r in hotel.rooms) == ["801", "802"]
    [bus] = found.vehicles
    assert bus.item_ids == (visit["item"],) and bus.seats == 6

    # a place in Chinese in full-width brackets, as the rest of the Chinese command line: "(上海)" before
    assert main([*at, "--lang", "zh_CN", "visit-legs", "list", v]) == 0
    out = capsys.readouterr().out
    assert "13:00（上海）" in out and "18:00（法兰克福）" in out and "(" not in out
    assert "王伟、李娜" in out and "," not in out  # the enumeration comma
    assert main([*at, "--lang", "zh_CN", "visit-lodging", "list", v]) == 0
    out = capsys.readouterr().out
    assert "Steigenberger Frankfurter Hof" in out and "王伟 801" in out
    assert main([*at, "visit-vehicles", "list", v]) == 0
    assert "6 seats" in capsys.readouterr().out

    pdf = tmp_path / "dossier.pdf"
    assert main([*at, "dossier", "visit", v, "--out", str(pdf)]) == 0
    text = "\n".join(pdftotext_pages(pdf))
    assert "Travel, hotels and cars" in text
    assert "LH 729" in text and "Steigenberger" in text and "F-PD 260" in text

    # remove by the id the list shows; a wrong entry is refused in plain words
    assert main([*at, "visit-vehicles", "remove", bus.id[:8]]) == 0
    assert main([*at, "visit-vehicles", "list", v]) == 0
    assert "No vehicles yet." in capsys.readouterr().out
    assert main([*at, "visit-lodging", "add", v, *stay, "--room", "801"]) != 0
    assert "CONTACT=ROOM" in capsys.readouterr().err
    assert (
        main(
            [
                *at,
                "visit-legs",
                "add",
                v,
                *leg,
                "--departs",
                "2026-11-10 13:00",
                "--arrives",
                "2026-11-10 12:00",
            ]
        )
        != 0
    )
    assert "must arrive after it departs" in capsys.readouterr().err
