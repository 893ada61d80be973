"""File › Backups › Restore of a backup made before a passphrase change asks for that backup's
passphrase, restores, re-encrypts and says so (the command line's --backup-passphrase-file; the
window only said "encrypted with another passphrase" and named that option)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import connection
from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QLabel, QMessageBox, Qt
from petdesk.services import encryption
from tests.helpers.restore_question import confirm_box

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

OLD = "tulip harbour 47 lantern"
NEW = "copper meadow 93 violin"


@pytest.fixture(autouse=True)
def _forget_passphrases() -> Iterator[None]:
    yield
    connection._passphrases.clear()
    connection._latest = None


def _names(path: Path) -> list[str]:
    conn = connection.connect(path, passphrase=NEW)
    try:
        return [r[0] for r in conn.execute("SELECT family_name FROM contact ORDER BY family_name")]
    finally:
        conn.close()


def _office_with_changed_passphrase(db: Database) -> Database:
    """``db`` encrypted with OLD, then changed to NEW (a backup with OLD made first), with a contact
    added after the change; returns it opened again."""
    with db.transaction() as session:
        session.add(m.Contact(family_name="Before", given_name="Bo"))
    db.close()
    encryption.encrypt(db.path, OLD)
    encryption.change_passphrase(db.path, NEW)
    later = open_database(db.path)
    with later.transaction() as session:
        session.add(m.Contact(family_name="After", given_name="Al"))
    return later


def _restore_newest(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    window.backups_action.trigger()
    dialog = window.backups_dialog
    dialog.table.selectRow(0)
    assert dialog.selected().reason == "before-passphrase-change"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        confirm_box(qtbot, dialog).button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    return dialog


def _answer(qtbot, dialog, passphrase: str):  # type: ignore[no-untyped-def]
    """Type ``passphrase`` in the backup's passphrase dialog once it opens and press Restore."""
    qtbot.waitUntil(lambda: getattr(dialog, "backup_passphrase_dialog", None) is not None, timeout=10_000)
    asking = dialog.backup_passphrase_dialog
    qtbot.waitUntil(asking.isVisible, timeout=10_000)
    dialog.backup_passphrase_dialog = None
    qtbot.keyClicks(asking.edit, passphrase)
    qtbot.mouseClick(asking.restore_button, Qt.MouseButton.LeftButton)
    return asking


def test_backup_passphrase_asked_wrong_one_told_right_one_restores(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    office = _office_with_changed_passphrase(db)
    try:
        window = MainWindow(office, locale="en")
        qtbot.addWidget(window)
        dialog = _restore_newest(qtbot, window)
        first = _answer(qtbot, dialog, "amber canyon 12 kettle")
        assert "Type the passphrase the database had then" in first.findChild(QLabel, "intro").text()
        # A wrong one: asked again, saying so, and nothing changed.
        qtbot.waitUntil(lambda: dialog.backup_passphrase_dialog is not None, timeout=10_000)
        again = dialog.backup_passphrase_dialog
        assert "does not open this backup" in again.message.text() and not again.message.isHidden()
        assert _names(office.path) == ["After", "Before"]
        _answer(qtbot, dialog, OLD)
        qtbot.waitUntil(lambda: dialog.message.text().startswith("Restored"), timeout=10_000)
        assert "re-encrypted" in dialog.message.text()
        assert _names(office.path) == ["Before"]  # opens with the current passphrase
        with pytest.raises(connection.PassphraseError):
            connection.connect(office.path, passphrase=OLD).close()
    finally:
        office.close()


def test_backup_passphrase_cancelled_says_what_next(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    office = _office_with_changed_passphrase(db)
    try:
        window = MainWindow(office, locale="en")
        qtbot.addWidget(window)
        dialog = _restore_newest(qtbot, window)
        qtbot.waitUntil(lambda: getattr(dialog, "backup_passphrase_dialog", None) is not None, timeout=10_000)
        dialog.backup_passphrase_dialog.reject()
        assert "only with the passphrase it was made with" in dialog.message.text()
        assert _names(office.path) == ["After", "Before"]
    finally:
        office.close()
