"""``petdesk training-participants add|list|remove``: the late sign-up registered from a terminal
(round 61: only ``import-contacts --training`` registered anyone), through the editor's services,
into History and the next sync package; and ``attendance mark`` naming the session in the reader's
language."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind, TrainingRole
from petdesk.services import history
from petdesk.services import trainings as training_service
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]

pytestmark = pytest.mark.usefixtures("tree_catalogue")


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _training(db: Database) -> tuple[str, str, str]:
    """A training with one session, and two people (Chinese names too): their ids."""
    with db.transaction() as s:
        org = m.Organisation(name_en="Guangxi EPB", name_zh="广西生态环境厅", kind=OrgKind.CITY_GOVERNMENT)
        s.add(org)
        chen = person(s, "Ping", "Chen", "陈平")
        s.add(m.Affiliation(contact=chen, organisation=org))
        klaus = person(s, "Klaus", "Müller")
        klaus.given_name_zh, klaus.family_name_zh = "克劳斯", "穆勒"
        t = training_service.create_training(
            s, title_en="Wastewater course", start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 12)
        )
        training_service.add_session(
            s,
            t.id,
            start=dt.datetime(2026, 11, 10, 1, tzinfo=dt.UTC),
            end=dt.datetime(2026, 11, 10, 4, tzinfo=dt.UTC),
            title_en="Aeration basics",
            title_zh="曝气基础",
        )
        s.flush()
        return t.id, chen.id, klaus.id


def _registered(db: Database, training_id: str) -> dict[str, TrainingRole]:
    with db.reading() as s:
        t = training_service.get_training(s, training_id)
        return {p.contact_id: p.role for p in t.participants if p.deleted_at is None}


def test_add_then_add_again_changes_nothing(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    training_id, chen, klaus = _training(db)
    code, out, err = _run(db, capsys, "training-participants", "add", training_id[:6], "Ping Chen", klaus[:8])
    assert (code, err) == (0, ""), err
    assert out == (
        "Ping Chen is registered for the training; role: Attendee.\n"
        "Klaus Müller is registered for the training; role: Attendee.\n"
    )
    assert _registered(db, training_id) == {chen: TrainingRole.ATTENDEE, klaus: TrainingRole.ATTENDEE}
    # again, even with another role: said, and the registration stays as it was
    code, out, err = _run(
        db,
        capsys,
        "training-participants",
        "add",
        training_id[:6],
        "陈平",
        "--role",
        "trainer",
        "--lang",
        "zh_CN",
    )
    assert (code, err) == (0, ""), err
    assert out == "陈平已报名本培训（角色：学员），未作任何更改。\n"
    assert _registered(db, training_id) == {chen: TrainingRole.ATTENDEE, klaus: TrainingRole.ATTENDEE}
    with db.reading() as s:
        assert s.query(m.TrainingParticipant).count() == 2


def test_role_and_the_list_in_both_languages(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    training_id, chen, klaus = _training(db)
    assert (
        _run(db, capsys, "training-participants", "add", training_id, "Klaus Müller", "--role", "trainer")[0]
        == 0
    )
    assert _run(db, capsys, "training-participants", "add", training_id, chen)[0] == 0
    code, out, _err = _run(db, capsys, "training-participants", "list", training_id[:8])
    assert out.splitlines() == [
        "2 people registered:",
        f"  {chen[:8]}  Ping Chen  Guangxi EPB  Attendee",
        f"  {klaus[:8]}  Klaus Müller  Trainer",
    ]
    code, out, _err = _run(db, capsys, "training-participants", "list", training_id[:8], "--lang", "zh_CN")
    assert f"  {chen[:8]}  陈平  广西生态环境厅  学员" in out.splitlines()
    assert f"  {klaus[:8]}  克劳斯·穆勒  培训讲师" in out.splitlines()
    code, out, _err = _run(db, capsys, "training-participants", "list", training_id[:8], "--json")
    assert code == 0
    document = json.loads(out)
    assert document["training_id"] == training_id
    assert [(p["contact_id"], p["name"], p["organisation"], p["role"]) for p in document["participants"]] == [
        (chen, "Ping Chen", "Guangxi EPB", "attendee"),
        (klaus, "Klaus Müller", "", "trainer"),
    ]


def test_a_shared_name_is_refused_with_the_candidates(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    training_id, chen, _klaus = _training(db)
    with db.transaction() as s:
        other = person(s, "Ping", "Chen").id
    code, out, err = _run(
        db, capsys, "training-participants", "add", training_id, "Klaus Müller", "Ping Chen"
    )
    assert code == 1 and out == ""
    assert "Several contacts are called “Ping Chen”" in err and chen[:8] in err and other[:8] in err
    assert _registered(db, training_id) == {}  # Klaus neither: one command, one transaction


def test_remove_with_attendance_asks_first(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    training_id, chen, _klaus = _training(db)
    assert _run(db, capsys, "training-participants", "add", training_id, chen)[0] == 0
    with db.transaction() as s:
        (session_id,) = [x.id for x in training_service.get_training(s, training_id).sessions]
        training_service.set_attendance(s, session_id, chen, "present")
    # no terminal to ask at: refused, naming --yes, nothing removed
    code, _out, err = _run(db, capsys, "training-participants", "remove", training_id, "Ping Chen")
    assert code == 1 and "--yes" in err
    assert chen in _registered(db, training_id)
    # asked, and answered no
    asked: list[str] = []
    monkeypatch.setattr("petdesk.cli.confirm.confirmed", lambda q, _: asked.append(q) or False)
    code, out, _err = _run(db, capsys, "training-participants", "remove", training_id, "Ping Chen")
    assert code == 1 and out == "Nothing removed.\n"
    assert asked == ["Remove Ping Chen from the training with their 1 attendance mark? [y/N] "]
    assert chen in _registered(db, training_id)
    code, out, err = _run(db, capsys, "training-participants", "remove", training_id, "Ping Chen", "--yes")
    assert (code, err) == (0, ""), err
    assert out == (
        "Ping Chen is no longer registered for the training.\n"
        "Their 1 attendance mark went with the registration.\n"
    )
    assert _registered(db, training_id) == {}
    with db.reading() as s:
        assert s.query(m.Attendance).filter(m.Attendance.deleted_at.is_(None)).count() == 0
    code, _out, err = _run(
        db, capsys, "--lang", "zh_CN", "training-participants", "remove", training_id, chen
    )
    assert code == 1 and "陈平未报名本培训" in err


def test_each_change_is_in_history(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    training_id, chen, _klaus = _training(db)
    assert _run(db, capsys, "training-participants", "add", training_id, chen)[0] == 0
    assert _run(db, capsys, "training-participants", "remove", training_id, chen)[0] == 0
    with db.reading() as s:
        entries = history.record_history(s, "training", training_id)
    mine = [e for e in entries if e.entity == "training_participant"]
    assert [e.label for e in mine if e.is_creation] == ["Ping Chen (陈平)"]
    assert [e.label for e in mine if e.field == "deleted_at"] == ["Ping Chen (陈平)"]


def test_attendance_mark_names_the_session_in_the_readers_language(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    training_id, chen, _klaus = _training(db)
    assert _run(db, capsys, "training-participants", "add", training_id, chen)[0] == 0
    with db.reading() as s:
        (session_id,) = [x.id for x in training_service.get_training(s, training_id).sessions]
    code, out, err = _run(db, capsys, "attendance", "mark", session_id, chen, "--lang", "zh_CN")
    assert code == 0, err
    assert "曝气基础" in out and "Aeration" not in out
    code, out, err = _run(db, capsys, "attendance", "mark", session_id, chen, "--absent")
    assert out == "Ping Chen: absent from S1 “Aeration basics”.\n"
