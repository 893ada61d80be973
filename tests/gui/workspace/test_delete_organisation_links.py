"""The delete question names everything hanging off an organisation and what becomes of it; its
open follow-ups leave the reminders and come back on Undo (field test 50, defect 4)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.gui.record_list import RecordListPage
from petdesk.services import activities, projects, reminders
from petdesk.services import organisations as org_service
from petdesk.services import visits as visit_service

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _due(db: Database) -> int:
    with db.reading() as s:
        return sum(r.ref_kind == "follow_up" for r in reminders.reminders(s, days=30))


def test_the_question_names_follow_ups_activities_and_projects_and_undo_brings_them_back(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        org = org_service.create_organisation(s, name_en="Stuttgart Water Tech GmbH")
        for n in range(2):
            visit_service.add_follow_up(
                s, None, description_en=f"Call back {n}", due_date=dt.date.today(), organisation_id=org.id
            )
        activities.add_activity(s, subject="Call", organisation_id=org.id)
        projects.create_project(s, title_en="Sludge drying", lead_organisation_id=org.id)
    assert _due(db) == 2
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("organisations")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    text = asked[0]
    # (English plural forms come from petdesk_en.qm, read from the main tree until merged)
    assert re.search(r"2 open follow-up(s|\(s\)) go with it: they leave Home", text), text
    assert re.search(r"1 logged activit(y|ies) stays? in the activity log", text), text
    assert re.search(r"1 project(\(s\))? led by it keeps? it as lead, marked as deleted", text), text
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert _due(db) == 0
    qtbot.waitUntil(page.undo_button.isVisible, timeout=5000)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert _due(db) == 2
