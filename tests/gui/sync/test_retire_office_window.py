"""Sync › Offices retires an old office (after confirming, naming it, its id and its last exchange)
and returns it to service; the export dialog no longer offers it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QMessageBox, Qt
from petdesk.gui.sync.page import SyncPage
from petdesk.i18n import format_date, format_datetime
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[object, str, str]]:
    """A hub that has exchanged with the old "Laptop EU" and with the new one of the same name."""
    hub = make_office(tmp_path / "hub", "Shanghai")
    old = make_office(tmp_path / "old", "Laptop EU")
    new = make_office(tmp_path / "new", "Laptop EU")
    for n, (laptop, accept) in enumerate(((old, False), (new, True))):
        path = tmp_path / f"p{n}.petdesk-sync"
        export(laptop, path)
        service.import_package(hub, path, PASSPHRASE, backup=False, accept_new_office=accept)
    ids = office_id(old), office_id(new)
    old.close()
    new.close()
    yield hub, *ids
    hub.close()


def _utc(stored: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC)


def test_the_offices_and_journal_say_times_in_chinese(qtbot, hub) -> None:
    """2026年12月5日 10:30, not 2026-12-05 10:30 (the lists' own hand-cut ISO text)."""
    db, old_id, _new_id = hub
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    page = window.show_page("sync")
    assert isinstance(page, SyncPage)
    last_import = service.find_office(db, old_id, retired=None).last_import_at
    row = page.offices.model.rows[_row(page, old_id)]
    assert row[2] == format_datetime(_utc(last_import), "zh_CN") and "年" in row[2]
    when = page.journal.model.rows[0][0]
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d:\d\d", when), when


def _row(page: SyncPage, office: str) -> int:
    return next(i for i, o in enumerate(page.offices.offices) if o.id == office)


def test_retire_and_return_an_office_on_the_sync_page(qtbot, hub, tmp_path: Path) -> None:
    db, old_id, new_id = hub
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    page = window.show_page("sync")
    assert isinstance(page, SyncPage)
    view = page.offices
    assert not view.retire_button.isEnabled() and not view.return_button.isEnabled()
    view.table.selectRow(0)  # this office: neither
    assert not view.retire_button.isEnabled()

    view.table.selectRow(_row(page, old_id))
    assert view.retire_button.isEnabled() and not view.return_button.isEnabled()
    qtbot.mouseClick(view.retire_button, Qt.MouseButton.LeftButton)
    box = view.confirm_box
    assert box is not None and box.objectName() == "confirm_retire"
    text = box.text()
    last_import = service.find_office(db, old_id, retired=None).last_import_at
    assert (
        "Laptop EU" in text
        and old_id in text
        and f"Last exchange: {format_datetime(_utc(last_import), 'en')} UTC." in text
    )
    # Cancel: nothing changes.
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert all(o.retired_at is None for o in service.list_offices(db))

    qtbot.mouseClick(view.retire_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is retired" in view.message.text(), timeout=10_000)
    [retired] = [o for o in service.list_offices(db) if o.retired_at]
    assert retired.id == old_id
    row = _row(page, old_id)
    assert row == len(view.offices) - 1  # listed after the offices in service
    retired_on = format_date(dt.date.fromisoformat(retired.retired_at[:10]), "en")
    assert view.model.rows[row][0] == f"Laptop EU — retired on {retired_on}"
    assert "retired" not in view.model.rows[_row(page, new_id)][0]
    # The exchange journal says when and by whom (the table keeps the latest decision only).
    # Which "Laptop EU" is told by its short id; the decision has its own column, not the File one.
    decision = page.journal.model.rows[0]
    assert decision[1].startswith("Retired by Shanghai") and decision[5] == ""
    assert decision[2] == f"Laptop EU (id {old_id[:8]})"
    imports = {row[2] for row in page.journal.model.rows if row[1] == "Imported"}
    assert imports == {f"Laptop EU (id {old_id[:8]})", f"Laptop EU (id {new_id[:8]})"}

    # The export dialog offers the new laptop only.
    window.sync_export_action.trigger()
    dialog = window.sync_dialog
    offered = [dialog.recipient.itemData(i) for i in range(dialog.recipient.count())]
    assert offered == [None, new_id]
    dialog.close()

    view.table.selectRow(row)
    assert view.return_button.isEnabled() and not view.retire_button.isEnabled()
    qtbot.mouseClick(view.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "in service again" in view.message.text(), timeout=10_000)
    assert all(o.retired_at is None for o in service.list_offices(db))
    assert [r[1].split(" by ")[0] for r in page.journal.model.rows[:2]] == ["Returned to service", "Retired"]
    assert page.journal.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "What"
    page.tabs.setCurrentWidget(page.journal)
    window.resize(1000, 600)
    window.show()
    qtbot.waitExposed(window)
    window.grab().save(str(tmp_path / "journal.png"))
