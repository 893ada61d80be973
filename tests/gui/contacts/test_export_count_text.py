"""The window's export message writes the count with thousands separators, as the list does
(field test 47, defect 4: "100000 contacts exported to …")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from tests.gui.contacts.test_export_scope import _export_with

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_export_message_groups_thousands(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, translators: Any
) -> None:
    translators("en")  # as at start-up: the window's language is Qt's default locale
    with db.transaction() as s:
        s.add_all(m.Contact(family_name="Zhang", given_name=f"Wei {i}") for i in range(1_001))
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.total == 1_001, timeout=5000)
    out = tmp_path / "all.csv"
    _export_with(qtbot, window, out, monkeypatch, None)
    assert window.statusBar().currentMessage().startswith("1,001 contacts exported to")
