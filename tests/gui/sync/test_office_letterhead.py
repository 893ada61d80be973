"""Settings → Office sets the invitation letters' letterhead (field test 99): the office's address,
contact person and phone, in English and Chinese, which only `petdesk office` could set, so the
window's "Invitation letter…" refused every letter for data it gave no way to enter."""

from __future__ import annotations

import os

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.services import invitation

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_office_page_keeps_the_letterhead(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from petdesk.gui.settings import open_settings
    from petdesk.gui.sync.office import OfficeSettingsPage

    with db.transaction() as s:
        invitation.set_office_settings(s, phone="+86 551 6553 1200")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    dialog = open_settings(window)
    page = next(p for p in dialog.pages if isinstance(p, OfficeSettingsPage))
    assert page.letterhead["phone"].text() == "+86 551 6553 1200"
    page.letterhead["address"].setText("800 Wangjiang West Road, Hefei")
    page.letterhead["address_zh"].setText("合肥市望江西路800号")
    page.letterhead["contact"].setText("Liu Qiang")
    page.letterhead["contact_zh"].setText("刘强")
    page.letterhead["phone"].clear()
    if shots := os.environ.get("PETDESK_SHOTS"):
        dialog.tabs.setCurrentWidget(page)
        dialog.grab().save(f"{shots}/office_letterhead.png")
    page.apply(window)
    with db.reading() as s:
        assert invitation.office_settings(s) == {
            "address": "800 Wangjiang West Road, Hefei",
            "address_zh": "合肥市望江西路800号",
            "contact": "Liu Qiang",
            "contact_zh": "刘强",
            "phone": "",
            "country": "",
        }
    dialog.close()
