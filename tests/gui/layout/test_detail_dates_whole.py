"""shots59: at 1024×768 the activity log of a contact's and an organisation's pane cut its When
column ("2025年3月14…", "12 Jul 2025, 05:…") while the name beside it was whole: a date or time
gives way last, the subject (the stretching column) and the names first."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAbstractItemView, QModelIndex, QTreeWidget

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
@pytest.mark.parametrize("key", ["contacts", "organisations"])
def test_the_activity_log_shows_its_times_whole(
    qtbot: QtBot, translators, demo_db: Database, locale: str, key: str
) -> None:
    translators(locale)
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    page = window.show_page(key)
    view = next(v for v in page.findChildren(QAbstractItemView) if v.isVisibleTo(page) and v.model())
    qtbot.waitUntil(lambda: view.model().rowCount(QModelIndex()) > 0, timeout=10_000)
    log = page.findChild(QTreeWidget, "activities")
    assert log is not None
    for row in range(10):  # the first record with activities logged
        view.setCurrentIndex(view.model().index(row, 0, QModelIndex()))
        try:
            qtbot.waitUntil(lambda: log.isVisible() and log.topLevelItemCount() > 0, timeout=2_000)
            break
        except qtbot.TimeoutError:
            continue
    assert log.topLevelItemCount() > 0
    qtbot.waitUntil(lambda: log.header().sectionSize(0) >= log.sizeHintForColumn(0), timeout=5_000)
    # ...and the log still fits its pane: no column is pushed out of sight
    header = log.header()
    assert sum(header.sectionSize(c) for c in range(log.columnCount())) <= log.viewport().width()
