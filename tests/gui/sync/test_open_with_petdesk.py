""" "Open with petdesk" on a sync package (``petdesk FILE``, the desktop entry's ``%f``) opens the
window with the import dialog showing that file (field test 22, defect 4)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.gui.sync import open_import
from tests.core.sync.helpers import PASSPHRASE, export, make_office

#: The offscreen platform warns when a dialog opens; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def offices(tmp_path: Path) -> tuple[Path, Path]:
    """Bonn's database, and a package for it from Beijing with one contact."""
    beijing, bonn = make_office(tmp_path / "dbs", "Beijing"), make_office(tmp_path / "dbs", "Bonn")
    with beijing.transaction() as session:
        session.add(m.Contact(family_name="Zhang", given_name="Wei"))
    package = tmp_path / "from Beijing.petdesk-sync"
    export(beijing, package)
    beijing.close()
    bonn.close()
    return bonn.path, package


#: Run in a process of its own: the real start-up (its event loop, its exit) would leave this one's
#: application in the state of a closed program. It prints what the import dialog shows.
_WATCH_AND_CLOSE = """
import sys
from petdesk.gui.app import make_application
from petdesk.gui.qt import QApplication, QTimer
from petdesk.cli import main

app = make_application()
ticks = []

def look():
    ticks.append(1)
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "sync_import_dialog" and widget.isVisible():
            print("dialog:", widget.path.text(), "|", widget.parent().windowTitle())
            ticks.extend([1] * 1000)
    if len(ticks) > 400:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        QApplication.quit()

watcher = QTimer()
watcher.timeout.connect(look)
watcher.start(50)
sys.exit(main(sys.argv[1:]))
"""


def test_petdesk_file_opens_the_import_dialog_on_it(offices: tuple[Path, Path], tmp_path: Path) -> None:
    """Through the real entry point, as the desktop entry runs it: ``petdesk FILE``."""
    database, package = offices
    home = tmp_path / "home"  # backups, settings and the lock stay in here
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env |= {"XDG_CONFIG_HOME": str(home / "config"), "PETDESK_DB": str(database), "PETDESK_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-c", _WATCH_AND_CLOSE, str(package)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"dialog: {package} | petdesk" in done.stdout.splitlines(), done.stdout + done.stderr


def test_the_dialog_started_on_a_package_imports_it(
    qtbot, offices: tuple[Path, Path], tmp_path: Path
) -> None:
    database, package = offices
    from petdesk.db import open_database

    db: Database = open_database(database)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    dialog = open_import(window, package)
    assert dialog.isVisible() and dialog.path.text() == str(package)
    assert dialog.passphrase.hasFocus() or not dialog.passphrase.text()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].counts["contact"].added == 1
    dialog.close()
    db.close()
