"""File > Export contacts… to CSV says in its summary that the photos were not written (field test 29:
the export dropped them without a word, and a round trip lost them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui import csv_separator
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QAction, QFileDialog
from petdesk.services import importing
from tests.core.contacts.io_helpers import DATA_DIR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_csv_export_summary_names_the_photos_left_out(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as s:
        importing.import_file(s, DATA_DIR / "real" / "apple_addressbook_photo_person.vcf")
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    out = tmp_path / "all.csv"

    def save_as(*_args: Any) -> tuple[str, str]:
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(csv_separator, "ask_separator", lambda _parent: ",")  # the separator asked
    window.findChild(QAction, "action_export_contacts").trigger()
    qtbot.waitUntil(lambda: "photo" in window.statusBar().currentMessage(), timeout=10000)
    assert window.statusBar().currentMessage() == (
        f"1 contacts exported to {out} — "
        "CSV and Excel files hold no photos: 1 contact's photo was not written"
    )
    assert out.exists()
