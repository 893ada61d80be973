"""After a city need is deleted on the City needs page, the match view beside the list does not
go on showing it: it moves to the need now current, or shows its hint when none is (as the
Technologies page's detail pane does after a delete)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.technologies.match_view import NeedsPage
from petdesk.services import needs as need_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def _page(qtbot: QtBot, db: Database, *titles: str) -> tuple[NeedsPage, list[str]]:
    with db.transaction() as s:
        ids = [need_service.create_need(s, title_en=title, sector="water").id for title in titles]
    page = NeedsPage(db, "en")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == len(titles), timeout=5000)
    assert page.list.model.row_id(0) is not None  # the rows read, as painting them does
    # Deleting asks first; the answer here is Yes (the question itself is tested with the lists).
    page.list._confirm_delete = lambda ids: True  # type: ignore[method-assign]
    return page, ids


def _delete_shown(qtbot: QtBot, page: NeedsPage, need_id: str) -> None:
    page.select_need(need_id)
    assert page.match_view.need_id == need_id
    with qtbot.waitSignal(page.list.rows_changed, timeout=5000):
        page.list.delete_selected()
    with page.db.reading() as s:
        assert s.get(m.CityNeed, need_id).deleted_at is not None  # type: ignore[union-attr]


def test_deleting_the_only_need_shows_the_hint(qtbot: QtBot, db: Database) -> None:
    page, [need_id] = _page(qtbot, db, "Clean river")
    _delete_shown(qtbot, page, need_id)
    view = page.match_view
    assert view.need_id is None
    assert view.empty.isVisible() and not view.content.isVisible()


def test_deleting_the_shown_need_moves_to_the_current_one(qtbot: QtBot, db: Database) -> None:
    page, ids = _page(qtbot, db, "Clean river", "Less landfill")
    _delete_shown(qtbot, page, ids[0])
    view = page.match_view
    current = page.list.model.row_id(page.list.table.currentIndex().row())
    assert view.need_id == current != ids[0]
    if current is None:
        assert view.empty.isVisible() and not view.content.isVisible()
    else:
        assert "Less landfill" in view.heading.text()


def test_a_row_naming_a_need_deleted_elsewhere_shows_the_hint(qtbot: QtBot, db: Database) -> None:
    """The list's selection or a queued refresh can name a need the list has not reloaded yet (Delete,
    Undo and Redo at once, or a colleague's delete): the view shows its hint instead of raising "no city
    need" in the event loop (fresh-clone CI of round 63, test_redo_list_delete)."""
    page, ids = _page(qtbot, db, "Clean river", "Less landfill")
    page.select_need(ids[0])
    with db.transaction() as s:
        need_service.delete_needs(s, [ids[1]])
    page._select(1)  # the stale row of the need deleted underneath
    view = page.match_view
    assert view.need_id is None
    assert view.empty.isVisible() and not view.content.isVisible()
