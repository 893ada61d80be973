"""Window walk 58 (screenshots, Bangkok's visits sheet): the report of a past-visits import said
"Dates such as 05/08/2027 were read month first (May 8), as the office's country writes them ()." above
a sheet of Buddhist-era dates (02/11/2569), which are read day first whatever the office's country, and
are said on their own lines; and those lines stood flush left, not under the row they belong to."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.visits.past_import import PastVisitsResultDialog, import_file

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_buddhist_dates_are_not_said_to_read_two_ways(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "visits_th.csv"
    sheet.write_text(
        "Delegation,Date,End,Country\nBMA waste team,02/11/2569,04/11/2569,Thailand\n", encoding="utf-8"
    )
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    op = import_file(window, sheet)
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: hasattr(window, "past_visits_result"), timeout=5000)
    dialog = window.past_visits_result  # type: ignore[attr-defined]
    assert isinstance(dialog, PastVisitsResultDialog)
    lines = dialog.text.toPlainText().split("\n")
    assert not any("were read" in line for line in lines), lines  # no day-or-month sentence, no "()"
    row = next(i for i, line in enumerate(lines) if "BMA waste team" in line)
    note = lines[row + 1]
    assert note.strip() == "02/11/2569 is a date in the Buddhist era: 2 Nov 2026 is taken"
    # the note stands under its row, as in the projects preview
    indent = len(note) - len(note.lstrip())
    assert indent > len(lines[row]) - len(lines[row].lstrip())
