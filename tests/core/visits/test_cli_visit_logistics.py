"""`petdesk visits ID` shows the visit's travel, hotels, cars and gifts (field test 52, defect 10)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Munich delegation", start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 19)
        )
        dieter, lena = person(s, "Dieter", "Reiter"), person(s, "Lena", "Zhou", "周丽娜")
        vs.add_participant(s, v.id, dieter.id, "head")
        vs.add_participant(s, v.id, lena.id, "interpreter")
        welcome = vs.add_item(
            s,
            v.id,
            title_en="Welcome meeting",
            start=dt.datetime(2027, 3, 16, 10),
            end=dt.datetime(2027, 3, 16, 12),
        )
        ls.add_travel_leg(
            s,
            v.id,
            departs=dt.datetime(2027, 3, 15, 12),
            departs_timezone="Europe/Berlin",
            arrives=dt.datetime(2027, 3, 16, 6, 5),
            arrives_timezone="Asia/Shanghai",
            carrier="Lufthansa",
            from_place="Munich MUC",
            to_place="Shanghai PVG",
            number="LH 2386",
            traveller_ids=[dieter.id, lena.id],
        )
        stay = ls.add_accommodation(
            s,
            v.id,
            hotel="Shangri-La Hangzhou",
            check_in=dt.date(2027, 3, 16),
            check_out=dt.date(2027, 3, 19),
        )
        ls.set_rooming(s, stay.id, [(dieter.id, "801"), (lena.id, "810")])
        car = ls.add_vehicle(
            s, v.id, vehicle="Buick GL8", driver_name="Mr Li", driver_phone="+86 139 2100 5678"
        )
        ls.set_vehicle_items(s, car.id, [welcome.id])
        ls.add_gift(
            s, v.id, direction="given", description="Porcelain vase", giver="Dieter Reiter", recipient="EPB"
        )
        return v.id


def test_the_english_view_lists_the_logistics(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "visits", visit_id]) == 0
    out = capsys.readouterr().out
    assert (
        "Travel:\n"
        "  15 Mar 2027, 12:00 Munich UTC+01:00 → 16 Mar 2027, 06:05 Shanghai UTC+08:00"
        "  [Flight] LH 2386 Munich MUC → Shanghai PVG (Lufthansa)\n"
        "    travellers (2): Dieter Reiter, Lena Zhou\n"
        "Hotels:\n"
        "  16 Mar 2027 – 19 Mar 2027  Shangri-La Hangzhou\n"
        "    801      Dieter Reiter\n"
        "    810      Lena Zhou\n"
        "Cars and drivers:\n"
        "  Buick GL8 — Mr Li +86 139 2100 5678\n"
        "    serves: Welcome meeting\n"
        "Gifts:\n"
        "  [Given] Porcelain vase (Dieter Reiter → EPB)\n"
    ) in out


def test_the_chinese_view_has_chinese_names_and_dates(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db.path), "--lang", "zh_CN", "visits", visit_id]) == 0
    out = capsys.readouterr().out
    # the kind in full-width brackets around Chinese (field test 92)
    flight = "2027年3月15日 12:00 慕尼黑 UTC+01:00 → 2027年3月16日 06:05 上海 UTC+08:00  【航班】 LH 2386"
    assert flight in out
    assert "810      周丽娜" in out
    assert "【赠出】 Porcelain vase" in out


def test_the_chinese_view_has_full_width_brackets_around_details(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Round 61: the carrier, the hotel's details and the gift's giver kept ASCII "(…)" in Chinese."""
    with db.transaction() as s:
        [stay] = ls.logistics(s, visit_id).stays
        ls.update_accommodation(s, stay.id, address="杭州市长寿路78号", phone="+86 571 8797 7951")
    assert main(["--db", str(db.path), "--lang", "zh_CN", "visits", visit_id]) == 0
    out = capsys.readouterr().out
    assert "LH 2386 Munich MUC → Shanghai PVG（Lufthansa）" in out
    assert "Shangri-La Hangzhou（杭州市长寿路78号，+86 571 8797 7951）" in out
    assert "Porcelain vase（Dieter Reiter → EPB）" in out
    assert "(" not in out and ")" not in out
    assert main(["--db", str(db.path), "visits", visit_id]) == 0  # English keeps its own
    assert "Shangri-La Hangzhou (杭州市长寿路78号, +86 571 8797 7951)" in capsys.readouterr().out
