"""Quitting with background work in flight ends cleanly (issue 10).

Pool threads still running Python while the interpreter shut down printed "Signal source has been
deleted" or aborted with "bool_dealloc" (``benchmarks/gui.py`` after its table, and the app).
``operations.finish_background_work`` (at exit, and after the app's event loop) drops the reads not
started and waits for the rest. The script runs in its own interpreter: its exit is what is tested.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from petdesk.db import Database

SCRIPT = """
import os, sys, time
from petdesk.db import open_database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.operations import CONTACT, ORGANISATION, Changes, announce, read_op
from petdesk.gui.qt import QApplication, QEventLoop

app = QApplication([])
db = open_database(sys.argv[1])
window = MainWindow(db, locale="en")
window.show()
loop = QEventLoop()
for key in window.page_keys:  # every page starts its background reads
    window.show_page(key)
    loop.processEvents()
for _ in range(20):  # and every list reads again; one slow read each time
    announce(Changes.of(CONTACT, ORGANISATION))
    read_op(db, lambda s: time.sleep(0.05), owner=window)  # the slow read's work, not a wait
loop.processEvents()
window.close()
print("ending with work in flight", flush=True)
"""


def test_a_script_ending_with_reads_in_flight_exits_cleanly(demo_db: Database, tmp_path: Path) -> None:
    script = tmp_path / "quit_early.py"
    script.write_text(SCRIPT, encoding="utf-8")
    # Its own settings folder: the window saves its state on close.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, str(script), str(demo_db.path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert "ending with work in flight" in done.stdout, done.stderr
    for sign in ("Signal source has been deleted", "Fatal Python error", "Traceback", "dealloc"):
        assert sign not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
