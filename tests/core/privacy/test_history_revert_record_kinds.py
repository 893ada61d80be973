"""A revert to a point puts back a visit's, a training's and a project's parts as it does a
contact's e-mails and positions: parts added since are taken away, parts removed since come back,
parts changed since get their values back (before, only the record's own fields went back)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from petdesk.db import Database
from petdesk.enums import AttendanceStatus, ProjectStatus
from petdesk.services import contacts as contact_service
from petdesk.services import history, projects, trainings, visits
from petdesk.services import organisations as organisation_service


def _live(db: Database, sql: str, *params: str) -> set[tuple[Any, ...]]:
    """Rows of ``sql`` (which picks live rows itself), read outside the ORM."""
    con = sqlite3.connect(db.path)
    try:
        return set(con.execute(sql, params).fetchall())
    finally:
        con.close()


def _people(db: Database, *names: str) -> list[str]:
    with db.transaction() as session:
        return [contact_service.create_contact(session, family_name=n, given_name="A").id for n in names]


def _organisations(db: Database, *names: str) -> list[str]:
    with db.transaction() as session:
        return [organisation_service.create_organisation(session, name_en=n).id for n in names]


def _point(db: Database, entity: str, row_id: str, field: str) -> str:
    """The id of the newest change of the record's ``field``: the point to revert to."""
    with db.reading() as session:
        return next(
            e.id
            for e in history.record_history(session, entity, row_id)
            if e.entity == entity and e.field == field
        )


def _revert(db: Database, entity: str, row_id: str, before: str) -> list[history.RevertedField]:
    with db.transaction() as session:
        return history.revert_record(session, entity, row_id, before=before)


def test_a_visit_gets_its_delegation_and_programme_back(db: Database) -> None:
    chen, wang, li = _people(db, "Chen", "Wang", "Li")
    epb, fao = _organisations(db, "Qingdao EPB", "Qingdao FAO")
    with db.transaction() as session:
        v = visits.create_visit(
            session, title_en="Study tour", start_date=dt.date(2027, 5, 3), end_date=dt.date(2027, 5, 5)
        )
        visits.add_participant(session, v.id, chen)
        visits.add_participant(session, v.id, wang)
        item = visits.add_item(
            session,
            v.id,
            title_en="Meeting at the EPB",
            start=dt.datetime(2027, 5, 3, 9),
            end=dt.datetime(2027, 5, 3, 11),
            attendee_ids=[chen],
            organisation_ids=[epb],
        )
        vid, item_id = v.id, item.id
    with db.transaction() as session:
        visits.update_visit(session, vid, title_en="Study tour (revised)")
    point = _point(db, "visit", vid, "title_en")
    with db.transaction() as session:
        visits.remove_participant(session, vid, wang)
        visits.add_participant(session, vid, li)
        visits.set_item_attendees(session, item_id, [li])
        visits.set_item_organisations(session, item_id, [fao])
        visits.update_item(session, item_id, title_en="Meeting at the FAO")
        visits.add_item(
            session,
            vid,
            title_en="Dinner",
            start=dt.datetime(2027, 5, 3, 19),
            end=dt.datetime(2027, 5, 3, 21),
        )

    changed = _revert(db, "visit", vid, point)

    live = "deleted_at IS NULL"
    assert _live(db, "SELECT title_en FROM visit WHERE id = ?", vid) == {("Study tour",)}
    assert _live(db, f"SELECT contact_id FROM visit_participant WHERE visit_id = ? AND {live}", vid) == {
        (chen,),
        (wang,),
    }
    assert _live(db, f"SELECT id, title_en FROM itinerary_item WHERE visit_id = ? AND {live}", vid) == {
        (item_id, "Meeting at the EPB")
    }
    assert _live(db, f"SELECT contact_id FROM itinerary_attendee WHERE item_id = ? AND {live}", item_id) == {
        (chen,)
    }
    assert _live(
        db, f"SELECT organisation_id FROM itinerary_organisation WHERE item_id = ? AND {live}", item_id
    ) == {(epb,)}
    assert {f.entity for f in changed} >= {
        "visit",
        "visit_participant",
        "itinerary_item",
        "itinerary_attendee",
        "itinerary_organisation",
    }


def test_a_training_gets_its_sessions_registrations_trainers_and_marks_back(db: Database) -> None:
    chen, wang, li, trainer = _people(db, "Chen", "Wang", "Li", "Müller")
    with db.transaction() as session:
        t = trainings.create_training(
            session, title_en="Urban wastewater", start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 2)
        )
        opening = trainings.add_session(
            session,
            t.id,
            title_en="Opening lecture",
            room_en="Hall A",
            start=dt.datetime(2027, 3, 1, 9),
            end=dt.datetime(2027, 3, 1, 12),
            trainer_ids=[trainer],
        ).id
        for person in (chen, wang):
            trainings.register(session, t.id, person)
        trainings.set_attendance(session, opening, chen, AttendanceStatus.PRESENT)
        trainings.set_attendance(session, opening, wang, AttendanceStatus.PRESENT)
        tid = t.id
    with db.transaction() as session:
        trainings.update_training(session, tid, title_en="Urban wastewater treatment")
    point = _point(db, "training", tid, "title_en")
    with db.transaction() as session:
        trainings.unregister(session, tid, wang)  # takes his mark with it
        trainings.register(session, tid, li)
        trainings.set_attendance(session, opening, chen, AttendanceStatus.ABSENT)
        trainings.set_attendance(session, opening, li, AttendanceStatus.PRESENT)
        trainings.set_session_trainers(session, opening, [li])
        trainings.update_session(session, opening, room_en="Hall B")
        trainings.add_session(
            session,
            tid,
            title_en="Closing",
            start=dt.datetime(2027, 3, 2, 9),
            end=dt.datetime(2027, 3, 2, 12),
        )

    changed = _revert(db, "training", tid, point)

    live = "deleted_at IS NULL"
    assert _live(db, f"SELECT id, room_en FROM training_session WHERE training_id = ? AND {live}", tid) == {
        (opening, "Hall A")
    }
    assert _live(
        db, f"SELECT contact_id FROM training_participant WHERE training_id = ? AND {live}", tid
    ) == {
        (chen,),
        (wang,),
    }
    assert _live(db, f"SELECT contact_id FROM session_trainer WHERE session_id = ? AND {live}", opening) == {
        (trainer,)
    }
    assert _live(
        db, f"SELECT contact_id, status FROM attendance WHERE session_id = ? AND {live}", opening
    ) == {
        (chen, "present"),
        (wang, "present"),
    }
    assert {f.entity for f in changed} >= {
        "training",
        "training_session",
        "training_participant",
        "session_trainer",
        "attendance",
    }


def test_a_project_gets_its_partners_milestones_and_stage_back(db: Database) -> None:
    epb, fao = _organisations(db, "Qingdao EPB", "Qingdao FAO")
    with db.transaction() as session:
        p = projects.create_project(session, title_en="Sludge to energy", on=dt.date(2027, 1, 4))
        pid = p.id
        projects.add_partner(session, pid, organisation_id=epb)
        report = projects.add_milestone(
            session, pid, title_en="Feasibility report", due=dt.date(2027, 6, 1)
        ).id
    with db.transaction() as session:
        projects.update_project(session, pid, title_en="Sludge to energy, Qingdao")
    point = _point(db, "project", pid, "title_en")
    with db.transaction() as session:
        projects.move_project(session, pid, ProjectStatus.PREPARING, on=dt.date(2027, 2, 1))
        projects.remove_partner(session, pid, organisation_id=epb)
        projects.add_partner(session, pid, organisation_id=fao)
        projects.set_milestone_done(session, report)
        projects.add_milestone(session, pid, title_en="Site visit")

    changed = _revert(db, "project", pid, point)

    live = "deleted_at IS NULL"
    assert _live(db, "SELECT title_en, status FROM project WHERE id = ?", pid) == {
        ("Sludge to energy", "idea")
    }
    assert _live(db, f"SELECT stage FROM project_stage_change WHERE project_id = ? AND {live}", pid) == {
        ("idea",)
    }
    assert _live(db, f"SELECT organisation_id FROM project_partner WHERE project_id = ? AND {live}", pid) == {
        (epb,)
    }
    assert _live(db, f"SELECT id, done FROM project_milestone WHERE project_id = ? AND {live}", pid) == {
        (report, 0)
    }
    assert {f.entity for f in changed} >= {
        "project",
        "project_stage_change",
        "project_partner",
        "project_milestone",
    }


def test_a_part_s_change_is_a_point_to_revert_to(db: Database) -> None:
    """The history lists a visit's parts, so the window offers their rows as points too."""
    chen, wang = _people(db, "Chen", "Wang")
    with db.transaction() as session:
        v = visits.create_visit(
            session, title_en="Study tour", start_date=dt.date(2027, 5, 3), end_date=dt.date(2027, 5, 5)
        )
        visits.add_participant(session, v.id, chen)
        vid = v.id
    with db.transaction() as session:
        visits.add_participant(session, vid, wang)
    with db.reading() as session:
        joined = next(
            e
            for e in history.record_history(session, "visit", vid)
            if e.entity == "visit_participant" and e.is_creation and "Wang" in e.label
        )
    assert history.reverts_record_to("visit", joined)

    _revert(db, "visit", vid, joined.id)

    assert _live(
        db, "SELECT contact_id FROM visit_participant WHERE visit_id = ? AND deleted_at IS NULL", vid
    ) == {(chen,)}
