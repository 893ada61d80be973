"""A follow-up marked done at one office while another postponed it: done wins, but the postponing
office sees a conflict, "your edit was overridden", and can open it again (field test 55, defect 7).
Status and due date are different fields, so the field merge combined them without a word and the
postponed follow-up vanished from the postponing office's open list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import follow_ups
from petdesk.services import visits as visit_service
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, office_id, send
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


def _status(db: Database, follow_up_id: str) -> str:
    with db.reading() as session:
        follow_up = session.get(m.FollowUp, follow_up_id)
        assert follow_up is not None
        return str(follow_up.status)


def test_done_at_one_office_and_postponed_at_another_is_a_conflict_both_see(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    beijing, bonn, _munich = offices
    today = dt.date(2026, 12, 5)
    with beijing.transaction() as session:
        org = m.Organisation(name_en="Qingdao Environmental Protection Bureau")
        session.add(org)
        session.flush()
        follow_up_id = follow_ups.add(
            session, kind="organisation", record_id=org.id, title_en="Send the offer", due_date=today
        ).id
    send(beijing, bonn, packages, full=True)
    send(bonn, beijing, packages, full=True)

    # At the same time: Beijing marks it done, Bonn postpones it.
    with beijing.transaction() as session:
        follow_ups.mark_done(session, follow_up_id)
    with bonn.transaction() as session:
        follow_ups.postpone(session, follow_up_id, to=dt.date(2026, 12, 30), today=today)
    # The packages cross: each office meets the other's edit by itself.
    to_bonn, to_beijing = packages / "to_bonn.pkg", packages / "to_beijing.pkg"
    export(beijing, to_bonn, to=office_id(bonn))
    export(bonn, to_beijing, to=office_id(beijing))
    service.import_package(bonn, to_bonn, PASSPHRASE, backup=False)
    service.import_package(beijing, to_beijing, PASSPHRASE, backup=False)

    for db in (beijing, bonn):
        assert _status(db, follow_up_id) == "done", db.path.name  # done wins everywhere
        (conflict,) = service.list_conflicts(db)
        assert (conflict.entity, conflict.field) == ("follow_up", "status")
        assert (conflict.winner_value, conflict.loser_value) == ("done", "open")
        assert (conflict.winner_office, conflict.loser_office) == ("Beijing", "Bonn")
    # Bonn's own edit lost: said as such, and putting it back opens the follow-up again,
    # with the date Bonn chose.
    (at_bonn,) = service.list_conflicts(bonn)
    assert at_bonn.overridden
    service.resolve_conflict(bonn, at_bonn.id, choose_other=True)
    with bonn.reading() as session:
        (row,) = follow_ups.listing(session, today=today)
    assert (row.title_en, row.due_date) == ("Send the offer", dt.date(2026, 12, 30))
    send(bonn, beijing, packages)
    assert _status(beijing, follow_up_id) == "open"


def test_the_postponing_office_hears_of_it_when_done_arrives_first(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    beijing, bonn, _nairobi = offices
    with beijing.transaction() as session:
        org = m.Organisation(name_en="Qingdao Environmental Protection Bureau")
        session.add(org)
        session.flush()
        follow_up_id = follow_ups.add(session, kind="organisation", record_id=org.id, title_en="Call back").id
    send(beijing, bonn, packages, full=True)
    send(bonn, beijing, packages, full=True)
    with beijing.transaction() as session:
        follow_ups.mark_done(session, follow_up_id)
    with bonn.transaction() as session:
        follow_ups.postpone(session, follow_up_id, to=dt.date(2026, 12, 30))
    assert send(beijing, bonn, packages).new_conflicts == 1
    (conflict,) = service.list_conflicts(bonn)
    assert conflict.overridden and conflict.loser_value == "open"
    # Postponed after seeing it done is no conflict: Bonn knew.
    with bonn.transaction() as session:
        follow_ups.postpone(session, follow_up_id, to=dt.date(2027, 1, 15))
    assert send(bonn, beijing, packages).new_conflicts == 0


def test_the_postponing_office_hears_of_it_through_a_third_office(
    offices: tuple[Database, Database, Database], packages: Path, tree_catalogue: Path
) -> None:
    """Munich marks it done, Chengdu postpones it, Hong Kong relays both: the package Chengdu gets
    comes from Hong Kong, which knew the postponement, yet Munich had not when it closed the
    follow-up (field test 61). Chengdu hears its postponement lost, and putting it back travels."""
    munich, chengdu, hong_kong = offices
    with munich.transaction() as session:
        org = m.Organisation(name_en="Chengdu Ecology and Environment Bureau")
        session.add(org)
        session.flush()
        follow_up_id = follow_ups.add(session, kind="organisation", record_id=org.id, title_en="Send MoU").id
    for sender, receiver in ((munich, chengdu), (munich, hong_kong), (chengdu, munich), (hong_kong, munich)):
        send(sender, receiver, packages, full=True)
    with chengdu.transaction() as session:
        follow_ups.postpone(session, follow_up_id, to=dt.date(2026, 12, 30))
    with munich.transaction() as session:
        follow_ups.mark_done(session, follow_up_id)
    send(munich, hong_kong, packages)
    send(chengdu, hong_kong, packages)
    assert send(hong_kong, chengdu, packages).new_conflicts == 1
    assert _status(chengdu, follow_up_id) == "done"
    (conflict,) = service.list_conflicts(chengdu)
    assert conflict.overridden and (conflict.winner_office, conflict.loser_value) == ("Beijing", "open")
    # The other value says the date it was postponed to; so does the relay's conflict, which
    # otherwise read only "Open" against "Done".
    assert conflict.loser_text == "Open, due 30 Dec 2026"
    (relayed,) = service.list_conflicts(hong_kong, locale="zh_CN")
    assert (relayed.winner_text, relayed.loser_text) == ("已完成", "待办，2026年12月30日到期")
    service.resolve_conflict(chengdu, conflict.id, choose_other=True)
    send(chengdu, hong_kong, packages)
    send(hong_kong, munich, packages)
    for db in offices:
        assert _status(db, follow_up_id) == "open", db.path.name


def test_the_closing_office_hears_of_the_postponement_through_a_third_office(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    """Field test 61, the other way: Munich closed the follow-up; Chengdu's postponement, made without
    knowing it, reaches Munich through Hong Kong (whose package holds "done" already, from Munich).
    Munich hears of it too: a conflict of its import, not a date changed without a word."""
    munich, chengdu, hong_kong = offices
    with munich.transaction() as session:
        org = m.Organisation(name_en="Chengdu Ecology and Environment Bureau")
        session.add(org)
        session.flush()
        follow_up_id = follow_ups.add(session, kind="organisation", record_id=org.id, title_en="Send MoU").id
    for sender, receiver in ((munich, chengdu), (munich, hong_kong), (chengdu, munich), (hong_kong, munich)):
        send(sender, receiver, packages, full=True)
    with chengdu.transaction() as session:
        follow_ups.postpone(session, follow_up_id, to=dt.date(2026, 12, 30))
    with munich.transaction() as session:
        follow_ups.mark_done(session, follow_up_id)
    send(munich, hong_kong, packages)
    send(chengdu, hong_kong, packages)
    assert send(hong_kong, munich, packages).new_conflicts == 1
    assert _status(munich, follow_up_id) == "done"
    (conflict,) = service.list_conflicts(munich)
    assert not conflict.overridden
    assert (conflict.winner_office, conflict.loser_office) == ("Beijing", "Bonn")
    assert conflict.loser_text == "Open, due 30 Dec 2026"
    # Heard once: the same package again, or Chengdu's next, adds nothing.
    assert send(hong_kong, munich, packages).new_conflicts == 0
    # Chengdu puts its postponement back: the conflict Munich kept is settled by it.
    send(hong_kong, chengdu, packages)
    (at_chengdu,) = service.list_conflicts(chengdu)
    service.resolve_conflict(chengdu, at_chengdu.id, choose_other=True)
    send(chengdu, hong_kong, packages)
    send(hong_kong, munich, packages)
    assert _status(munich, follow_up_id) == "open"
    assert service.list_conflicts(munich) == []


def test_the_notice_names_the_field_each_office_changed(
    offices: tuple[Database, Database, Database], packages: Path, tree_catalogue: Path
) -> None:
    """Chengdu postponed (changed the due date), Munich marked it done (changed the status): the
    notice said "your edit of the Status", an edit Chengdu never made."""
    munich, chengdu, _hong_kong = offices
    with munich.transaction() as session:
        org = m.Organisation(name_en="Chengdu Ecology and Environment Bureau")
        session.add(org)
        session.flush()
        follow_up_id = follow_ups.add(session, kind="organisation", record_id=org.id, title_en="Send MoU").id
    send(munich, chengdu, packages, full=True)
    send(chengdu, munich, packages, full=True)
    with chengdu.transaction() as session:
        follow_ups.postpone(session, follow_up_id, to=dt.date(2026, 12, 30))
    with munich.transaction() as session:
        follow_ups.mark_done(session, follow_up_id)
    assert send(munich, chengdu, packages).new_conflicts == 1
    (conflict,) = service.list_conflicts(chengdu)
    assert (conflict.field, conflict.loser_field, conflict.winner_field) == ("status", "due_date", "status")
    said = service.overridden_words(conflict)
    assert said.startswith("Your edit of the Due date of “Send MoU”"), said
    assert "Beijing's edit of the Status" in said, said
    (in_chinese,) = service.list_conflicts(chengdu, locale="zh_CN")
    said = service.overridden_words(in_chinese, "zh_CN")
    assert said.startswith("您对「Send MoU」的到期日"), said
    assert "对状态所做的修改" in said, said


def test_a_conflict_of_one_field_names_it_once(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    """Both offices changed the status: the sentence says the field once, as it always did."""
    beijing, bonn, _nairobi = offices
    with beijing.transaction() as session:
        org = m.Organisation(name_en="Qingdao Environmental Protection Bureau")
        session.add(org)
        session.flush()
        follow_up_id = follow_ups.add(session, kind="organisation", record_id=org.id, title_en="Call back").id
    send(beijing, bonn, packages, full=True)
    send(bonn, beijing, packages, full=True)
    with bonn.transaction() as session:
        # (dropping it: no service of its own; the same call the others make)
        visit_service.update_follow_up(session, follow_up_id, status="dropped")
    with beijing.transaction() as session:
        follow_ups.mark_done(session, follow_up_id)
    assert send(beijing, bonn, packages).new_conflicts == 1
    (conflict,) = service.list_conflicts(bonn)
    assert conflict.overridden and conflict.loser_field == conflict.winner_field == "status"
    said = service.overridden_words(conflict)
    assert said.startswith("Your edit of the Status of “Call back”") and "edit of the Status" not in said[20:]


def test_the_closing_office_hears_of_it_when_done_arrived_first_at_the_postponing_one(
    offices: tuple[Database, Database, Database], packages: Path
) -> None:
    """Beijing's "done" reaches Bonn, which postponed it meanwhile and hears its postponement lost;
    Bonn's next package, written knowing "done", brings the date to Beijing, and Bonn's finding
    with it: Beijing hears of the postponement too."""
    beijing, bonn, _nairobi = offices
    with beijing.transaction() as session:
        org = m.Organisation(name_en="Qingdao Environmental Protection Bureau")
        session.add(org)
        session.flush()
        follow_up_id = follow_ups.add(session, kind="organisation", record_id=org.id, title_en="Call back").id
    send(beijing, bonn, packages, full=True)
    send(bonn, beijing, packages, full=True)
    with beijing.transaction() as session:
        follow_ups.mark_done(session, follow_up_id)
    with bonn.transaction() as session:
        follow_ups.postpone(session, follow_up_id, to=dt.date(2026, 12, 30))
    assert send(beijing, bonn, packages).new_conflicts == 1
    assert send(bonn, beijing, packages).new_conflicts == 1
    (conflict,) = service.list_conflicts(beijing)
    assert not conflict.overridden and (conflict.winner_office, conflict.loser_office) == ("Beijing", "Bonn")
    assert (conflict.winner_field, conflict.loser_field) == ("status", "due_date")
