"""Handing a leaver's work over in one go (field test 84): open follow-ups he owns, visits and
trainings to come he organises; nothing lost or doubled, history says who did it, undo puts it
back, the leaver's contact stays with his position ended."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from petdesk.db import Database
from petdesk.models import Affiliation, FollowUp, Setting, SyncChange, TrainingParticipant, VisitParticipant
from petdesk.models.enums import FollowUpStatus, ParticipantRole, TrainingRole
from petdesk.services import contacts, handover, reminders
from petdesk.services import follow_ups as fu
from petdesk.services import trainings as ts
from petdesk.services import visits as vs
from tests.core.visits.data import organisation, person

TODAY = dt.date(2026, 12, 7)
DAY = dt.timedelta(days=1)


def build(db: Database, follow_ups: int = 200) -> dict[str, str]:
    """Wang Tao of the Chengdu hub with ``follow_ups`` open follow-ups, one done, visits and a
    training past, to come, begun, and one Zhou Min already staffs."""
    with db.transaction() as s:
        s.add(Setting(key="staff.name", value="Wang Tao"))
        hub = organisation(s, "Chengdu Hub Office", "成都枢纽办公室")
        wang = person(s, "Tao", "Wang", "王涛", family_first=True)
        zhou = person(s, "Min", "Zhou", "周敏", family_first=True)
        other = person(s, "Lei", "Li", "李磊", family_first=True)
        for who in (wang, zhou):
            contacts.add_affiliation(
                s, who.id, hub.id, position_en="Europe desk", start_date=dt.date(2020, 1, 1)
            )
        berlin = organisation(s, "Berlin Senate Environment Department")
        for i in range(follow_ups):
            fu.add(s, kind="organisation", record_id=berlin.id, title_en=f"Task {i}", owner_id=wang.id,
                   due_date=TODAY + i * DAY)  # fmt: skip
        done = fu.add(s, kind="organisation", record_id=berlin.id, title_en="Old task", owner_id=wang.id)
        fu.mark_done(s, done.id)
        fu.add(s, kind="organisation", record_id=berlin.id, title_en="Li's task", owner_id=other.id)
        ids = {"wang": wang.id, "zhou": zhou.id, "other": other.id, "done": done.id}
        for key, start, role in (
            ("past", TODAY - 30 * DAY, ParticipantRole.ORGANISER),
            ("coming", TODAY + 10 * DAY, ParticipantRole.STAFF),
            ("begun", TODAY - DAY, ParticipantRole.ORGANISER),
            ("shared", TODAY + 20 * DAY, ParticipantRole.ORGANISER),
        ):
            visit = vs.create_visit(s, title_en=f"Visit {key}", start_date=start, end_date=start + 3 * DAY)
            vs.add_participant(s, visit.id, wang.id, role)
            ids[f"visit_{key}"] = visit.id
        vs.add_participant(s, ids["visit_shared"], zhou.id, ParticipantRole.DELEGATE)
        training = ts.create_training(s, title_en="Sponge city course", start_date=TODAY + 40 * DAY,
                                      end_date=TODAY + 42 * DAY)  # fmt: skip
        ts.register(s, training.id, wang.id, TrainingRole.ORGANISER)
        ids["training"] = training.id
    return ids


def owners(db: Database) -> dict[str | None, int]:
    with db.reading() as s:
        rows = s.execute(
            select(FollowUp.owner_id, func.count())
            .where(FollowUp.status == FollowUpStatus.OPEN, FollowUp.deleted_at.is_(None))
            .group_by(FollowUp.owner_id)
        )
        return {owner: n for owner, n in rows}


def people_in(db: Database, visit_id: str) -> dict[str, str]:
    with db.reading() as s:
        rows = s.execute(
            select(VisitParticipant.contact_id, VisitParticipant.role).where(
                VisitParticipant.visit_id == visit_id, VisitParticipant.deleted_at.is_(None)
            )
        )
        return {cid: str(role) for cid, role in rows}


def test_duties_list_what_he_is_responsible_for(db: Database) -> None:
    ids = build(db, follow_ups=3)
    with db.reading() as s:
        found = handover.duties(s, ids["wang"], today=TODAY)
    kinds = [(d.kind, d.record_id if d.kind != handover.FOLLOW_UP else "") for d in found]
    assert kinds == [("follow_up", "")] * 3 + [
        ("visit", ids["visit_begun"]),
        ("visit", ids["visit_coming"]),
        ("visit", ids["visit_shared"]),
        ("training", ids["training"]),
    ]  # the done follow-up and the past visit are history, not duties
    assert [d.begun for d in found if d.kind == "visit"] == [True, False, False]


def test_reassign_moves_everything_once_with_history_and_undo(db: Database) -> None:
    ids = build(db)
    wang, zhou = ids["wang"], ids["zhou"]
    with db.transaction() as s:
        s.merge(Setting(key="staff.name", value="Zhou Min"))
        done = handover.reassign(s, wang, zhou, today=TODAY, left_on=TODAY + 24 * DAY)
    assert (len(done.follow_ups), done.visits, [t[0] for t in done.trainings]) == (
        200,
        [ids["visit_coming"]],
        [ids["training"]],
    )
    assert sorted(done.skipped) == sorted(
        [("visit", ids["visit_begun"], handover.BEGUN), ("visit", ids["visit_shared"], handover.ALREADY_IN)]
    )
    # Nothing lost or doubled: 200 open ones now Zhou Min's, Li's stays his, the done one Wang's.
    assert owners(db) == {zhou: 200, ids["other"]: 1}
    with db.reading() as s:
        assert s.get_one(FollowUp, ids["done"]).owner_id == wang
        # History: each follow-up's owner change logged once, by the person at the keyboard.
        log = s.execute(
            select(SyncChange.staff, func.count())
            .where(SyncChange.field == "owner_id")
            .group_by(SyncChange.staff)
        ).all()
        assert log == [("Zhou Min", 200)]
        # His contact stays, its position ended on the day he leaves; Zhou Min's is untouched.
        ended = s.scalars(select(Affiliation.end_date).where(Affiliation.contact_id == wang)).all()
        assert ended == [TODAY + 24 * DAY]
        organisers = s.execute(
            select(TrainingParticipant.contact_id, TrainingParticipant.role).where(
                TrainingParticipant.training_id == ids["training"], TrainingParticipant.deleted_at.is_(None)
            )
        ).all()
        assert [(c, str(r)) for c, r in organisers] == [(zhou, "organiser")]
    assert people_in(db, ids["visit_coming"]) == {zhou: "staff"}
    assert people_in(db, ids["visit_past"]) == {wang: "organiser"}  # history keeps his name
    assert people_in(db, ids["visit_shared"]) == {wang: "organiser", zhou: "delegate"}
    # Zhou Min's reminders now show what was his.
    with db.reading() as s:
        hers = reminders.reminders(s, today=TODAY, days=60, contact_id=zhou)
        assert {r.kind for r in hers} >= {reminders.FOLLOW_UP_DUE, reminders.UPCOMING_VISIT}
        # His own: only the visit left with him (Zhou Min was in it already).
        his = reminders.reminders(s, today=TODAY, days=60, contact_id=wang)
        assert {r.ref_id for r in his} == {ids["visit_shared"]}

    with db.transaction() as s:
        assert handover.undo_last(s) is not None
    assert owners(db) == {wang: 200, ids["other"]: 1}
    assert people_in(db, ids["visit_coming"]) == {wang: "staff"}
    with db.reading() as s:
        assert s.scalars(select(Affiliation.end_date).where(Affiliation.contact_id == wang)).all() == [None]
        organisers = s.scalars(
            select(TrainingParticipant.contact_id).where(
                TrainingParticipant.training_id == ids["training"], TrainingParticipant.deleted_at.is_(None)
            )
        ).all()
        assert organisers == [wang]
    with db.transaction() as s:
        assert handover.undo_last(s) is None  # an undo is not undone twice


def test_a_person_cannot_hand_over_to_themselves(db: Database) -> None:
    ids = build(db, follow_ups=1)
    with db.transaction() as s, pytest.raises(vs.ScheduleError):
        handover.reassign(s, ids["wang"], ids["wang"], today=TODAY)


def test_undo_says_how_many_went_back_not_how_many_moved(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    """A follow-up given to a third person after the hand-over keeps that change; ``handover --undo``
    counts it out (review53: it said every record moved was back)."""
    from petdesk.cli import main

    ids = build(db, follow_ups=3)
    with db.transaction() as s:
        done = handover.reassign(s, ids["wang"], ids["zhou"], today=TODAY)
        s.get_one(FollowUp, done.follow_ups[0]).owner_id = ids["other"]
    assert done.moved == 5  # three follow-ups, the visit to come, the training
    capsys.readouterr()
    assert main(["--db", str(db.path), "--lang", "en", "handover", "--undo"]) == 0
    assert "4 records are back" in capsys.readouterr().out
    assert owners(db) == {ids["wang"]: 2, ids["other"]: 2}
