"""The window's quick start (issue 18): the contacts page's first rows are painted before SQLAlchemy
and the models are imported; the real page replaces them with the same rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from shiboken6 import isValid

from petdesk.db import Database
from petdesk.gui.contacts.list import CONTACT_COLUMNS
from petdesk.gui.first_rows_page import FirstRowsPage, quick_start_window
from petdesk.gui.qt import QSettings, Qt, QTimer
from petdesk.gui.record_list import RecordListPage, _cell
from petdesk.services import search
from petdesk.services.first_rows import PAGES, SORT_KEYS, read_first_rows

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: Starts the window as ``petdesk gui`` does; reports what is loaded when a table first shows rows,
#: and the real page's first row once it is built.
START = r"""
import json, os, sys
from pathlib import Path
from petdesk.gui.app import make_application, run
from petdesk.gui.qt import QApplication, QSettings, QTableView, QTimer
app = make_application([])
QSettings().setValue("window/page", "contacts")
reports = []
def check():
    for top in QApplication.topLevelWidgets():
        for table in top.findChildren(QTableView):
            model = table.model()
            if table.isVisible() and model is not None and model.rowCount() > 0:
                built = top.is_page_built("contacts")
                if not reports or (built and len(reports) == 1):
                    loaded = sorted({m.split(".")[0] for m in sys.modules
                                     if m.startswith(("sqlalchemy", "alembic", "petdesk.models"))})
                    reports.append({"built": built, "orm": loaded, "first": model.index(0, 0).data(),
                                    "page": type(table.parent()).__name__})
                if len(reports) == 2:
                    print(json.dumps(reports), flush=True)
                    os._exit(0)
    QTimer.singleShot(5, check)
QTimer.singleShot(0, check)
run(Path(sys.argv[1]))
"""


def test_first_rows_show_before_the_orm_is_imported(demo_db: Database, tmp_path: Path) -> None:
    demo_db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PETDESK_LANG="en", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", START, str(demo_db.path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    first, real = json.loads(done.stdout.strip().splitlines()[-1])
    assert first == {"built": False, "orm": [], "first": real["first"], "page": "FirstRowsPage"}
    assert real["built"] and "sqlalchemy" in real["orm"]
    assert real["first"]


def test_first_rows_are_the_contacts_lists_rows(demo_db: Database) -> None:
    keys = tuple(key for key, _sort, _title in CONTACT_COLUMNS)
    assert PAGES["contacts"] == ("contact", keys)
    assert SORT_KEYS["contacts"] == {key: sort for key, sort, _title in CONTACT_COLUMNS if sort}
    for language in ("en", "zh_CN"):
        first = read_first_rows(demo_db.path, "contacts", language, limit=60)
        with demo_db.reading() as session:
            rows = search.search(session, "", kind="contact", language=language, sort="name", limit=60)
        assert first is not None
        assert first.rows == [(r.entity_id, tuple(_cell(r, k, language) for k in keys)) for r in rows]


def test_quick_start_window_becomes_the_main_window(qtbot, demo_db: Database, tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    QSettings().setValue("window/page", "contacts")
    assert quick_start_window(empty, "en") is None  # a new file: the usual way, welcome page first

    window = quick_start_window(demo_db.path, "en")
    assert window is not None
    qtbot.addWidget(window)
    preview = window.stack.currentWidget()
    assert isinstance(preview, FirstRowsPage) and preview.model.rowCount() == 200
    assert not window.menuBar().isEnabled() and window.nav.count() == 0
    first_name = preview.model.index(0, 0).data()
    window.close()  # while the database is being opened: closes once it is open
    assert window.isVisible()

    # What the window shows at every turn of the event loop (where it paints), with its rows: the
    # first rows stay until the real page has read its own (the list blanked in between).
    shown: list[tuple[object, int]] = []

    def rows_of(widget: object) -> int:
        model = getattr(widget, "model", None)
        return int(model.rowCount()) if model is not None else -1

    def sample() -> None:
        widget = window.stack.currentWidget()
        shown.append((widget, rows_of(widget)))

    sampler = QTimer()
    sampler.timeout.connect(sample)
    sampler.start(0)
    window.start(demo_db)
    assert window.stack.currentWidget() is preview and preview.model.rowCount() == 200
    page = window.page("contacts")
    assert isinstance(page, RecordListPage) and window.page_keys[window.nav.currentRow()] == "contacts"
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=10_000)  # once its rows are in
    qtbot.waitUntil(lambda: len(shown) > 2 and shown[-1][0] is page)
    sampler.stop()
    assert all(rows > 0 for _widget, rows in shown), [(type(w).__name__, rows) for w, rows in shown]
    assert page.model.index(0, 0).data() == first_name
    qtbot.waitUntil(lambda: not isValid(preview))  # the preview is gone
    assert window.menuBar().isEnabled() and window.nav.count() > 5
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_start_finds_damage_as_open_database_does(demo_db: Database, tmp_path: Path) -> None:
    from petdesk.gui.app import _damage

    assert _damage(demo_db.path) is None
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"not a database at all")
    assert "not a petdesk database" in (_damage(notes) or "")
    with demo_db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_db.close()
    size = demo_db.path.stat().st_size
    with open(demo_db.path, "r+b") as fh:  # every page after the first two
        fh.seek(2 * 4096)
        fh.write(os.urandom(size - 2 * 4096))
    assert _damage(demo_db.path)  # the dialog offering the newest good backup opens


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_first_rows_come_in_the_saved_sort(  # type: ignore[no-untyped-def]
    qtbot, demo_db: Database, locale: str
) -> None:
    """Field test 6: the contacts list left sorted by organisation, Z→A, painted its first rows
    A→Z by name for a moment. The quick paint shows them in the saved sort, and the real page
    then shows the same rows."""
    settings = QSettings()
    settings.setValue("window/page", "contacts")
    settings.setValue("sort/contact/column", "organisation")
    settings.setValue("sort/contact/descending", True)
    window = quick_start_window(demo_db.path, locale)
    assert window is not None
    qtbot.addWidget(window)
    preview = window.stack.currentWidget()
    assert isinstance(preview, FirstRowsPage)
    header = preview.table.horizontalHeader()
    organisation = PAGES["contacts"][1].index("organisation")
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        organisation,
        Qt.SortOrder.DescendingOrder,
    )

    def shown(model, rows: int = 40) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
        return [(model.index(r, 0).data(), model.index(r, organisation).data()) for r in range(rows)]

    painted = shown(preview.model)
    with demo_db.reading() as session:
        rows = search.search(
            session, "", kind="contact", language=locale, sort="organisation", descending=True, limit=40
        )
    assert [org for _name, org in painted] == [_cell(r, "organisation", locale) for r in rows]
    window.start(demo_db)
    page = window.page("contacts")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=10_000)
    assert shown(page.model) == painted
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
