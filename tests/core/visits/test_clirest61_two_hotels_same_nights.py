"""Review 61: a person roomed at two hotels for the same nights got no word from ``visit-lodging
add/edit``. Now a warning, in both languages, never a refusal; a change of hotel whose nights only
touch (out of one on the 12th, into the next on the 12th) is no overlap and says nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import logistics as lg
from petdesk.services import visits as vs
from petdesk.services.rooming import same_nights_elsewhere
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue


@pytest.fixture
def visit(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        wang = cs.create_contact(
            s, given_name="Wei", family_name="Wang", given_name_zh="伟", family_name_zh="王"
        ).id
        li = cs.create_contact(
            s, given_name="Na", family_name="Li", given_name_zh="娜", family_name_zh="李"
        ).id
        v = vs.create_visit(
            s, title_en="Shanghai delegation to Frankfurt", start_date=dt.date(2026, 11, 10),
            end_date=dt.date(2026, 11, 14), timezone="Europe/Berlin",
        )  # fmt: skip
        vs.add_participant(s, v.id, wang, ParticipantRole.HEAD)
        vs.add_participant(s, v.id, li, ParticipantRole.DELEGATE)
        stay = lg.add_accommodation(
            s, v.id, hotel="Frankfurter Hof", check_in=dt.date(2026, 11, 10), check_out=dt.date(2026, 11, 12)
        )
        lg.set_rooming(s, stay.id, [(wang, "801"), (li, "802")])
        return {"visit": v.id, "wang": wang, "li": li, "stay": stay.id}


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _add(
    db: Database, capsys: pytest.CaptureFixture[str], visit: dict[str, str], check_in: str, *more: str
) -> tuple[int, str, str]:
    return _run(
        db, capsys, "visit-lodging", "add", visit["visit"][:8], "--hotel", "Hotel Nizza",
        "--from", check_in, "--to", "2026-11-14", "--room", "Wei Wang=12", *more,
    )  # fmt: skip


def test_clirest61_same_nights_at_two_hotels_warn_in_english(
    db: Database, visit: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _add(db, capsys, visit, "2026-11-11")
    assert code == 0 and out.startswith("Added:"), err  # saved: a warning, not a refusal
    [line] = err.splitlines()
    assert line.startswith("petdesk: warning: ") and "Hotel Nizza" in line and "Frankfurter Hof" in line
    assert "Wang" in line and "same nights" in line and "Li" not in line, line


@pytest.mark.usefixtures("tree_catalogue")
def test_clirest61_same_nights_at_two_hotels_warn_in_chinese(
    db: Database, visit: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _add(db, capsys, visit, "2026-11-11", "--lang", "zh_CN")
    assert code == 0
    [line] = err.splitlines()
    assert line.startswith("petdesk：警告：王伟同一晚在Hotel Nizza和Frankfurter Hof都有房间"), line


def test_clirest61_a_change_of_hotel_whose_nights_touch_says_nothing(
    db: Database, visit: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _add(db, capsys, visit, "2026-11-12")  # out of the Frankfurter Hof on the 12th
    assert (code, err) == (0, ""), err
    assert out.startswith("Added:")


def test_clirest61_edit_that_makes_nights_overlap_warns(
    db: Database, visit: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(db, capsys, visit, "2026-11-12")[2] == ""
    code, out, err = _run(db, capsys, "visit-lodging", "edit", visit["stay"][:8], "--to", "2026-11-13")
    assert code == 0 and out.startswith("Changed:"), err
    [line] = err.splitlines()
    assert "Frankfurter Hof" in line and "Hotel Nizza" in line and "Wang" in line, line


def test_clirest61_the_service_names_the_person_and_the_shared_nights(
    db: Database, visit: dict[str, str]
) -> None:
    with db.transaction() as s:
        other = lg.add_accommodation(
            s, visit["visit"], hotel="Hotel Nizza", check_in=dt.date(2026, 11, 11),
            check_out=dt.date(2026, 11, 14),
        )  # fmt: skip
        lg.set_rooming(s, other.id, [(visit["li"], "3")])
    with db.reading() as s:
        [gap] = same_nights_elsewhere(s, other.id)
        [back] = same_nights_elsewhere(s, visit["stay"])  # seen from either stay
    assert (gap.hotel, gap.other_hotel) == ("Hotel Nizza", "Frankfurter Hof")
    assert (back.hotel, back.other_hotel) == ("Frankfurter Hof", "Hotel Nizza")
    assert gap.first == gap.last == back.first == dt.date(2026, 11, 11)  # the one night they share
    assert "Na Li" in gap.describe("en") or "Li Na" in gap.describe("en"), gap.describe("en")
    assert gap.describe("zh_CN").startswith("李娜同一晚在Hotel Nizza和Frankfurter Hof都有房间")
