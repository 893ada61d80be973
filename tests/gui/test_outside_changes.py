"""Field test 70: what another process writes to the open file (``petdesk import-contacts`` on the
command line, a second window) shows in the window without F5, once per burst; the window's own
writes make no refresh of their own, and the user's selection stays."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.db import Database, open_database
from petdesk.gui import outside_changes
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.main_window import MainWindow
from petdesk.gui.operations import CONTACT, Changes, announce, write_op
from petdesk.gui.qt import Qt
from petdesk.services import contacts as cs

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

ROOT = Path(__file__).resolve().parents[2]

CSV = (
    '"First Name","Last Name","E-mail Address"\r\n'
    '"Jens","Müller","jens.mueller@hamburgwasser.example"\r\n'
    '"Anke","Schröder","anke@bukea.example"\r\n'
)


@pytest.fixture(autouse=True)
def quick_ticks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(outside_changes, "EVERY_MS", 50)
    monkeypatch.setattr(outside_changes, "QUIET_MS", 50)


def _contacts(qtbot: QtBot, db: Database) -> tuple[MainWindow, ContactsPage]:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    qtbot.waitUntil(lambda: not page.model.refreshing and page.model.rowCount() > 0, timeout=10_000)
    return window, page


def _names(page: ContactsPage) -> set[str]:
    """The family names the list shows (its Name column reads "Given Family")."""
    column = [c.key for c in page.model.source.columns].index("name")
    shown = [str(page.model.index(row, column).data()) for row in range(page.model.rowCount())]
    return {name.split()[-1] for name in shown}


def _quiet_checks(qtbot: QtBot, window: MainWindow, more: int = 4) -> None:
    """Let the watcher look at the file a few more times (its checks wait while work runs)."""
    watcher = window.outside_changes
    target = watcher.checks + more
    qtbot.waitUntil(lambda: watcher.checks >= target, timeout=20_000)


def test_a_command_line_import_shows_in_the_open_list(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        kept = cs.create_contact(s, family_name="Krüger", given_name="Thomas").id
    window, page = _contacts(qtbot, db)
    page.table.selectRow(0)
    assert page.selected_ids() == [kept]
    _quiet_checks(qtbot, window)
    assert window.outside_changes.refreshes == 0

    export = tmp_path / "contacts.csv"
    export.write_bytes(CSV.encode("utf-8"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    argv = [sys.executable, "-m", "petdesk", "--lang", "en", "--db", str(db.path), "import-contacts"]
    child = subprocess.Popen([*argv, str(export)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    # The event loop runs meanwhile, as the window's does while the officer types in a terminal.
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=120_000)
    out, err = child.communicate()
    assert child.returncode == 0, err.decode()
    assert b"2 added" in out

    qtbot.waitUntil(lambda: _names(page) == {"Krüger", "Müller", "Schröder"}, timeout=20_000)
    assert window.outside_changes.refreshes == 1  # one import: one refresh
    assert page.selected_ids() == [kept]  # the officer's selection stays
    _quiet_checks(qtbot, window)
    assert window.outside_changes.refreshes == 1  # and no more once the file is quiet


def test_the_windows_own_writes_make_no_extra_refresh(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, family_name="Krüger", given_name="Thomas")
    window, page = _contacts(qtbot, db)
    watcher = window.outside_changes
    assert watcher.timer.isActive()
    _quiet_checks(qtbot, window)

    # A save through the window's operation helper (as the editors save) ...
    op = write_op(
        db,
        lambda s: cs.create_contact(s, family_name="Vogel", given_name="Anna"),
        changes=Changes.of(CONTACT),
    )
    with qtbot.waitSignal(op.finished, timeout=20_000):
        pass
    # ... and a write on the GUI thread that announces itself (as some panes do).
    with db.transaction() as s:
        cs.create_contact(s, family_name="Hoffmann", given_name="Ida")
    announce(Changes.of(CONTACT))
    qtbot.waitUntil(lambda: _names(page) == {"Krüger", "Vogel", "Hoffmann"}, timeout=20_000)
    _quiet_checks(qtbot, window, more=6)
    assert watcher.refreshes == 0

    # A second window on the same file (another Database: its own connections) writes: seen.
    other = open_database(db.path)
    try:
        with other.transaction() as s:
            cs.create_contact(s, family_name="Lehmann", given_name="Jan")
    finally:
        other.close()
    qtbot.waitUntil(lambda: "Lehmann" in _names(page), timeout=20_000)
    assert watcher.refreshes == 1


def test_a_burst_of_outside_commits_makes_one_refresh(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import that commits in batches: the window reads once, after the last one."""
    # longer than any gap between batches: at load 13 on two cores (CI beside eight test runs) a
    # batch's commit came more than 1.5 s after the last one, and the window read twice
    monkeypatch.setattr(outside_changes, "QUIET_MS", 5_000)
    # and a burst that lasts longer than 6 s is rightly refreshed midway (LONGEST_WAIT_MS): at load 20
    # (CI beside eight helpers' runs) these twelve commits took that long and the window read twice
    monkeypatch.setattr(outside_changes, "LONGEST_WAIT_MS", 120_000)
    with db.transaction() as s:
        cs.create_contact(s, family_name="Krüger", given_name="Thomas")
    window, page = _contacts(qtbot, db)
    _quiet_checks(qtbot, window)
    names = [f"Batch{i}" for i in range(12)]

    def other_process() -> None:
        other = open_database(db.path)
        try:
            for name in names:
                with other.transaction() as s:
                    cs.create_contact(s, family_name=name, given_name="Bo")
                time.sleep(0.02)  # a batch's pause, so that ticks fall within the burst
        finally:
            other.close()

    writer = threading.Thread(target=other_process)
    writer.start()
    qtbot.waitUntil(lambda: not writer.is_alive(), timeout=60_000)
    writer.join()
    qtbot.waitUntil(lambda: set(names) <= _names(page), timeout=60_000)
    _quiet_checks(qtbot, window)
    assert window.outside_changes.refreshes == 1


def test_a_minimised_or_closed_window_reads_nothing(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, family_name="Krüger", given_name="Thomas")
    window, _page = _contacts(qtbot, db)
    watcher = window.outside_changes
    assert watcher.timer.isActive()
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(lambda: not watcher.timer.isActive(), timeout=5_000)
    window.setWindowState(Qt.WindowState.WindowNoState)
    qtbot.waitUntil(watcher.timer.isActive, timeout=5_000)
    window.close()
    assert not watcher.timer.isActive()
