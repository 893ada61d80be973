"""One database file in a shared folder or on a read-only stick (field test 70). A file on a
write-protected stick was refused as "already open in another petdesk window" (no lock file can be
made there); it opens now, read only, and the window says so in its title and status bar. A window
open on another computer is named, with the way out when that window is gone without tidying up."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk.db import Database, open_database
from petdesk.gui.backups.lock import already_open_text, lock_database, refused
from petdesk.gui.main_window import MainWindow
from petdesk.lock_owner import lock_file
from petdesk.services import contacts as contact_service
from tests.helpers.read_only_place import read_only

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def stick(db: Database, tmp_path: Path) -> Iterator[Path]:
    """A colleague's database, with one person, on a write-protected stick."""
    with db.transaction() as session:
        contact_service.create_contact(session, family_name="Krüger", given_name="Thomas")
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    source = tmp_path / "stick"
    source.mkdir()
    shutil.copy(db.path, source / "colleague.sqlite")
    if os.geteuid() != 0:
        (source / "colleague.sqlite").chmod(0o444)
    with read_only(source) as place:
        yield place / "colleague.sqlite"


def test_a_database_on_a_read_only_stick_opens_read_only_and_says_so(qtbot, stick: Path) -> None:
    lock = lock_database(stick)
    assert lock is None  # no lock file can be made there
    assert not refused(stick, lock)
    db = open_database(stick)
    window = MainWindow(db, locale="en")  # not given to qtbot: _close destroys it before the unmount
    try:
        qtbot.waitUntil(lambda: "read only" in window.windowTitle(), timeout=10000)
        assert window.statusBar().currentMessage().startswith("Read only:")
        assert "1 contact" in window.status_label.text()
    finally:
        _close(window, db)


def test_a_window_on_another_computer_is_named_with_the_way_out(qtbot, tmp_path: Path) -> None:
    db_path = tmp_path / "petdesk.sqlite"
    db_path.write_bytes(b"")
    # QLockFile's own content, as the window on Thomas's laptop wrote it into the shared folder
    lock_file(db_path).write_text("4242\npetdesk\nthomas-laptop\n3d1219c7\ncb9842e0\n", encoding="utf-8")
    lock = lock_database(db_path)
    assert lock is None and refused(db_path, lock)
    text = already_open_text(db_path)
    assert "“thomas-laptop”" in text and str(lock_file(db_path)) in text
    assert "another petdesk window" not in text


def test_a_second_window_on_this_computer_keeps_its_message(qtbot, tmp_path: Path) -> None:
    db_path = tmp_path / "petdesk.sqlite"
    first = lock_database(db_path)
    assert first is not None
    try:
        assert refused(db_path, lock_database(db_path))
        assert already_open_text(db_path) == f"{db_path} is already open in another petdesk window."
    finally:
        first.unlock()


def test_an_edit_on_the_read_only_stick_is_refused_in_plain_words(qtbot, stick: Path) -> None:
    from petdesk.gui.contacts.edit import ContactEditDialog
    from petdesk.gui.qt import QMessageBox
    from tests.helpers import editors

    db = open_database(stick)
    window = MainWindow(db, locale="en")  # not given to qtbot: _close destroys it before the unmount
    try:
        editor = ContactEditDialog(db, "en", None, parent=window)
        editors.loaded(qtbot, editor)
        editor.family_name.setText("Schröder")
        editor.given_name.setText("Anke")
        assert not editors.save(qtbot, editor)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "operation_failure") is not None, timeout=10000)
        box = window.findChild(QMessageBox, "operation_failure")
        assert "the file or its folder is read-only" in box.text(), box.text()
        assert "readonly database" not in box.text()
        box.done(0)
    finally:
        _close(window, db)


def _close(window: MainWindow, db: Database) -> None:
    """The window is destroyed before its database closes and the stick goes: a window merely closed
    still hears every later change announced and would reopen the path after the unmount (an empty
    folder then), failing the tests that follow."""
    from petdesk.gui.qt import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    db.close()
