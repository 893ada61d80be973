"""File › Encrypt Database…, Change Passphrase…, Decrypt Database… (field test 17, §3): the window
converts its own open office, keeps showing it afterwards, and refuses a wrong current passphrase."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from petdesk import connection
from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import Qt
from petdesk.services import backups

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

OLD = "quiet orchard 58 kettle"
NEW = "amber lantern 31 canyon"


@pytest.fixture(autouse=True)
def _forget_passphrases() -> None:
    connection._passphrases.clear()
    connection._latest = None


def _opens_with(path: Path, passphrase: str) -> bool:
    try:
        connection.connect(path, passphrase=passphrase).close()
    except connection.PassphraseError:
        return False
    return True


def _run(qtbot, window: MainWindow, mode: str, *, current: str = "", new: str = "") -> None:  # type: ignore[no-untyped-def]
    window.menu("file").aboutToShow.emit()
    action = window.encryption_actions[mode]
    assert action.isEnabled()
    action.trigger()
    dialog = window.encryption_dialog
    # Only the fields of this conversion are there (a stray one sat over the intro).
    assert dialog.current.isVisibleTo(dialog) == (mode != "encrypt")
    assert dialog.first.isVisibleTo(dialog) == (mode != "decrypt")
    if current:
        qtbot.keyClicks(dialog.current, current)
    if new:
        qtbot.keyClicks(dialog.first, new)
        qtbot.keyClicks(dialog.second, new)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)


def test_encrypt_change_and_decrypt_the_open_office(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        session.add(m.Contact(family_name="Ximenbai", given_name="Lin"))
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.menu("file").aboutToShow.emit()
    assert not window.encryption_actions["change"].isEnabled()

    _run(qtbot, window, "encrypt", new=OLD)
    assert connection.is_encrypted(db.path) and _opens_with(db.path, OLD)
    assert "encrypted" in window.statusBar().currentMessage()
    # The window goes on with the encrypted file.
    with db.reading() as session:
        assert session.query(m.Contact).count() == 1
    # No plain copy of the office was left in the backup folder.
    for b in backups.backups_of(db.path):
        assert not gzip.decompress(b.path.read_bytes()).startswith(connection.SQLITE_HEADER)

    # A wrong current passphrase: said, nothing changed.
    window.menu("file").aboutToShow.emit()
    window.encryption_actions["change"].trigger()
    dialog = window.encryption_dialog
    before = db.path.read_bytes()
    qtbot.keyClicks(dialog.current, "not the passphrase")
    qtbot.keyClicks(dialog.first, NEW)
    qtbot.keyClicks(dialog.second, NEW)
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    assert "wrong" in dialog.message.text() and dialog.isVisible()
    assert db.path.read_bytes() == before
    dialog.reject()

    _run(qtbot, window, "change", current=OLD, new=NEW)
    assert _opens_with(db.path, NEW) and not _opens_with(db.path, OLD)
    with db.reading() as session:
        assert session.query(m.Contact).count() == 1

    _run(qtbot, window, "decrypt", current=NEW)
    assert not connection.is_encrypted(db.path)
    with db.reading() as session:
        assert session.query(m.Contact).count() == 1
    window.menu("file").aboutToShow.emit()
    assert window.encryption_actions["encrypt"].isEnabled()
