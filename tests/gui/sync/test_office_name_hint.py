"""Field test 8, defect 6: the office settings say when only one of the office's names is edited."""

from __future__ import annotations

import os

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.services import office as office_service

# The offscreen platform's note when the dialog grows for the hint's line.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_editing_only_the_english_name_points_at_the_chinese_one(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    from petdesk.gui.settings import open_settings
    from petdesk.gui.sync.office import OfficeSettingsPage

    with db.transaction() as session:
        office_service.set_identity(session, name="Kunming Office", name_zh="北京代表处")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    dialog = open_settings(window)
    page = next(p for p in dialog.pages if isinstance(p, OfficeSettingsPage))
    assert page.name_hint.text() == ""
    page.name.clear()
    qtbot.keyClicks(page.name, "Chengdu Hub")
    assert "北京代表处" in page.name_hint.text() and "Chinese" in page.name_hint.text()
    if shots := os.environ.get("PETDESK_SHOTS"):
        dialog.tabs.setCurrentWidget(page)
        dialog.grab().save(f"{shots}/office_hint.png")
    page.name_zh.setText("成都中心")  # (QTest types Latin keys only)
    assert page.name_hint.text() == ""
    dialog.close()


def test_completing_a_rename_in_chinese_says_nothing(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    """Field test 27, defect 6: the English name was just changed; the Chinese edit completes it."""
    from petdesk.gui.settings import open_settings
    from petdesk.gui.sync.office import OfficeSettingsPage

    with db.transaction() as session:
        office_service.set_identity(session, name="Beijing Office", name_zh="北京代表处")
    with db.transaction() as session:
        office_service.set_identity(session, name="Stuttgart")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    dialog = open_settings(window)
    page = next(p for p in dialog.pages if isinstance(p, OfficeSettingsPage))
    page.name_zh.setText("斯图加特办公室")
    assert page.name_hint.text() == ""
    page.name_zh.setText("北京代表处")
    page.name.setText("Chengdu Hub")  # the Chinese name is older than "Stuttgart": it stayed behind
    assert "北京代表处" in page.name_hint.text()
    dialog.close()
