"""Open follow-ups reach the calendar file as all-day events on their due dates, named with
their partner (field test 50, defect 3): ``petdesk calendar --out`` and a visit's export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import follow_ups as fu
from petdesk.services import ical
from petdesk.services import visits as vs
from tests.core.visits.data import organisation, person

DUE = dt.date(2026, 12, 12)


def follow_up_events(data: bytes) -> dict[str, object]:
    """UID -> VEVENT of the follow-ups in a calendar file, parsed as a calendar program would."""
    cal = Calendar.from_ical(data)
    assert not list(cal.walk("VTODO"))
    return {str(ev["uid"]): ev for ev in cal.walk("VEVENT") if str(ev["uid"]).startswith("follow_up-")}


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        org = organisation(s, "Siemens AG", "西门子股份公司")
        julia = person(s, "Julia", "Neumann")
        offer = fu.add(
            s, kind="organisation", record_id=org.id, title_en="Prepare offer", due_date=DUE, note="MBR"
        )
        done = fu.add(s, kind="organisation", record_id=org.id, title_en="Old call", due_date=DUE)
        fu.mark_done(s, done.id)
        gone = fu.add(s, kind="organisation", record_id=org.id, title_en="Deleted one", due_date=DUE)
        fu.delete(s, gone.id)
        later = fu.add(
            s, kind="contact", record_id=julia.id, title_en="Next year", due_date=dt.date(2027, 6, 1)
        )
        visit = vs.create_visit(s, title_en="Harbour delegation", start_date=DUE, end_date=DUE)
        minutes = vs.add_follow_up(
            s, visit.id, description_en="Send the minutes", owner_id=julia.id, due_date=dt.date(2027, 1, 8)
        )
        return {"offer": offer.id, "later": later.id, "visit": visit.id, "minutes": minutes.id}


def test_the_range_export_has_open_follow_ups_as_all_day_events(
    db: Database, db_path: Path, ids: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cal.ics"
    args = ["--db", str(db_path), "calendar", "--out", str(out), "--from", "2026-12-01", "--to", "2026-12-31"]
    assert main(args) == 0
    events = follow_up_events(out.read_bytes())
    assert list(events) == [f"follow_up-{ids['offer']}@petdesk"]  # not the done, deleted or later ones
    [offer] = events.values()
    assert offer["dtstart"].dt == DUE and offer["dtend"].dt == DUE + dt.timedelta(days=1)  # type: ignore[index]
    assert str(offer["summary"]) == "Follow-up: Prepare offer — Siemens AG"  # type: ignore[index]
    assert "Note: MBR" in str(offer["description"])  # type: ignore[index]
    assert str(offer["transp"]) == "TRANSPARENT"  # type: ignore[index]
    said = capsys.readouterr()
    assert "Wrote" in said.out + said.err

    with db.reading() as s:
        chinese = follow_up_events(ical.export_range(s, DUE, DUE, locale="zh_CN"))
    assert "西门子股份公司" in str(next(iter(chinese.values()))["summary"])  # type: ignore[index]


def test_a_visits_export_has_its_open_follow_ups_and_importing_it_skips_them(
    db: Database, ids: dict[str, str]
) -> None:
    with db.reading() as s:
        data = ical.export_visit(s, ids["visit"])
    events = follow_up_events(data)
    [minutes] = events.values()
    assert str(minutes["summary"]) == "Follow-up: Send the minutes — Harbour delegation"  # type: ignore[index]
    assert "Owner: Julia Neumann" in str(minutes["description"])  # type: ignore[index]
    with db.transaction() as s:
        result = ical.import_into_visit(s, ids["visit"], data)
    assert (
        "Follow-up: Send the minutes — Harbour delegation",
        "a follow-up, kept with its partner",
    ) in result.skipped


def test_an_overdue_follow_up_is_in_a_file_that_starts_later(db: Database) -> None:
    """Due before ``--from`` and before today: still owed, so on its due date in the file (without
    a reminder already past); one due before ``--from`` but not yet overdue stays out."""
    today = dt.date.today()
    with db.transaction() as s:
        org = organisation(s, "Veolia")
        late = fu.add(
            s, kind="organisation", record_id=org.id, title_en="Send offer", due_date=today - dt.timedelta(10)
        )
        soon = fu.add(s, kind="organisation", record_id=org.id, title_en="Call", due_date=today)
        ahead = fu.add(
            s, kind="organisation", record_id=org.id, title_en="Visit", due_date=today + dt.timedelta(20)
        )
    with db.reading() as s:
        data = ical.export_range(s, today + dt.timedelta(1), today + dt.timedelta(30))
    events = follow_up_events(data)
    assert set(events) == {f"follow_up-{late.id}@petdesk", f"follow_up-{ahead.id}@petdesk"}
    assert f"follow_up-{soon.id}@petdesk" not in events
    overdue = events[f"follow_up-{late.id}@petdesk"]
    assert overdue["dtstart"].dt == today - dt.timedelta(10)  # type: ignore[index]
    assert not overdue.walk("VALARM")  # type: ignore[attr-defined]
    assert events[f"follow_up-{ahead.id}@petdesk"].walk("VALARM")  # type: ignore[attr-defined]
