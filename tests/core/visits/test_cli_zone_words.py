"""``petdesk visits ID`` names a zone beside a time as the window and the dossier do, "13:30 Berlin
UTC+02:00" / "13:30 柏林 UTC+02:00" (protocol-office field test, defect 5): it printed the IANA key
("Europe/Berlin"), which the protocol staff did not recognise, for items, the viewer's time and legs."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import logistics as ls
from petdesk.services import visits as vs


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Chengdu delegation", timezone="Europe/Berlin",
            start_date=dt.date(2026, 10, 24), end_date=dt.date(2026, 10, 26),
        )  # fmt: skip
        vs.add_item(s, v.id, title_en="Stadtwerke", start=dt.datetime(2026, 10, 24, 13, 30),
                    end=dt.datetime(2026, 10, 24, 15, 0))  # fmt: skip
        # the night the clocks go back: both offsets say which 02:30
        vs.add_item(s, v.id, title_en="Night train", start=dt.datetime(2026, 10, 25, 1, 0),
                    end=vs.place_time(dt.datetime(2026, 10, 25, 2, 30), "Europe/Berlin", 1))  # fmt: skip
        ls.add_travel_leg(
            s, v.id, mode="flight", number="CA 451", from_place="TFU", to_place="FRA",
            departs=dt.datetime(2026, 10, 24, 1, 0), departs_timezone="Asia/Shanghai",
            arrives=dt.datetime(2026, 10, 24, 6, 30), arrives_timezone="Europe/Berlin",
        )  # fmt: skip
        return v.id


def _show(db: Database, visit_id: str, lang: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", str(db.path), "visits", visit_id[:8], "--lang", lang, "--tz", "Asia/Shanghai"]) == 0
    return capsys.readouterr().out


def test_english_names_the_city_and_offset(db: Database, visit_id: str, capsys) -> None:
    out = _show(db, visit_id, "en", capsys)
    assert "24 Oct 2026 13:30–15:00 Berlin UTC+02:00 (19:30–21:00 Beijing UTC+08:00)" in out
    assert "Berlin UTC+02:00 → UTC+01:00" in out  # the night train
    assert "01:00 Beijing UTC+08:00 → 24 Oct 2026, 06:30 Berlin UTC+02:00" in out  # a leg
    assert "Europe/" not in out and "Asia/" not in out


def test_chinese_names_the_city_in_chinese(db: Database, visit_id: str, capsys) -> None:
    out = _show(db, visit_id, "zh_CN", capsys)
    assert "13:30–15:00 柏林 UTC+02:00（19:30–21:00 北京 UTC+08:00）" in out
    assert "Europe/" not in out and "Asia/" not in out and "Berlin" not in out
