"""The itinerary's note names the viewer's zone as Chinese readers say it: "“本机时间”按北京时间显示"
(screenshots, round 51: it read "按 北京 时区显示", the city spaced like a Latin name and the zone
not called 北京时间 as the zone box and the item dialog call it). A Latin zone keeps its spaces."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.qt import QSettings
from petdesk.gui.viewer_zone import ZONE_KEY, set_viewer_zone
from petdesk.gui.visits.edit import VisitEditor
from tests.gui.layout.test_itinerary_fit import visit_id
from tests.helpers import editors

__all__ = ["visit_id"]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.usefixtures("tree_window_catalogue")
@pytest.mark.parametrize(
    ("zone", "note"),
    [
        ("Asia/Shanghai", "时间均为当地时间；“本机时间”按北京时间显示"),
        ("Europe/Berlin", "时间均为当地时间；“本机时间”按柏林时间显示"),
        ("UTC", "时间均为当地时间；“本机时间”按 UTC 时间显示"),
    ],
)
def test_the_note_names_beijing_time(qtbot: QtBot, db: Database, visit_id: str, zone: str, note: str) -> None:
    assert set_viewer_zone(zone)
    try:
        editor = VisitEditor(db, locale="zh_CN", visit_id=visit_id)
        qtbot.addWidget(editor)
        editor.show()
        editors.loaded(qtbot, editor)
        qtbot.waitUntil(lambda: bool(editor.zone_note.text()), timeout=10000)
        assert editor.zone_note.text() == note
    finally:
        QSettings().remove(ZONE_KEY)
