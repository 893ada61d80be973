"""Round 61 review: ``visit-vehicles edit ID --seats`` could set a vehicle's seats but never take
them away (a bus booked, its size not known after all). ``--seats ''`` removes them, as
``visit edit --head-count ''`` removes a head count; a word is refused in plain words."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Vehicle
from petdesk.services import logistics as lg
from petdesk.services import visits as vs


def test_seats_given_as_nothing_are_removed(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Delegation", start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 12)
        )
        car = lg.add_vehicle(s, v.id, vehicle="Mercedes V-Class", seats=6).id
    code = main(["--db", str(db.path), "visit-vehicles", "edit", car[:8], "--seats", ""])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    assert "seats" not in out
    with db.reading() as s:
        row = s.get(Vehicle, car)
        assert row is not None and row.seats is None
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(db.path), "--lang", "zh_CN", "visit-vehicles", "edit", car[:8], "--seats", "六"])
    err = capsys.readouterr().err
    assert usage.value.code == 2 and "int value" not in err and "不是整数" in err, err
