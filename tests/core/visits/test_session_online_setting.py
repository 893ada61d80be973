"""A training session says whether it is held online (0080): the calendar's location follows the
setting when it is set and the room's text when not; ``training-sessions add|edit`` take
``--online`` / ``--in-person`` (and ``--online-not-said``), in both languages."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import ical
from petdesk.services import trainings as ts
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _training(db: Database) -> str:
    with db.transaction() as s:
        return ts.create_training(
            s, title_en="Sponge cities", title_zh="海绵城市培训", start_date=dt.date(2027, 3, 16),
            end_date=dt.date(2027, 3, 18), venue_en="Jinjiang Hotel", venue_zh="锦江宾馆",
            city_en="Chengdu", city_zh="成都",
        ).id  # fmt: skip


def _session(db: Database, training_id: str, title: str, room: str, online: bool | None) -> str:
    with db.transaction() as s:
        return ts.add_session(
            s, training_id, start=dt.datetime(2027, 3, 17, 9), end=dt.datetime(2027, 3, 17, 10),
            title_en=title, room_en=room, online=online,
        ).id  # fmt: skip


def _locations(db: Database, training_id: str) -> dict[str, str]:
    with db.transaction() as s:
        data = ical.export_training(s, training_id, locale="en")
    return {
        str(ev["summary"]): str(ev.get("location", ""))
        for ev in Calendar.from_ical(data).walk("VEVENT")
        if ev.get("x-petdesk-kind") == "training_session"
    }


def test_the_calendar_follows_the_setting_and_the_room_when_not_said(db: Database) -> None:
    training_id = _training(db)
    _session(db, training_id, "Streamed", "Room 3", True)  # a room that says nothing of it
    _session(db, training_id, "Hands-on", "Zoom Lab", False)  # a room named after the service
    _session(db, training_id, "Guessed", "Zoom", None)  # not said: read as before
    found = _locations(db, training_id)
    assert next(v for k, v in found.items() if "Streamed" in k) == "Online / 线上"
    assert "Jinjiang Hotel" in next(v for k, v in found.items() if "Hands-on" in k)
    assert next(v for k, v in found.items() if "Guessed" in k) == "Online / 线上"


def test_an_edit_that_does_not_name_it_keeps_it(db: Database) -> None:
    session_id = _session(db, _training(db), "Streamed", "Room 3", True)
    with db.transaction() as s:
        ts.update_session(s, session_id, room_en="Room 4")
        assert ts.get_session(s, session_id).online is True
        ts.update_session(s, session_id, online=None)
        assert ts.get_session(s, session_id).online is None
        with pytest.raises(TypeError):
            ts.update_session(s, session_id, online="yes")


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _online(db: Database, session_prefix: str) -> bool | None:
    with db.reading() as s:
        (row,) = [x for x in s.query(m.TrainingSession) if x.id.startswith(session_prefix)]
        return row.online


@pytest.mark.usefixtures("tree_catalogue")  # this worktree's Chinese sentences
def test_the_commands_say_it(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    training_id = _training(db)
    code, out, err = _run(
        db, capsys, "training-sessions", "add", training_id[:8], "--title", "Streamed", "--room", "Room 3",
        "--start", "2027-03-17 09:00", "--end", "2027-03-17 10:00", "--online",
    )  # fmt: skip
    assert code == 0, err
    assert "Room 3  online" in out
    session_id = out.split()[1]
    assert _online(db, session_id) is True
    edit = ("training-sessions", "edit", session_id)
    code, out, err = _run(db, capsys, *edit, "--in-person", "--lang", "zh_CN")
    assert code == 0 and "线下" in out, err
    assert _online(db, session_id) is False
    code, out, err = _run(db, capsys, "training-sessions", "edit", session_id, "--room", "Room 5")
    assert code == 0 and "in person" in out, err
    assert _online(db, session_id) is False  # not named: kept
    assert _run(db, capsys, "training-sessions", "edit", session_id, "--online-not-said")[0] == 0
    assert _online(db, session_id) is None
    code, _out, err = _run(db, capsys, "training-sessions", "edit", session_id)
    assert code != 0 and "Nothing to change" in err
    code, _out, err = _run(db, capsys, "--lang", "zh_CN", "training-sessions", "edit", session_id)
    assert code != 0 and "没有要修改的内容" in err
