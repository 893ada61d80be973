"""The visit editor checks held changes, reads its Logistics tab and reads and writes calendar files
off the GUI thread (issue 10): the window keeps painting while the services work."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from petdesk.db import Database
from petdesk.gui.qt import QPushButton, Qt, QTimer
from petdesk.gui.visits.edit import VisitEditor
from petdesk.services import ical, visit_form
from petdesk.services import logistics as ls
from petdesk.services import visits as vs
from tests.core.visits.data import person
from tests.helpers import editors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _recording(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[str]:
    """Replace ``module.name`` by a wrapper noting the thread each call runs in."""
    threads: list[str] = []
    original: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return threads


def test_held_changes_logistics_and_calendar_files_run_off_the_gui_thread(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Hamburg delegation", start_date=dt.date(2026, 11, 10), end_date=dt.date(2026, 11, 13)
        )
        vs.add_participant(s, v.id, person(s, "Anna", "Schmidt").id, "head")
        vid = v.id
    editor = VisitEditor(db, locale="en", visit_id=vid)
    qtbot.addWidget(editor)
    editor.show()
    editors.loaded(qtbot, editor)
    main = threading.current_thread().name
    ticks: list[int] = []
    timer = QTimer(editor)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)

    # A held change is checked (replayed and read back) in a pool thread; one the services refuse
    # is refused as before: one sentence, nothing held.
    checks = _recording(monkeypatch, visit_form, "read_visit_form")
    assert not editor.set_status("confirmed")
    assert "itinerary item" in editor.message.text() and not editor.pending
    assert editor.set_status("cancelled")
    assert checks and main not in checks
    assert editor.status.value == "cancelled" and editor.is_dirty() and len(editor.pending) == 1
    assert not editor.is_busy() and "Checking" not in editor.windowTitle()
    assert editor.set_status("planned")

    # The Logistics tab reads its tables in a pool thread, on show and after a change.
    reads = _recording(monkeypatch, ls, "logistics")
    tab = editor.logistics
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        editor.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.gift_description, "Tea set")
    qtbot.mouseClick(tab.findChild(QPushButton, "add_gift"), Qt.MouseButton.LeftButton)
    assert tab.gifts_model.rowCount() == 1 and "not saved yet" in editor.message.text()
    assert len(reads) >= 2 and main not in reads
    assert editors.save(qtbot, editor)

    # Calendar files: written and imported in a pool thread.
    exports = _recording(monkeypatch, ical, "export_visit")
    imports = _recording(monkeypatch, ical, "import_into_visit")
    path = tmp_path / "visit.ics"
    editor.export_ics(path)
    assert exports and main not in exports
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "Calendar written" in editor.message.text()
    assert editor.import_ics(path) is not None
    assert imports and main not in imports
    assert "Imported" in editor.message.text()
    # The event loop ran while the services worked (a stalled GUI thread would not tick).
    assert ticks
