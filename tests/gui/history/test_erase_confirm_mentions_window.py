"""The window's question before an erasure lists the records whose free text names the person
(how many, the first few by kind and title, deleted ones said to be so) before the user confirms;
and a rewrite that failed because the drive went away asks to reconnect it, not to free space."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database, open_database
from petdesk.gui.history import _offer_rewrite
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QMessageBox, Qt, QTimer
from petdesk.services import privacy
from tests.core.privacy.test_erase_confirm_mentions import _named
from tests.core.privacy.test_erasure import make_person

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_the_question_lists_records_naming_the_person(qtbot: QtBot, db: Database) -> None:
    person, live, gone = _named(db, extra=4)  # 7: five listed, "… and 2 more"
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.select_id(person)
    button = page.detail.findChild(type(page.detail.edit_button), "erase_person")
    qtbot.waitUntil(lambda: page.detail.contact_id == person and button.isVisible(), timeout=5000)
    asked: list[str] = []
    heights: list[int] = []

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not shown yet: look again
            QTimer.singleShot(50, cancel)
            return
        asked.append(box.text())
        heights.append(box.sizeHint().height())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    text = asked[0]
    assert "Their name is also written in 7 other record" in text and "leaves as written:" in text
    assert f"• Activity {live[0][:8]}, Subject: Met Zhou Xiaoming (0)" in text
    assert "… and 2 more" in text and live[5][:8] not in text and gone[:8] not in text
    assert heights[0] <= 640  # fits the smallest screen petdesk supports, with the list
    assert privacy.person_to_erase(db, person).person_id == person  # cancelled: still here


def test_a_drive_gone_asks_to_reconnect_it_then_retry(qtbot: QtBot, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    db = open_database(stick / "office.sqlite")
    try:
        person_id, _ = make_person(db)
        privacy.erase(db, person_id, look_in_backups=False)
        window = MainWindow(db, locale="en")
        qtbot.addWidget(window)
        pane = window.show_page("contacts").detail
        away = stick.with_name("elsewhere")
        stick.rename(away)  # pulled out, for real: the file is not where it was opened
        try:
            problem = privacy.rewrite_file(db, "en")
        finally:
            away.rename(stick)
        assert problem is not None and problem.unreachable
        _offer_rewrite(pane, "Erase Personal Data", "Erased.", problem)
        box = pane.erase_done
        assert "Reconnect the drive holding the file, then click Retry." in box.text()
        assert "Free some space" not in box.text() and "unable to open" not in box.text()
        box.button(QMessageBox.StandardButton.Retry).click()  # plugged back in
        qtbot.waitUntil(lambda: pane.erase_done is not box, timeout=10_000)
        assert "The file is rewritten" in pane.erase_done.text()
        pane.erase_done.close()
        window.close()
    finally:
        db.close()
