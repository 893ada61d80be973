"""Deleting an organisation says how many people work there and what happens to them (field test
25, defect 6: "Delete 1 organisation?" alone, then 57 people showed no organisation)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.gui.record_list import RecordListPage
from petdesk.services import organisations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _utility_with_people(db: Database, people: int, former: int) -> str:
    with db.transaction() as s:
        org = m.Organisation(name_en="Bonn Water Utility")
        s.add(org)
        for i in range(people + former):
            person = m.Contact(family_name="Becker", given_name=f"Andreas {i}")
            ended = dt.date(2020, 1, 1) if i >= people else None
            s.add(m.Affiliation(contact=person, organisation=org, end_date=ended))
        s.flush()
        return org.id


def test_people_working_at_counts_current_positions_of_live_people(db: Database) -> None:
    org_id = _utility_with_people(db, people=3, former=2)
    with db.reading() as s:
        assert organisations.people_working_at(s, [org_id]) == 3


def test_the_delete_question_names_the_people(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _utility_with_people(db, people=3, former=1)
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
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    # (English plural forms come from petdesk_en.qm, read from the main tree until merged)
    assert re.search(r"3 (people|person\(s\)) work here", asked[0]), asked
    assert "restore" in asked[0]
    assert page.model.rowCount() == 1  # cancelled: nothing deleted
