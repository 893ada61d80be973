"""The logistics tab's vehicles say "No transport planned yet." above the empty list, as the dossier
does (round 52), and no more once a car is added."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QPushButton, Qt
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("locale", "words"), [("en", "No transport planned yet."), ("zh_CN", "尚未安排交通。")]
)
def test_the_vehicles_say_no_transport_until_a_car_is_added(
    qtbot, db: Database, request: pytest.FixtureRequest, locale: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    if locale == "zh_CN":
        request.getfixturevalue("tree_window_catalogue")  # this tree's Chinese window
    with db.transaction() as s:
        day = dt.date(2027, 3, 16)
        visit_id = vs.create_visit(s, title_en="Study tour", start_date=day, end_date=day).id
    editor = VisitEditor(db, locale=locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    tab = editor.logistics
    with qtbot.waitSignal(tab.loaded, timeout=10000):  # its tables are read off the GUI thread
        editor.tabs.setCurrentWidget(tab)
    tab.sections.setCurrentIndex(2)  # the vehicles
    qtbot.waitUntil(tab.cars_none.isVisible)
    assert tab.cars_none.text() == words
    qtbot.keyClicks(tab.car_vehicle, "Buick GL8")
    qtbot.mouseClick(tab.findChild(QPushButton, "add_car"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.cars_model.rowCount() == 1)
    qtbot.waitUntil(lambda: not tab.cars_none.isVisible())
