"""A calendar file of a date range is in the export log (what, how many events, the attendees it
names), from the command line and the window's service alike; and a file carries no reminder whose
time had passed when it was written (Outlook and Thunderbird fire them all at once on import)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from icalendar import Calendar

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import export_log, ical
from petdesk.services import visits as vs
from petdesk.sync.tracking import STAFF_SETTING


def _visit_soon(db: Database) -> tuple[str, str, str]:
    """A visit from today with a head of delegation, one item an hour from now (reminded 30 and
    120 minutes before) and one long past. (visit id, soon item id, past item id)."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    today = now.date()
    with db.transaction() as s:
        s.merge(m.Setting(key=STAFF_SETTING, value="Wang Lei"))
        head = m.Contact(family_name="Alt", given_name="Anna")
        s.add(head)
        s.flush()
        visit = vs.create_visit(
            s,
            title_en="Study tour",
            start_date=today - dt.timedelta(days=3),
            end_date=today + dt.timedelta(days=2),
        )
        vs.add_participant(s, visit.id, head.id, role="head")
        soon = vs.add_item(
            s,
            visit.id,
            start=now + dt.timedelta(hours=1),
            end=now + dt.timedelta(hours=2),
            title_en="Soon",
            alarms=[30, 120],
        )
        past = vs.add_item(
            s,
            visit.id,
            start=now - dt.timedelta(days=2),
            end=now - dt.timedelta(days=2, hours=-1),
            title_en="Past",
        )
        return visit.id, soon.id, past.id


def _logged(db: Database) -> list[tuple[str, str, int, set[str]]]:
    conn = sqlite3.connect(db.path)
    try:
        rows = conn.execute("SELECT id, kind, file_name, count FROM export_log ORDER BY id").fetchall()
        return [
            (
                kind,
                name,
                count,
                {
                    c
                    for (c,) in conn.execute(
                        "SELECT contact_id FROM export_log_contact WHERE export_id = ?", (i,)
                    )
                },
            )
            for i, kind, name, count in rows
        ]
    finally:
        conn.close()


def _head(db: Database) -> str:
    with db.reading() as s:
        return next(c.id for c in s.query(m.Contact))


def test_calendar_out_is_in_the_export_log(db: Database, tmp_path: Path, capsys: object) -> None:
    _visit_soon(db)
    today = dt.date.today()
    out = tmp_path / "week.ics"
    args = [
        "--db",
        str(db.path),
        "calendar",
        "--from",
        str(today - dt.timedelta(days=3)),
        "--to",
        str(today + dt.timedelta(days=3)),
        "--out",
        str(out),
    ]
    assert main(args) == 0
    events = out.read_bytes().count(b"BEGIN:VEVENT")
    assert events >= 3  # the visit's days and its two items
    assert _logged(db) == [("calendar", "week.ics", events, {_head(db)})]
    assert main(["--db", str(db.path), "exports"]) == 0
    said = capsys.readouterr().out  # type: ignore[attr-defined]
    assert f"Wang Lei wrote a calendar file of {events} events to week.ics" in said
    # the person's own list of files that held them names it too
    with db.reading() as s:
        assert export_log.times_sent(s, _head(db)) == 1


def test_the_windows_service_logs_the_file_too(db: Database, tmp_path: Path) -> None:
    _visit_soon(db)
    today = dt.date.today()
    with db.reading() as s:  # as the Calendar page's export dialog calls it
        n = ical.save_range(tmp_path / "cal.ics", s, today, today + dt.timedelta(days=1))
    assert [(kind, name, count) for kind, name, count, _ in _logged(db)] == [("calendar", "cal.ics", n)]
    with db.reading() as s:
        line = export_log.lines(s)[0]
    assert export_log.sentence(line) == f"Wang Lei wrote a calendar file of {n} events to cal.ics"


def _alarms(data: bytes) -> dict[str, list[dt.timedelta]]:
    """Each event's reminders (relative triggers), by summary."""
    cal = Calendar.from_ical(data)
    return {
        str(ev["summary"]): sorted(a["trigger"].dt for a in ev.walk("VALARM")) for ev in cal.walk("VEVENT")
    }


def test_a_file_leaves_out_reminders_already_past(db: Database) -> None:
    visit_id, _soon, _past = _visit_soon(db)
    today = dt.date.today()
    with db.reading() as s:
        files = [
            ical.export_range(s, today - dt.timedelta(days=3), today + dt.timedelta(days=3)),
            ical.export_visit(s, visit_id),
        ]
    for data in files:
        alarms = _alarms(data)
        # an hour from now: the half-hour reminder stays, the one two hours before has passed
        assert alarms["Soon"] == [dt.timedelta(minutes=-30)]
        assert alarms["Past"] == []  # the event stays, without its reminder
        assert alarms["Study tour"] == []  # the day before the visit's first day is past
        # and nothing in the file says some were left out
        assert data.count(b"BEGIN:VALARM") == 1
        assert not any("COMMENT" in ev for ev in Calendar.from_ical(data).walk("VEVENT"))


def test_an_items_own_past_reminder_survives_its_file_imported_again(db: Database) -> None:
    visit_id, _soon, past = _visit_soon(db)
    with db.transaction() as s:
        vs.update_item(s, past, alarms=[15])
    with db.reading() as s:
        data = ical.export_visit(s, visit_id)
    assert _alarms(data)["Past"] == []  # left out of the file, past
    with db.transaction() as s:
        again = ical.import_into_visit(s, visit_id, data)
        assert "Past" in again.unchanged
        assert {i.title_en: i.alarms for i in vs.itinerary(s, visit_id)}["Past"] == [15]
