"""Review 62: the import window's line about a lodging answer not taken said only "Line 2", where
the command line names the person: it names them in the reader's language (李娜 for a Chinese
reader), and says when the answer's note was kept all the same."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import training_lodging as tl
from petdesk.services import trainings as ts
from tests.core.visits.data import person
from tests.gui.contacts.test_lodgeoneday62_register_one_day import _import_and_register, tree_qm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
__all__ = ["tree_qm"]  # the fixture


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Line 2: Li Na: lodging answer not taken: check-out "),
        ("zh_CN", "第 2 行：李娜：未采用住宿回答："),
    ],
)
def test_the_refused_line_names_the_person(  # type: ignore[no-untyped-def]
    qtbot, tree_qm, translators, db: Database, tmp_path: Path, lang: str, said: str
) -> None:
    day = dt.date.today() + dt.timedelta(days=20)
    with db.transaction() as s:
        tid = ts.create_training(
            s, title_en="Sponge-city workshop", start_date=day, end_date=day + dt.timedelta(days=2)
        ).id
        li = person(s, "Na", "Li", "李娜", email="li.na@chengdu-eco.example.cn", family_first=True).id
        ts.register(s, tid, li)
        tl.set_lodging(s, tid, li, check_in=day + dt.timedelta(days=1))
        ts.update_training(s, tid, end_date=day)  # her saved check-in is now after the end
    sheet = tmp_path / "signup.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, quoting=csv.QUOTE_ALL)
        out.writerow(["Email Address", "Full name", "Do you need a hotel room?"])
        out.writerow(["li.na@chengdu-eco.example.cn", "Li Na", "Yes, arriving late"])
    translators(lang)
    _import_and_register(qtbot, db, lang, sheet, said)
    with db.reading() as s:
        [row] = tl.lodging_list(s, tid).rows
    assert row.note == "Yes, arriving late"
