"""walks58b, Karachi's Chinese window at 1024 px: the visits list's Country column, shown by choice,
read "巴基…" for 巴基斯坦. A country is a short label in Chinese: shown whole, as Status is."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QSettings
from petdesk.gui.record_list import RecordListPage
from tests.helpers import fitted_lists
from tests.helpers.fitted_lists import laid_out

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
window = fitted_lists.window


@pytest.mark.parametrize("window", ["zh_CN"], indirect=True)
def test_a_chinese_country_is_shown_whole_at_1024(qtbot: QtBot, window: MainWindow) -> None:
    with window.db.transaction() as s:
        for visit in s.scalars(select(m.Visit)):
            visit.country = "PK"
    QSettings().remove("columns/visit")
    QSettings().remove("splitter/visit")
    page = window.show_page("visits")
    assert isinstance(page, RecordListPage)
    page.set_hidden_columns([])  # Country chosen in the header's menu
    laid_out(qtbot, page.table)
    keys = [c.key for c in page.model.source.columns]
    country = keys.index("country")
    table, header = page.table, page.table.horizontalHeader()
    assert table.model().index(0, country).data() == "巴基斯坦"

    def whole() -> bool:
        fits = header.sectionSize(country) >= table.sizeHintForColumn(country)
        return fits and not table.horizontalScrollBar().isVisible()

    qtbot.waitUntil(whole, timeout=5000)
