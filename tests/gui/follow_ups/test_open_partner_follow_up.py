"""A follow-up of an organisation or a contact (no visit) opens from Home and from the calendar's
reminders: the record on its page, its follow-ups shown, the follow-up selected (field test 50,
defects 1 and 8)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import follow_ups as fu
from tests.core.visits.data import organisation, person

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot, db: Database) -> MainWindow:
    win = MainWindow(db, locale="en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    return win


def test_home_names_the_partner_and_opens_the_organisation(qtbot, db: Database, window: MainWindow) -> None:
    today = dt.date.today()
    with db.transaction() as s:
        org = organisation(s, "Siemens AG")
        fid = fu.add(
            s,
            kind="organisation",
            record_id=org.id,
            title_en="Prepare offer",
            due_date=today + dt.timedelta(days=7),
        ).id
        org_id = org.id
    home = window.show_page("home")
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.reload()
    item = home.item_for("follow_ups", "Prepare offer")
    assert item is not None
    assert item.text().startswith("Prepare offer — Siemens AG — due in 7 days (")
    rect = home.follow_ups.visualItemRect(item)
    qtbot.mouseClick(home.follow_ups.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.page("organisations")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=5_000)
    panel = page.detail.follow_ups
    qtbot.waitUntil(
        lambda: panel.record == ("organisation", org_id) and panel.selected() is not None, timeout=10_000
    )
    assert panel.selected().id == fid
    qtbot.waitUntil(panel.isVisible, timeout=5_000)  # shown with the rest of the organisation


def test_calendar_reminder_opens_the_contact(qtbot, db: Database, window: MainWindow) -> None:
    today = dt.date.today()
    with db.transaction() as s:
        anna = person(s, "Anna", "Keller")
        fid = fu.add(s, kind="contact", record_id=anna.id, title_en="Call Anna back", due_date=today).id
        anna_id = anna.id
    calendar = window.show_page("calendar")
    panel = calendar.reminders
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.reload()
    row = next(r for r, text in enumerate(panel.model.texts()) if "Call Anna back" in text)
    assert panel.model.texts()[row].endswith("— Anna Keller")
    panel.list.activated.emit(panel.model.index(row))
    contacts = window.page("contacts")
    assert window.stack.currentWidget() is contacts
    follow = contacts.detail.follow_ups
    qtbot.waitUntil(
        lambda: follow.record == ("contact", anna_id) and follow.selected() is not None, timeout=10_000
    )
    assert follow.selected().id == fid
