"""The window's export of contacts shows its progress and can be stopped, leaving no file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from petdesk.cancellation import Cancelled
from petdesk.db import Database
from petdesk.gui.contacts import import_dialog
from petdesk.gui.qt import QProgressDialog, QPushButton, Qt
from petdesk.services import exporting
from tests.helpers.exported import exported_content
from tests.helpers.held import hold

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: Any, demo_db: Database) -> Any:
    from petdesk.gui.main_window import MainWindow

    window = MainWindow(demo_db, locale="en")
    qtbot.addWidget(window)
    return window


def test_an_export_shows_progress_and_says_when_done(
    qtbot: Any, window: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "EXPORT_PROGRESS_DELAY_MS", 0)
    monkeypatch.setattr(exporting, "_CHUNK", 10)
    out = tmp_path / "all.csv"
    done: list[int] = []
    op = import_dialog.export_contacts_to(window, demo_db, out, "csv", on_done=done.append)
    progress = window.findChild(QProgressDialog, "export_progress")
    assert progress is not None and progress.labelText() == "Exporting contacts to all.csv…"
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert done == [200] and out.exists()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "export_progress") is None)


def test_stop_ends_the_export_with_no_file_written(
    qtbot: Any, window: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_dialog, "EXPORT_PROGRESS_DELAY_MS", 0)
    monkeypatch.setattr(exporting, "_CHUNK", 10)
    # the export waits until Stop was pressed, so that the test does not race it
    # (all contacts: the function the command line uses, field test 10)
    started, release = hold(monkeypatch, exporting, "export_all_of_file")
    folder = tmp_path / "exports"
    folder.mkdir()
    done: list[int] = []
    op = import_dialog.export_contacts_to(window, demo_db, folder / "all.vcf", "vcf", on_done=done.append)
    assert started.wait(10)
    progress = window.findChild(QProgressDialog, "export_progress")
    assert progress is not None
    (stop_button,) = progress.findChildren(QPushButton)
    assert stop_button.text() == "Stop"
    qtbot.mouseClick(stop_button, Qt.MouseButton.LeftButton)
    release.set()
    outcome: list[Any] = []
    op.failed.connect(outcome.append)
    op.finished.connect(lambda r: outcome.append(("finished", r)))
    qtbot.waitUntil(lambda: bool(outcome), timeout=20000)
    assert isinstance(outcome[0], Cancelled), outcome
    assert done == [] and list(folder.iterdir()) == []
    assert window.statusBar().currentMessage() == "Export stopped; no file was written."
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "export_progress") is None)


@pytest.mark.parametrize("fmt", ["csv", "vcf", "xlsx"])
def test_the_window_writes_all_contacts_as_the_command_line_does(
    qtbot: Any, window: Any, demo_db: Database, tmp_path: Path, fmt: str
) -> None:
    """The same bytes from the same function (the window went through a session at half the speed)."""
    from petdesk.cli import main

    from_window, from_cli = tmp_path / f"window.{fmt}", tmp_path / f"cli.{fmt}"
    op = import_dialog.export_contacts_to(window, demo_db, from_window, fmt)  # type: ignore[arg-type]
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert main(["--db", str(demo_db.path), "export-contacts", "--out", str(from_cli)]) == 0
    assert exported_content(from_window) == exported_content(from_cli)


def test_an_export_gives_its_memory_back(qtbot: Any, window: Any, demo_db: Database, tmp_path: Path) -> None:
    """Field test 10: each export of all contacts left the window bigger (vCard heads and pinyin
    remembered); see benchmarks/window_memory.py."""
    op = import_dialog.export_contacts_to(window, demo_db, tmp_path / "all.vcf", "vcf")
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert exporting._sorted_n_head.cache_info().currsize == 0
    assert exporting._name_pinyin.cache_info().currsize == 0


def test_a_late_progress_report_does_not_cover_the_stop_message(
    qtbot: Any, window: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Field test 10: the status bar read "Exporting contacts… 31%" after a stopped export. A report
    sent by the worker before it saw Stop can reach the window after the stop was told."""
    monkeypatch.setattr(import_dialog, "EXPORT_PROGRESS_DELAY_MS", 0)
    started, release = hold(monkeypatch, exporting, "export_all_of_file")
    op = import_dialog.export_contacts_to(window, demo_db, tmp_path / "all.vcf", "vcf")
    assert started.wait(10)
    progress = window.findChild(QProgressDialog, "export_progress")
    (stop_button,) = progress.findChildren(QPushButton)
    qtbot.mouseClick(stop_button, Qt.MouseButton.LeftButton)
    release.set()
    with qtbot.waitSignal(op.failed, timeout=20000):
        pass
    assert window.statusBar().currentMessage() == "Export stopped; no file was written."
    op.progress.emit(31, 100)  # the late report, as the queue hands it over
    assert window.statusBar().currentMessage() == "Export stopped; no file was written."


def test_the_window_holds_a_small_part_of_a_csv_export_at_a_time(
    qtbot: Any, window: Any, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """benchmarks/window_memory.py: the command line's 135 MB of rows held to put them in name
    order took the window from 290 to 339-366 MB at 100,000 contacts."""
    budgets: list[int] = []
    block_size = exporting._block_size

    def recorded(*args: Any) -> int:
        budgets.append(args[4])
        return block_size(*args)

    monkeypatch.setattr(exporting, "_block_size", recorded)
    op = import_dialog.export_contacts_to(window, demo_db, tmp_path / "all.csv", "csv")
    with qtbot.waitSignal(op.finished, timeout=20000):
        pass
    assert budgets == [import_dialog.EXPORT_BLOCK_TEXT] and budgets[0] <= 20_000_000
