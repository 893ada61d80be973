"""Settings › Defaults: her name for "Logged by", the window's time zone, how dossiers start out
(field test 14, defect 6: she looked for these in Settings and found only language and office)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.detail import ActivityDialog
from petdesk.gui.dossier.dialog import DossierDialog
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QDialogButtonBox, Qt
from petdesk.gui.settings import open_settings
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import contacts, visits

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _set_defaults(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_settings(window)
    page = dialog.defaults
    dialog.tabs.setCurrentWidget(page)
    qtbot.keyClicks(page.author, "Gao Yan")
    page.zone.set_zone("Asia/Shanghai")
    page.first_lang.setCurrentIndex(page.first_lang.findData("zh_CN"))
    page.layout_choice.setCurrentIndex(page.layout_choice.findData("sequential"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_defaults_are_used_where_they_belong(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_TZ", "Etc/UTC")  # the machine of the field test
    with db.transaction() as s:
        contact_id = contacts.create_contact(s, family_name="Li", given_name="Ming").id
        visit_id = visits.create_visit(
            s, title_en="Study visit", start_date=dt.date(2027, 4, 12), end_date=dt.date(2027, 4, 12)
        ).id
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    _set_defaults(qtbot, window)

    activity = ActivityDialog(db, contact_id=contact_id, parent=window)
    qtbot.addWidget(activity)
    assert activity.author.text() == "Gao Yan"

    editor = VisitEditor(db, visit_id=visit_id, locale="en", parent=window)
    qtbot.addWidget(editor)
    assert editor.viewer.key == "Asia/Shanghai"  # "your time" hints, as the calendar shows

    dossier = DossierDialog(db, visit_id=visit_id, locale="en", parent=window)
    qtbot.addWidget(dossier)
    assert dossier.first_lang.currentData() == "zh_CN" and dossier.sequential.isChecked()


def test_the_page_shows_what_is_remembered(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    _set_defaults(qtbot, window)
    again = open_settings(window).defaults
    assert again.author.text() == "Gao Yan"
    assert again.zone.zone() == "Asia/Shanghai"
    assert again.first_lang.currentData() == "zh_CN"
    assert again.layout_choice.currentData() == "sequential"
