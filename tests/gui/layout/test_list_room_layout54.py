"""layout54, in English and in Chinese: the City needs' titles at 1024×640 were cut after their last
whole word ("Upgrade of the ...", the rest of the cell empty: the list wrapped its cells) or, in
Chinese, by 2 px while City and Status kept 48 px for 43 px of text; and the
Trainings list at 1400×900 cut its titles while Status and City kept 100 and 150 px for "Done" and
"Dalian" (starting widths the fitter shrank in proportion, not to the texts)."""

from __future__ import annotations

from statistics import median_high

import pytest
from pytestqt.qtbot import QtBot

from petdesk.gui.column_fit import whole_title_width
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QColor, QTableView
from petdesk.gui.record_list import RecordListPage
from petdesk.gui.technologies.match_view import NEED_HEADERS, NeedsPage
from tests.helpers import fitted_lists
from tests.helpers.fitted_lists import LOCALES, laid_out

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
window = fitted_lists.window  # the fixture: the demo window at 1024×640, parametrized by language


def _text_right_edge(table: QTableView, row: int, column: int) -> int:
    """How far right of its cell's left edge the painted text reaches, in pixels (as grabbed)."""
    rect = table.visualRect(table.model().index(row, column))
    image = table.viewport().grab(rect).toImage()
    background = QColor(image.pixel(image.width() - 2, image.height() // 2)).lightness()
    for x in range(image.width() - 1, -1, -1):
        if any(abs(QColor(image.pixel(x, y)).lightness() - background) > 60 for y in range(image.height())):
            return x + 1
    return 0


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_a_cut_need_title_fills_its_cell(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("needs")
    page = window.findChild(NeedsPage)
    assert page is not None
    table = page.list.table
    laid_out(qtbot, table)
    title = [key for key, _t in NEED_HEADERS].index("title")
    width = table.horizontalHeader().sectionSize(title)
    rows = range(table.model().rowCount())
    cut = [r for r in rows if table.sizeHintForIndex(table.model().index(r, title)).width() > width]
    # "…" at the cell's edge, less at most a character the ellipsis had no room after
    slack = table.fontMetrics().horizontalAdvance("中") + 6
    for row in cut:
        assert _text_right_edge(table, row, title) >= width - slack, (row, width)
    if cut:  # no other column wider than its texts and title (城市 kept 48 px for 43)
        header = table.horizontalHeader()
        for c in range(header.count()):
            longest = max(table.sizeHintForIndex(table.model().index(r, c)).width() for r in rows)
            assert c == title or header.sectionSize(c) <= max(longest, whole_title_width(header, c)) + 2, c


@pytest.mark.parametrize("window", LOCALES, indirect=True)
def test_the_trainings_titles_take_the_room_others_leave_at_1400(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1400, 900)
    page = window.show_page("trainings")
    assert isinstance(page, RecordListPage)
    table = page.table
    laid_out(qtbot, table)
    qtbot.waitUntil(lambda: table.viewport().width() > 600, timeout=5000)
    laid_out(qtbot, table)
    header = table.horizontalHeader()
    keys = [c.key for c in page.model.source.columns]
    title = keys.index("title")
    rows = range(table.model().rowCount())
    texts = [table.sizeHintForIndex(table.model().index(r, title)).width() for r in rows]
    # a typical title whole (the middle one of the rows, by width)
    assert header.sectionSize(title) >= median_high(texts), (header.sectionSize(title), texts)
    for key in ("status", "city"):  # wider than their texts only where the title is whole
        c = keys.index(key)
        if header.sectionSize(title) < max(texts):
            longest = max(table.sizeHintForIndex(table.model().index(r, c)).width() for r in rows)
            assert header.sectionSize(c) <= max(longest, header.sectionSizeHint(c)) + 2, key
    assert not table.horizontalScrollBar().isVisible()
