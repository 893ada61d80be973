"""Settings › Office: the e-mail size limit for packages (field test 34: only ``sync export
--mail-limit`` could set it), kept as the same local setting the export dialog and the CLI read."""

from __future__ import annotations

from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QDialogButtonBox, Qt
from petdesk.gui.settings import open_settings
from petdesk.gui.sync.office import OfficeSettingsPage
from petdesk.sync import mail_limit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _office_page(window: MainWindow) -> tuple[Any, OfficeSettingsPage]:
    dialog = open_settings(window)
    page = next(p for p in dialog.pages if isinstance(p, OfficeSettingsPage))
    dialog.tabs.setCurrentWidget(page)
    return dialog, page


def test_the_mail_limit_is_set_in_settings_and_remembered(qtbot: Any, db: Database) -> None:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    dialog, page = _office_page(window)
    assert page.mail_limit.value() == mail_limit.DEFAULT_MB and page.mail_limit.suffix() == " MB"
    page.mail_limit.setFocus()
    page.mail_limit.selectAll()
    qtbot.keyClicks(page.mail_limit, "10")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert mail_limit.limit_mb(db) == 10.0
    dialog, page = _office_page(window)
    assert page.mail_limit.value() == 10.0  # shown again next time
    dialog.close()


def test_ok_without_touching_it_keeps_the_default(qtbot: Any, db: Database) -> None:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    dialog, _page = _office_page(window)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    conn = db.raw()
    try:
        assert conn.execute("SELECT 1 FROM setting WHERE key = ?", (mail_limit.SETTING,)).fetchone() is None
    finally:
        conn.close()
