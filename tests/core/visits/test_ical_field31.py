"""Field test 31: calendar files from other programs into a visit, again and again.

Real files are in ``tests/data/import/real/field31_*.ics`` (see tests/data/README.md); the Outlook
meeting request and its updates are written here in the shape Exchange 2010 sends them (the
tester's copy came from a source without a licence).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from icalendar import Calendar

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import ItineraryItem
from petdesk.services import calendar as cal_service
from petdesk.services import clashes as clash_service
from petdesk.services import ical
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR
from tests.core.visits.data import person

REAL = DATA_DIR / "real"
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def visit_id(db: Database) -> str:
    """A delegation of two, 31 Jan – 5 Feb 2027 in Shanghai's zone, with one item of its own."""
    with db.transaction() as s:
        v = vs.create_visit(
            s,
            title_en="German delegation",
            start_date=dt.date(2027, 1, 31),
            end_date=dt.date(2027, 2, 5),
            timezone="Asia/Shanghai",
        )
        vs.add_participant(s, v.id, person(s, "Lena", "Hoffmann").id, "head")
        vs.add_participant(s, v.id, person(s, "Jonas", "Weber").id, "delegate")
        vs.add_item(
            s,
            v.id,
            title_en="Meeting with the Ecology Bureau",
            start=dt.datetime(2027, 2, 1, 9),
            end=dt.datetime(2027, 2, 1, 11),
        )
        return v.id


def meeting(
    *,
    start: str = "093000",
    end: str = "113000",
    sequence: int = 0,
    stamp: str = "20270120T080000Z",
    location: str = "创业11F 拥翠山庄",
    method: str = "REQUEST",
    status: str = "CONFIRMED",
) -> bytes:
    """An Outlook meeting request as Exchange 2010 sends it (China Standard Time, organiser, VALARM)."""
    text = f"""BEGIN:VCALENDAR
METHOD:{method}
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:China Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=王芳:MAILTO:wang.fang@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=交易&新业务:MAILTO:team@example.com
SUMMARY;LANGUAGE=zh-CN:周会2027-02-03
DTSTART;TZID=China Standard Time:20270203T{start}
DTEND;TZID=China Standard Time:20270203T{end}
UID:040000008200E00074C5B7101A82E00800000000A0AE2BAF92ACCC010000000000000000100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
STATUS:{status}
SEQUENCE:{sequence}
LOCATION;LANGUAGE=zh-CN:{location}
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    return text.replace("\n", "\r\n").encode()


def _imported(db: Database, visit_id: str) -> list[ItineraryItem]:
    with db.reading() as s:
        return [i for i in vs.itinerary(s, visit_id) if i.source_uid]


def _import(db: Database, visit_id: str, data: bytes) -> ical.ImportResult:
    with db.transaction() as s:
        return ical.import_into_visit(s, visit_id, data)


def test_a_moved_meeting_is_updated_not_added_twice(db: Database, visit_id: str) -> None:
    assert _import(db, visit_id, meeting()).added == ["周会2027-02-03"]
    moved = _import(db, visit_id, meeting(start="140000", end="160000", sequence=1))
    assert (moved.added, moved.updated) == ([], ["周会2027-02-03"])
    (item,) = _imported(db, visit_id)
    assert item.starts_at.astimezone(SHANGHAI).time() == dt.time(14)


def test_an_older_copy_leaves_the_newer_one_alone_and_is_reported(db: Database, visit_id: str) -> None:
    _import(db, visit_id, meeting(location="创业12F 会议室A", sequence=1))
    older = _import(db, visit_id, meeting(sequence=0))
    assert (older.updated, older.older) == ([], ["周会2027-02-03"])
    assert "1 older than the itinerary's copy" in older.summary()
    # The same SEQUENCE, stamped earlier, is older too.
    earlier = _import(db, visit_id, meeting(location="x", sequence=1, stamp="20270101T000000Z"))
    assert earlier.older == ["周会2027-02-03"]
    (item,) = _imported(db, visit_id)
    assert item.place_zh == "创业12F 会议室A"


def test_two_real_copies_of_one_series_do_not_flip(db: Database, visit_id: str) -> None:
    """Outlook's copy of UID 111 is at SEQUENCE 3, the other program's at 1 and 2."""
    first = _import(db, visit_id, (REAL / "field31_exchange2010_gmt.ics").read_bytes())
    assert "test123" in first.added
    other = _import(db, visit_id, (REAL / "field31_two_sequences_allday.ics").read_bytes())
    assert other.older and all(title == "test123 - edited" for title in other.older)
    titles = {i.title_en for i in _imported(db, visit_id) if i.all_day}
    assert "test123 - edited" not in titles


def test_a_cancellation_removes_the_meeting_and_adds_nothing_unknown(db: Database, visit_id: str) -> None:
    _import(db, visit_id, meeting())
    cancel = meeting(method="CANCEL", status="CANCELLED", sequence=2)
    result = _import(db, visit_id, cancel)
    assert (result.cancelled, result.updated, result.dropped) == (["周会2027-02-03"], [], {})
    assert _imported(db, visit_id) == []
    with db.reading() as s:  # removed as the window removes an item: a tombstone, so it can come back
        (gone,) = [i for i in s.query(ItineraryItem).all() if i.source_uid]
        assert gone.deleted_at is not None
    again = _import(db, visit_id, cancel)
    assert again.added == [] and again.skipped == [("周会2027-02-03", "cancelled, and not in the itinerary")]
    assert _imported(db, visit_id) == []


def test_petdesk_own_export_comes_back_unchanged_and_whole_delegation_stays(
    db: Database, visit_id: str
) -> None:
    _import(db, visit_id, (REAL / "field31_thunderbird_recurring.ics").read_bytes())
    _import(db, visit_id, (REAL / "field31_exchange2010_w_europe.ics").read_bytes())
    with db.reading() as s:
        data = ical.export_visit(s, visit_id)
        count = len(vs.itinerary(s, visit_id))
    assert data.count(b"X-PETDESK-WHOLE-DELEGATION:TRUE") == count
    result = _import(db, visit_id, data)
    assert (result.added, result.updated, len(result.unchanged)) == ([], [], count)
    with db.reading() as s:
        assert all(not [a for a in i.attendees if a.deleted_at is None] for i in vs.itinerary(s, visit_id))


def test_all_day_events_read_as_all_day_and_clash_only_with_all_day(
    db: Database, visit_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _import(db, visit_id, (REAL / "field31_two_sequences_allday.ics").read_bytes())
    with db.reading() as s:
        events = cal_service.events_between_dates(s, dt.date(2027, 2, 1), dt.date(2027, 2, 1), dt.UTC)
        (birthday,) = [e for e in events if e.kind == cal_service.ITEM and e.title_en.startswith("test123")]
        assert birthday.all_day and birthday.days() == [dt.date(2027, 2, 1)]
        # The whole delegation is at the Ecology Bureau at 09:00 on the same day: no clash.
        assert clash_service.find_clashes(s, visit_id=visit_id) == []
    # Two all-day items of the same day for the same people do clash.
    with db.transaction() as s:
        day = dt.datetime(2027, 2, 1)
        vs.add_item(
            s, visit_id, title_en="Day in Hangzhou", start=day, end=day + dt.timedelta(days=1), all_day=True
        )
    with db.reading() as s:
        (clash,) = clash_service.find_clashes(s, visit_id=visit_id)
        assert {slot.title_en for slot in clash.slots} == {"test123 - edited", "Day in Hangzhou"}
    assert main(["--db", str(db.path), "visits", visit_id[:8]]) == 0
    out = capsys.readouterr().out
    assert re.search(r"1 Feb 2027 all day .*test123 - edited", out) and "00:00–00:00" not in out


def test_smaller_things(db: Database, visit_id: str) -> None:
    # A Chinese location with "11F" in it is the Chinese place.
    _import(db, visit_id, meeting())
    (item,) = _imported(db, visit_id)
    assert (item.place_zh, item.place_en) == ("创业11F 拥翠山庄", "")
    # An organiser that is no e-mail address is kept by name and reported.
    result = _import(db, visit_id, (REAL / "field31_two_sequences_allday.ics").read_bytes())
    assert ("test123 - edited", "organiser “aaa” has no e-mail address") in result.notes
    assert ("aaa", "") in result.guests


def test_time_zones_come_in_the_same_order_in_every_export(db: Database, visit_id: str) -> None:
    with db.transaction() as s:
        for zone in ("Europe/Berlin", "Europe/London", "America/New_York"):
            vs.add_item(
                s,
                visit_id,
                title_en=zone,
                start=dt.datetime(2027, 2, 2, 9),
                end=dt.datetime(2027, 2, 2, 10),
                timezone=zone,
            )
    with db.reading() as s:
        files = [ical.export_visit(s, visit_id) for _ in range(3)]
    orders = [[str(tz["TZID"]) for tz in Calendar.from_ical(f).walk("VTIMEZONE")] for f in files]
    assert orders[0] == sorted(orders[0]) and orders.count(orders[0]) == 3
    strip = [re.sub(rb"DTSTAMP:[^\r]*", b"", f) for f in files]
    assert strip.count(strip[0]) == 3


def test_real_samples_import_in_the_visit(db: Database, visit_id: str, tmp_path: Path) -> None:
    """Plone's UTC times and the event without DTSTART; Exchange's W. Europe time."""
    result = _import(db, visit_id, (REAL / "field31_plone_unicode_utc.ics").read_bytes())
    assert result.skipped == [("", "no start time")]
    assert "Non-ASCII Test: ÄÖÜ äöü €" in result.added
    europe = _import(db, visit_id, (REAL / "field31_exchange2010_w_europe.ics").read_bytes())
    assert "Geburtstag von Sebastiano La Ferla" in europe.added
    with db.reading() as s:
        items = {i.title_en: i for i in vs.itinerary(s, visit_id)}
    # 09:00 W. Europe Standard Time in February is 08:00 UTC.
    assert items["Geburtstag von Sebastiano La Ferla"].starts_at == dt.datetime(2027, 2, 1, 8, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("locale", "wanted"),
    [
        ("en", "2,000 added, 0 updated, 0 skipped, 1,500 unchanged; dropped: 2,000 × URL"),
        ("zh_CN", "2,000"),
    ],
)
def test_the_calendar_import_summary_groups_thousands(locale: str, wanted: str) -> None:
    """The summary said "dropped: 2000 × URL" beside grouped counts: every count is grouped now."""
    result = ical.ImportResult(added=["x"] * 2000, unchanged=["y"] * 1500, dropped={"URL": 2000})
    text = result.summary(locale)
    assert wanted in text
    assert "2000" not in text and "1500" not in text
