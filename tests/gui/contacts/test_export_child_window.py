"""The window exporting all contacts of a large file through a child process (issue 17): the
command line's bytes, its progress, Stop, and a child that fails said in plain words."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

from petdesk.cancellation import Cancelled
from petdesk.cli import main
from petdesk.db import Database
from petdesk.gui.contacts import import_dialog
from petdesk.gui.qt import QApplication, QMessageBox, QProgressDialog, QPushButton, Qt, QTimer
from petdesk.services import export_child
from tests.core.contacts.test_duplicates_child import children_of
from tests.helpers.exported import exported_content

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The main window on a small file exported as a large one is (the threshold lowered)."""
    from petdesk.gui.main_window import MainWindow

    monkeypatch.setattr(export_child, "CHILD_FROM", 1)
    monkeypatch.setattr(import_dialog, "EXPORT_PROGRESS_DELAY_MS", 0)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    return window


def test_the_child_writes_what_the_command_line_writes(
    qtbot: Any, window: Any, demo_db: Database, tmp_path: Path
) -> None:
    from_window, from_cli = tmp_path / "window.vcf", tmp_path / "cli.vcf"
    seen: list[tuple[int, int]] = []
    done: list[int] = []
    op = import_dialog.export_contacts_to(window, demo_db, from_window, "vcf", on_done=done.append)
    op.progress.connect(lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: children_of(os.getpid()) != [], timeout=5000)  # the child runs
    with qtbot.waitSignal(op.finished, timeout=30000):
        pass
    assert done == [200] and seen and seen[-1] == (200, 200)
    assert main(["--db", str(demo_db.path), "export-contacts", "--out", str(from_cli)]) == 0
    assert exported_content(from_window) == exported_content(from_cli)
    qtbot.waitUntil(lambda: children_of(os.getpid()) == [], timeout=5000)


def test_stop_kills_the_child_and_writes_no_file(
    qtbot: Any, window: Any, demo_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    op = import_dialog.export_contacts_to(window, demo_db, folder / "all.csv", "csv")
    outcome: list[Any] = []
    op.failed.connect(outcome.append)
    op.finished.connect(lambda r: outcome.append(("finished", r)))
    qtbot.waitUntil(lambda: children_of(os.getpid()) != [], timeout=5000)
    progress = window.findChild(QProgressDialog, "export_progress")
    (stop_button,) = progress.findChildren(QPushButton)
    qtbot.mouseClick(stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=20000)
    assert isinstance(outcome[0], Cancelled), outcome
    assert list(folder.iterdir()) == []  # neither the file nor its part
    assert window.statusBar().currentMessage() == "Export stopped; no file was written."
    qtbot.waitUntil(lambda: children_of(os.getpid()) == [], timeout=5000)


def test_a_removed_folder_is_told_in_plain_words(
    qtbot: Any, window: Any, demo_db: Database, tmp_path: Path
) -> None:
    told: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            told.append(box.text())
            box.accept()
        else:  # not up yet
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(0, read_and_close)
    import_dialog.export_contacts_to(window, demo_db, tmp_path / "usb-stick" / "all.csv", "csv")
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert told[0].startswith("Export failed: cannot write ")
    assert "the folder is not there" in told[0] and "Traceback" not in told[0]
