"""The calendar's location names a known city in the reader's language when the record has only the
other one (field test: a venue saved as 成都 alone, as records from before field test 57 or another
office are, read "Tianfu Hotel / 成都" in an English calendar)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from icalendar import Calendar

from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import trainings as ts
from petdesk.services import visits as vs


def _stored(db: Database, table: str, row_id: str, city_en: str, city_zh: str) -> None:
    """The city as an older record holds it (saving through the services now fills both names)."""
    conn = sqlite3.connect(db.path)
    with conn:
        conn.execute(f"UPDATE {table} SET city_en = ?, city_zh = ? WHERE id = ?", (city_en, city_zh, row_id))
    conn.close()


def _locations(data: bytes) -> list[str]:
    return [str(ev["location"]) for ev in Calendar.from_ical(data).walk("VEVENT") if "location" in ev]


def test_an_item_in_a_city_stored_in_one_language(db: Database) -> None:
    day = dt.date(2026, 12, 8)
    with db.transaction() as s:
        v = vs.create_visit(s, title_en="Delegation", start_date=day, end_date=day, timezone="Asia/Shanghai")
        item = vs.add_item(
            s,
            v.id,
            title_en="Meeting",
            start=dt.datetime(2026, 12, 8, 9),
            end=dt.datetime(2026, 12, 8, 10),
            place_en="Tianfu Hotel",
            place_zh="天府宾馆",
        )
        vid, iid = v.id, item.id
    _stored(db, "itinerary_item", iid, "", "成都")
    with db.reading() as s:
        assert _locations(ical.export_visit(s, vid, locale="en")) == ["Tianfu Hotel, Chengdu / 成都 天府宾馆"]
        assert _locations(ical.export_visit(s, vid, locale="zh_CN")) == ["成都 天府宾馆 / Tianfu Hotel"]
    _stored(db, "itinerary_item", iid, "Chengdu", "")
    with db.reading() as s:
        assert _locations(ical.export_visit(s, vid, locale="zh_CN")) == [
            "成都 天府宾馆 / Tianfu Hotel, Chengdu"
        ]
        assert _locations(ical.export_visit(s, vid, locale="en")) == ["Tianfu Hotel, Chengdu / 天府宾馆"]
        # the stored values travel as they are, so importing the file again changes nothing
        event = next(
            e for e in Calendar.from_ical(ical.export_visit(s, vid)).walk("VEVENT") if "location" in e
        )
        assert str(event["x-petdesk-city-en"]) == "Chengdu" and "x-petdesk-city-zh" not in event


def test_a_training_session_in_a_city_stored_in_chinese(db: Database) -> None:
    day = dt.date(2026, 12, 8)
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Sludge",
            venue_en="Jinjiang Hotel",
            start_date=day,
            end_date=day,
            timezone="Asia/Shanghai",
        )
        ts.add_session(
            s, t.id, title_en="Opening", start=dt.datetime(2026, 12, 8, 9), end=dt.datetime(2026, 12, 8, 12)
        )
        tid = t.id
    _stored(db, "training", tid, "", "成都")
    with db.reading() as s:
        assert _locations(ical.export_training(s, tid, locale="en")) == ["Jinjiang Hotel, Chengdu / 成都"]
