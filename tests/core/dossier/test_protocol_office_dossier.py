"""Defects of the visit dossier from the protocol office's field test: dress codes typed as free text
printed as typed in the Chinese column; the rooming list and the cars showed no name readings while
the participant list did; the glance page listed hotels without their cities."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.labels import dress_code_names
from petdesk.services import contacts as cs
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

DRESS = ("business casual", "正装", "White tie", "Lounge suit")


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        sato = cs.create_contact(
            s, family_name="Satō", given_name="Hiroshi", family_name_zh="佐藤", given_name_zh="浩",
            phonetic_family_name="さとう", phonetic_given_name="ひろし",
        )  # fmt: skip
        park = cs.create_contact(s, family_name_zh="박", given_name_zh="지성")  # Hangul only: romanised
        anna = cs.create_contact(s, family_name="Berg", given_name="Anna")
        v = vs.create_visit(
            s, title_en="Kurita delegation", title_zh="栗田代表团", timezone="Asia/Shanghai",
            start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 18),
        )  # fmt: skip
        for person, role in ((sato, "head"), (park, "delegate"), (anna, "delegate")):
            vs.add_participant(s, v.id, person.id, role)
        items = []
        days = zip((15, 16, 17, 17), ("Shanghai", "Shanghai", "Suzhou", "Suzhou"), DRESS, strict=True)
        for n, (day, city, dress) in enumerate(days):
            start = dt.datetime(2027, 3, day, 9 + n)
            item = vs.add_item(s, v.id, title_en=f"Meeting {n}", city_en=city, start=start,
                               end=start + dt.timedelta(hours=1))  # fmt: skip
            ls.set_item_protocol(s, item.id, dress_code=dress)
            items.append(item.id)
        nikko = ls.add_accommodation(
            s, v.id, hotel="Hotel Nikko", address="488 Yan'an Road West, Shanghai",
            check_in=dt.date(2027, 3, 15), check_out=dt.date(2027, 3, 17),
        )  # fmt: skip
        garden = ls.add_accommodation(  # no address: the city of the items of its first day
            s, v.id, hotel="Garden Inn", check_in=dt.date(2027, 3, 17), check_out=dt.date(2027, 3, 18)
        )
        ls.set_rooming(s, nikko.id, [(sato.id, "1203"), (park.id, "1204"), (anna.id, "1205")])
        ls.set_rooming(s, garden.id, [(sato.id, "301")])
        car = ls.add_vehicle(s, v.id, vehicle="Buick GL8", driver_name="Mr Li", item_ids=items, seats=6)
        ls.set_vehicle_riders(s, car.id, [sato.id, park.id, anna.id])
        return v.id


def _text(db: Database, visit_id: str, tmp_path: Path, section: str, first: str) -> str:
    options = DossierOptions(sections=frozenset({section}), contents=False, first_lang=first)
    out = build_visit_dossier(db, visit_id, tmp_path / f"{section}-{first}.pdf", options)
    assert all(font.embedded for font in pdffonts(out))
    return flat("\n".join(pdftotext_pages(out)))


def test_common_dress_codes_are_known_in_both_languages() -> None:
    assert dress_code_names("Business casual") == ("Business casual", "商务便装")
    assert dress_code_names(" 正装 ") == ("Formal attire", "正装")
    assert dress_code_names("商务休闲") == ("Smart casual", "商务休闲")  # a preset of the item dialog
    assert dress_code_names("business formal") == ("Business formal", "商务正装")
    assert dress_code_names("National dress") == ("National dress", "民族服装")
    assert dress_code_names("White tie") is None


@pytest.mark.parametrize("first", ["en", "zh"])
def test_the_programme_prints_dress_codes_in_each_language(
    db: Database, visit_id: str, tmp_path: Path, first: str
) -> None:
    text = _text(db, visit_id, tmp_path, "programme", first)
    for en, zh in (("Business casual", "商务便装"), ("Formal attire", "正装"), ("Lounge suit", "深色西装")):
        assert flat(f"Dress code: {en}") in text and flat(f"着装要求：{zh}") in text
    assert "着装要求：business" not in text and "着装要求：Lounge" not in text
    assert text.count("Whitetie") == 1 and "着装要求：White" not in text  # unknown: as typed, once


@pytest.mark.parametrize("first", ["en", "zh"])
def test_rooming_and_riders_print_the_readings(
    db: Database, visit_id: str, tmp_path: Path, first: str
) -> None:
    text = _text(db, visit_id, tmp_path, "logistics", first)
    rooming = text[: text.index(flat("Cars and drivers"))] if first == "en" else text
    assert rooming.count("さとうひろし") >= 4  # both hotels, both columns
    assert "ParkJiseong" in rooming or "BakJiseong" in rooming
    riders = text[text.index(flat("Cars and drivers")) :]
    assert "佐藤浩（さとうひろし）" in riders and "(さとうひろし)" in riders.replace("\u00a0", "")
    assert "Anna Berg（" not in riders  # no reading: the name alone


@pytest.mark.parametrize("first", ["en", "zh"])
def test_the_glance_page_names_each_hotels_city(
    db: Database, visit_id: str, tmp_path: Path, first: str
) -> None:
    text = _text(db, visit_id, tmp_path, "glance", first)
    assert "HotelNikko(Shanghai)" in text and "HotelNikko（上海）" in text
    assert "GardenInn(Suzhou)" in text and "GardenInn（苏州）" in text
