"""The Gifts table and fields of the Chinese window say who gives and who receives (赠送方, 接受方),
as the dossier does: they borrowed the travel legs' "From"/"To", which read 出发地/目的地 (departure
place, destination) beside "Hubei embroidery, Li Ming, Anouk" (field test 77)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.mnemonic import without_mnemonic
from petdesk.gui.qt import QLabel, Qt
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.usefixtures("tree_window_catalogue")
def test_the_gifts_name_giver_and_recipient_in_chinese(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        vid = vs.create_visit(
            s, title_en="Study tour", start_date=dt.date(2027, 3, 22), end_date=dt.date(2027, 3, 31),
            direction="outbound", timezone="Europe/Amsterdam",
        ).id  # fmt: skip
        ls.add_gift(s, vid, description="Hubei embroidery", giver="Li Ming", recipient="Anouk de Jong")
    editor = VisitEditor(db, locale="zh_CN", visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    tab = editor.logistics
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        editor.tabs.setCurrentWidget(tab)
    model = tab.gifts_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads[2:] == ["赠送方", "接受方"], heads
    labels = {without_mnemonic(w.text()) for w in tab.findChildren(QLabel)}  # "赠送方(&V)" (review 62)
    assert {"赠送方", "接受方"} <= labels
