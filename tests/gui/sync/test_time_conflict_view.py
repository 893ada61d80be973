"""The Sync page shows a meeting's time conflict in the place's time, and settles start and end as
one decision (field test 11, defects 3 and 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.qt import Qt
from petdesk.gui.sync.page import ConflictsView
from tests.core.sync.conftest import offices, packages  # noqa: F401 (fixtures)
from tests.core.sync.test_time_conflicts import _place_times, moved_both_ways  # noqa: F401 (fixture)

#: The offscreen platform warns when a widget is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _row(view: ConflictsView, row: int) -> list[str]:
    return [view.model.index(row, column).data() for column in range(view.model.columnCount())]


def test_the_time_conflict_is_in_place_time_and_settled_whole(
    qtbot,
    moved_both_ways,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    chengdu, _stuttgart, item_id = moved_both_ways
    view = ConflictsView(chengdu)
    qtbot.addWidget(view)
    view.resize(1366, 360)
    view.show()
    rows = {_row(view, r)[2]: (r, _row(view, r)) for r in range(view.model.rowCount())}
    assert set(rows) == {"Starts", "Ends"}
    start_row, start = rows["Starts"]
    assert start[3] == "8 Mar 2027, 14:30 (UTC+08:00)" and start[5] == "8 Mar 2027, 15:00 (UTC+08:00)"
    assert rows["Ends"][1][3] == "8 Mar 2027, 16:30 (UTC+08:00)"

    view.table.selectRow(start_row)
    assert "Ends is settled with it, to the same office's value." in view.explanation.text()
    view.grab().save(str(tmp_path / "time_conflict.png"))
    with qtbot.waitSignal(view.resolved, timeout=10_000):
        qtbot.mouseClick(view.other_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 0
    assert view.explanation.text().startswith("Settled with it: Ends, to the same office's value")
    assert _place_times(chengdu, item_id) == ("15:00", "17:00")
    view.grab().save(str(tmp_path / "time_conflict_settled.png"))
