"""Field test 85's defects in reading and writing calendar files, each below the window: Hans Becker
imports a Hamburg delegation's programme from Outlook, Google, Apple and Lotus Notes into one visit
in Shanghai (files in ``tests/data/import/field85``)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR

FILES = DATA_DIR / "field85"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        return vs.create_visit(
            s,
            title_en="Hamburg delegation",
            title_zh="汉堡代表团",
            start_date=dt.date(2027, 3, 25),
            end_date=dt.date(2027, 3, 31),
            timezone="Asia/Shanghai",
        ).id


def _import(db: Database, visit_id: str, name: str) -> ical.ImportResult:
    with db.transaction() as s:
        return ical.import_into_visit(s, visit_id, (FILES / name).read_bytes())


def _items(db: Database, visit_id: str) -> dict[str, list[vs.ItineraryItem]]:
    with db.reading() as s:
        out: dict[str, list[vs.ItineraryItem]] = {}
        for item in vs.itinerary(s, visit_id):
            out.setdefault(item.title_en or item.title_zh, []).append(item)
        return out


def test_google_folds_inside_a_chinese_character_and_the_text_comes_back_whole(
    db: Database, visit_id: str
) -> None:
    data = (FILES / "google_hamburg_delegation.ics").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the fold splits a character: no line of it is UTF-8 alone
    result = _import(db, visit_id, "google_hamburg_delegation.ics")
    assert (len(result.added), result.skipped) == (2, [])
    [workshop] = next(v for k, v in _items(db, visit_id).items() if "Schwammstadt" in k)
    assert workshop.starts_at.astimezone(SHANGHAI).time() == dt.time(9, 0)  # 01:00 UTC
    assert "海绵城市建设与汉堡港口合作的经验交流" in workshop.notes
    assert workshop.notes.endswith("请携带护照和名片。")
