"""Field test "trainfollow60", defect 2: the training's ICS gave an online talk (given from Berlin)
the Chengdu hotel as its location. An online session's location is its link, or "Online / 线上"."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import trainings as ts
from petdesk.services.online_session import is_online, meeting_link, session_link


def _training(db: Database) -> str:
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Urban Wastewater Management",
            title_zh="城市污水管理培训",
            start_date=dt.date(2027, 3, 16),
            end_date=dt.date(2027, 3, 18),
            venue_en="Jinjiang Hotel",
            venue_zh="锦江宾馆",
            city_en="Chengdu",
            city_zh="成都",
        )
        ts.add_session(
            s, t.id, start=dt.datetime(2027, 3, 17, 14), end=dt.datetime(2027, 3, 17, 17), title_en="Hall"
        )
        ts.add_session(
            s,
            t.id,
            start=dt.datetime(2027, 3, 17, 11),
            end=dt.datetime(2027, 3, 17, 12),
            timezone="Europe/Berlin",
            title_en="Online: Emscher river case",
        )
        ts.add_session(
            s,
            t.id,
            start=dt.datetime(2027, 3, 18, 9),
            end=dt.datetime(2027, 3, 18, 10),
            title_en="Q&A",
            room_en="Zoom https://zoom.us/j/123456789.",
        )
        return t.id


def _locations(db: Database, locale: str) -> dict[str, str]:
    with db.transaction() as s:
        data = ical.export_training(s, _training(db), locale=locale)
    return {
        str(ev["summary"]): str(ev.get("location", ""))
        for ev in Calendar.from_ical(data).walk("VEVENT")
        if ev.get("x-petdesk-kind") == "training_session"
    }


def test_an_online_session_is_not_at_the_hotel(db: Database) -> None:
    found = _locations(db, "en")
    online = next(v for k, v in found.items() if "Emscher" in k)
    assert "Jinjiang" not in online and "锦江" not in online
    assert online == "Online / 线上"
    linked = next(v for k, v in found.items() if "Q&A" in k)
    assert linked == "https://zoom.us/j/123456789"
    hall = next(v for k, v in found.items() if "Hall" in k)
    assert "Jinjiang Hotel" in hall


def test_a_chinese_calendar_says_online_in_chinese_first(db: Database) -> None:
    found = _locations(db, "zh_CN")
    assert next(v for k, v in found.items() if "Emscher" in k) == "线上 / Online"


def test_what_makes_a_session_online() -> None:
    assert is_online(room_en="", room_zh="腾讯会议 123 456 789", title_en="Talk", title_zh="")
    assert is_online(room_en="", room_zh="", title_en="", title_zh="线上：海绵城市")
    assert not is_online(
        room_en="Room 2", room_zh="二号会议室", title_en="Treatment online monitoring", title_zh=""
    )
    # a room or a title that only holds such a word inside another, and a link to slides in the notes
    assert not is_online(room_en="Steamship Hall", room_zh="", title_en="Zoomorphic design", title_zh="")
    assert not is_online(
        room_en="Room 2",
        room_zh="",
        title_en="Talk",
        title_zh="",
        notes="Slides: https://example.org/deck.pdf",
    )
    assert is_online(room_en="Room 2", room_zh="", title_en="Talk", title_zh="", notes="https://zoom.us/j/42")
    assert is_online(room_en="MS Teams", room_zh="", title_en="Talk", title_zh="")
    # the calendar's place: the meeting's link, not the slides' that the notes give first
    notes = "Slides: https://example.org/deck.pdf; join at https://zoom.us/j/42."
    assert session_link("Zoom", "", notes) == "https://zoom.us/j/42"
    assert (
        meeting_link("", "see (https://meeting.tencent.com/dm/abc)") == "https://meeting.tencent.com/dm/abc"
    )
