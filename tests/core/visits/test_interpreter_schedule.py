"""A freelance interpreter's own schedule (field test 94): the calendar filtered to a person, and the
calendar file made from it, hold the items the person interprets or hosts even when the item lists
its attendees without them, or the person is no participant of the visit (booked for one meeting)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import calendar as cs
from petdesk.services import ical
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from petdesk.services.logistics import set_item_protocol
from tests.core.visits.data import person

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _booked(db: Database) -> tuple[str, str]:
    """Li Na interprets one meeting of a visit she is no participant of, its attendees ticked."""
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True)
        head = person(s, "Jens", "Becker")
        visit = vs.create_visit(
            s,
            title_en="Hamburg port delegation",
            title_zh="汉堡港口代表团",
            start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 13),
        )
        vs.add_participant(s, visit.id, head.id, "head")
        item = vs.add_item(
            s,
            visit.id,
            title_en="Qingdao Port visit",
            title_zh="参观青岛港",
            start=dt.datetime(2027, 5, 11, 9),
            end=dt.datetime(2027, 5, 11, 12),
            attendee_ids=[head.id],
        )
        vs.add_item(
            s,
            visit.id,
            title_en="Free afternoon",
            start=dt.datetime(2027, 5, 11, 14),
            end=dt.datetime(2027, 5, 11, 17),
        )
        set_item_protocol(s, item.id, interpreter_contact_id=li.id)
        return li.id, visit.id


def test_the_person_filter_shows_the_items_a_person_interprets(db: Database) -> None:
    li, _ = _booked(db)
    start = dt.datetime(2027, 5, 1, tzinfo=SHANGHAI)
    with db.reading() as s:
        shown = cs.events(s, start, start + dt.timedelta(days=31), cs.Filters(contact_id=li))
    assert [(e.kind, e.title_en) for e in shown] == [
        (cs.VISIT, "Hamburg port delegation"),
        (cs.ITEM, "Qingdao Port visit"),
    ]


def test_the_interpreters_calendar_file_holds_their_meeting(db: Database) -> None:
    li, _ = _booked(db)
    with db.reading() as s:
        data = ical.export_range(
            s, dt.date(2027, 5, 1), dt.date(2027, 5, 31), filters=cs.Filters(contact_id=li), locale="zh_CN"
        )
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(data).walk("VEVENT")]
    assert "参观青岛港 / Qingdao Port visit" in summaries
    assert not any("Free afternoon" in t for t in summaries)


def test_the_person_filter_offers_booked_interpreters(db: Database) -> None:
    """The calendar's person filter (``staff_members``) lists an item's interpreter beside the staff."""
    li, _ = _booked(db)
    with db.reading() as s:
        assert [(c.id, c.label("zh")) for c in cs.staff_members(s)] == [(li, "李娜")]


def test_a_chinese_calendar_file_reads_chinese_first(db: Database) -> None:
    """The meeting's visit (DESCRIPTION) and a training session's venue (LOCATION) in the reader's
    order: Chinese first in a Chinese file, as the SUMMARY already was."""
    li, _ = _booked(db)
    with db.transaction() as s:
        training = ts.create_training(
            s, title_en="Sponge city training", title_zh="海绵城市培训", venue_en="Hub office",
            venue_zh="青岛办公室", start_date=dt.date(2027, 5, 12), end_date=dt.date(2027, 5, 12),
        )  # fmt: skip
        ts.add_session(
            s,
            training.id,
            title_en="Day 1",
            start=dt.datetime(2027, 5, 12, 9),
            end=dt.datetime(2027, 5, 12, 12),
        )
        ts.register(s, training.id, li)
    with db.reading() as s:
        data = ical.export_range(
            s, dt.date(2027, 5, 1), dt.date(2027, 5, 31), filters=cs.Filters(contact_id=li), locale="zh_CN"
        )
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(data).walk("VEVENT")}
    assert (
        str(events["参观青岛港 / Qingdao Port visit"]["DESCRIPTION"])
        == "汉堡港口代表团\nHamburg port delegation"
    )
    session = events["Day 1"]
    assert str(session["LOCATION"]) == "青岛办公室 / Hub office"
    assert str(session["DESCRIPTION"]) == "海绵城市培训\nSponge city training"


def test_calendar_person_by_name(db: Database, tmp_path: Path, capsys) -> None:
    """``calendar --person`` takes a name as ``clashes --person`` does; a bare name wrote an empty file."""
    _booked(db)
    out = tmp_path / "li.ics"
    argv = ["--db", str(db.path), "calendar", "--out", str(out), "--from", "2027-05-01", "--to", "2027-05-31"]
    assert main([*argv, "--person", "李娜", "--lang", "en"]) == 0
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert "Qingdao Port visit / 参观青岛港" in summaries
    assert main([*argv, "--person", "Nobody Known", "--lang", "en"]) == 1
    assert "Nobody Known" in capsys.readouterr().err
