"""``petdesk visits ID`` marks an item that ends on the next day, as the dossier's programme does
(field test 60): the evening flight Chongqing–Frankfurt, 15:00 to 01:00 Beijing time, printed
"17 Mar 2027 15:00–01:00", which reads as an item ending before it starts on the same day."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import visits as vs


@pytest.fixture
def visit_id(db: Database) -> str:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Hamburg delegation", timezone="Asia/Shanghai",
            start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 17),
        )  # fmt: skip
        vs.add_item(s, v.id, title_en="Flight CKG-FRA", start=dt.datetime(2027, 3, 17, 15, 0),
                    end=dt.datetime(2027, 3, 18, 1, 0))  # fmt: skip
        vs.add_item(s, v.id, title_en="Study tour", start=dt.datetime(2027, 3, 15, 9, 0),
                    end=dt.datetime(2027, 3, 17, 12, 0))  # fmt: skip
        vs.add_item(s, v.id, title_en="Early train", start=dt.datetime(2027, 3, 16, 6, 0),
                    end=dt.datetime(2027, 3, 16, 8, 0))  # fmt: skip
        return v.id


def _show(db: Database, visit_id: str, tz: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", str(db.path), "visits", visit_id[:8], "--lang", "en", "--tz", tz]) == 0
    return capsys.readouterr().out


def test_an_end_on_the_next_day_is_marked(db: Database, visit_id: str, capsys) -> None:
    out = _show(db, visit_id, "Asia/Shanghai", capsys)
    assert "17 Mar 2027 15:00–01:00 (+1) Beijing UTC+08:00" in out
    # two days later: the end's date, not "+2"
    assert "15 Mar 2027 09:00–17 Mar 2027 12:00 Beijing UTC+08:00" in out


def test_the_viewers_time_is_marked_too(db: Database, visit_id: str, capsys) -> None:
    out = _show(db, visit_id, "Europe/Berlin", capsys)
    # 06:00–08:00 Beijing is 23:00–01:00 in Berlin, from the evening before
    assert "16 Mar 2027 06:00–08:00 Beijing UTC+08:00 (15 Mar 2027 23:00–01:00 (+1) Berlin UTC+01:00)" in out
