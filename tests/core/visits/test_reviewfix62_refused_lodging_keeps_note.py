"""Review 62: a sign-up row whose lodging answer was refused (its saved stay no longer fits the
training's moved dates) lost the rest of the answer too ("Yes, arriving late on the 9th"): the note
does not depend on the stay's dates, so it is kept on the registration and the refusal says so."""

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

DAY = dt.date(2027, 3, 10)
NOTE = "Yes, arriving late, vegetarian breakfast"


def _moved_training(db: Database) -> tuple[str, str]:
    """Li Na said she comes on the 11th; the training then moved to the 9th-10th."""
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Sponge-city workshop", start_date=DAY, end_date=DAY + dt.timedelta(days=2)
        ).id
        li = person(s, "Na", "Li", "李娜", email="li.na@chengdu-eco.example.cn", family_first=True).id
        ts.register(s, tid, li)
        tl.set_lodging(s, tid, li, check_in=DAY + dt.timedelta(days=1))
        ts.update_training(s, tid, start_date=DAY - dt.timedelta(days=1), end_date=DAY)
    return tid, li


def test_a_refused_answers_note_is_kept(db: Database) -> None:
    tid, li = _moved_training(db)
    with db.transaction() as s:
        done = tl.fill_from_file(s, tid, {2: True}, {2: li}, {2: NOTE})
    assert (list(done.refused), done.notes_kept, done.taken) == ([2], [2], 0)
    with db.reading() as s:
        [row] = tl.lodging_list(s, tid).rows
    assert (row.needed, row.note) == (None, NOTE)


def test_the_command_line_says_the_note_was_kept(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tid, _li = _moved_training(db)
    sheet = tmp_path / "signup.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, quoting=csv.QUOTE_ALL)
        out.writerow(["Email Address", "Full name", "Do you need a hotel room?"])
        out.writerow(["li.na@chengdu-eco.example.cn", "Li Na", NOTE])
    assert main(["--db", str(db.path), "import-contacts", str(sheet), "--training", tid]) == 0
    err = capsys.readouterr().err
    said = "signup.csv line 2: Li Na: lodging answer not taken: check-out 2027-03-10 is not after check-in"
    assert said in err
    assert "; its note was kept" in err
