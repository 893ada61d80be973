"""The Travel table of the window names a leg's times by the city of its place when that city keeps
the time: "08:00 Wuhan" beside "Wuhan WUH", not "08:00 Shanghai" (field test 77)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.qt import Qt
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_travel_table_names_the_city_of_departure(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        vid = vs.create_visit(
            s, title_en="Study tour", start_date=dt.date(2027, 3, 22), end_date=dt.date(2027, 3, 31),
            direction="outbound", timezone="Europe/Amsterdam",
        ).id  # fmt: skip
        ls.add_travel_leg(
            s, vid, departs=dt.datetime(2027, 3, 22, 8, 0), arrives=dt.datetime(2027, 3, 22, 10, 30),
            from_place="Wuhan WUH", to_place="Beijing PEK", number="CA 8204",
        )  # fmt: skip
    editor = VisitEditor(db, locale="en", visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    tab = editor.logistics
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        editor.tabs.setCurrentWidget(tab)
    model = tab.legs_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    row = [model.data(model.index(0, c), Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
    assert any(str(v).endswith("08:00 Wuhan") for v in row), row
    assert any(str(v).endswith("10:30 Beijing") for v in row), row
