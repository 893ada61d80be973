"""Export from one office's window, import into another's, settle a conflict: all through widgets."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QDialogButtonBox, Qt
from petdesk.services import office as office_service
from petdesk.sync import service
from tests.core.sync.helpers import TEST_KDF_N  # a cheap key for the reply made off-window
from tests.helpers.sync_dialog import previewed_import

PASSPHRASE = "shared by both offices"
#: The offscreen platform warns when a dialog opens; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def second_db(tmp_path: Path):
    db = open_database(tmp_path / "bonn.sqlite")
    with db.transaction() as session:
        office_service.set_identity(session, name="Bonn")
    yield db
    db.close()


def _contact(db: Database) -> str:
    with db.transaction() as session:
        office_service.set_identity(session, name="Beijing")
        contact = m.Contact(family_name="Zhang", given_name="Wei", family_name_zh="张", given_name_zh="伟")
        session.add(contact)
        session.flush()
        return contact.id


def _export_through_window(qtbot, window: MainWindow, path: Path, *, recipient_index: int = 0) -> None:
    window.sync_export_action.trigger()
    dialog = window.sync_dialog
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(path))
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.recipient.setCurrentIndex(recipient_index)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert path.exists()
    assert str(path) in dialog.message.text()
    dialog.close()


def _import_through_window(qtbot, window: MainWindow, path: Path) -> service.ImportResult:
    dialog = previewed_import(qtbot, window, path, PASSPHRASE)
    assert dialog.import_button.isEnabled()
    assert dialog.model.rowCount() >= 1
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.close()
    return blocker.args[0]


def test_export_and_import_through_the_windows(
    qtbot, db: Database, second_db: Database, tmp_path: Path
) -> None:
    cid = _contact(db)
    beijing = MainWindow(db, locale="en")
    bonn = MainWindow(second_db, locale="en")
    for w in (beijing, bonn):
        qtbot.addWidget(w)
    package = tmp_path / "beijing.petdesk-sync"
    _export_through_window(qtbot, beijing, package)
    result = _import_through_window(qtbot, bonn, package)
    assert result.applied and result.counts["contact"].added == 1
    with second_db.reading() as session:
        assert session.get(m.Contact, cid).family_name_zh == "张"

    # Both edit the same field; Bonn's package reaches Beijing and the conflict shows on the Sync page.
    for database, text in ((db, "seen in Beijing"), (second_db, "seen in Bonn")):
        with database.transaction() as session:
            session.get(m.Contact, cid).notes = text
    reply = tmp_path / "bonn.petdesk-sync"
    bonn_export = service.export_changes(second_db, reply, PASSPHRASE, to="Beijing", kdf_n=TEST_KDF_N)
    assert bonn_export.incremental
    result = _import_through_window(qtbot, beijing, reply)
    assert result.new_conflicts == 1

    page = beijing.show_page("sync")
    page.refresh()
    assert page.conflicts.model.rowCount() == 1
    # The values as `sync conflicts` words them (a time as a date, a person by name), not raw.
    words = service.list_conflicts(db, locale="en")[0]
    model = page.conflicts.model
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert words.winner_text in shown and words.loser_text in shown, (shown, words)
    page.conflicts.table.selectRow(0)
    loser = service.list_conflicts(db)[0].loser_value
    qtbot.mouseClick(page.conflicts.other_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.conflicts.model.rowCount() == 0, timeout=10_000)
    with db.reading() as session:
        assert session.get(m.Contact, cid).notes == loser
    assert page.journal.model.rowCount() == 2  # one export, one import


def test_rejected_file_is_explained(qtbot, db: Database, tmp_path: Path) -> None:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    bad = tmp_path / "holiday.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    window.sync_import_action.trigger()
    dialog = window.sync_dialog
    qtbot.keyClicks(dialog.path, str(bad))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "rejected" in dialog.message.text() and "not a petdesk sync package" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    dialog.close()


def test_office_settings_store_the_passphrase_locally(qtbot, db: Database) -> None:
    from petdesk.gui.settings import open_settings
    from petdesk.gui.sync.office import OfficeSettingsPage

    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    dialog = open_settings(window)
    page = next(p for p in dialog.pages if isinstance(p, OfficeSettingsPage))
    page.name.clear()
    qtbot.keyClicks(page.name, "Nairobi Office")
    qtbot.keyClicks(page.region, "East Africa")
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert service.stored_passphrase(db) == PASSPHRASE
    with db.transaction() as session:
        office = office_service.get_self(session)
        assert (office.name, office.region) == ("Nairobi Office", "East Africa")
