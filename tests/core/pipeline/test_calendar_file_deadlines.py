"""A calendar file of a range carries the projects' deadlines and open milestones, with a reminder a
week and a day before (field test 106: Ms Chen, applying to four funds with eleven projects, exported
her next weeks for her phone before a train journey; the file had the visits and the follow-ups but
not one application deadline or concept note, though the window's calendar shows them all)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import MilestoneKind, ProjectStatus
from petdesk.services import ical
from petdesk.services import projects as project_service

TODAY = dt.date.today()


def _day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def _season(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        adb = project_service.create_project(
            s,
            title_en="Kunming sludge-to-energy pilot",
            title_zh="昆明污泥能源化试点",
            stage=ProjectStatus.PREPARING,
            deadline=_day(12),
        )
        note = project_service.add_milestone(
            s, adb.id, title_en="Concept note", title_zh="概念说明", due=_day(5), kind=MilestoneKind.DEADLINE
        )
        project_service.add_milestone(s, adb.id, title_en="Budget", title_zh="预算", due=_day(3), done=True)
        gone = project_service.add_milestone(s, adb.id, title_en="Old draft", due=_day(4))
        s.get(m.ProjectMilestone, gone.id).soft_delete()
        lost = project_service.create_project(
            s, title_en="Rejected wetland", stage=ProjectStatus.REJECTED, deadline=_day(6)
        )
        return {"adb": adb.id, "note": note.id, "lost": lost.id}


def _events(data: bytes) -> dict[str, object]:
    return {str(e["summary"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_the_range_file_has_the_deadline_and_the_open_milestones_with_week_and_day_alarms(
    db: Database,
) -> None:
    ids = _season(db)
    with db.reading() as s:
        events = _events(ical.export_range(s, TODAY, _day(14), locale="en"))
    deadline = events["Deadline: Kunming sludge-to-energy pilot / 截止日期：昆明污泥能源化试点"]
    note = events["Concept note / 概念说明 — Kunming sludge-to-energy pilot / 昆明污泥能源化试点"]
    assert deadline["dtstart"].dt == _day(12) and deadline["dtend"].dt == _day(13)  # all day
    assert note["dtstart"].dt == _day(5)
    assert str(note["uid"]) == ical.uid_for("milestone", ids["note"])
    assert str(deadline["uid"]) == ical.uid_for("project_deadline", ids["adb"])
    week_and_day = [-dt.timedelta(days=6, hours=18), -dt.timedelta(hours=18)]  # 06:00 of those days
    assert sorted(a["trigger"].dt for a in deadline.walk("VALARM")) == week_and_day
    # in five days: a week before has passed, and would pop up at once on importing the file
    assert [a["trigger"].dt for a in note.walk("VALARM")] == [-dt.timedelta(hours=18)]
    assert not any(
        "Budget" in t or "Old draft" in t or "Rejected" in t for t in events
    )  # done, deleted, over


def test_without_alarms_and_in_chinese(db: Database) -> None:
    _season(db)
    with db.reading() as s:
        events = _events(ical.export_range(s, TODAY, _day(14), locale="zh_CN", alarms=()))
    note = events["概念说明 / Concept note — 昆明污泥能源化试点 / Kunming sludge-to-energy pilot"]
    assert not note.walk("VALARM")


def test_the_command_counts_them(db: Database, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _season(db)
    out = tmp_path / "next.ics"
    args = ["--db", str(db.path), "--lang", "en", "calendar", "--from", str(TODAY), "--to", str(_day(14))]
    assert main([*args, "--out", str(out)]) == 0
    assert "Wrote 2 events" in capsys.readouterr().out
    assert len(_events(out.read_bytes())) == 2


def test_an_office_east_or_west_of_utc_gets_the_deadlines_of_its_days_only(db: Database) -> None:
    """A deadline is a date: the Kunming office (Asia/Shanghai, UTC+8) exporting the 5th to the 12th
    gets the concept note of the 5th and the deadline of the 12th, not the day before its range (its
    UTC-placed day overlapped the range's first hours); New York's range ends on its last day too."""
    _season(db)
    for zone, first, last, wanted in (
        ("Asia/Shanghai", _day(6), _day(12), {"Deadline"}),  # not the note of the 5th
        ("Asia/Shanghai", _day(5), _day(12), {"Deadline", "Concept note"}),
        ("America/New_York", _day(5), _day(11), {"Concept note"}),  # not the deadline of the 12th
    ):
        with db.reading() as s:
            data = ical.export_range(s, first, last, locale="en", tz=ZoneInfo(zone))
        found = {t.split(":")[0].split(" / ")[0] for t in _events(data)}
        assert found == wanted, (zone, first, last)
