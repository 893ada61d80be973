"""``petdesk trainings ID`` names each session's room (field test 15, polish 6c), as the window's
sessions tab and the dossier's programme do, in the reader's language."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import trainings as ts


def session_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if re.match(r"\s+S\d+ ", line)]


def test_each_session_line_names_its_room(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Urban wastewater",
            title_zh="城市污水处理",
            start_date=dt.date(2026, 12, 15),
            end_date=dt.date(2026, 12, 15),
        )
        ts.add_session(
            s,
            t.id,
            title_en="Plant operation",
            title_zh="污水厂运营",
            room_en="Room 203",
            room_zh="203室",
            start=dt.datetime(2026, 12, 15, 9),
            end=dt.datetime(2026, 12, 15, 12),
        )
        ts.add_session(
            s,
            t.id,
            title_en="Site visit",
            start=dt.datetime(2026, 12, 15, 14),
            end=dt.datetime(2026, 12, 15, 17),
        )
        tid = t.id
    assert main(["--db", str(db.path), "--lang", "en", "trainings", tid]) == 0
    first, second = session_lines(capsys.readouterr().out)
    assert "Plant operation" in first and "room: Room 203" in first
    assert "Site visit" in second and "room" not in second  # no room, no empty label
    assert main(["--db", str(db.path), "--lang", "zh_CN", "trainings", tid]) == 0
    first, _second = session_lines(capsys.readouterr().out)
    assert "污水厂运营" in first and "203室" in first and "Room 203" not in first
