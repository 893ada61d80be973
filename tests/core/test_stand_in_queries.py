"""Queries that pick rows by an enum's stored value count a value a newer petdesk stored as the
member this release reads it as (its stand-in: open, planned, present, idea …), so no list, count
or calendar hides such a row; where the value is printed, it is printed as stored."""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path

from sqlalchemy import func, select

from petdesk import models as m
from petdesk.db import Database
from petdesk.enums import AttendanceStatus, FollowUpStatus, NeedStatus, ProjectStatus, VisitStatus
from petdesk.services import newer_values
from tests.helpers.newer_values import NEWER


def _set(db: Database, table: str, column: str, row_id: str, value: str = NEWER) -> None:
    with closing(db.raw()) as conn, conn:
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, row_id))


def _one(db: Database, sql: str) -> str:
    with closing(db.raw()) as conn:
        return str(conn.execute(sql).fetchone()[0])


def test_the_helper_counts_an_unknown_value_as_the_stand_in(demo_db: Database) -> None:
    fid = _one(demo_db, "SELECT id FROM follow_up WHERE deleted_at IS NULL LIMIT 1")
    _set(demo_db, "follow_up", "status", fid)
    with demo_db.reading() as s:

        def ids(clause: object) -> set[str]:
            return set(s.scalars(select(m.FollowUp.id).where(clause)))  # type: ignore[arg-type]

        assert fid in ids(newer_values.is_or_unknown(m.FollowUp.status, FollowUpStatus.OPEN))
        assert fid in ids(newer_values.in_or_unknown(m.FollowUp.status, ["open", "done"]))
        assert fid not in ids(newer_values.is_or_unknown(m.FollowUp.status, FollowUpStatus.DONE))
        assert fid not in ids(m.FollowUp.status == FollowUpStatus.OPEN)  # what the queries did
        done = set(s.scalars(select(m.FollowUp.id).where(m.FollowUp.status == FollowUpStatus.DONE)))
        assert not done & ids(newer_values.is_or_unknown(m.FollowUp.status, FollowUpStatus.OPEN))
    text = newer_values.sql_in_or_unknown("status", FollowUpStatus, [FollowUpStatus.OPEN])
    with closing(demo_db.raw()) as conn:
        assert fid in {r[0] for r in conn.execute(f"SELECT id FROM follow_up WHERE {text}")}
    assert newer_values.sql_in_or_unknown("s", VisitStatus, ["done"]) == "s IN ('done')"


def _open_follow_up_with_due_date(db: Database) -> tuple[str, dt.date, str | None]:
    with closing(db.raw()) as conn:
        fid, due, owner = conn.execute(
            "SELECT id, due_date, owner_id FROM follow_up WHERE deleted_at IS NULL AND status = 'open' "
            "AND due_date IS NOT NULL AND owner_id IS NOT NULL ORDER BY due_date LIMIT 1"
        ).fetchone()
    _set(db, "follow_up", "status", fid)
    return fid, dt.date.fromisoformat(due), owner


def test_open_follow_ups_keep_a_newer_status(demo_db: Database) -> None:
    """The calendar and its .ics export, reminders and the handover list."""
    from petdesk.services import follow_ups, handover, reminders

    fid, due, owner = _open_follow_up_with_due_date(demo_db)
    with demo_db.reading() as s:
        rows = follow_ups.open_due_between(s, due, due)
        assert fid in [r.id for r in rows]
        assert next(r for r in rows if r.id == fid).stored_status == NEWER
        found = reminders.reminders(s, today=due - dt.timedelta(days=1), days=3)
        assert fid in [r.ref_id for r in found]
        assert owner is not None
        assert fid in [d.record_id for d in handover.duties(s, owner, today=due)]


def test_ics_export_of_follow_ups_keeps_a_newer_status(demo_db: Database) -> None:
    from petdesk.services import ical

    fid, due, _ = _open_follow_up_with_due_date(demo_db)
    with demo_db.reading() as s:
        rows = ical.range_follow_ups(s, due, due, None, today=due)
    assert fid in [r.id for r in rows]


def _organisation_follow_up(db: Database) -> tuple[str, str]:
    """An open follow-up filed for an organisation itself."""
    with closing(db.raw()) as conn, conn:
        org = conn.execute("SELECT id FROM organisation WHERE deleted_at IS NULL LIMIT 1").fetchone()[0]
        fid = conn.execute(
            "SELECT id FROM follow_up WHERE deleted_at IS NULL AND status = 'open'"
        ).fetchone()[0]
        conn.execute(
            "UPDATE follow_up SET organisation_id = ?, visit_id = NULL, contact_id = NULL, project_id = NULL "
            "WHERE id = ?",
            (org, fid),
        )
    return fid, org


def test_organisation_counts_and_dossier_keep_newer_follow_ups(demo_db: Database) -> None:
    from petdesk.services import organisations

    fid, org = _organisation_follow_up(demo_db)
    with demo_db.reading() as s:
        before = organisations.deletion_links(s, [org]).open_follow_ups
    _set(demo_db, "follow_up", "status", fid)
    with demo_db.reading() as s:
        assert organisations.deletion_links(s, [org]).open_follow_ups == before


def test_a_deleted_record_takes_its_newer_follow_ups_with_it(demo_db: Database) -> None:
    from petdesk.services import follow_up_partners

    fid, org = _organisation_follow_up(demo_db)
    _set(demo_db, "follow_up", "status", fid)
    stamp = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    with demo_db.transaction() as s:
        follow_up_partners.delete_with(s, "organisation", {org: stamp})
    assert _one(demo_db, f"SELECT deleted_at IS NOT NULL FROM follow_up WHERE id = '{fid}'") == "1"
    assert _one(demo_db, f"SELECT status FROM follow_up WHERE id = '{fid}'") == NEWER


def test_filters_on_the_stand_in_keep_newer_values(demo_db: Database) -> None:
    """The Open needs, the Idea projects, the Planned visits and trainings."""
    from petdesk.services import needs, projects, visit_list

    need = _one(demo_db, "SELECT id FROM city_need WHERE deleted_at IS NULL LIMIT 1")
    project = _one(demo_db, "SELECT id FROM project WHERE deleted_at IS NULL LIMIT 1")
    visit = _one(demo_db, "SELECT id FROM visit WHERE deleted_at IS NULL LIMIT 1")
    _set(demo_db, "city_need", "status", need)
    _set(demo_db, "project", "status", project)
    _set(demo_db, "visit", "status", visit)
    with demo_db.reading() as s:
        assert need in [n.id for n in needs.list_needs(s, statuses=[NeedStatus.OPEN])]
        assert need not in [n.id for n in needs.list_needs(s, statuses=[NeedStatus.SOLVED])]
        assert project in [p.id for p in projects.list_projects(s, stages=[ProjectStatus.IDEA])]
        assert project not in [p.id for p in projects.list_projects(s, stages=[ProjectStatus.RUNNING])]
    with closing(demo_db.raw()) as conn:
        assert visit in [v.id for v in visit_list.visit_rows(conn, statuses=["planned"])]
        assert visit not in [v.id for v in visit_list.visit_rows(conn, statuses=["done"])]


def _training_with_marks(db: Database) -> tuple[str, str, str, str]:
    """(training, session, contact, attendance id) of a present mark, made a newer one."""
    with closing(db.raw()) as conn:
        training, session, contact, mark = conn.execute(
            "SELECT s.training_id, a.session_id, a.contact_id, a.id FROM attendance a "
            "JOIN training_session s ON s.id = a.session_id "
            "WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL AND a.status = 'present' LIMIT 1"
        ).fetchone()
    _set(db, "attendance", "status", mark)
    return training, session, contact, mark


def test_a_newer_mark_counts_as_present_and_is_printed_as_stored(demo_db: Database) -> None:
    """The contact's trainings, the sign-in sheet and the attendance report."""
    from petdesk.services import attendance, contacts, trainings

    with closing(demo_db.raw()) as conn:
        training, session_id, contact, mark = conn.execute(
            "SELECT s.training_id, a.session_id, a.contact_id, a.id FROM attendance a "
            "JOIN training_session s ON s.id = a.session_id "
            "WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL AND a.status = 'present' LIMIT 1"
        ).fetchone()
    with demo_db.reading() as s:
        attended = {v.training_id: v for v in contacts.contact_trainings(s, contact)}[training]
        report = attendance.attendance_report(s, training, now=dt.datetime(2100, 1, 1, tzinfo=dt.UTC))
        counted = {p.contact_id: p.counted.present for p in report.people}
    _set(demo_db, "attendance", "status", mark)
    with demo_db.reading() as s:
        assert {v.training_id: v for v in contacts.contact_trainings(s, contact)}[training] == attended
        sheet = trainings.sign_in_sheet(s, training)
        row = next(r for r in sheet.rows if r.contact_id == contact)
        assert row.attendance[session_id] == AttendanceStatus.PRESENT
        assert row.stored_marks == {session_id: NEWER}
        report = attendance.attendance_report(s, training, now=dt.datetime(2100, 1, 1, tzinfo=dt.UTC))
        assert {p.contact_id: p.counted.present for p in report.people} == counted
        assert any(NEWER in line for line in report.grid), report.grid


def test_the_printed_sign_in_sheet_shows_a_newer_mark_as_stored(demo_db: Database) -> None:
    from petdesk.dossier.data import gather_training
    from petdesk.dossier.training import MARKS, _shown_mark

    training, session_id, contact, _ = _training_with_marks(demo_db)
    with demo_db.reading() as s:
        t = gather_training(s, training)
    shown = next(x for x in t.sessions if x.id == session_id)
    assert shown.attendance[contact] == AttendanceStatus.PRESENT
    person = next(p for place in t.places for p in place if p.person.id == contact)
    assert _shown_mark(t, person, shown) == NEWER
    assert MARKS[AttendanceStatus.PRESENT] != NEWER


def test_a_newer_mark_at_the_same_time_as_a_present_one_is_a_clash(demo_db: Database) -> None:
    from petdesk.services import check

    with closing(demo_db.raw()) as conn, conn:
        a, b, first = conn.execute(
            "SELECT a.id, b.id, a.session_id FROM attendance a "
            "JOIN training_session s ON s.id = a.session_id "
            "JOIN attendance b ON b.contact_id = a.contact_id AND b.session_id > a.session_id "
            "JOIN training_session t ON t.id = b.session_id AND t.training_id = s.training_id "
            "WHERE a.status = 'present' AND b.status = 'present' AND a.deleted_at IS NULL "
            "AND b.deleted_at IS NULL AND s.deleted_at IS NULL AND t.deleted_at IS NULL LIMIT 1"
        ).fetchone()
        assert check._present_at_the_same_time(conn) == 0
        # the second session moved to the first one's time: one person in two rooms at once
        conn.execute(
            "UPDATE training_session SET (starts_at, ends_at) = (SELECT starts_at, ends_at FROM "
            "training_session WHERE id = ?) WHERE id = (SELECT session_id FROM attendance WHERE id = ?)",
            (first, b),
        )
        clashes = check._present_at_the_same_time(conn)
        assert clashes >= 1
    _set(demo_db, "attendance", "status", a)
    with closing(demo_db.raw()) as conn:
        assert check._present_at_the_same_time(conn) == clashes


def test_the_fair_list_prints_a_newer_match_state_as_stored(demo_db: Database, tmp_path: Path) -> None:
    import csv

    from petdesk.services import fair_list

    with demo_db.reading() as s:
        shown = fair_list.fair_rows(s)
        assert shown
    match = _one(
        demo_db,
        "SELECT x.id FROM tech_match x WHERE x.deleted_at IS NULL AND x.state != 'no_agreement' LIMIT 1",
    )
    _set(demo_db, "tech_match", "state", match)
    with demo_db.reading() as s:
        rows = fair_list.fair_rows(s)
        count = s.scalar(select(func.count()).select_from(m.TechMatch))
    assert len(rows) == len(shown) and count
    assert [r.stored_state for r in rows].count(NEWER) == 1
    out = fair_list.write_fair_list(rows, tmp_path / "fair.csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        cells = [c for row in csv.reader(f) for c in row]
    assert cells.count(NEWER) == 2  # the state in both languages


def test_followups_out_prints_a_newer_status_as_stored(demo_db: Database) -> None:
    from petdesk.services import follow_ups_export
    from petdesk.services.follow_up_list import listing_rows

    fid, due, _ = _open_follow_up_with_due_date(demo_db)
    with closing(demo_db.raw()) as conn:
        rows = listing_rows(conn, today=due)
    assert fid in [r.id for r in rows]
    line = next(r for r in follow_ups_export.rows(rows, due) if r[0] == fid)
    assert NEWER in line


def test_counts_of_core_people_keep_a_newer_role(demo_db: Database) -> None:
    """The year's events (delegates, attendees) and the trainings list's attendees."""
    from petdesk.services import trainings, year_events

    visit_part = _one(
        demo_db,
        "SELECT p.id FROM visit_participant p JOIN visit v ON v.id = p.visit_id WHERE p.deleted_at IS NULL "
        "AND v.deleted_at IS NULL AND v.status != 'cancelled' AND p.role = 'delegate' LIMIT 1",
    )
    training_part = _one(
        demo_db,
        "SELECT p.id FROM training_participant p JOIN training t ON t.id = p.training_id "
        "WHERE p.deleted_at IS NULL AND p.replaced_by_id IS NULL AND t.deleted_at IS NULL "
        "AND t.status != 'cancelled' AND p.role = 'attendee' LIMIT 1",
    )
    with demo_db.reading() as s:
        before = year_events.year_events(s)
        listed = {t.id: t.attendees for t in trainings.list_trainings(s)}
    _set(demo_db, "visit_participant", "role", visit_part)
    _set(demo_db, "training_participant", "role", training_part)
    with demo_db.reading() as s:
        after = year_events.year_events(s)
        assert [(r.id, r.core, r.core_women, r.core_men) for r in after.rows] == [
            (r.id, r.core, r.core_women, r.core_men) for r in before.rows
        ]
        assert after.once == before.once
        assert {t.id: t.attendees for t in trainings.list_trainings(s)} == listed


def test_the_calendars_planned_filter_and_reminders_keep_a_newer_visit_status(demo_db: Database) -> None:
    from petdesk.services import calendar, reminders

    with closing(demo_db.raw()) as conn:
        visit, start = conn.execute(
            "SELECT id, start_date FROM visit WHERE deleted_at IS NULL AND status = 'planned' LIMIT 1"
        ).fetchone()
    day = dt.date.fromisoformat(start)
    _set(demo_db, "visit", "status", visit)
    span = (
        dt.datetime.combine(day, dt.time(), dt.UTC) - dt.timedelta(days=1),
        dt.datetime.combine(day, dt.time(), dt.UTC) + dt.timedelta(days=2),
    )
    with demo_db.reading() as s:
        shown = calendar.events(s, *span, calendar.Filters(statuses=("planned",)))
        assert visit in [e.id for e in shown]
        hidden = calendar.events(s, *span, calendar.Filters(statuses=("done",)))
        assert visit not in [e.id for e in hidden]
        found = {r.ref_id: r.kind for r in reminders.reminders(s, today=day - dt.timedelta(days=3))}
        assert found.get(visit) == reminders.UNCONFIRMED  # as a planned visit: not confirmed yet


def test_the_projects_page_and_partner_overview_keep_newer_values(demo_db: Database) -> None:
    """The Projects page's Idea stage filter; the partner overview's open follow-ups."""
    from petdesk.dossier.partner_overview import gather_partner
    from petdesk.services import pipeline_lists, projects

    project = _one(demo_db, "SELECT id FROM project WHERE deleted_at IS NULL LIMIT 1")
    _set(demo_db, "project", "status", project)
    fid, org = _organisation_follow_up(demo_db)
    _set(demo_db, "follow_up", "status", fid)
    with demo_db.reading() as s:
        ideas = {row[0] for row in pipeline_lists.projects("en", ["idea"]).page(s, offset=0, limit=1000)}
        running = {row[0] for row in pipeline_lists.projects("en", ["running"]).page(s, offset=0, limit=1000)}
        assert project in ideas and project not in running
        assert project in {r.id for r in projects.ProjectFilter(stages=(ProjectStatus.IDEA,)).rows(s)}
        shown = gather_partner(s, org).follow_ups
        title = _one(demo_db, f"SELECT description_en FROM follow_up WHERE id = '{fid}'")
        assert title in [what.en for _, what in shown]


def test_a_meeting_briefing_keeps_a_newer_follow_up(demo_db: Database) -> None:
    from petdesk.dossier.data import gather_visit

    with closing(demo_db.raw()) as conn, conn:
        visit, org = conn.execute(
            "SELECT i.visit_id, io.organisation_id FROM itinerary_item i "
            "JOIN itinerary_organisation io ON io.item_id = i.id AND io.deleted_at IS NULL "
            "JOIN visit v ON v.id = i.visit_id AND v.deleted_at IS NULL "
            "WHERE i.deleted_at IS NULL AND i.kind = 'meeting' LIMIT 1"
        ).fetchone()
        fid = conn.execute(
            "SELECT id FROM follow_up WHERE deleted_at IS NULL AND status = 'open'"
        ).fetchone()[0]
        conn.execute(
            "UPDATE follow_up SET organisation_id = ?, description_en = 'Newer status follow-up' "
            "WHERE id = ?",
            (org, fid),
        )
    _set(demo_db, "follow_up", "status", fid)
    with demo_db.reading() as s:
        briefings = gather_visit(s, visit).briefings
    shown = [f.description.en for b in briefings for f in b.follow_ups]
    assert "Newer status follow-up" in shown
