"""Field test 32, §10: on the Technologies and City needs pages Tab went to the filter boxes
before the search box above them, and "New …" (top right) came last, after the whole match view."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QComboBox, QPushButton, Qt
from tests.gui.pipeline.test_pipeline_window import pipeline_db  # noqa: F401  (the fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("key", ["technologies", "needs"])
def test_tab_goes_search_new_filters_then_list(qtbot, pipeline_db: Database, key: str) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    window = MainWindow(pipeline_db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page(key)
    listing = page.list
    window.activateWindow()
    listing.search.setFocus()
    qtbot.waitUntil(listing.search.hasFocus)
    visited = []
    while QApplication.focusWidget() is not listing.table and len(visited) < 20:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[-1] is listing.table
    assert isinstance(visited[0], QPushButton) and visited[0].objectName() == "new_record"
    filters = [w for w in visited[1:-1] if isinstance(w, QComboBox)]
    assert filters and all(listing._filter_bar.isAncestorOf(w) for w in visited[1:-1])
