"""polish53 at 1024×640, in English and in Chinese: the City needs' filter boxes cut their words
with no mark ("All statuse"); the needs' Deadline kept 110 px while the titles were elided; the
Trainings list's new Attendees / 学员 column (field89) sat behind a sideways scroll bar."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.column_fit import whole_title_width
from petdesk.gui.elided_combo import shown_text
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QComboBox, QTableView
from petdesk.gui.record_list import RecordListPage
from petdesk.gui.technologies.filter_bar import CatalogueFilterBar
from petdesk.gui.technologies.match_view import NEED_HEADERS, NeedsPage
from tests.helpers import fitted_lists
from tests.helpers.fitted_lists import LOCALES, laid_out

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
window = fitted_lists.window  # the fixture: the demo window at 1024×640, parametrized by language


def _content_width(table: QTableView, column: int) -> int:
    return max(table.sizeHintForColumn(column), table.horizontalHeader().sectionSizeHint(column))


def test_a_cut_filter_box_ends_its_text_with_an_ellipsis(
    qtbot: QtBot, translators, demo_db: Database
) -> None:
    translators("en")
    # (at 1024 px the filters have the page's whole width since the match view goes under the
    # list, shots60: a page as narrow as the list once was beside it)
    page = NeedsPage(demo_db, "en")
    qtbot.addWidget(page)
    page.resize(400, 600)
    page.show()
    qtbot.waitExposed(page)
    bar = page.findChild(CatalogueFilterBar)
    assert bar is not None
    status = bar.boxes["status"]
    status.setFixedWidth(70)  # as narrow as beside the match view before shots60
    qtbot.waitUntil(lambda: status.width() == 70)
    cut = [
        box for box in bar.boxes.values()
        if box.fontMetrics().horizontalAdvance(box.currentText()) > box.width() - 30
    ]  # fmt: skip
    assert status in cut  # "All statuses" does not fit
    for box in cut:
        # painted as shown_text gives it, not by Qt's combo box (which clips mid-letter)
        assert type(box).paintEvent is not QComboBox.paintEvent
        assert shown_text(box).endswith("…") and shown_text(box) != box.currentText()
    # a wide box keeps its whole text
    status.setMinimumWidth(0)
    status.setMaximumWidth(16_777_215)
    page.resize(1400, 900)
    qtbot.waitUntil(lambda: shown_text(status) == status.currentText(), timeout=5000)


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_the_needs_titles_take_the_room_the_deadline_does_not_need(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("needs")
    page = window.findChild(NeedsPage)
    assert page is not None
    table = page.list.table
    laid_out(qtbot, table)
    keys = [key for key, _title in NEED_HEADERS]
    header = table.horizontalHeader()
    deadline, title = keys.index("deadline"), keys.index("title")
    need = _content_width(table, deadline)
    assert need - 2 <= header.sectionSize(deadline) <= need + 2, (header.sectionSize(deadline), need)
    assert header.sectionSize(title) == max(header.sectionSize(c) for c in range(header.count()))
    assert not table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("window", LOCALES, indirect=True)
@pytest.mark.parametrize("size", [(1024, 640), (1400, 900)])
def test_the_trainings_show_every_column_without_a_sideways_scroll(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window: MainWindow, size
) -> None:
    window.resize(*size)
    page = window.show_page("trainings")
    assert isinstance(page, RecordListPage)
    table = page.table
    laid_out(qtbot, table)
    header = table.horizontalHeader()
    keys = [c.key for c in page.model.source.columns]
    assert "attendees" in keys and not page.hidden_columns()
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=5000)
    last = header.logicalIndex(header.count() - 1)
    assert header.sectionPosition(last) + header.sectionSize(last) <= table.viewport().width()
    for key in ("start", "end"):  # the dates whole
        c = keys.index(key)
        assert header.sectionSize(c) >= table.sizeHintForColumn(c) - 2
    for key in ("people", "attendees"):  # the head counts' titles whole
        c = keys.index(key)
        assert header.sectionSize(c) >= whole_title_width(header, c), key
