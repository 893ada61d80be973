"""Field test 59: the window's erasure lists the other records whose free text still names the
person ("Met Wang Hao and team"), for the office to edit; it does not rewrite them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QMessageBox, Qt, QTimer
from petdesk.services import activities
from petdesk.services import contacts as contact_service
from petdesk.services import organisations as org_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_erase_result_lists_records_still_naming_the_person(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        org = org_service.create_organisation(s, name_en="Qingdao Water Group").id
        person = contact_service.create_contact(
            s, family_name="Wang", given_name="Hao", family_name_zh="王", given_name_zh="浩"
        ).id
        met = activities.add_activity(s, subject="Met Wang Hao and team", organisation_id=org).id
        call = activities.add_activity(s, subject="Call", body="与王浩通话", organisation_id=org).id
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.select_id(person)
    button = page.detail.findChild(type(page.detail.edit_button), "erase_person")
    qtbot.waitUntil(lambda: page.detail.contact_id == person and button.isVisible(), timeout=5000)

    def erase() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()

    QTimer.singleShot(200, erase)
    with qtbot.waitSignal(page.detail.changed, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    told = page.detail.erase_done.text()
    assert "Their name is still written in 2 other record" in told  # English plurals: petdesk_en.qm
    assert f"• Activity {met[:8]}, Subject: Met Wang Hao and team" in told
    assert f"• Activity {call[:8]} (Call), Notes: 与王浩通话" in told
    page.detail.erase_done.close()
    with db.reading() as s:
        assert s.get(m.Activity, met).subject == "Met Wang Hao and team"  # type: ignore[union-attr]
