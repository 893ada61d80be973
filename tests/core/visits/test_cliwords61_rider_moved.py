"""Round 61 review: ``visit-vehicles riders B --add PERSON`` took a person out of vehicle A, where
they rode for the same items, without a word; the command says so now. Its Chinese sentence also
took the space out of a vehicle's name ("考斯特 鄂A12345" read "考斯特鄂A12345")."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as lg
from petdesk.services import visits as vs
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # a fixture


@pytest.fixture
def cars(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        wang = cs.create_contact(
            s, given_name="Wei", family_name="Wang", given_name_zh="伟", family_name_zh="王"
        )
        v = vs.create_visit(
            s, title_en="Delegation", start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 12)
        )
        vs.add_participant(s, v.id, wang.id, ParticipantRole.HEAD)
        item = vs.add_item(
            s, v.id, start=dt.datetime(2026, 11, 11, 9), end=dt.datetime(2026, 11, 11, 11),
            timezone="Asia/Shanghai", kind="site_visit", title_en="Plant",
        )  # fmt: skip
        audi = lg.add_vehicle(s, v.id, vehicle="Black Audi A6L", item_ids=[item.id]).id
        bus = lg.add_vehicle(s, v.id, vehicle="白色考斯特 鄂A12345", item_ids=[item.id]).id
        lg.set_vehicle_riders(s, audi, [wang.id])
        return {"audi": audi, "bus": bus, "wang": wang.id}


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_rider_taken_out_of_another_vehicle_is_told(
    db: Database, cars: dict[str, str], capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    code = main(["--db", str(db.path), "visit-vehicles", "riders", cars["bus"][:8], "--add", cars["wang"][:8],
                 "--lang", lang])  # fmt: skip
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    first = out.splitlines()[0]
    assert "Black Audi A6L" in first, out
    assert "白色考斯特 鄂A12345" in first, out
    if lang == "zh_CN":
        assert first.startswith("王伟"), out
        assert not any("a" <= c <= "z" for c in first.replace("Black Audi", "")), out
