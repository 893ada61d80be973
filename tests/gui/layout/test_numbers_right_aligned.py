"""shots59: the counts of the lists stood left-aligned like words (the visits' People and Head
count, the trainings' People and Attendees, the technologies' TRL); numbers stand right, so their
digits line up, and the words beside them stay left."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt, QTableView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: page key -> (the headers of its counts, the header of a column of words), in English
PAGES = {
    "visits": (("People", "Head count"), "Title"),
    "trainings": (("People", "Attendees"), "Title"),
    "technologies": (("TRL",), "Name"),
}


def _alignment(table: QTableView, header: str) -> Qt.AlignmentFlag:
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    value = model.data(model.index(0, titles.index(header)), Qt.ItemDataRole.TextAlignmentRole)
    return Qt.AlignmentFlag(int(value)) if value is not None else Qt.AlignmentFlag.AlignLeft


@pytest.mark.parametrize("key", PAGES)
def test_counts_stand_right_words_left(qtbot: QtBot, translators, demo_db: Database, key: str) -> None:
    translators("en")
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    page = window.show_page(key)
    table = next(t for t in page.findChildren(QTableView) if t.isVisibleTo(page))
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=10_000)
    counts, words = PAGES[key]
    for header in counts:
        assert _alignment(table, header) & Qt.AlignmentFlag.AlignRight, f"{key}: {header}"
    assert not _alignment(table, words) & Qt.AlignmentFlag.AlignRight
