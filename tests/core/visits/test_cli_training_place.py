"""``petdesk trainings ID`` names the training's place and zone as ``visits ID`` does: the city in the
reader's language beside the venue (a training with no venue showed no place at all), and the zone as
the window's box names it ("Shanghai, China (UTC+08:00)"), not its IANA name."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import trainings as ts


def _training(db: Database, **fields: str) -> str:
    with db.transaction() as s:
        t = ts.create_training(s, start_date=dt.date(2026, 12, 8), end_date=dt.date(2026, 12, 10), **fields)
        ts.add_session(
            s, t.id, title_en="Opening", start=dt.datetime(2026, 12, 8, 9), end=dt.datetime(2026, 12, 8, 12)
        )
        return t.id


def _header(db: Database, tid: str, lang: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The title, the dates with the place, the zone: the lines above the sessions."""
    assert main(["--db", str(db.path), "--lang", lang, "trainings", tid, "--tz", "Europe/Berlin"]) == 0
    return capsys.readouterr().out.splitlines()[:3]


def test_a_training_with_no_venue_names_its_city_in_the_readers_language(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    tid = _training(db, title_en="Urban wastewater", city_en="Chengdu")  # saved with the English name only
    assert any(line.endswith("  Chengdu") for line in _header(db, tid, "en", capsys))
    assert any(line.endswith("  成都") for line in _header(db, tid, "zh_CN", capsys))


def test_venue_and_city_both_named(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    tid = _training(db, title_en="Sludge", venue_en="Jinjiang Hotel", venue_zh="锦江宾馆", city_en="Chengdu")
    assert any(line.endswith("  Jinjiang Hotel, Chengdu") for line in _header(db, tid, "en", capsys))
    assert any(line.endswith("  成都锦江宾馆") for line in _header(db, tid, "zh_CN", capsys))


def test_the_zone_line_names_the_zone_as_the_window_does(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    tid = _training(db, title_en="Sludge", city_en="Chengdu")  # sessions on Shanghai time, from the city
    english = "\n".join(_header(db, tid, "en", capsys))
    assert "time zone: Beijing time (UTC+08:00)" in english
    chinese = "\n".join(_header(db, tid, "zh_CN", capsys))
    assert "北京时间（UTC+08:00）" in chinese
    assert not re.search(r"Asia/|Etc/", english + chinese)
