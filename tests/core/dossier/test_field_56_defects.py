"""Field test 56, the defects a protocol officer found printing a mixed delegation's dossier: a Japanese
guest's kana reading printed nowhere, the travel table's zone unnamed and its dates in English in a
Chinese-first dossier, a one-day emergency entry printed as a range, the hotels printed after the last
city's emergency entry, and ``petdesk visits <id>`` naming the zone by its IANA name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.layout import Layout
from petdesk.dossier.namecards import build_namecards
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.core.test_field_56_mixed_delegation import DAY1, _delegation


def _text(pdf: Path) -> str:
    return flat("".join(pdftotext_pages(pdf)))


def _with_park_and_a_hangzhou_hotel(db: Database) -> dict[str, str]:
    """The field test's delegation, with a Korean guest known by his Hangul name only and the second
    night's hotel in Hangzhou."""
    ids = _delegation(db)
    with db.transaction() as s:
        park = cs.create_contact(s, family_name_zh="박", given_name_zh="지훈", native_name_language="ko")
        vs.add_participant(s, ids["visit"], park.id, ParticipantRole.DELEGATE)
        ls.add_accommodation(
            s, ids["visit"], hotel="West Lake State Guest House", check_in=DAY1 + dt.timedelta(days=1),
            check_out=DAY1 + dt.timedelta(days=2), phone="+86 571 8797 9889",
        )  # fmt: skip
    return ids


@pytest.mark.parametrize("first", ["zh_CN", "en"])
def test_the_name_readings_are_printed_with_the_names(db: Database, tmp_path: Path, first: str) -> None:
    ids = _with_park_and_a_hangzhou_hotel(db)
    options = DossierOptions(first_lang=first, contents=False)
    out = build_visit_dossier(db, ids["visit"], tmp_path / "d.pdf", options)
    assert all(r.embedded and r.unicode for r in pdffonts(out))
    pages = pdftotext_pages(out)
    people = next(flat(p) for p in pages if "Delegationlist" in flat(p) or "代表团名单" in flat(p))
    profiles = next(flat(p) for p in pages if "Participantprofiles" in flat(p) or "人员简介" in flat(p))
    for page in (people, profiles):
        assert "さとうひろし" in page  # 佐藤浩's kana reading
        assert "ParkJihun" in page  # a name in Hangul alone: its romanisation
        assert "KimMin-jun" not in page.replace("Min-junKim", "")  # the Latin name says it already
    # with the name: in 佐藤浩's row of the list, before the next person's
    between = people[people.index("佐藤浩") : people.index("さとうひろし")]
    assert not any(other in between for other in ("陳詠欣", "김민준", "박지훈", "马丽", "林晓雨"))


def test_name_cards_print_the_reading(db: Database, tmp_path: Path) -> None:
    ids = _with_park_and_a_hangzhou_hotel(db)
    cards = build_namecards(db, ids["visit"], tmp_path / "cards.pdf")
    assert all(r.embedded and r.unicode for r in pdffonts(cards))
    pages = [flat(p) for p in pdftotext_pages(cards)]
    sato = next(p for p in pages if "佐藤浩" in p)
    assert "さとうひろし" in sato
    assert "ParkJihun" in next(p for p in pages if "박지훈" in p)
    assert not any("さとう" in p for p in pages if "佐藤浩" not in p)


@pytest.mark.parametrize(
    ("first", "city", "day"), [("zh_CN", "法兰克福", "2027年3月28日"), ("en", "Frankfurt", "28Mar2027")]
)
def test_the_travel_table_names_the_zone_in_the_first_language(
    db: Database, tmp_path: Path, first: str, city: str, day: str
) -> None:
    ids = _delegation(db)
    options = DossierOptions(first_lang=first, sections=frozenset({"logistics"}), contents=False)
    text = _text(build_visit_dossier(db, ids["visit"], tmp_path / "d.pdf", options))
    # the time, its city (Frankfurt's own, not its zone's Berlin: field test 77), its offset
    assert f"13:30{city}" in text and "UTC+02:00" in text
    assert day in text
    other = "28Mar2027" if first == "zh_CN" else "2027年3月28日"
    assert other not in text  # the shared column in the document's first language only


def test_emergency_entries_print_one_day_once_and_each_hotel_with_its_city(
    db: Database, tmp_path: Path
) -> None:
    ids = _with_park_and_a_hangzhou_hotel(db)
    options = DossierOptions(
        layout=Layout.SEQUENTIAL,
        first_lang="zh",
        only_lang="zh",
        sections=frozenset({"emergency"}),
        contents=False,
    )
    text = _text(build_visit_dossier(db, ids["visit"], tmp_path / "zh.pdf", options))
    assert "苏州，2027年3月29日" in text
    assert "2027年3月29日至2027年3月29日" not in text
    suzhou, hangzhou = text.index("苏州，"), text.index("杭州，")
    assert suzhou < text.index("SuzhouGardenHotel") < hangzhou < text.index("WestLakeStateGuestHouse")
    options = DossierOptions(
        layout=Layout.SEQUENTIAL, only_lang="en", sections=frozenset({"emergency"}), contents=False
    )
    text = _text(build_visit_dossier(db, ids["visit"], tmp_path / "en.pdf", options))
    assert "29Mar2027–29Mar2027" not in text
    assert text.index("SuzhouGardenHotel") < text.index("杭州,") < text.index("WestLakeStateGuestHouse")


def test_the_command_line_shows_the_zone_as_the_window_does(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _delegation(db)
    assert (
        main(["--lang", "zh_CN", "--db", str(db_path), "visits", ids["visit"], "--tz", "Asia/Shanghai"]) == 0
    )
    out = capsys.readouterr().out
    assert "时区：北京时间（UTC+08:00）" in out  # a full-width colon in Chinese (field test 68)
    assert "Asia/Shanghai" not in out and "时区: " not in out
    assert main(["--lang", "en", "--db", str(db_path), "visits", ids["visit"], "--tz", "Asia/Shanghai"]) == 0
    out = capsys.readouterr().out
    assert "time zone: Beijing time (UTC+08:00)" in out


def test_a_hotel_of_no_entrys_days_prints_under_a_heading_of_its_own(db: Database, tmp_path: Path) -> None:
    ids = _delegation(db)
    with db.transaction() as s:  # the night before the programme, at the airport: no entry's days
        ls.add_accommodation(
            s,
            ids["visit"],
            hotel="Pudong Airport Hotel",
            check_in=DAY1 - dt.timedelta(days=1),
            check_out=DAY1,
        )
    options = DossierOptions(
        layout=Layout.SEQUENTIAL, only_lang="en", sections=frozenset({"emergency"}), contents=False
    )
    text = _text(build_visit_dossier(db, ids["visit"], tmp_path / "en.pdf", options))
    assert text.index("杭州,") < text.index("HotelsHotel:PudongAirportHotel")
    assert text.index("SuzhouGardenHotel") < text.index("杭州,")
