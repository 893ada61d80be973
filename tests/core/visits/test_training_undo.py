"""A session or a registration removed from a training comes back whole: with its attendance marks
and trainers, by the editor's Undo or from Deleted Records (``petdesk deleted``/``restore-record``)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import TrainingRole
from petdesk.services import history, training_form
from petdesk.services import trainings as ts
from petdesk.services.visits import ScheduleError
from tests.helpers import trainings_data


@pytest.fixture
def training(db: Database) -> dict[str, str]:
    return trainings_data.two_sessions(db, chinese_titles=False)


def live(db: Database, sql: str, *args: str) -> int:
    con = sqlite3.connect(db.path)
    try:
        return int(con.execute(sql, args).fetchone()[0])
    finally:
        con.close()


def marks(db: Database, *, session_id: str = "", contact_id: str = "") -> int:
    where = "session_id = ?" if session_id else "contact_id = ?"
    return live(
        db, f"SELECT count(*) FROM attendance WHERE {where} AND deleted_at IS NULL", session_id or contact_id
    )


def test_a_deleted_session_comes_back_with_its_attendance_and_trainer(db: Database, training: dict) -> None:
    sid = training["s2"]
    with db.reading() as s:
        form = training_form.read_training_form(s, training["training"], "en")
    assert [x.attendance_marks for x in form.sessions] == [2, 2]  # what the confirmation tells
    with db.transaction() as s:
        ts.delete_session(s, sid)
    assert marks(db, session_id=sid) == 0
    with db.reading() as s:
        [ref] = history.deleted_records(s)
    assert (ref.entity, ref.row_id) == ("training_session", sid)
    assert ref.label == "Design studio · Urban water training 城市水务培训"
    with db.transaction() as s:  # the editor's Undo
        ts.restore_session(s, sid)
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, training["training"])
        assert history.deleted_records(s) == []
    assert [x.title_en for x in sheet.sessions] == ["Opening", "Design studio"]
    assert sheet.sessions[1].trainers == ("Erik Andersson",)
    assert {r.name_latin: r.attendance[sid] for r in sheet.rows if sid in r.attendance} == {
        "Lars Bergström": "present",
        "Anna Becker": "absent",
    }
    # Deleted Records brings it back the same way.
    with db.transaction() as s:
        ts.delete_session(s, sid)
    with db.transaction() as s:
        history.restore_record(s, sid[:8])
    assert marks(db, session_id=sid) == 2


def test_a_removed_participant_takes_attendance_and_trainer_places_along(
    db: Database, training: dict
) -> None:
    tid, lars, erik = training["training"], training["lars"], training["erik"]
    with db.reading() as s:
        form = training_form.read_training_form(s, tid, "en")
    assert form.removal_takes({lars}) == (2, 0) and form.removal_takes({erik}) == (0, 2)
    assert form.removal_takes({lars, erik, training["anna"]}) == (4, 2)  # a session counted once
    with db.transaction() as s:
        gone = ts.unregister_people(s, tid, [lars, erik])
    assert marks(db, contact_id=lars) == 0  # no invisible marks left behind (D17)
    assert live(db, "SELECT count(*) FROM session_trainer WHERE deleted_at IS NULL") == 0
    with db.reading() as s:
        refs = history.deleted_records(s)
    assert sorted(r.label for r in refs) == [
        "Erik Andersson · Urban water training 城市水务培训",
        "Lars Bergström · Urban water training 城市水务培训",
    ]
    assert {r.entity for r in refs} == {"training_participant"}
    with db.transaction() as s:  # the editor's Undo
        assert sorted(ts.restore_registrations(s, gone)) == sorted(gone)
    assert marks(db, contact_id=lars) == 2
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, tid)
    assert [x.trainers for x in sheet.sessions] == [("Erik Andersson",), ("Erik Andersson",)]
    # From Deleted Records, one person at a time.
    with db.transaction() as s:
        [pid] = ts.unregister(s, tid, lars)
    with db.transaction() as s:
        history.restore_record(s, pid)
    assert marks(db, contact_id=lars) == 2


def test_restoring_refuses_what_would_clash_or_hang_loose(db: Database, training: dict) -> None:
    tid, lars, sid = training["training"], training["lars"], training["s1"]
    with db.transaction() as s:
        [pid] = ts.unregister(s, tid, lars)
        ts.register(s, tid, lars, TrainingRole.ORGANISER)  # registered again, with another role
    again = "Lars Bergström is registered for this training again"
    with pytest.raises(history.HistoryError, match=again), db.transaction() as s:
        history.restore_record(s, pid)
    # A session deleted before someone left comes back without that person's marks.
    with db.transaction() as s:
        ts.delete_session(s, sid)
        ts.unregister(s, tid, lars)
        ts.restore_session(s, sid)
    assert marks(db, session_id=sid) == 1  # Anna's
    # The training deleted: its sessions and registrations are not listed on their own, and are
    # not brought back without it.
    with db.transaction() as s:
        ts.delete_session(s, sid)
        ts.delete_training(s, tid)
    with db.reading() as s:
        assert [r.entity for r in history.deleted_records(s)] == ["training"]
    with pytest.raises(history.HistoryError, match="restore the training first"), db.transaction() as s:
        history.restore_record(s, sid)
    with pytest.raises(ScheduleError, match="no registration with id"), db.transaction() as s:
        ts.restore_registrations(s, ["nonesuch"])


def test_cli_lists_and_restores_a_session(
    db: Database, training: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = training["s2"]
    with db.transaction() as s:
        ts.delete_session(s, sid)
    args = ["--lang", "en", "--db", str(db.path)]
    assert main([*args, "deleted", "--kind", "training_session"]) == 0
    [row] = capsys.readouterr().out.splitlines()
    assert row.startswith(sid[:8]) and row.endswith(
        "Training session  Design studio · Urban water training 城市水务培训"
    )
    assert main(["--lang", "zh_CN", "--db", str(db.path), "deleted"]) == 0
    assert "培训课程" in capsys.readouterr().out
    assert main([*args, "restore-record", sid[:8]]) == 0
    assert (
        capsys.readouterr().out
        == "Restored training_session Design studio · Urban water training 城市水务培训.\n"
    )
    assert marks(db, session_id=sid) == 2
    with db.transaction() as s:
        ts.delete_training(s, training["training"])
    assert main(["--lang", "zh_CN", "--db", str(db.path), "restore-record", sid[:8]]) == 1
    assert capsys.readouterr().err == "petdesk：错误：这门课程所属的培训已删除，请先恢复培训\n"


@pytest.mark.parametrize(
    ("lang", "tails"),
    [
        (
            "en",
            [
                "Contact           Lars Bergström",
                "Registration      Anna Becker · Urban water training 城市水务培训",
                "Training session  Design studio · Urban water training 城市水务培训",
            ],
        ),
        (
            "zh_CN",
            [
                "联系人    Lars Bergström",
                "报名      Anna Becker · 城市水务培训",
                "培训课程  Design studio · 城市水务培训",
            ],
        ),
    ],
)
def test_cli_deleted_names_kinds_in_words_and_lines_up_the_labels(
    db: Database, training: dict, capsys: pytest.CaptureFixture[str], lang: str, tails: list[str]
) -> None:
    """The kind in words ("Registration", not "training_participant" pushing the label right), its
    column as wide as the widest kind in terminal columns (a Chinese character takes two)."""
    from petdesk.services import contacts as cs

    with db.transaction() as s:
        ts.delete_session(s, training["s2"])
        ts.unregister(s, training["training"], training["anna"])
        cs.delete_contacts(s, [training["lars"]])
    assert main(["--lang", lang, "--db", str(db.path), "deleted"]) == 0
    rows = capsys.readouterr().out.splitlines()
    # after the id and the time (in the reader's style, with seconds), each two spaces apart
    assert sorted(row.split("  ", 2)[2] for row in rows) == sorted(tails)
    assert main(["--db", str(db.path), "deleted", "--json"]) == 0
    entities = {json.loads(line)["entity"] for line in capsys.readouterr().out.splitlines()}
    assert entities == {"contact", "training_participant", "training_session"}  # the data's names


def test_trainer_choices_put_trainers_first(db: Database, training: dict) -> None:
    with db.reading() as s:
        form = training_form.read_training_form(s, training["training"], "en")
    trainers, others = form.trainer_choices()
    assert [p.name for p in trainers] == ["Erik Andersson"]
    assert [p.name for p in others] == ["Anna Becker", "Lars Bergström"]


def test_an_attendee_leading_a_session_is_printed_as_a_trainer(db: Database, training: dict) -> None:
    """D4: Anna, registered as an attendee, leads the design studio: the dossier's Trainers section
    calls her a trainer (not "Attendee"), and she stays on the attendance list, which she also is."""
    from petdesk.dossier.data import gather_training
    from petdesk.dossier.training import trainer_role

    with db.transaction() as s:
        ts.set_session_trainers(s, training["s2"], [training["anna"]])
    with db.reading() as s:
        data = gather_training(s, training["training"])
    assert [p.name_latin for p in data.trainers] == ["Erik Andersson", "Anna Becker"]
    assert [trainer_role(data, p.id) for p in data.trainers] == [TrainingRole.TRAINER, TrainingRole.TRAINER]
    assert "Anna Becker" in [p.person.name_latin for p in data.attendees]


def test_a_session_deleted_before_its_person_comes_back_with_the_person_in_either_order(
    db: Database, training: dict
) -> None:
    """Session deleted, then Lars and Erik removed: restoring the session first and the people after
    (or the other way round) brings back every mark and trainer place of theirs."""
    tid, lars, erik, s1 = training["training"], training["lars"], training["erik"], training["s1"]
    for session_first in (True, False):
        with db.transaction() as s:
            ts.delete_session(s, s1)
        with db.transaction() as s:
            gone = ts.unregister_people(s, tid, [lars, erik])
        assert marks(db, contact_id=lars) == 0
        if session_first:
            with db.transaction() as s:
                ts.restore_session(s, s1)
            assert marks(db, session_id=s1) == 1  # Anna's; Lars is not registered yet
        with db.transaction() as s:
            ts.restore_registrations(s, gone)
            if not session_first:
                ts.restore_session(s, s1)
        assert marks(db, contact_id=lars) == 2, session_first
        assert live(db, "SELECT count(*) FROM session_trainer WHERE deleted_at IS NULL") == 2
