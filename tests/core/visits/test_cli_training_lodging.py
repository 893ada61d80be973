"""``petdesk training-lodging`` sets a participant's lodging and ``petdesk trainings ID --lodging``
lists it with the rooms per night, in English and Chinese, and writes the hotel's list."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.helpers import trainings_data
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def test_set_list_and_write_the_lodging(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    at = ["--db", str(db.path)]
    t = ids["training"][:8]
    lars = ["--needs", "是", "--hotel", "Jinjiang", "--room", "shared", "--from", "2027-05-09"]
    assert main([*at, "training-lodging", t, ids["lars"], *lars]) == 0
    assert main([*at, "training-lodging", t, ids["anna"], "--needs", "yes", "--room", "shared"]) == 0
    assert main([*at, "training-lodging", t, ids["erik"], "--needs", "no"]) == 0
    capsys.readouterr()
    assert main([*at, "training-lodging", t, ids["anna"], "--needs", "perhaps"]) != 0
    assert "--needs “perhaps”: say yes, no or unknown" in capsys.readouterr().err
    assert main([*at, "--lang", "zh_CN", "training-lodging", t, ids["anna"], "--from", "2027-05-12"]) != 0
    assert "退房日期 2027-05-11 不晚于入住日期 2027-05-12" in capsys.readouterr().err

    assert main([*at, "trainings", t, "--lodging"]) == 0
    out = capsys.readouterr().out
    assert "Lodging: 2 of 3 participants need a room" in out
    # Lars alone in his shared room the 9th and the 10th (still a room), Anna without a hotel the 10th
    nights = [" ".join(line.split()) for line in out.split("Rooms per night:\n")[1].splitlines()]
    assert nights == [
        "9 May 2027 Jinjiang 1 room (1 person)",
        "10 May 2027 no hotel yet 1 room (1 person)",
        "10 May 2027 Jinjiang 1 room (1 person)",
    ]
    assert main([*at, "trainings", t, "--lodging", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "住宿：3 名参加人员中 2 人需要住宿" in out and "每晚所需房间：" in out and "1 间（1 人）" in out

    hotel = tmp_path / "hotel.csv"
    assert main([*at, "trainings", t, "--lodging", "--out", str(hotel)]) == 0
    with hotel.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 3 and rows[1][3:7] == ["Jinjiang", "2027-05-09", "2027-05-11", "2"]
    assert main([*at, "trainings", "--lodging"]) != 0


def test_an_unanswered_row_says_not_known_yet_as_the_window_does(
    db: Database, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    """field74: the list printed "?" where the window's lodging tab says "Not known yet" / "尚不清楚"."""
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    at = ["--db", str(db.path)]
    t = ids["training"][:8]
    assert main([*at, "training-lodging", t, ids["lars"], "--needs", "yes", "--hotel", "Jinjiang"]) == 0
    assert main([*at, "training-lodging", t, ids["erik"], "--needs", "unknown", "--note", "asks boss"]) == 0
    assert "Not known yet" in capsys.readouterr().out  # the line the setting prints back
    for lang, unknown, yes in (("en", "Not known yet", "yes"), ("zh_CN", "尚不清楚", "是")):
        assert main([*at, "--lang", lang, "trainings", t, "--lodging"]) == 0
        rows = capsys.readouterr().out.splitlines()
        [erik] = [line for line in rows if "asks boss" in line]
        assert unknown in erik and " ? " not in erik
        assert any("Jinjiang" in line and f" {yes} " in line for line in rows)
