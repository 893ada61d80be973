"""The contact pane beside the list at 1024×640 needs no sideways scroll bar in either language
(shots53: the follow-ups' Owner row, its label column and two 80 px buttons, was 4 px wider than the
Chinese pane, which scrolled sideways)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QPushButton
from petdesk.gui.visits.widgets import RecordField

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_pane_fits_its_width(  # type: ignore[no-untyped-def]
    qtbot: QtBot, demo_db: Database, translators, locale: str, request: pytest.FixtureRequest
) -> None:
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")
    else:
        translators(locale)
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() > 3, timeout=10_000)
    page.table.selectRow(1)
    pane = page.detail
    qtbot.waitUntil(lambda: pane.contact_id is not None and pane.follow_ups.isVisible(), timeout=10_000)
    # shown whole, the pane scrolls down: its viewport narrowed by the vertical scroll bar
    qtbot.waitUntil(pane.verticalScrollBar().isVisible, timeout=10_000)
    body = pane.widget()
    assert body.minimumSizeHint().width() <= pane.viewport().width(), body.minimumSizeHint()
    qtbot.waitUntil(lambda: body.width() == pane.viewport().width())
    assert not pane.horizontalScrollBar().isVisible()
    # the Owner's Choose… and Clear keep their words whole
    owner = pane.follow_ups.findChild(RecordField)
    for button in owner.findChildren(QPushButton):
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()), button.text()
