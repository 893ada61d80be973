"""The visit editor's clash list names an organisation booked at two items at once (field test 76:
an enterprise at two B2B tables at 9:00 went unflagged)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.visits.list import VisitsPage
from tests.core.visits.test_clashes_organisation import _fair
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_clash_list_names_the_organisation(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    ids = _fair(db)
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(ids["visit"]))
    (text,) = [t for t in editor.clash_texts() if "Danube Sludge Tech GmbH" in t]
    assert text.startswith("⚠ Danube Sludge Tech GmbH is at two items at once: “B2B talk ")
    assert "“B2B talk 1”" in text and "“B2B talk 2”" in text
    assert "Clashes: 1" in editor.clash_title.text()


def test_the_two_items_read_in_their_titles_order(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Items at the same time are named 1 then 2 whatever their ids (screenshots, round 51: the
    English window read "“B2B talk 2” … and “B2B talk 1”", the Chinese one 1 and 2)."""
    from petdesk import models as m

    ids = _fair(db)
    # the ids in the titles' opposite order, so an order by id reads 2 before 1
    first, second = sorted((ids["table1"], ids["table2"]))
    with db.transaction() as s:
        for item_id, n in ((first, 2), (second, 1)):
            item = s.get(m.ItineraryItem, item_id)
            item.title_en, item.title_zh = f"B2B talk {n}", f"洽谈 {n}"
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("visits")
    assert isinstance(page, VisitsPage)
    editor = editors.loaded(qtbot, page.open_visit(ids["visit"]))
    (text,) = [t for t in editor.clash_texts() if "Danube Sludge Tech GmbH" in t]
    assert text.index("“B2B talk 1”") < text.index("“B2B talk 2”"), text
