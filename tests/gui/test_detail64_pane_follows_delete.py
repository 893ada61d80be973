"""Detail 64: right after a delete (Delete, Yes) the list's selection moves to the next row, and the
detail pane beside it must never show another record meanwhile. A reviewer saw the deleted contact
("Ravi Adams") in the pane for about 200 ms while "Thandiwe Adams" was selected, up to 2 s with the
pool busy: the pane kept the old record on screen until the new one's details had been read, and
Edit, E-mail and Log Activity on it then act on the selected contact, not the one shown.

Checked after every pass of the event loop from the delete until the pane shows the new row, on
each page that shares the record list (contacts, organisations, visits, trainings), with the pane's
own read slowed as when the pool is busy."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QMessageBox, Qt, QTimer
from petdesk.gui.record_list import RecordListPage
from petdesk.services import contacts as contact_service
from petdesk.services import organisations as organisation_service
from petdesk.services import trainings as training_service
from petdesk.services import visits as visit_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

GIVEN = ("Amara", "Jun", "Ravi", "Thandiwe", "Yusuf")
#: How long the pane's own read takes here: as when it waits behind the page's other reads.
SLOW_S = 0.3


def _fill(db: Database, kind: str) -> None:
    with db.transaction() as s:
        for n, given in enumerate(GIVEN):
            day = dt.date(2026, 9, 1) + dt.timedelta(n)
            if kind == "contacts":
                s.add(m.Contact(family_name="Adams", given_name=given))
            elif kind == "organisations":
                s.add(m.Organisation(name_en=f"{given} Water Works", name_zh=f"{given}水厂"))
            elif kind == "visits":
                visit_service.create_visit(s, title_en=f"{given} delegation", start_date=day, end_date=day)
            else:
                training_service.create_training(s, title_en=f"{given} course", start_date=day, end_date=day)


def _slow(monkeypatch: pytest.MonkeyPatch) -> None:
    for module, name in ((contact_service, "contact_detail"), (organisation_service, "organisation_detail")):
        real = getattr(module, name)

        def slow(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            time.sleep(SLOW_S)
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, slow)


def _current(page: RecordListPage) -> str | None:
    return page.model.row_id(page.table.currentIndex().row())


def _shown(page: RecordListPage) -> str | None:
    """The record whose details the pane has on screen (None: an empty pane)."""
    return page.detail.shown_id  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("kind", ["contacts", "organisations", "visits", "trainings"])
def test_detail64_the_pane_never_shows_another_record_than_the_selected_one(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    _fill(db, kind)
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page(kind)
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5 and not page.model.refreshing, timeout=5000)
    ids = [page.model.row_id(r) for r in range(5)]
    page.table.setFocus()
    page.table.selectRow(2)
    qtbot.waitUntil(lambda: _shown(page) == ids[2], timeout=5000)
    _slow(monkeypatch)

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(10, answer_yes)

    QTimer.singleShot(0, answer_yes)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)  # the question, answered Yes above
    wrong: list[tuple[str | None, str | None]] = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        QApplication.processEvents()
        shown, current = _shown(page), _current(page)
        if shown is not None and shown != current:
            wrong.append((shown, current))
        if current == ids[3] and shown == ids[3] and page.model.rowCount() == 4:
            break
        time.sleep(0.002)
    assert _current(page) == ids[3]  # the row after the deleted one
    assert not wrong, f"the pane showed {wrong[0][0]} with {wrong[0][1]} selected ({len(wrong)} passes)"
    qtbot.waitUntil(lambda: _shown(page) == ids[3], timeout=5000)  # and then the selected one


def test_detail64_the_catalogue_pane_follows_a_delete_too(qtbot: QtBot, db: Database) -> None:
    """The technology catalogue (``ListPage``, as projects and city needs) reads its pane on the
    selection's change itself: checked the same way, by the name the pane shows."""
    from petdesk.gui.list_page import ListPage
    from petdesk.services import technologies as tech_service

    with db.transaction() as s:
        for given in GIVEN:
            tech_service.create_technology(s, name_en=f"{given} filter", sector="air", trl=9)
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()  # the Delete key is the page's shortcut
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    catalogue = window.show_page("technologies")
    listing = catalogue.list  # type: ignore[attr-defined]
    assert isinstance(listing, ListPage)
    qtbot.waitUntil(lambda: listing.model.rowCount() == 5, timeout=5000)
    names = [listing.model.index(r, 0).data() for r in range(5)]

    def shown() -> str | None:
        pane = catalogue.detail  # type: ignore[attr-defined]
        return pane.toPlainText().splitlines()[0] if pane.isVisible() and pane.toPlainText() else None

    def current() -> str | None:
        row = listing.table.currentIndex().row()
        return listing.model.index(row, 0).data() if row >= 0 else None

    listing.table.setFocus()
    listing.table.selectRow(2)
    qtbot.waitUntil(lambda: shown() == names[2], timeout=5000)

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(10, answer_yes)

    QTimer.singleShot(0, answer_yes)
    QTest.keyClick(listing.table, Qt.Key.Key_Delete)
    wrong: list[tuple[str | None, str | None]] = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if (now := shown()) is not None and now != current():
            wrong.append((now, current()))
        if current() == names[3] and now == names[3] and listing.model.rowCount() == 4:
            break
        time.sleep(0.002)
    assert current() == names[3]
    assert not wrong, f"the pane showed {wrong[0][0]} with {wrong[0][1]} selected"
