"""Looking through a project's tabs changes nothing: Esc closes the dialog without asking to save.

An editable box (the currency) emitted ``activated`` again for the item it showed when the tab was
switched away from it, which counted as an edit: the window walk of every dialog stopped on
"Save changes?" for a project nobody had touched."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.projects.project_dialog import ProjectDialog
from petdesk.gui.qt import QTabWidget
from petdesk.services import projects as project_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_switching_tabs_from_the_currency_box_is_no_edit(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        pid = project_service.create_project(
            s, title_en="Sponge city pilot", amount=1_000_000, currency="EUR"
        ).id
    dialog = ProjectDialog(db, "en", project_id=pid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog.findChild(QTabWidget)
    funding = next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(dialog.currency))
    tabs.setCurrentIndex(funding)
    dialog.currency.setFocus()
    qtbot.waitUntil(dialog.currency.hasFocus, timeout=2000)
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
    assert not dialog.is_dirty()
    dialog.currency.setCurrentText("USD")  # a real change still counts
    assert dialog.is_dirty()
