"""A late substitute takes a registered attendee's place from one session on: the original keeps
the earlier marks, the substitute takes over the later ones, and neither is counted absent, nor
credited, for the other's sessions (see services/trainings.py, "substitutes")."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import attendance
from petdesk.services import trainings as ts
from petdesk.services.visits import ScheduleError
from tests.core.visits.data import person
from tests.helpers import trainings_data


@pytest.fixture
def course(db: Database) -> dict[str, str]:
    """Two sessions: Lars present at both, Anna absent at both (marked ahead); Chen is new."""
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        ids["chen"] = person(s, "Jing", "Chen", "陈静", family_first=True).id
    return ids


#: After the course; between its two sessions (Stockholm, 10 and 11 May, 9–12).
AFTER = dt.datetime(2027, 6, 1, tzinfo=dt.UTC)
BETWEEN = dt.datetime(2027, 5, 10, 18, tzinfo=dt.UTC)


def test_by_default_from_the_first_session_to_come(db: Database, course: dict) -> None:
    with db.transaction() as s:
        done = ts.replace_attendee(s, course["training"], course["anna"], course["chen"], now=BETWEEN)
    assert done.from_session_id == course["s2"]


def marks(db: Database, tid: str) -> dict[str, dict[str, str]]:
    with db.reading() as s:
        return {r.contact_id: dict(r.attendance) for r in ts.sign_in_sheet(s, tid).rows}


def test_the_substitute_takes_over_from_the_session_chosen(db: Database, course: dict) -> None:
    with db.transaction() as s:
        done = ts.replace_attendee(
            s, course["training"], course["anna"], course["chen"], from_session_id=course["s2"]
        )
    assert len(done.moved_mark_ids) == 1
    after = marks(db, course["training"])
    assert after[course["anna"]] == {course["s1"]: "absent"}  # hers before the replacement
    assert after[course["chen"]] == {course["s2"]: "absent"}  # the later one, taken over
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, course["training"])
    rows = {r.contact_id: r for r in sheet.rows}
    assert rows[course["anna"]].replaced_by == course["chen"]
    assert rows[course["anna"]].outside == {course["s2"]}
    assert rows[course["chen"]].substitute_for == course["anna"]
    assert rows[course["chen"]].outside == {course["s1"]}
    # each marked only in their own part
    with db.transaction() as s:
        ts.set_attendance(s, course["s2"], course["chen"], "present")
        with pytest.raises(ScheduleError, match="not part of this person"):
            ts.set_attendance(s, course["s2"], course["anna"], "present")
        with pytest.raises(ScheduleError, match="not part of this person"):
            ts.set_attendance(s, course["s1"], course["chen"], "present")


def test_each_is_counted_over_their_own_part_of_the_place(db: Database, course: dict) -> None:
    """Field test 36, defect 1: Anna (session 1) and Chen (session 2) each came to all of their
    part; counted over both slots, both lost the certificate. The place counts once in the
    organisation's slots."""
    with db.transaction() as s:
        ts.replace_attendee(
            s, course["training"], course["anna"], course["chen"], from_session_id=course["s2"]
        )
        ts.set_attendance(s, course["s1"], course["anna"], "present")
        ts.set_attendance(s, course["s2"], course["chen"], "present")
    with db.reading() as s:
        report = attendance.attendance_report(s, course["training"])
    by_id = {p.contact_id: p.counted for p in report.people}
    assert by_id[course["anna"]] == attendance.Tally(present=1, absent=0, excused=0, slots=1)
    assert by_id[course["chen"]] == attendance.Tally(present=1, absent=0, excused=0, slots=1)
    assert by_id[course["anna"]].earns_certificate and by_id[course["chen"]].earns_certificate
    assert by_id[course["lars"]].slots == 2  # everyone else over the whole training
    people = [by_id[course[k]] for k in ("anna", "chen", "lars")]
    assert sum(o.slots for o in report.organisations) == sum(p.slots for p in people) == 4


def test_undo_gives_everything_back(db: Database, course: dict) -> None:
    before = marks(db, course["training"])
    with db.transaction() as s:
        done = ts.replace_attendee(
            s, course["training"], course["anna"], course["chen"], from_session_id=course["s1"]
        )
    with db.transaction() as s:
        ts.take_back_replacement(s, done)
    assert marks(db, course["training"]) == before
    with db.reading() as s:
        rows = {r.contact_id: r for r in ts.sign_in_sheet(s, course["training"]).rows}
    assert course["chen"] not in rows and rows[course["anna"]].replaced_by == ""


def test_refusals_in_plain_words(db: Database, course: dict) -> None:
    with db.transaction() as s:
        with pytest.raises(ScheduleError, match="already registered"):
            ts.replace_attendee(
                s, course["training"], course["anna"], course["lars"], from_session_id=course["s2"]
            )
        with pytest.raises(ScheduleError, match="trainer"):
            ts.replace_attendee(
                s, course["training"], course["erik"], course["chen"], from_session_id=course["s2"]
            )
        with pytest.raises(ScheduleError, match="every session has begun"):
            ts.replace_attendee(s, course["training"], course["anna"], course["chen"], now=AFTER)
        ts.replace_attendee(
            s, course["training"], course["anna"], course["chen"], from_session_id=course["s2"]
        )
        with pytest.raises(ScheduleError, match="already been replaced"):
            ts.replace_attendee(
                s, course["training"], course["anna"], course["chen"], from_session_id=course["s2"]
            )


def test_the_command_line_replaces_from_the_session_numbered(
    db: Database, course: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db.path), "replace-attendee", course["training"], course["anna"], course["chen"]]
    assert main([*argv, "--from-session", "S2", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Chen Jing (陈静) replaces Anna Becker from session S2 on." in out
    assert "1 attendance mark moved to the substitute." in out
    assert marks(db, course["training"])[course["chen"]] == {course["s2"]: "absent"}
    # shown: a dash where the other one sat
    assert main(["--db", str(db.path), "trainings", course["training"], "--lang", "en"]) == 0
    lines = {
        line.split()[0]: line
        for line in capsys.readouterr().out.splitlines()
        if "Becker" in line or "Chen" in line
    }
    assert lines["Anna"].split()[-2:] == ["✗", "–"] and lines["Chen"].split()[-2:] == ["–", "✗"]
    # refused in plain words, nothing changed
    assert main([*argv, "--from-session", "S9"]) != 0
    assert "no session S9 in this training (S1 to S2)" in capsys.readouterr().err


def test_the_chinese_sentence_names_the_session_by_its_number_without_stray_spaces(
    db: Database, course: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "自第 S7 场课程起，由欧阳斌振 (Ouyang Binzhen)接替…" (field test 36, §10): in a Chinese sentence
    the session's number, full-width brackets, no space beside Chinese, a space beside a Latin name."""
    argv = ["--db", str(db.path), "replace-attendee", course["training"], course["anna"], course["chen"]]
    assert main([*argv, "--from-session", "S2", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "自第 2 场课程起，由陈静（Chen Jing）接替 Anna Becker。" in out, out


def test_a_refusal_speaks_the_language_of_the_command(
    db: Database, course: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 36, defects 8 and 9: "petdesk: error: this participant has already been
    replaced …" in English under replace-attendee --lang zh_CN; report attendance had no --lang."""
    argv = ["--db", str(db.path), "replace-attendee", course["training"], course["anna"], course["chen"]]
    assert main([*argv, "--lang", "en"]) == 0
    capsys.readouterr()
    assert main([*argv, "--lang", "zh_CN"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("petdesk：错误：") and "already" not in err
    report = ["--db", str(db.path), "report", "attendance"]
    assert main([*report, "nosuchtraining", "--lang", "zh_CN"]) != 0
    assert capsys.readouterr().err.startswith("petdesk：错误：")
    assert main([*report, course["training"], "--lang", "zh_CN"]) == 0


def test_the_name_cards_of_an_unknown_id_are_refused_in_chinese(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(db.path), "--lang", "zh_CN", "dossier", "namecards", "nosuchvisit1", "--out", "x.pdf"]
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert err.startswith("petdesk：错误：") and "there is no" not in err and "nosuchvisit1" in err
