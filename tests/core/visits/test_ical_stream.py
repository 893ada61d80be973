"""The calendar of a date range is written as it is built: the same file as building the whole
calendar first, which held every event of the range in memory."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from icalendar import Calendar

from petdesk.db import Database
from petdesk.services import calendar as cal_service
from petdesk.services import ical


def _whole_calendar(s: object, first: dt.date, last: dt.date) -> bytes:
    """The range as it was exported before: one ``Calendar`` with every event, then serialised."""
    found = cal_service.events_between_dates(s, first, last, dt.UTC, None)  # type: ignore[arg-type]
    cal = ical._new_calendar(f"petdesk {first.isoformat()} – {last.isoformat()}")
    items: dict[str, set[str]] = {}
    sessions: dict[str, set[str]] = {}
    spans = {e.id for e in found if e.kind in (cal_service.VISIT, cal_service.TRAINING)}
    for e in found:
        if e.kind == cal_service.ITEM:
            items.setdefault(e.parent_id, set()).add(e.id)
        elif e.kind == cal_service.SESSION:
            sessions.setdefault(e.parent_id, set()).add(e.id)
    for vid in sorted(set(items) | {e.id for e in found if e.kind == cal_service.VISIT}):
        visit = ical._load_visit(s, vid)  # type: ignore[arg-type]
        only = items.get(vid, set())
        ical._add_visit(cal, s, visit, "en", ical.DEFAULT_ALARMS, only=only, with_span=vid in spans)  # type: ignore[arg-type]
    for tid in sorted(set(sessions) | {e.id for e in found if e.kind == cal_service.TRAINING}):
        training = ical._load_training(s, tid)  # type: ignore[arg-type]
        only = sessions.get(tid, set())
        ical._add_training(cal, s, training, "en", ical.DEFAULT_ALARMS, only=only, with_span=tid in spans)  # type: ignore[arg-type]
    # the visits' flights, then their hotel nights, that the range touches
    leg_ids, stay_ids = ical._travel_in_range(s, first, last, dt.UTC, None)  # type: ignore[arg-type]
    legs = ical._legs(s, ical.TravelLeg.id.in_(leg_ids))  # type: ignore[arg-type]
    stays = ical._stays(s, ical.Accommodation.id.in_(stay_ids))  # type: ignore[arg-type]
    ical._add_travel(cal, s, legs, [], "en", ical.DEFAULT_ALARMS)  # type: ignore[arg-type]
    ical._add_travel(cal, s, [], stays, "en", ical.DEFAULT_ALARMS)  # type: ignore[arg-type]
    # then the open follow-ups due in the range or overdue, the overdue ones without a past reminder
    for row in ical.range_follow_ups(s, first, last, None):  # type: ignore[arg-type]
        cal.add_component(ical._follow_up_event(row, "en", not ical._overdue(row)))
    # then the projects' deadlines and open milestones (field test 106)
    ical._add_deadlines(cal, s, found, "en", ical.DEFAULT_ALARMS)  # type: ignore[arg-type]
    return ical._finish(cal, first, last)


def _zones_apart(data: bytes) -> tuple[bytes, list[bytes]]:
    """The file without its VTIMEZONE blocks, and those blocks sorted (their order follows a set)."""
    blocks = re.findall(rb"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", data, re.S)
    return re.sub(rb"BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", b"", data, flags=re.S), sorted(blocks)


def test_streamed_range_is_the_whole_calendar(demo_db: Database) -> None:
    first, last = dt.date(2026, 9, 1), dt.date(2027, 2, 28)
    with demo_db.reading() as s:
        streamed = ical.export_range(s, first, last)
        whole = _whole_calendar(s, first, last)
    events = streamed.count(b"BEGIN:VEVENT")
    assert events > 50 and streamed.count(b"BEGIN:VTIMEZONE") >= 2
    assert _zones_apart(streamed) == _zones_apart(whole)
    assert len(list(Calendar.from_ical(streamed).walk("VEVENT"))) == events


def test_batches_of_visits_give_the_same_file_and_count_their_events(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Visits and trainings are read a batch at a time (here three, so that a range spans many
    batches): the file is the one built visit by visit, and progress counts its events up to all."""
    first, last = dt.date(2026, 9, 1), dt.date(2027, 2, 28)
    monkeypatch.setattr(ical, "_BATCH", 3)
    progress: list[tuple[int, int]] = []
    with demo_db.reading() as s:
        out = io.BytesIO()
        events = ical.write_range(out, s, first, last, on_progress=lambda *done: progress.append(done))
        whole = _whole_calendar(s, first, last)
    streamed = out.getvalue()
    assert _zones_apart(streamed) == _zones_apart(whole)
    zones = re.findall(rb"BEGIN:VTIMEZONE\r\nTZID:([^\r]+)", streamed)
    assert zones == sorted(zones)  # one order, whichever process wrote it
    assert events == streamed.count(b"BEGIN:VEVENT") > 3 * 3
    assert len(progress) > 3 and progress[-1] == (events, events)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)


def test_a_training_asked_for_without_sessions_in_the_range_keeps_its_days(db: Database) -> None:
    """The calendar shows a training through its sessions; asked for trainings' days as well, a
    range's file has those of a training planned before its sessions are (as a visit's days
    without items), which it left out before."""
    from petdesk.services import trainings

    with db.transaction() as s:
        training_id = trainings.create_training(
            s,
            title_en="Sponge city design",
            title_zh="海绵城市设计",
            start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 10),
        ).id
    kinds = cal_service.Filters(kinds=cal_service.DEFAULT_KINDS | {cal_service.TRAINING})
    with db.reading() as s:
        shown = ical.export_range(s, dt.date(2027, 3, 1), dt.date(2027, 3, 31))
        asked = ical.export_range(s, dt.date(2027, 3, 1), dt.date(2027, 3, 31), filters=kinds)
    assert b"BEGIN:VEVENT" not in shown
    assert asked.count(b"BEGIN:VEVENT") == 1
    assert ical.uid_for("training", training_id).encode() in asked
