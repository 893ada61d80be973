"""shots59b: the partner panes' "Log activity…" stood among title-case buttons ("Find Duplicates
of This…", "Hand Over Work…", "Erase Personal Data…"): the English buttons of both panes are in
title case, as the menus are (test_menu_title_case); Chinese has no case."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from petdesk.db import Database
from petdesk.gui.contacts.detail import ContactDetailView
from petdesk.gui.main_window import MainWindow
from petdesk.gui.organisations.detail import OrganisationDetailView
from petdesk.gui.qt import QPushButton
from tests.gui.i18n.test_menu_title_case import lower_words

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_partner_panes_buttons_are_in_title_case(qtbot: QtBot, translators, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    translators("en")
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with demo_db.reading() as s:
        organisation_id, contact_id = s.execute(
            text("select organisation_id, contact_id from affiliation where end_date is null limit 1")
        ).one()
    bad = []
    for key, pane_type, record_id in (
        ("organisations", OrganisationDetailView, organisation_id),
        ("contacts", ContactDetailView, contact_id),
    ):
        window.show_page(key)
        pane = window.findChild(pane_type)
        pane.show_entity(record_id)
        qtbot.waitUntil(lambda pane=pane: pane.title.text() != "", timeout=10_000)
        follow_ups = set(pane.follow_ups.findChildren(QPushButton))
        for button in pane.findChildren(QPushButton):
            if button not in follow_ups and button.isVisible() and lower_words(button.text()):
                bad.append(f"{key}: {button.text()}")
    assert bad == []
