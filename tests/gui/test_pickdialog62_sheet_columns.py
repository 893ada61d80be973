"""Round 62 (polish62): the visit's Hotels and Gifts sheets, empty, squeezed their first columns
("Hot…", "Given or…") while the last one filled the width. Their columns now have widths from
their titles and texts (``ColumnFitter``, as the itinerary): every title whole, the hotel's and
the gift's name taking the room to spare."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.column_fit import whole_title_width
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import visits as vs
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("width", [1366, 1024])
@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_pickdialog62_empty_sheets_show_every_title_whole(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, db: Database, locale: str, width: int
) -> None:
    translators(locale)
    with db.transaction() as s:
        day = dt.date(2026, 12, 14)
        visit_id = vs.create_visit(s, title_en="Study tour", start_date=day, end_date=day).id
    editor = VisitEditor(db, locale=locale, visit_id=visit_id)
    qtbot.addWidget(editor)
    editor.resize(width - 40, 700)
    editor.show()
    editors.loaded(qtbot, editor)
    tab = editor.logistics
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    for view, naming in ((tab.stays_view, 0), (tab.gifts_view, 1)):
        tab.sections.setCurrentWidget(view.parentWidget())
        qtbot.waitUntil(view.isVisible)
        qtbot.wait(50)  # the posted refit
        header = view.horizontalHeader()
        sizes = [header.sectionSize(c) for c in range(header.count())]
        titles = [whole_title_width(header, c) for c in range(header.count())]
        assert all(size >= title for size, title in zip(sizes, titles, strict=True)), (sizes, titles)
        assert max(sizes) == sizes[naming], sizes  # the name takes the spare room, not the last column
        assert sum(sizes) <= view.viewport().width(), (sizes, view.viewport().width())
