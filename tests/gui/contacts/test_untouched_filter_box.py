"""The contacts and organisations lists filter by "Untouched for … years" (field test 69, defect 3):
the year-end cleanup selects the people nobody changed or called for three years, then deletes
them with the list's Delete (which asks and offers Undo)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QComboBox, QMessageBox
from tests.core.test_untouched_filter import _aged

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_untouched_for_three_years_then_delete_and_undo(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _aged(db)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    box = page.filter_widgets["unchanged"]
    assert isinstance(box, QComboBox)
    qtbot.waitUntil(lambda: box.findData("3") > 0, timeout=5000)
    box.setCurrentIndex(box.findData("3"))
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    assert page.model.row_id(0) == ids["Quiet"]

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    page.table.selectAll()
    page.delete_selected()
    qtbot.waitUntil(lambda: page.undo_offered(), timeout=5000)
    assert asked and "Anna Quiet" in asked[0]
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    page.undo_delete()
    # Back, and still untouched (round 51): a restore is no edit, so the filter lists it again.
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    assert page.model.row_id(0) == ids["Quiet"]
    box.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
