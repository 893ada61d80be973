"""A training's lodging (0054): who needs a room, where, which nights, and the rooms the hotel is
asked for per night; the list sent to the hotel as CSV and workbook."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import training_lodging as tl
from petdesk.services import trainings as ts
from tests.core.visits.data import person


def _three_days(db: Database) -> dict[str, str]:
    """A three-day training (10–12 March) with four attendees from other cities and one trainer."""
    with db.transaction() as s:
        t = ts.create_training(
            s,
            title_en="Sponge-city training",
            title_zh="海绵城市培训",
            start_date=dt.date(2027, 3, 10),
            end_date=dt.date(2027, 3, 12),
        )
        ids = {"training": t.id}
        for key, (given, family, zh) in {
            "li": ("Na", "Li", "李娜"),
            "wang": ("Fang", "Wang", "王芳"),
            "zhao": ("Lei", "Zhao", "赵磊"),
            "anna": ("Anna", "Becker", ""),
        }.items():
            p = person(s, given, family, zh, family_first=bool(zh))
            ts.register(s, t.id, p.id)
            ids[key] = p.id
        return ids


def test_answers_nights_and_rooms_per_night(db: Database) -> None:
    ids = _three_days(db)
    tid = ids["training"]
    with db.transaction() as s:
        tl.set_lodging(s, tid, ids["li"], needed=True, hotel="Jinjiang Hotel", room=tl.SHARED)
        tl.set_lodging(
            s,
            tid,
            ids["wang"],
            needed=True,
            hotel="Jinjiang Hotel",
            room=tl.SHARED,
            check_in=dt.date(2027, 3, 9),
        )
        tl.set_lodging(s, tid, ids["zhao"], needed=True, hotel="Jinjiang Hotel")  # room kind not known
        tl.set_lodging(s, tid, ids["anna"], needed=False)
    with db.reading() as s:
        found = tl.lodging_list(s, tid)
    by_id = {r.contact_id: r for r in found.rows}
    assert by_id[ids["li"]].nights == [dt.date(2027, 3, 10), dt.date(2027, 3, 11)]
    assert len(by_id[ids["wang"]].nights) == 3
    assert [r.contact_id for r in found.staying] == [r.contact_id for r in found.rows if r.needed]
    assert found.unanswered == 0 and found.hotels == ["Jinjiang Hotel"]
    counts = {(c.night.day, c.hotel): (c.people, c.rooms) for c in found.per_night()}
    # the 9th: Wang alone in a shared room still takes one; then two sharing + Zhao's own room
    assert counts == {
        (9, "Jinjiang Hotel"): (1, 1),
        (10, "Jinjiang Hotel"): (3, 2),
        (11, "Jinjiang Hotel"): (3, 2),
    }


def test_changing_one_answer_keeps_the_others_and_bad_answers_are_refused(db: Database) -> None:
    ids = _three_days(db)
    tid = ids["training"]
    with db.transaction() as s:
        tl.set_lodging(s, tid, ids["li"], needed=True, hotel="Jinjiang Hotel", note="non-smoking")
        tl.set_lodging(s, tid, ids["li"], room=tl.SINGLE)
    with db.reading() as s:
        [li] = [r for r in tl.lodging_list(s, tid).rows if r.contact_id == ids["li"]]
    assert (li.needed, li.hotel, li.room, li.note) == (True, "Jinjiang Hotel", "single", "non-smoking")
    with db.transaction() as s, pytest.raises(tl.LodgingError):
        tl.set_lodging(s, tid, ids["li"], check_in=dt.date(2027, 3, 12), check_out=dt.date(2027, 3, 11))
    with db.transaction() as s, pytest.raises(tl.LodgingError):
        tl.set_lodging(s, tid, ids["li"], room="suite")
    with db.transaction() as s:
        stranger = person(s, "Nobody", "Here").id
    with db.transaction() as s, pytest.raises(tl.LodgingError):
        tl.set_lodging(s, tid, stranger, needed=True)


@pytest.mark.parametrize(
    ("text", "answer"),
    [("是", True), ("需要", True), ("Yes", True), ("否", False), ("no", False), ("", None), ("未知", None)],
)
def test_answers_as_registration_forms_write_them(text: str, answer: bool | None) -> None:
    assert tl.parse_needed(text) is answer


def test_parse_refuses_other_words() -> None:
    with pytest.raises(tl.LodgingError):
        tl.parse_needed("maybe later")


def test_the_hotel_gets_csv_and_workbook_in_both_languages(db: Database, tmp_path: Path) -> None:
    ids = _three_days(db)
    tid = ids["training"]
    with db.transaction() as s:
        tl.set_lodging(s, tid, ids["li"], needed=True, hotel="Jinjiang Hotel", room=tl.SINGLE)
        tl.set_lodging(s, tid, ids["anna"], needed=True)
        tl.set_lodging(s, tid, ids["zhao"], needed=False)
    with db.reading() as s:
        found = tl.lodging_list(s, tid)
    assert tl.write(found, tmp_path / "hotel.csv", "zh_CN") == 2
    with (tmp_path / "hotel.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["姓名 / Name", "中文姓名 / Name (Chinese)"]
    # by hotel, those without one last
    assert [r[1] for r in rows[1:]] == ["李娜", ""]
    assert rows[1][3:8] == ["Jinjiang Hotel", "2027-03-10", "2027-03-12", "2", "单人间"]
    from openpyxl import load_workbook

    tl.write(found, tmp_path / "hotel.xlsx", "en")
    ws = load_workbook(tmp_path / "hotel.xlsx").active
    assert ws.cell(1, 4).value == "Hotel / 酒店" and ws.cell(2, 8).value == "single"
    assert ws.cell(2, 5).value.date() == dt.date(2027, 3, 10)
