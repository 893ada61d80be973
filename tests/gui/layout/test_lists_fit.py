"""Every list fits its columns into the window's width at 1366×768 (field test 6, defect 19): the
organisations' last column (Country / 国家) sat behind a horizontal scroll bar."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.column_fit import fitted_widths
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QSettings, QTableView
from petdesk.gui.record_list import RecordListPage
from tests.helpers.settled import settled

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

#: Each page with a list, and how to find its table.
LIST_PAGES = ("organisations", "contacts", "visits", "trainings", "technologies", "needs", "projects")


def test_fitted_widths_keep_what_fits_and_share_out_the_excess() -> None:
    assert fitted_widths([100, 200], [50, 50], 400) == [100, 200]
    # 100 px too many: taken in proportion to what each can give (50 and 150).
    assert fitted_widths([100, 200], [50, 50], 200) == [75, 125]
    assert sum(fitted_widths([300, 220, 120, 130, 120], [60, 90, 48, 48, 48], 699)) <= 699
    assert fitted_widths([100, 200], [80, 150], 100) == [80, 150]  # never below the least
    assert fitted_widths([40], [60], 10) == [40]  # nor above what it wanted


def _table(window: MainWindow, key: str) -> QTableView:
    page = window.show_page(key)
    if isinstance(page, RecordListPage):
        return page.table
    if key == "projects":
        page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]  # the list, not the board
    return page.list.table  # type: ignore[attr-defined]


def _cut_columns(qtbot: QtBot, table: QTableView) -> list[str]:
    """The shown columns that end beyond the table's right edge, and a sideways scroll bar."""
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=5000)
    # the fitter's deferred pass and the scroll bars follow the layout: under load, a moment later
    return settled(qtbot, lambda: _cut_now(table))


def _cut_now(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    out = []
    right = table.viewport().width()
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        end = header.sectionPosition(column) + header.sectionSize(column)
        if end > right:
            title = table.model().headerData(column, header.orientation())
            out.append(f"{title} ends at {end} px of {right}")
    if table.horizontalScrollBar().isVisible():
        out.append("horizontal scroll bar")
    return out


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_every_list_fits_the_window_at_1366(  # type: ignore[no-untyped-def]
    qtbot: QtBot, translators, demo_db: Database, locale: str
) -> None:
    translators(locale)
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems = {}
    for key in LIST_PAGES:
        table = _table(window, key)
        if cut := _cut_columns(qtbot, table):
            problems[key] = cut
    assert not problems, problems


def test_the_widths_the_user_gave_are_kept_and_the_rest_fit(qtbot: QtBot, demo_db: Database) -> None:
    QSettings().setValue("widths/organisation/name", 300)
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("organisations")
    assert isinstance(page, RecordListPage)
    header = page.table.horizontalHeader()
    assert not _cut_columns(qtbot, page.table)
    assert header.sectionSize(0) == 300
    # A column the user drags is kept for the next start; the others make room.
    header.resizeSection(2, 150)
    assert QSettings().value("widths/organisation/city", type=int) == 150
    assert header.sectionSize(2) == 150 and not _cut_columns(qtbot, page.table)
    window.resize(1800, 768)  # room to spare: the last column takes it, the user's stay
    right = page.table.viewport
    qtbot.waitUntil(lambda: header.sectionPosition(4) + header.sectionSize(4) == right().width())
    assert (header.sectionSize(0), header.sectionSize(2)) == (300, 150)


def test_a_column_shown_again_fits_too(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("contacts")
    assert isinstance(page, RecordListPage)
    page.set_hidden_columns(["email", "phone"])
    assert not _cut_columns(qtbot, page.table)
    page.set_hidden_columns([])
    assert not _cut_columns(qtbot, page.table)
