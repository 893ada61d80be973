"""The window's erasure says, in its question and its report, in how many places the person's
typed name is replaced (field test 28: the author of 333 activities)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QMessageBox, Qt, QTimer
from petdesk.services import activities
from petdesk.services import contacts as contact_service

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]



@pytest.mark.parametrize(
    ("locale", "asked", "told"),
    [
        (
            "en",
            "replaced where it was typed as text: in 2 activity authors.",
            "also replaced in 2 activity authors",
        ),
        ("zh_CN", "2 条活动记录的记录人", "2 条活动记录的记录人"),
    ],
)
def test_erase_says_where_the_name_is_replaced(
    qtbot: QtBot,
    db: Database,
    translators,  # type: ignore[no-untyped-def]
    locale: str,
    asked: str,
    told: str,
) -> None:
    with db.transaction() as s:
        person = contact_service.create_contact(
            s, family_name="Liu", given_name="Yang", family_name_zh="刘", given_name_zh="洋"
        ).id
        partner = contact_service.create_contact(s, family_name="Becker", given_name="Anna").id
        for author in ("Liu Yang", "刘洋"):
            activities.add_activity(s, subject="Call", contact_id=partner, author=author)
    translators(locale)
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    page.select_id(person)
    button = page.detail.findChild(type(page.detail.edit_button), "erase_person")
    qtbot.waitUntil(lambda: page.detail.contact_id == person and button.isVisible(), timeout=5000)
    seen: list[str] = []

    def erase() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()

    QTimer.singleShot(200, erase)
    with qtbot.waitSignal(page.detail.changed, timeout=10000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked in seen[0]
    done = page.detail.erase_done
    assert told in done.text()
    done.close()
