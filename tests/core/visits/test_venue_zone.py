"""The zone a new training or visit starts with follows the venue's city, else the office's place,
else this computer's zone; never Shanghai by itself (field test 7, defect 3)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.services import office as office_service
from petdesk.services import trainings as ts
from petdesk.services import venue_zone
from petdesk.services import visits as vs

MARCH = {"start_date": dt.date(2027, 3, 15), "end_date": dt.date(2027, 3, 17)}


@pytest.fixture
def toronto_computer(monkeypatch) -> None:
    """A computer in Toronto, with no zone given for new records."""
    monkeypatch.delenv("PETDESK_DEFAULT_TZ", raising=False)
    monkeypatch.setenv("PETDESK_TZ", "America/Toronto")


@pytest.mark.parametrize(
    ("city", "zone"),
    [
        ("Stuttgart", "Europe/Berlin"),
        ("斯图加特", "Europe/Berlin"),
        ("  bonn ", "Europe/Berlin"),  # petdesk's own cities: Bonn is in Berlin's zone
        ("Malmo", "Europe/Stockholm"),
        ("Vienna", "Europe/Vienna"),  # a city the tz database names a zone after
        ("成都", "Asia/Shanghai"),
        ("Atlantis", None),
        ("North", None),  # Australia/North is an alias, not a city
        ("", None),
    ],
)
def test_city_zone(city: str, zone: str | None) -> None:
    assert venue_zone.city_zone(city) == zone


def test_a_stuttgart_training_is_in_german_time(db: Database, toronto_computer) -> None:
    with db.transaction() as s:
        t = ts.create_training(
            s, title_en="Sludge", venue_en="Stuttgart Hub Office", city_en="Stuttgart", **MARCH
        )
        chosen = ts.create_training(s, title_en="Given", city_en="Stuttgart", timezone="Asia/Tokyo", **MARCH)
        assert (t.timezone, chosen.timezone) == ("Europe/Berlin", "Asia/Tokyo")
        sess = ts.add_session(
            s, t.id, title_en="Opening", start=dt.datetime(2027, 3, 15, 9), end=dt.datetime(2027, 3, 15, 12)
        )
        assert sess.timezone == "Europe/Berlin"
        assert sess.starts_at.astimezone(dt.UTC).hour == 8  # 09:00 in Stuttgart is 08:00 UTC in March


def test_without_a_known_city_the_office_then_the_computer_decides(db: Database, toronto_computer) -> None:
    with db.transaction() as s:
        office_service.set_identity(s, region="Europe")  # a region that names no zone
        visit = vs.create_visit(s, title_en="Delegation", **MARCH)
        assert visit.timezone == "America/Toronto"  # the computer's, not Shanghai
        office_service.set_identity(s, name="Stuttgart Hub Office")
        assert vs.create_visit(s, title_en="Second", **MARCH).timezone == "Europe/Berlin"
        assert (
            ts.create_training(s, title_en="Somewhere", city_en="Atlantis", **MARCH).timezone
            == "Europe/Berlin"
        )
        office_service.set_identity(s, region="Asia/Singapore")  # a region that is a zone wins
        assert vs.create_visit(s, title_en="Third", **MARCH).timezone == "Asia/Singapore"


def test_stored_zones_stay(db: Database, toronto_computer) -> None:
    with db.transaction() as s:
        t = ts.create_training(s, title_en="Old", timezone="Asia/Shanghai", **MARCH)
        ts.update_training(s, t.id, city_en="Stuttgart", title_en="Old, renamed")
        assert t.timezone == "Asia/Shanghai"  # a zone someone gave is never replaced


def test_computer_zone_without_a_name(monkeypatch) -> None:
    monkeypatch.delenv("PETDESK_DEFAULT_TZ", raising=False)
    monkeypatch.setenv("PETDESK_TZ", "Europe/Berlin")
    assert venue_zone.computer_zone() == "Europe/Berlin"
    monkeypatch.setenv("PETDESK_DEFAULT_TZ", "Asia/Kolkata")
    assert venue_zone.computer_zone() == "Asia/Kolkata"
