"""Activity Log › Office housekeeping… (round 51): a year-end delete chosen with "Untouched for"
and an erasure leave lines a colleague reads later, in the window's language; the erased person is
not named."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk import i18n
from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.activities import open_activity_log
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QApplication, QComboBox, QMessageBox, QPlainTextEdit, Qt
from petdesk.gui.translation import register_fonts
from petdesk.services import privacy
from petdesk.sync.tracking import STAFF_SETTING
from tests.core.test_untouched_filter import _aged
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def _lines(qtbot: QtBot, window: MainWindow) -> tuple[str, object]:
    log = open_activity_log(window)
    qtbot.addWidget(log)
    qtbot.mouseClick(log.housekeeping_button, Qt.MouseButton.LeftButton)
    dialog = log.findChild(QPlainTextEdit, "housekeeping_lines").window()
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return log.findChild(QPlainTextEdit, "housekeeping_lines").toPlainText(), dialog


#: What each language's window shows: the dialog's title, the erasure's line, the delete's line.
WORDS = {
    "en": (
        "Office housekeeping",
        "Wang Lei erased 1 contact at their request",
        "Wang Lei deleted 1 contact (untouched for 3 years)",
    ),
    "zh_CN": (
        "办公室整理记录",
        "Wang Lei 应本人要求清除了 1 位联系人",
        "Wang Lei 删除了 1 位联系人（已 3 年未改动）",
    ),
}


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_a_year_end_delete_and_an_erasure_are_in_the_housekeeping_log(  # type: ignore[no-untyped-def]
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, locale: str, translators, tree_catalogue
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tree_catalogue.parent)  # this tree's .qm
    translators(locale)
    ids = _aged(db)
    with db.transaction() as s:
        s.merge(m.Setting(key=STAFF_SETTING, value="Wang Lei"))
    window = MainWindow(db, locale=locale)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    box = page.filter_widgets["unchanged"]
    assert isinstance(box, QComboBox)
    qtbot.waitUntil(lambda: box.findData("3") > 0, timeout=5000)
    box.setCurrentIndex(box.findData("3"))
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() == 1, timeout=5000)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.table.selectAll()
    page.delete_selected()
    qtbot.waitUntil(lambda: page.undo_offered(), timeout=5000)
    privacy.erase(db, ids["Fresh"], look_in_backups=False)

    text, dialog = _lines(qtbot, window)
    title, erased, deleted = WORDS[locale]
    lines = text.splitlines()
    assert dialog.windowTitle() == title  # type: ignore[attr-defined]
    assert lines[0].endswith(erased) and lines[1].endswith(deleted)
    assert "Fresh" not in text
    if shots := os.environ.get("PETDESK_SHOTS"):
        register_fonts(QApplication.instance())  # type: ignore[arg-type]
        dialog.grab().save(str(Path(shots) / f"housekeeping_{locale}.png"))  # type: ignore[attr-defined]
