"""Gaps in the rooming list and the hotel nights (field test 52, defect 4).

Markus Lehmann had no room in Hangzhou, Georg Huber none anywhere, nobody had a hotel for the night
of 20 Mar, and the replacement hotel in Shanghai had an empty rooming list: the clash list said
"No clashes" and the dossier "None recorded.".
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, Layout, build_visit_dossier
from petdesk.services import logistics as ls
from petdesk.services import rooming
from petdesk.services import visits as vs
from petdesk.services.rooming import rooming_gaps
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import person


def _trip(db: Database) -> dict[str, str]:
    """Three delegates; Hangzhou 16–18 Mar (Markus has no room), Shanghai 18–20 Mar, Chengdu
    21–23 Mar (empty list); in by a flight landing 16 Mar, out by one leaving 23 Mar."""
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="Munich delegation",
            start_date=dt.date(2027, 3, 15),
            end_date=dt.date(2027, 3, 23),
            direction="outbound",
            timezone="Asia/Shanghai",
        )
        dieter, markus, julia = (
            person(s, g, f) for g, f in (("Dieter", "Reiter"), ("Markus", "Lehmann"), ("Julia", "Hofmann"))
        )
        for who in (dieter, markus, julia):
            vs.add_participant(s, v.id, who.id, "delegate")
        everyone = [dieter.id, markus.id, julia.id]
        for number, dep, dep_tz, arr, arr_tz in (
            (
                "LH 728",
                dt.datetime(2027, 3, 15, 12),
                "Europe/Berlin",
                dt.datetime(2027, 3, 16, 6),
                "Asia/Shanghai",
            ),
            (
                "LH 729",
                dt.datetime(2027, 3, 23, 11),
                "Asia/Shanghai",
                dt.datetime(2027, 3, 23, 17),
                "Europe/Berlin",
            ),
        ):
            ls.add_travel_leg(
                s,
                v.id,
                departs=dep,
                departs_timezone=dep_tz,
                arrives=arr,
                arrives_timezone=arr_tz,
                number=number,
                from_place="Munich MUC" if number == "LH 728" else "Chengdu TFU",
                to_place="Hangzhou HGH" if number == "LH 728" else "Munich MUC",
                traveller_ids=everyone,
            )
        stays = {}
        for hotel, first, last in (
            ("Shangri-La Hangzhou", 16, 18),
            ("Jin Jiang Shanghai", 18, 20),
            ("Jinjiang Chengdu", 21, 23),
        ):
            stays[hotel] = ls.add_accommodation(
                s, v.id, hotel=hotel, check_in=dt.date(2027, 3, first), check_out=dt.date(2027, 3, last)
            ).id
        ls.set_rooming(s, stays["Shangri-La Hangzhou"], [(dieter.id, "801"), (julia.id, "802")])
        ls.set_rooming(s, stays["Jin Jiang Shanghai"], [(p, str(n)) for n, p in enumerate(everyone)])
        return {"visit": v.id, **stays}


def test_every_gap_is_told(db: Database) -> None:
    ids = _trip(db)
    with db.transaction() as s:
        gaps = rooming_gaps(s, [ids["visit"]])
    assert [(g.kind, g.hotel, g.first.day, g.last.day, g.people) for g in gaps] == [
        (rooming.NO_ROOM, "Shangri-La Hangzhou", 16, 17, ("Markus Lehmann",)),
        (rooming.NO_HOTEL, "", 20, 20, ()),
        (rooming.EMPTY_LIST, "Jinjiang Chengdu", 21, 22, ()),
    ]
    assert [g.describe("en") for g in gaps] == [
        "Markus Lehmann has no room at Shangri-La Hangzhou (nights of 16 Mar 2027 – 17 Mar 2027)",
        "No hotel for the night of 20 Mar 2027",
        "Nobody is on the rooming list of Jinjiang Chengdu (nights of 21 Mar 2027 – 22 Mar 2027)",
    ]


def test_a_night_on_the_plane_is_no_gap(db: Database) -> None:
    ids = _trip(db)
    with db.transaction() as s:
        ls.add_travel_leg(
            s,
            ids["visit"],
            departs=dt.datetime(2027, 3, 20, 22),
            departs_timezone="Asia/Shanghai",
            arrives=dt.datetime(2027, 3, 21, 1),
            arrives_timezone="Asia/Shanghai",
            number="night train",
            from_place="Shanghai",
            to_place="Chengdu",
        )
        assert rooming.NO_HOTEL not in {g.kind for g in rooming_gaps(s, [ids["visit"]])}


def test_the_command_line_lists_them_beside_the_clashes(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _trip(db)
    assert main(["--db", str(db.path), "clashes", "--visit", ids["visit"]]) == 0
    out = capsys.readouterr().out
    assert "No hotel for the night of 20 Mar 2027" in out
    assert "Markus Lehmann has no room at Shangri-La Hangzhou" in out
    assert "Rooming warnings: 3" in out
    assert main(["--db", str(db.path), "clashes", "--all"]) == 0
    assert "Rooming warnings: 3" in capsys.readouterr().out


def test_the_dossier_has_an_open_questions_line(db: Database, tmp_path: Path) -> None:
    ids = _trip(db)
    out = tmp_path / "d.pdf"
    options = DossierOptions(layout=Layout.SEQUENTIAL, sections=frozenset({"logistics"}), contents=False)
    build_visit_dossier(db, ids["visit"], out, options)
    text = flat("".join(pdftotext_pages(out)))
    assert flat("Open questions: Markus Lehmann has no room at Shangri-La Hangzhou") in text
    assert flat("待定事项：") in text
