"""A notice kept in the status bar (the demo's, the upgrade's, records dated ahead) stays readable
as the bar changes around it. Field test 70: the demo notice ran on under the office counts, cut
with no "…", when the counts grew after it was shown. Future50: once the window was resized with the
notice still cut short, its tooltip (the whole text) was cleared and "Details…" was hidden."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QStatusBar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _demo_window(qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    from petdesk.services import office

    monkeypatch.setattr(office, "demo_db_path", lambda: demo_db.path)  # the program menu's demo
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.status_label.text()), timeout=10000)
    qtbot.waitUntil(lambda: window.notice_button.isVisible())
    return window


def _left_of(window: MainWindow, widget_name: str) -> int:
    widget = getattr(window, widget_name)
    return int(widget.mapTo(window.statusBar(), widget.rect().topLeft()).x())


def _drawn_width(window: MainWindow) -> int:
    bar = window.statusBar()
    return int(bar.fontMetrics().horizontalAdvance(QStatusBar.currentMessage(bar)))


def test_the_demo_notice_is_cut_again_when_the_office_counts_grow(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _demo_window(qtbot, demo_db, monkeypatch)
    bar = window.statusBar()
    before = QStatusBar.currentMessage(bar)
    assert before.endswith("…")
    # the counts grow after the notice was cut (a longer office name, more records)
    window.status_label.setText(window.status_label.text() + " · 12 trainings · 345 follow-ups")
    qtbot.waitUntil(lambda: QStatusBar.currentMessage(bar) != before)
    assert QStatusBar.currentMessage(bar).endswith("…")
    qtbot.waitUntil(lambda: _drawn_width(window) < _left_of(window, "notice_button"))
    assert _left_of(window, "notice_button") < _left_of(window, "status_label")


def test_a_notice_still_cut_after_a_resize_keeps_its_tooltip_and_details(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _demo_window(qtbot, demo_db, monkeypatch)
    bar = window.statusBar()
    whole = bar.currentMessage()
    assert bar.toolTip() == whole
    drawn = QStatusBar.currentMessage(bar)
    window.resize(1300, 700)  # wider, the notice still longer than the room
    qtbot.waitUntil(lambda: len(QStatusBar.currentMessage(bar)) > len(drawn))
    assert QStatusBar.currentMessage(bar).endswith("…")
    assert bar.toolTip() == whole
    assert window.notice_button.isVisible()
    assert _drawn_width(window) < _left_of(window, "notice_button")
    # another message takes its place: no notice tooltip, no Details…
    bar.showMessage("Saved.", 5000)
    assert bar.toolTip() == "" and not window.notice_button.isVisible()
