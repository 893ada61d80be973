"""The Sync page shows an edit of this office that another office's concurrent edit overrode, in
the words of `petdesk sync conflicts`, with the same two choices."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.gui.sync.page import ConflictsView
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id, send, values
from tests.core.sync.test_overridden_edits import (
    BEIJING,
    BONN,
    _concurrent_edits,
    _everyone_has_the_contact,
    _round,
)
from tests.helpers.sync_dialog import previewed_import

#: The offscreen platform warns when a widget is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _overridden_at_beijing(tmp_path: Path) -> tuple[list[Database], str]:
    """Beijing, Bonn and a hub; Beijing's edit of Li Wei's notes lost to Bonn's, through the hub."""
    offices = [make_office(tmp_path / "dbs", name) for name in ("Beijing", "Bonn", "Nairobi")]
    packages = tmp_path / "packages"
    packages.mkdir()
    cid = _everyone_has_the_contact(*offices, packages)
    _concurrent_edits(offices[0], offices[1], cid)
    _round(*offices, packages)
    return offices, cid


def _row(view: ConflictsView, row: int) -> list[str]:
    return [view.model.index(row, column).data() for column in range(view.model.columnCount())]


def test_an_overridden_edit_is_shown_and_put_back(qtbot, tmp_path: Path) -> None:
    offices, cid = _overridden_at_beijing(tmp_path)
    beijing = offices[0]
    try:
        view = ConflictsView(beijing)
        qtbot.addWidget(view)
        view.resize(1200, 360)
        view.show()
        assert view.model.rowCount() == 1
        shown = _row(view, 0)
        assert shown[1] == "Your edit was overridden"
        assert f"“{BONN}”" in shown and "Bonn" in shown and f"“{BEIJING}”" in shown

        view.table.selectRow(0)
        [notice] = service.list_conflicts(beijing)
        assert view.explanation.text().startswith(service.overridden_words(notice, "en"))
        assert view.other_button.text() == "&Put My Value Back"
        assert view.keep_button.text() == "&Keep Current Value"
        label = view.explanation
        # The two lines of the sentence fit once the layout has taken the new text in.
        qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
        view.grab().save(str(tmp_path / "overridden.png"))

        with qtbot.waitSignal(view.resolved, timeout=10_000):
            qtbot.mouseClick(view.other_button, Qt.MouseButton.LeftButton)
        assert view.model.rowCount() == 0
        assert values(beijing, "contact", cid)["notes"] == BEIJING
    finally:
        for db in offices:
            db.close()


def test_the_other_offices_see_no_overridden_edit(qtbot, tmp_path: Path) -> None:
    offices, _cid = _overridden_at_beijing(tmp_path)
    try:
        shown = {}
        for db in offices[1:]:
            view = ConflictsView(db)
            qtbot.addWidget(view)
            shown[db.path.stem] = [_row(view, row)[1] for row in range(view.model.rowCount())]
        # The hub, where the two values met, keeps the conflict as before; Bonn's value won and it
        # never received Beijing's (the hub sends the value that stands).
        assert shown == {"Nairobi": ["Changed in two offices"], "Bonn": []}
    finally:
        for db in offices:
            db.close()


def test_the_import_dialog_says_so_and_the_sync_page_shows_it(qtbot, translators, tmp_path: Path) -> None:
    """The package from the hub imported through the window: the dialog tells the overridden edit
    apart, and the Sync page lists it."""
    translators("en")  # the English plural forms
    offices = [make_office(tmp_path / "dbs", name) for name in ("Beijing", "Bonn", "Nairobi")]
    beijing, bonn, hub = offices
    packages = tmp_path / "packages"
    packages.mkdir()
    try:
        cid = _everyone_has_the_contact(beijing, bonn, hub, packages)
        _concurrent_edits(beijing, bonn, cid)
        send(beijing, hub, packages)
        send(bonn, hub, packages)
        package = packages / "for-beijing.petdesk-sync"
        export(hub, package, to=office_id(beijing))

        window = MainWindow(beijing, locale="en")
        qtbot.addWidget(window)
        dialog = previewed_import(qtbot, window, package, PASSPHRASE)
        with qtbot.waitSignal(dialog.imported, timeout=20_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert "Overridden by another office's concurrent edit: 1 edit made here." in dialog.message.text()
        dialog.close()

        page = window.show_page("sync")
        page.refresh()
        assert _row(page.conflicts, 0)[1] == "Your edit was overridden"
        assert page.tabs.tabText(0) == "Conflicts (1)"
    finally:
        for db in offices:
            db.close()


@pytest.mark.parametrize(
    ("locale", "waiting", "open_ones"),
    [
        ("en", "1 conflict waits for you.", "1 open conflict. Select one to settle it."),
        ("zh_CN", "有 1 处冲突等待处理。", "有 1 处冲突待处理，请选择一处进行处理。"),
    ],
)
def test_one_conflict_is_counted_in_the_singular(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, translators, locale: str, waiting: str, open_ones: str
) -> None:
    """Field test 7: the Sync page said "1 conflicts wait for you." and "1 open conflicts."."""
    from petdesk.gui.sync.page import SyncPage

    offices, _cid = _overridden_at_beijing(tmp_path)
    try:
        translators(locale)
        page = SyncPage(offices[0])
        qtbot.addWidget(page)
        assert page.heading.text().endswith(waiting)
        assert page.conflicts.explanation.text() == open_ones
    finally:
        for office in offices:
            office.close()
