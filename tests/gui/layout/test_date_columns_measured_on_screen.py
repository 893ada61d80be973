"""The date columns of a long record list are measured over the rows on screen and their
neighbours, not Qt's 1000: every far scroll in a list of 5,000 visits asked for five pages of 200
rows read off the disk for a measure alone, and took 0.2 s of the GUI thread (review53b)."""

from __future__ import annotations

import uuid
from contextlib import closing

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.record_list import RecordListPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _many_visits(db: Database, at_least: int) -> None:
    """The demo's visits copied under new ids until there are ``at_least``."""
    with closing(db.raw()) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(visit)")]
        rows = conn.execute("SELECT * FROM visit").fetchall()
        assert rows
        at, marks = columns.index("id"), ",".join("?" * len(columns))
        times = range(at_least // len(rows))
        copies = [[*r[:at], str(uuid.uuid4()), *r[at + 1 :]] for _ in times for r in rows]
        conn.executemany(f"INSERT INTO visit VALUES ({marks})", copies)
        conn.commit()


def test_a_far_scroll_reads_only_the_pages_around_the_rows_shown(
    qtbot: QtBot, translators, demo_db: Database  # type: ignore[no-untyped-def]
) -> None:
    _many_visits(demo_db, 3000)
    translators("en")
    main = MainWindow(demo_db, locale="en")
    qtbot.addWidget(main)
    main.resize(1024, 640)
    main.show()
    page = main.show_page("visits")
    assert isinstance(page, RecordListPage)
    table, model = page.table, page.model
    qtbot.waitUntil(lambda: model.rowCount() >= 3000 and table.viewport().width() > 200, timeout=10000)
    middle = model.rowCount() // 2
    table.scrollTo(model.index(middle, 0))

    def settled() -> bool:  # the rows shown have come, and no measure or page read is pending
        shown = table.indexAt(table.viewport().rect().center())
        return shown.isValid() and shown.data() is not None and not page.column_fitter._refit.isActive()

    qtbot.waitUntil(lambda: settled() and not model._pending, timeout=10000)
    # the first page (kept), the one shown and a neighbour at most: not the five a measure asked for
    assert len(model._pages) <= 3, sorted(model._pages)
    main.close()
