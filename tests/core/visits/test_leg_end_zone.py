"""A travel leg's times are named by the city its place names when that city keeps the time
(field test 77: beside "Wuhan WUH" the Chinese pocket itinerary printed "08:00 上海", beside
"Rotterdam Centraal" "09:00 阿姆斯特丹", beside "Malmö C" "09:40 斯德哥尔摩": three other cities)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.labels import leg_end_zone
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages


@pytest.mark.parametrize(
    ("place", "zone", "zh", "en"),
    [
        ("Wuhan WUH", "Asia/Shanghai", "武汉", "Wuhan"),
        ("Rotterdam Centraal", "Europe/Amsterdam", "鹿特丹", "Rotterdam"),
        ("Malmö C", "Europe/Stockholm", "马尔默", "Malmö"),
        ("Amsterdam AMS", "Europe/Amsterdam", "阿姆斯特丹", "Amsterdam"),  # no known city: the zone's
        ("Terminal 2", "Asia/Shanghai", "北京", "Beijing"),  # China's clock is Beijing time
        (
            "Wuhan WUH",
            "Europe/Amsterdam",
            "阿姆斯特丹",
            "Amsterdam",
        ),  # a city of another zone is not the clock
    ],
)
def test_a_leg_end_is_named_by_its_city(place: str, zone: str, zh: str, en: str) -> None:
    assert (leg_end_zone(place, zone, "zh_CN"), leg_end_zone(place, zone, "en")) == (zh, en)


def test_the_pocket_itinerary_names_the_cities_of_departure_and_arrival(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        vid = vs.create_visit(
            s, title_en="Study tour", start_date=dt.date(2027, 3, 22), end_date=dt.date(2027, 3, 31),
            direction="outbound", timezone="Europe/Amsterdam",
        ).id  # fmt: skip
        ls.add_travel_leg(
            s, vid, departs=dt.datetime(2027, 3, 22, 8, 0), arrives=dt.datetime(2027, 3, 22, 10, 30),
            from_place="Wuhan WUH", to_place="Beijing PEK", number="CA 8204",
        )  # fmt: skip
        ls.add_travel_leg(
            s, vid, mode="train", number="Øresundståg 1039", departs=dt.datetime(2027, 3, 29, 9, 0),
            arrives=dt.datetime(2027, 3, 29, 9, 40), from_place="København H", to_place="Malmö C",
            departs_timezone="Europe/Copenhagen",
            arrives_timezone="Europe/Stockholm",
        )  # fmt: skip
    options = DossierOptions(first_lang="zh", sections=frozenset({"logistics"}), contents=False)
    text = flat("".join(pdftotext_pages(build_visit_dossier(db, vid, tmp_path / "d.pdf", options))))
    assert flat("08:00 武汉") in text and flat("10:30 北京") in text
    assert flat("09:00 哥本哈根") in text and flat("09:40 马尔默") in text
    assert "上海" not in text and "斯德哥尔摩" not in text
