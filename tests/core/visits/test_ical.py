"""iCalendar export and import, checked by parsing with ``icalendar`` independently."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from petdesk.db import Database
from petdesk.ids import uuid_text
from petdesk.services import ical
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import person

#: Exported before the visits of these tests: their reminders are still ahead (past ones are left out).
BEFORE = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _visit(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        head = person(s, "Anna", "Schmidt", email="anna.schmidt@hamburg.example")
        li = person(s, "Lei", "Li", "李雷", family_first=True)
        v = vs.create_visit(
            s,
            title_en="Hamburg delegation to Beijing",
            title_zh="汉堡代表团访京",
            start_date=dt.date(2026, 11, 10),
            end_date=dt.date(2026, 11, 12),
        )
        vs.add_participant(s, v.id, head.id, "head")
        vs.add_participant(s, v.id, li.id, "interpreter")
        m = vs.add_item(
            s,
            v.id,
            title_en="Meeting with the Ecology Bureau",
            title_zh="与生态环境局会谈",
            start=dt.datetime(2026, 11, 10, 9),
            end=dt.datetime(2026, 11, 10, 10, 30),
            place_en="Ecology Bureau",
            place_zh="生态环境局",
            city_en="Beijing",
            city_zh="北京",
            attendee_ids=[head.id, li.id],
        )
        b = vs.add_item(
            s,
            v.id,
            title_en="Welcome dinner",
            kind="banquet",
            start=dt.datetime(2026, 11, 10, 18),
            end=dt.datetime(2026, 11, 10, 20),
        )
        return {"visit": v.id, "meeting": m.id, "banquet": b.id, "head": head.id, "li": li.id}


def test_export_visit_parses_independently_with_zones_attendees_and_alarms(db: Database) -> None:
    ids = _visit(db)
    with db.reading() as s:
        data = ical.export_visit(s, ids["visit"], now=BEFORE)
    text = data.decode()
    assert "BEGIN:VTIMEZONE" in text and "TZID:Asia/Shanghai" in text
    assert "DTSTART;TZID=Asia/Shanghai:20261110T090000" in text
    cal = Calendar.from_ical(data)
    events = cal.walk("VEVENT")
    meeting = next(e for e in events if str(e["uid"]) == ical.uid_for("item", ids["meeting"]))
    start = meeting["dtstart"].dt
    assert start.astimezone(dt.UTC) == dt.datetime(2026, 11, 10, 1, 0, tzinfo=dt.UTC)
    assert start.astimezone(ZoneInfo("Europe/Berlin")).hour == 2
    assert str(meeting["summary"]) == "Meeting with the Ecology Bureau / 与生态环境局会谈"
    attendees = [str(a) for a in meeting["attendee"]]
    assert "mailto:anna.schmidt@hamburg.example" in attendees
    assert f"urn:uuid:{uuid_text(ids['li'])}" in attendees  # the canonical form of a compact id
    roles = {str(a.params["CN"]): str(a.params["ROLE"]) for a in meeting["attendee"]}
    assert roles == {"Anna Schmidt": "CHAIR", "Li Lei": "OPT-PARTICIPANT"}
    alarms = meeting.walk("VALARM")
    assert [a["trigger"].dt for a in alarms] == [dt.timedelta(minutes=-30)]
    span = next(e for e in events if str(e["uid"]) == ical.uid_for("visit", ids["visit"]))
    assert span["dtstart"].dt == dt.date(2026, 11, 10) and span["dtend"].dt == dt.date(2026, 11, 13)
    assert str(meeting["status"]) == "TENTATIVE"
    # The VTIMEZONE itself says UTC+8 with no daylight saving.
    tz = cal.walk("VTIMEZONE")[0]
    assert tz.walk("STANDARD")[0]["tzoffsetto"].td == dt.timedelta(hours=8)
    with db.reading() as s:
        zh = Calendar.from_ical(ical.export_visit(s, ids["visit"], locale="zh_CN"))
    assert any(str(e["summary"]).startswith("与生态环境局会谈") for e in zh.walk("VEVENT"))


def test_round_trip_into_a_new_visit_and_re_import_updates(db: Database) -> None:
    ids = _visit(db)
    with db.reading() as s:
        data = ical.export_visit(s, ids["visit"], now=BEFORE)
    with db.transaction() as s:
        copy = vs.create_visit(
            s, title_en="Copy", start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 12)
        )
        result = ical.import_into_visit(s, copy.id, data)
        assert len(result.added) == 2 and result.skipped == [
            (
                "Hamburg delegation to Beijing / 汉堡代表团访京",
                "a whole visit or training, not an itinerary item",
            )
        ]
        again = ical.import_into_visit(s, copy.id, data)
        # An unchanged file again: nothing added, nothing updated.
        assert again.added == [] and again.updated == [] and len(again.unchanged) == 2
        orig = vs.itinerary(s, ids["visit"])
        new = vs.itinerary(s, copy.id)
        fields = (
            "title_en",
            "title_zh",
            "kind",
            "starts_at",
            "ends_at",
            "timezone",
            "place_en",
            "place_zh",
            "city_en",
            "city_zh",
        )
        assert [[getattr(i, f) for f in fields] for i in new] == [
            [getattr(i, f) for f in fields] for i in orig
        ]
        assert sorted(a.contact_id for a in new[0].attendees) == sorted([ids["head"], ids["li"]])
        # Exported from petdesk, re-imported into the original visit: same items, no copies, and
        # the export's reminder for every item (30 minutes) does not become each item's own.
        assert [i.alarms for i in orig] == [[], []] and b"VALARM" in data
        same = ical.import_into_visit(s, ids["visit"], data)
        assert same.added == [] and len(vs.itinerary(s, ids["visit"])) == 2
        assert [i.alarms for i in vs.itinerary(s, ids["visit"])] == [[], []]
        assert [i.alarms for i in new] == [[], []]


FOREIGN = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example Corp//Calendar//EN
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:outlook-1@example.com
DTSTAMP:20261101T000000Z
DTSTART;TZID=Tokyo Standard Time:20261111T190000
DTEND;TZID=Tokyo Standard Time:20261111T210000
SUMMARY:Dinner from Outlook
END:VEVENT
BEGIN:VEVENT
UID:abc-1@example.com
DTSTAMP:20261101T000000Z
DTSTART;TZID=Europe/Berlin:20261111T140000
DTEND;TZID=Europe/Berlin:20261111T153000
SUMMARY:Call with Hamburg Wasser
LOCATION:Online
ATTENDEE;CN=Anna:mailto:Anna.Schmidt@hamburg.example
END:VEVENT
BEGIN:VEVENT
UID:abc-2@example.com
DTSTAMP:20261101T000000Z
DTSTART:20261112T020000Z
DURATION:PT2H
SUMMARY:参观污水处理厂
END:VEVENT
BEGIN:VEVENT
UID:abc-3@example.com
DTSTAMP:20261101T000000Z
DTSTART:20261112T090000
SUMMARY:Floating breakfast
END:VEVENT
BEGIN:VEVENT
UID:abc-4@example.com
DTSTAMP:20261101T000000Z
DTSTART;VALUE=DATE:20261112
SUMMARY:Holiday
END:VEVENT
END:VCALENDAR
"""


def test_import_foreign_file(db: Database) -> None:
    ids = _visit(db)
    with db.transaction() as s:
        result = ical.import_into_visit(s, ids["visit"], FOREIGN.replace("\n", "\r\n").encode())
        assert result.summary() == "5 added, 0 updated, 0 skipped"
        items = {i.title_en or i.title_zh: i for i in vs.itinerary(s, ids["visit"])}
        call = items["Call with Hamburg Wasser"]
        assert call.timezone == "Europe/Berlin" and call.local_start().hour == 14
        assert call.starts_at == dt.datetime(2026, 11, 11, 13, tzinfo=dt.UTC)
        assert [a.contact_id for a in call.attendees] == [ids["head"]]
        assert call.place_en == "Online"
        plant = items["参观污水处理厂"]
        assert plant.title_zh == "参观污水处理厂" and plant.timezone == "Asia/Shanghai"
        assert plant.local_start().hour == 10 and plant.local_end().hour == 12
        dinner = items["Dinner from Outlook"]  # a Windows zone name, as Outlook writes it
        assert dinner.timezone == "Asia/Tokyo" and dinner.starts_at.hour == 10
        breakfast = items["Floating breakfast"]
        assert breakfast.local_start().hour == 9 and breakfast.timezone == "Asia/Shanghai"
        # RFC 5545 (3.6.1): a start time and no end is a moment (round 51: it was taken as an hour)
        assert breakfast.ends_at == breakfast.starts_at
        assert result.notes == []
        holiday = items["Holiday"]  # an all-day event is an all-day item of the place's day
        assert holiday.all_day and holiday.local_start() == dt.datetime(
            2026, 11, 12, tzinfo=ZoneInfo("Asia/Shanghai")
        )
        assert holiday.ends_at - holiday.starts_at == dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"BEGIN:VCARD\r\nEND:VCARD\r\n", "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026BAD\r\n", "damaged"),
    ],
)
def test_bad_files_change_nothing(db: Database, data: bytes, message: str) -> None:
    ids = _visit(db)
    with pytest.raises(ical.CalendarFileError, match=message), db.transaction() as s:
        ical.import_into_visit(s, ids["visit"], data)
    with db.reading() as s:
        assert len(vs.itinerary(s, ids["visit"])) == 2


UNREADABLE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:bad-start@example
SUMMARY:Bad start
DTSTART:2026BAD
DTEND:20261111T100000Z
END:VEVENT
BEGIN:VEVENT
UID:bad-end@example
SUMMARY:Bad end
DTSTART:20261111T090000Z
DTEND:soon
END:VEVENT
BEGIN:VEVENT
UID:good@example
SUMMARY:Good one
DTSTART:20261111T090000Z
DTEND:20261111T100000Z
END:VEVENT
END:VCALENDAR
"""


def test_unreadable_times_skip_the_event_not_the_file(db: Database) -> None:
    ids = _visit(db)
    with db.transaction() as s:
        result = ical.import_into_visit(s, ids["visit"], UNREADABLE.replace("\n", "\r\n").encode())
        assert result.skipped == [("Bad start", "unreadable start time"), ("Bad end", "unreadable end time")]
        assert result.summary() == "1 added, 0 updated, 2 skipped"
        assert "Good one" in {i.title_en for i in vs.itinerary(s, ids["visit"])}


def test_export_training_and_range(db: Database) -> None:
    _visit(db)
    with db.transaction() as s:
        trainer = person(s, "Jens", "Müller", email="jens@example.org")
        t = ts.create_training(
            s,
            title_en="Sponge city",
            title_zh="海绵城市",
            timezone="Europe/Berlin",
            start_date=dt.date(2026, 11, 11),
            end_date=dt.date(2026, 11, 11),
            venue_en="TU Berlin",
        )
        ts.add_session(
            s,
            t.id,
            title_en="Lecture",
            start=dt.datetime(2026, 11, 11, 9),
            end=dt.datetime(2026, 11, 11, 12),
            trainer_ids=[trainer.id],
        )
        tid = t.id
    with db.reading() as s:
        cal = Calendar.from_ical(ical.export_training(s, tid))
        lecture = next(e for e in cal.walk("VEVENT") if str(e["summary"]) == "Lecture")
        assert lecture["dtstart"].dt.astimezone(dt.UTC).hour == 8
        assert str(lecture["attendee"]) == "mailto:jens@example.org"
        both = Calendar.from_ical(ical.export_range(s, dt.date(2026, 11, 1), dt.date(2026, 11, 30)))
        summaries = sorted(str(e["summary"]) for e in both.walk("VEVENT"))
        assert summaries == [
            "Hamburg delegation to Beijing / 汉堡代表团访京",
            "Lecture",
            "Meeting with the Ecology Bureau / 与生态环境局会谈",
            "Welcome dinner",
        ]
        assert {t.tz_name for t in both.walk("VTIMEZONE")} == {"Asia/Shanghai", "Europe/Berlin"}


WEEKLY = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:weekly-jour-fixe@example.com
DTSTAMP:20261001T000000Z
DTSTART;TZID=Asia/Shanghai:20261002T100000
DTEND;TZID=Asia/Shanghai:20261002T110000
RRULE:FREQ=WEEKLY;BYDAY=MO,FR
EXDATE;TZID=Asia/Shanghai:20261116T100000
SUMMARY:Jour fixe
ORGANIZER;CN=Petra Organiser:mailto:petra@hamburg.example
ATTENDEE;CN=Anna:mailto:anna.schmidt@hamburg.example
ATTENDEE;CN=Wang Fang;ROLE=OPT-PARTICIPANT:mailto:wang.fang@guest.example.cn
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT15M
DESCRIPTION:Jour fixe
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:weekly-jour-fixe@example.com
RECURRENCE-ID;TZID=Asia/Shanghai:20261120T100000
DTSTAMP:20261001T000000Z
DTSTART;TZID=Asia/Shanghai:20261120T140000
DTEND;TZID=Asia/Shanghai:20261120T150000
SUMMARY:Jour fixe (moved)
END:VEVENT
BEGIN:VEVENT
UID:monthly-board@example.com
DTSTAMP:20261001T000000Z
DTSTART;TZID=Asia/Shanghai:20260105T100000
DTEND;TZID=Asia/Shanghai:20260105T110000
RRULE:FREQ=MONTHLY;COUNT=3
SUMMARY:Board meeting
END:VEVENT
END:VCALENDAR
"""


def test_weekly_meeting_expands_inside_the_visit_with_exdate_and_override(db: Database) -> None:
    ids = _visit(db)
    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Two weeks", start_date=dt.date(2026, 11, 13), end_date=dt.date(2026, 11, 24)
        )
        data = WEEKLY.replace("\n", "\r\n").encode()
        result = ical.import_into_visit(s, visit.id, data)
        items = vs.itinerary(s, visit.id)
        local = [(i.title_en, i.local_start().strftime("%a %d %H:%M")) for i in items]
        # Fridays and Mondays inside 13–24 November; Monday 16 excepted; Friday 20 moved to 14:00.
        assert local == [
            ("Jour fixe", "Fri 13 10:00"),
            ("Jour fixe (moved)", "Fri 20 14:00"),
            ("Jour fixe", "Mon 23 10:00"),
        ]
        assert result.skipped == [("Board meeting", "repeats, but not during the visit")]
        first = items[0]
        assert [a.contact_id for a in first.attendees] == [ids["head"]]
        assert first.external_attendees == [
            {"name": "Petra Organiser", "email": "petra@hamburg.example", "role": "organiser"},
            {"name": "Wang Fang", "email": "wang.fang@guest.example.cn", "role": "attendee"},
        ]
        assert first.alarms == [15]
        again = ical.import_into_visit(s, visit.id, data)
        assert (again.added, again.updated, len(again.unchanged)) == ([], [], 3)
        # Exported again, the file's reminder and the named guests travel with the items.
        cal = Calendar.from_ical(ical.export_visit(s, visit.id, now=BEFORE))
        events = [e for e in cal.walk("VEVENT") if "Jour fixe" in str(e.get("summary"))]
        assert len(events) == 3
        assert [a.get("trigger").dt for a in events[0].walk("VALARM")] == [dt.timedelta(minutes=-15)]
        assert str(events[0].get("organizer")) == "mailto:petra@hamburg.example"


def test_calendar_import_dry_run_changes_nothing(db: Database, tmp_path: Path, capsys) -> None:
    from petdesk.cli import main

    with db.transaction() as s:
        visit = vs.create_visit(
            s, title_en="Two weeks", start_date=dt.date(2026, 11, 13), end_date=dt.date(2026, 11, 24)
        )
        visit_id = visit.id
    path = tmp_path / "weekly.ics"
    path.write_bytes(WEEKLY.replace("\n", "\r\n").encode())
    code = main(["--db", str(db.path), "calendar", "--import", str(path), "--visit", visit_id, "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0 and "Dry run" in out and "3 added" in out
    # each occurrence with its day and time, so that the three can be told apart (field test 31)
    assert len(re.findall(r"add: \d+ Nov 2026 \d\d:\d\d Jour fixe", out)) == 3  # in the locale's way
    assert "Wang Fang <wang.fang@guest.example.cn>" in out and "Petra Organiser" in out
    with db.reading() as s:
        assert vs.itinerary(s, visit_id) == []


MARGIN = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example Corp//Calendar//EN
BEGIN:VEVENT
UID:margin-1@example.com
DTSTAMP:20261101T000000Z
DTSTART;TZID=Asia/Shanghai:20261109T150000
DTEND;TZID=Asia/Shanghai:20261109T160000
SUMMARY:Day before
END:VEVENT
BEGIN:VEVENT
UID:margin-2@example.com
DTSTAMP:20261101T000000Z
DTSTART;TZID=Asia/Shanghai:20261113T090000
DTEND;TZID=Asia/Shanghai:20261113T100000
SUMMARY:Day after
END:VEVENT
BEGIN:VEVENT
UID:margin-3@example.com
DTSTAMP:20261101T000000Z
DTSTART:20261109T230000Z
DTEND:20261110T000000Z
SUMMARY:First morning in Beijing
END:VEVENT
END:VCALENDAR
"""


def test_an_event_a_day_outside_the_visit_is_skipped_as_the_clash_check_sees_it(db: Database) -> None:
    """A day of slack took in the day before and after (then `clashes` called them outside the
    visit's dates); an event whose own place puts it on the visit's first day still comes in."""
    ids = _visit(db)  # 10–12 Nov 2026
    with db.transaction() as s:
        result = ical.import_into_visit(s, ids["visit"], MARGIN.replace("\n", "\r\n").encode())
        assert result.skipped == [
            ("Day before", "outside the visit's dates"),
            ("Day after", "outside the visit's dates"),
        ]
        titles = {i.title_en for i in vs.itinerary(s, ids["visit"])}
    assert "First morning in Beijing" in titles  # 07:00 on 10 Nov in Shanghai, 23:00 the 9th in UTC
