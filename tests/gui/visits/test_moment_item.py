"""An itinerary item that is a moment (a calendar event with a start and no end, RFC 5545) reads
"09:00" in the visit editor's itinerary, not "09:00–09:00", and its dialog saves it as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.gui.visits.list import VisitsPage
from petdesk.services import ical
from petdesk.services import visits as vs
from tests.helpers import editors
from tests.helpers.no_end_events import OUTLOOK

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_itinerary_shows_a_moment_as_its_start(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Munich delegation", start_date=dt.date(2027, 3, 15), end_date=dt.date(2027, 3, 20),
            timezone="Asia/Shanghai",
        )  # fmt: skip
        ical.import_into_visit(s, v.id, OUTLOOK.replace("\n", "\r\n").encode())
        item_id = vs.itinerary(s, v.id)[0].id
        visit_id = v.id
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    qtbot.waitUntil(lambda: item_id in editor.items_model.ids(), timeout=10000)
    row = editor.items_model.ids().index(item_id)
    model = editor.items_model
    cells = {
        model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c).data()
        for c in range(model.columnCount())
    }
    assert "09:00" in cells.values(), cells
    assert not any(isinstance(v, str) and v.startswith("09:00–") for v in cells.values()), cells
    # the item's dialog takes the moment as it is: no "must end after it starts"
    dialog = editor.item_dialog(item_id)
    # and its "Your time" line says the moment alone (shots51: "01:00 – 01:00 UTC")
    assert "–" not in dialog.viewer_time.text(), dialog.viewer_time.text()
    assert editor.save_item(dialog, item_id)
