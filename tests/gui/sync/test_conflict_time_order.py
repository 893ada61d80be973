"""The Sync page settles a start chosen alone without ending the item before it starts, and says
that the end moved with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.qt import Qt
from petdesk.gui.sync.page import ConflictsView
from tests.core.sync.helpers import make_office
from tests.core.sync.test_time_conflicts import _one_end_apart, _place_times

#: The offscreen platform warns when a widget is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_using_the_other_start_moves_the_end_and_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    offices = tuple(make_office(tmp_path / "dbs", name) for name in ("Chengdu", "Bonn", "Nairobi"))
    packages = tmp_path / "packages"
    packages.mkdir()
    try:
        chengdu, _bonn, item_id = _one_end_apart(offices, packages, "start")
        view = ConflictsView(chengdu)
        qtbot.addWidget(view)
        view.resize(1200, 360)
        view.show()
        view.table.selectRow(0)
        assert view.explanation.text().endswith(
            "Choosing the other value moves Ends with the start, keeping its length."
        ), view.explanation.text()
        with qtbot.waitSignal(view.resolved, timeout=10_000):
            qtbot.mouseClick(view.other_button, Qt.MouseButton.LeftButton)
        assert _place_times(chengdu, item_id) == ("15:00", "16:00")
        assert view.explanation.text() == (
            "Ends moved with the start, keeping its length, so it does not end before it starts."
        )
    finally:
        for db in offices:
            db.close()


def test_an_end_that_would_come_before_the_start_cannot_be_chosen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    offices = tuple(make_office(tmp_path / "dbs", name) for name in ("Chengdu", "Bonn", "Nairobi"))
    packages = tmp_path / "packages"
    packages.mkdir()
    try:
        chengdu, _bonn, item_id = _one_end_apart(offices, packages, "end")
        view = ConflictsView(chengdu)
        qtbot.addWidget(view)
        view.table.selectRow(0)
        assert not view.other_button.isEnabled() and view.keep_button.isEnabled()
        assert view.explanation.text() == (
            "The other value would make it end before it starts: keep the current value, and change "
            "the time in the editor if needed."
        )
        assert _place_times(chengdu, item_id) == ("18:00", "19:00")
    finally:
        for db in offices:
            db.close()
