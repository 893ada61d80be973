"""Field test 63: a keyboard user reached the organisation pane's Print/Export Partner Overview…,
Edit… and Log activity… and the follow-ups' buttons only by tabbing through the whole pane: none
had an Alt+letter. Each has one now, in English and in Chinese, shared with nothing else in the
window (the menu bar's &File, &Edit…), and the key does what the button does."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from petdesk.db import Database
from petdesk.gui.contacts.detail import ActivityDialog, ContactDetailView
from petdesk.gui.main_window import MainWindow
from petdesk.gui.organisations.detail import OrganisationDetailView
from petdesk.gui.qt import QApplication, Qt
from tests.gui.test_unique_mnemonics import mnemonic
from tests.helpers.shortcut_map import ambiguous_keys, could_show

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_partner_panes_buttons_have_their_own_alt_letters(
    qtbot: QtBot, translators, demo_db: Database, locale: str
) -> None:  # type: ignore[no-untyped-def]
    translators(locale)
    window = MainWindow(demo_db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with demo_db.reading() as s:
        organisation_id, contact_id = s.execute(
            text("select organisation_id, contact_id from affiliation where end_date is null limit 1")
        ).one()
    for key, pane_type, record_id in (
        ("organisations", OrganisationDetailView, organisation_id),
        ("contacts", ContactDetailView, contact_id),
    ):
        window.show_page(key)
        pane = window.findChild(pane_type)
        pane.show_entity(record_id)
        qtbot.waitUntil(lambda pane=pane: pane.title.text() != "", timeout=10_000)
        panel = pane.follow_ups
        buttons = [
            pane.edit_button,
            pane.log_button,
            *([pane.overview_button] if key == "organisations" else []),
        ]
        buttons += [panel.add_button, panel.done_button, panel.reopen_button, panel.postpone_button]
        buttons += [panel.delete_button, panel.undo_button]
        assert [b.text() for b in buttons if not mnemonic(b.text())] == [], key
        assert ambiguous_keys(window, [window], could_show) == {}, key
    # Alt+G on the organisation pane logs an activity, as its button does.
    window.show_page("organisations")
    pane = window.findChild(OrganisationDetailView)
    pane.show_entity(organisation_id)
    qtbot.waitUntil(lambda: pane.title.text() != "" and pane.log_button.isVisible(), timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    letter = mnemonic(pane.log_button.text())
    assert letter == "g"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in pane.findChildren(ActivityDialog)), timeout=5000)
    for dialog in pane.findChildren(ActivityDialog):
        dialog.reject()
