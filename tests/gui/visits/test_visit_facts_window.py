"""A delegation's country and head count (0070) in the window: typed into the visit editor and read
back from the database and into the editor again; shown, sorted and hideable in the Visits list."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.gui.record_list import RecordListPage
from petdesk.services import visits as vs
from tests.helpers import editors

#: The offscreen platform cannot resize native windows to fit a toolbar, nor raise the country box's
#: completer popup or give it the keyboard; harmless here.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def _window(qtbot, db: Database, locale: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(db, locale=locale)
    qtbot.addWidget(win)
    win.show()
    return win


def _visit(db: Database, title: str, month: int, **fields: object) -> str:
    with db.transaction() as s:
        return vs.create_visit(
            s, title_en=title, start_date=dt.date(2027, month, 1), end_date=dt.date(2027, month, 2), **fields
        ).id


def test_the_editor_keeps_country_and_head_count(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    visit_id = _visit(db, "Hanoi water", 3)
    page = _window(qtbot, db).show_page("visits")
    editor = editors.loaded(qtbot, page.open_visit(visit_id))
    assert editor.country.code() == "" and editor.head_count.text() == "—"
    editor.country.lineEdit().clear()
    qtbot.keyClicks(editor.country.lineEdit(), "Vietnam")
    editor.head_count.setFocus()
    editor.head_count.selectAll()
    qtbot.keyClicks(editor.head_count, "8")
    assert editors.save(qtbot, editor)
    with db.reading() as s:
        visit = s.get(m.Visit, visit_id)
        assert visit is not None and (visit.country, visit.head_count) == ("VN", 8)
    editor.close()
    again = editors.loaded(qtbot, page.open_visit(visit_id))
    assert (again.country.code(), again.country.currentText(), again.head_count.value()) == (
        "VN",
        "Vietnam",
        8,
    )
    # emptied again: "—" is no head count, an empty country none
    again.head_count.setValue(0)
    again.country.set_code("")
    assert editors.save(qtbot, again)
    with db.reading() as s:
        visit = s.get(m.Visit, visit_id)
        assert visit is not None and (visit.country, visit.head_count) == (None, None)


def test_a_country_that_is_no_code_is_refused_and_nothing_saved(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    visit_id = _visit(db, "Hanoi water", 3, country="VN")
    editor = editors.loaded(qtbot, _window(qtbot, db).show_page("visits").open_visit(visit_id))
    editor.country.lineEdit().clear()
    qtbot.keyClicks(editor.country.lineEdit(), "Atlantis")
    assert not editors.save(qtbot, editor)
    assert "country" in editor.message.text()
    with db.reading() as s:
        visit = s.get(m.Visit, visit_id)
        assert visit is not None and visit.country == "VN"


def _column(page: RecordListPage, key: str) -> int:
    return [c.key for c in page.model.source.columns].index(key)


def _shown(page: RecordListPage, key: str) -> list[str]:
    col = _column(page, key)
    return [str(page.model.index(r, col).data() or "") for r in range(page.model.rowCount())]


@pytest.mark.parametrize(
    ("locale", "by_name"),
    [("en", ["", "Germany", "Laos", "Vietnam"]), ("zh_CN", ["", "德国", "老挝", "越南"])],
)
def test_the_list_shows_and_sorts_by_country_and_head_count(
    qtbot, db: Database, locale: str, by_name: list[str]
) -> None:  # type: ignore[no-untyped-def]
    _visit(db, "Hanoi", 1, country="VN", head_count=8)
    _visit(db, "Bonn", 2, country="DE", head_count=12)
    _visit(db, "Vientiane", 3, country="LA", head_count=3)
    _visit(db, "Unknown", 4)
    page = _window(qtbot, db, locale).show_page("visits")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 4, timeout=10000)
    page.table.sortByColumn(_column(page, "country"), Qt.SortOrder.AscendingOrder)
    # by the name shown ("Vietnam", "越南"), the visit without a country first
    qtbot.waitUntil(lambda: _shown(page, "country") == by_name, timeout=10000)
    page.table.sortByColumn(_column(page, "head_count"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: _shown(page, "head_count")[:3] == ["12", "8", "3"], timeout=10000)
    page.set_hidden_columns(["country", "head_count"])
    assert page.table.isColumnHidden(_column(page, "country"))
    assert page.table.isColumnHidden(_column(page, "head_count"))
