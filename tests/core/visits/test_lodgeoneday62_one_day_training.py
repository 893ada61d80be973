"""Round 62 (fieldbits62): a ONE-DAY training's sign-up sheet with "needs lodging: yes" failed the whole
import ("check-out … is not after check-in …"): without dates a stay ran from the training's first
day to its last, no night at all. A one-day training's attendees from elsewhere arrive the evening
before: their stay is the night before the training day. And a row whose lodging answer cannot be
saved is warned about, never the end of the other rows."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import training_lodging as tl
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

SAMPLES = Path(__file__).parents[2] / "data" / "import" / "fieldtraining60"
DAY = dt.date(2027, 3, 10)


def _training(db: Database, days: int = 1) -> str:
    with db.transaction() as s:
        return ts.create_training(
            s, title_en="Sponge-city workshop", title_zh="海绵城市研讨会", city_en="Deyang",
            start_date=DAY, end_date=DAY + dt.timedelta(days=days - 1),
        ).id  # fmt: skip


def test_a_one_day_trainings_stay_is_the_night_before(db: Database) -> None:
    tid = _training(db)
    with db.transaction() as s:
        li = person(s, "Na", "Li", "李娜", family_first=True).id
        ts.register(s, tid, li)
        tl.set_lodging(s, tid, li, needed=True, room=tl.SINGLE)
    with db.reading() as s:
        [row] = tl.lodging_list(s, tid).staying
        assert (row.arrives, row.leaves) == (DAY - dt.timedelta(days=1), DAY)
        assert row.nights == [dt.date(2027, 3, 9)]
        assert [(n.night, n.rooms) for n in tl.lodging_list(s, tid).per_night()] == [(dt.date(2027, 3, 9), 1)]
    assert tl.usual_stay(DAY, DAY + dt.timedelta(days=2)) == (DAY, DAY + dt.timedelta(days=2))  # as before


def _import(db: Database, tid: str, sample: str, lang: str) -> int:
    return main(
        ["--db", str(db.path), "--lang", lang, "import-contacts", str(SAMPLES / sample), "--training", tid]
    )


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize(
    ("sample", "lang", "said"),
    [
        ("google_forms_signup.csv", "en", "2 lodging answers for a one-day training: lodging for the night "
         "before the training day"),
        ("wjx_signup.xlsx", "zh_CN", "1 条住宿回答属于一日培训：安排培训日前一晚的住宿"),
    ],
)  # fmt: skip
def test_importing_a_one_day_trainings_sheet_books_the_night_before(
    db: Database, capsys: pytest.CaptureFixture[str], sample: str, lang: str, said: str
) -> None:
    tid = _training(db)
    assert _import(db, tid, sample, lang) == 0, capsys.readouterr().err
    assert said in capsys.readouterr().out
    with db.reading() as s:
        found = tl.lodging_list(s, tid)
    assert found.staying and all(r.nights == [dt.date(2027, 3, 9)] for r in found.staying)
    assert any(r.needed is False for r in found.rows)


def test_a_row_that_cannot_take_its_answer_costs_no_other_row(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Li Na had said she comes on the 11th (a training of the 10th-12th); the training was then
    moved to the 9th-10th, so her saved check-in is after its end: her "Yes" is warned about and the
    other rows' answers are kept, as are her row's odd timestamp and attendance answers."""
    tid = _training(db, days=3)
    with db.transaction() as s:
        li = person(s, "Na", "Li", email="li.na@chengdu-eco.example.cn", family_first=True).id
        ts.register(s, tid, li)
        tl.set_lodging(s, tid, li, check_in=DAY + dt.timedelta(days=1))
        ts.update_training(s, tid, start_date=DAY - dt.timedelta(days=1), end_date=DAY)
    sheet = tmp_path / "signup.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, quoting=csv.QUOTE_ALL)
        out.writerow(
            ["Timestamp", "Email Address", "Full name", "How will you attend?", "Do you need a hotel room?"]
        )
        out.writerow(["2/20/2027 9:15:32", "li.na@chengdu-eco.example.cn", "Li Na", "by pigeon", "Yes"])
        out.writerow(["last Tuesday", "tomas@bogota.example.co", "Tomás Herrera", "In person", "Yes"])
        out.writerow(["2/21/2027 16:40:05", "wang.jun@dy.example.cn", "Wang Jun", "Online", "No"])
    assert main(["--db", str(db.path), "import-contacts", str(sheet), "--training", tid]) == 0
    said = capsys.readouterr()
    assert "2 people registered for the training; 1 was registered already" in said.out
    assert (
        "signup.csv line 2: Li Na: lodging answer not taken: check-out 2027-03-10 is not after check-in"
        in said.err
    )
    with db.reading() as s:
        needed = {r.name_latin: r.needed for r in tl.lodging_list(s, tid).rows}
    assert needed == {"Li Na": None, "Tomás Herrera": True}  # Wang Jun online: no room asked
