"""File › Backups… restores a backup; a damaged file at start offers the newest good backup; one window."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.backups.damaged import DamagedFileDialog
from petdesk.gui.backups.lock import lock_database
from petdesk.gui.main_window import MainWindow
from petdesk.gui.qt import QDialog, QMessageBox, Qt
from petdesk.services import backups
from petdesk.services.check import quick_check
from tests.helpers.held import hold
from tests.helpers.restore_question import confirm_box

#: The offscreen platform warns when a dialog opens; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _add_contacts(db: Database, n: int) -> None:
    with db.transaction() as session:
        for i in range(n):
            session.add(m.Contact(family_name=f"Li{i}", given_name="Na"))


def _live_contacts(db: Database) -> int:
    with db.raw() as conn:
        return conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]


def test_restore_a_backup_from_the_dialog(qtbot, db: Database, translators) -> None:  # type: ignore[no-untyped-def]
    translators("en")  # the status bar's counts have English plural forms ("3 contacts")
    _add_contacts(db, 3)
    backups.create(db.path, backups.MANUAL)
    _add_contacts(db, 4)  # typed after the backup; the restore takes them away again
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.backups_action.trigger()
    dialog = window.backups_dialog
    assert dialog.model.rowCount() == 1
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert "3 contacts" in dialog.preview.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    # The backup is compared with the database first (field test 112), off the GUI thread.
    box = confirm_box(qtbot, dialog)
    counts = box.table.model()
    assert [counts.index(1, c).data() for c in range(3)] == ["Contacts", "3", "7"]
    assert "Warning: the database holds more or newer records than the backup (Contacts)" in box.text()
    assert str(backups.folder_for(db.path)) in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Restored"), timeout=10000)
    assert _live_contacts(db) == 3
    # The data as it was (7 contacts) was backed up before the restore, and the list shows it.
    assert [b.reason for b in backups.backups_of(db.path)] == ["before-restore", "manual"]
    assert backups.backups_of(db.path)[0].counts["contact"] == 7
    assert dialog.model.rowCount() == 2
    qtbot.waitUntil(lambda: "3 contacts" in window.status_label.text(), timeout=10000)


def test_damaged_file_at_start_offers_the_newest_good_backup(qtbot, db: Database) -> None:
    _add_contacts(db, 5)
    backups.create(db.path, backups.MANUAL)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    size = db.path.stat().st_size
    with open(db.path, "r+b") as fh:  # overwrite every page after the first two
        fh.seek(2 * 4096)
        fh.write(os.urandom(size - 2 * 4096))
    problem = quick_check(db.path)
    assert problem is not None
    dialog = DamagedFileDialog(db.path, problem)
    qtbot.addWidget(dialog)
    assert "5 contacts" in dialog.offer.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert quick_check(db.path) is None
    assert _live_contacts(db) == 5


def test_damaged_file_restored_from_a_backup_file_elsewhere(qtbot, db: Database, tmp_path: Path) -> None:
    """Field test 39, defect 5: no backup in the backup folder, a good one on a stick; the dialog
    had only Close and did not say how to restore."""
    _add_contacts(db, 4)
    stick = backups.create(db.path, backups.MANUAL, out=tmp_path / "stick" / "bk_full.gz").path
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    size = db.path.stat().st_size
    with open(db.path, "r+b") as fh:
        fh.seek(2 * 4096)
        fh.write(os.urandom(size - 2 * 4096))
    problem = quick_check(db.path)
    assert problem is not None
    dialog = DamagedFileDialog(db.path, problem)
    qtbot.addWidget(dialog)
    assert "no good backup" in dialog.offer.text() and dialog.restore_button.isHidden()
    assert f"petdesk --db {db.path} restore FILE" in dialog.how.text()
    assert dialog.file_button.isVisibleTo(dialog)
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("hello")
    dialog.restore_from(not_a_backup)  # refused as the command line refuses it
    assert "is not a petdesk database or backup" in dialog.message.text() and not dialog.result()
    dialog.restore_from(stick)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert quick_check(db.path) is None
    assert _live_contacts(db) == 4


def test_damaged_file_without_backup_says_so(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "lost.sqlite"
    path.write_bytes(b"not a database at all")
    problem = quick_check(path)
    assert problem is not None and "not an SQLite" in problem
    dialog = DamagedFileDialog(path, problem)
    qtbot.addWidget(dialog)
    assert "no good backup" in dialog.offer.text() and dialog.restore_button.isHidden()


def test_second_window_on_the_same_file_is_refused(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "one.sqlite"
    first = lock_database(path)
    assert first is not None
    assert lock_database(path) is None
    first.unlock()
    again = lock_database(path)
    assert again is not None
    again.unlock()


def test_command_line_restore_refuses_while_a_window_has_the_file(qtbot, db: Database, capsys) -> None:
    import subprocess
    import sys

    backup = backups.create(db.path, backups.MANUAL)
    # A window in another process holds the lock.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from PySide6.QtCore import QLockFile; "
            "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0); "
            "print('locked', flush=True); time.sleep(60)",
            str(db.path) + ".lock",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert backups.window_holding(db.path) == holder.pid
        assert lock_database(db.path) is None
        from petdesk.cli import main

        assert main(["--db", str(db.path), "restore", str(backup.path)]) == 1
        assert "open in a petdesk window" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()
    assert backups.window_holding(db.path) is None  # the lock of a dead process is stale
    assert main(["--db", str(db.path), "restore", str(backup.path)]) == 0


def test_stop_ends_a_backup_with_none_made(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _add_contacts(db, 3)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.backups_action.trigger()
    dialog = window.backups_dialog
    before = backups.backups_of(db.path)
    started, release = hold(monkeypatch, backups, "create")
    assert not dialog.stop_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert dialog.stop_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.message.text() == "Stopped; no backup was made.", timeout=10000)
    assert backups.backups_of(db.path) == before and not dialog.stop_button.isVisibleTo(dialog)
    monkeypatch.undo()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Backup made.", timeout=10000)
    assert len(backups.backups_of(db.path)) == len(before) + 1


def test_the_dialog_names_the_backup_folder_by_its_whole_path(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened by a relative name, the database's folder read "backups" (field test F14)."""
    from petdesk.gui.backups.dialog import BackupsDialog

    monkeypatch.chdir(db.path.parent)
    dialog = BackupsDialog(Path(db.path.name))
    qtbot.addWidget(dialog)
    assert dialog.folder_label.text() == f"Backups are kept in {db.path.parent.resolve() / 'backups'}"


def test_a_restore_in_the_window_says_who_was_erased_again(qtbot, db: Database) -> None:
    """The restore erases again the people erased after the backup was made; the window said only
    "Restored", so nobody learned that the backup's copy of them was not brought back."""
    from petdesk.services import privacy
    from petdesk.services.contacts import create_contact

    _add_contacts(db, 2)
    with db.transaction() as s:
        gone = create_contact(s, family_name="Zhao", given_name="Min").id
    backups.create(db.path, backups.MANUAL)
    privacy.erase(db, gone, look_in_backups=False)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.backups_action.trigger()
    dialog = window.backups_dialog
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        confirm_box(qtbot, dialog).button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Restored"), timeout=10000)
    assert "erased again" in dialog.message.text()
    assert _live_contacts(db) == 2


def _backup_of_another_office(db: Database, tmp_path: Path) -> tuple[str, str]:
    """A backup of the office "Laptop EU" (a wiped laptop's), beside this database's backups;
    returns (this office's id, that office's id)."""
    from petdesk.db import open_database
    from petdesk.services import office as office_service

    other = open_database(tmp_path / "laptop" / db.path.name)
    try:
        with other.transaction() as session:
            office_service.set_identity(session, name="Laptop EU")
            session.add(m.Contact(family_name="Weber", given_name="Anna"))
            theirs = office_service.get_self(session).id
        folder = backups.folder_for(db.path)
        folder.mkdir(parents=True, exist_ok=True)
        backups.create(other.path, backups.MANUAL, out=folder / f"{db.path.name}-20261201T080000000000Z.gz")
    finally:
        other.close()
    with db.transaction() as session:
        office_service.set_identity(session, name="Shanghai")
        ours = office_service.get_self(session).id
    return ours, theirs


def _restore_first(qtbot, db: Database) -> tuple[MainWindow, object]:
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.backups_action.trigger()
    dialog = window.backups_dialog
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        confirm_box(qtbot, dialog).button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: getattr(dialog, "take_over_box", None) is not None, timeout=10000)
    return window, dialog


def test_a_backup_of_another_office_asks_to_take_it_over(qtbot, db: Database, tmp_path: Path) -> None:
    """`petdesk restore` refuses another office's backup without --take-over-office; the window
    said only "Not done", with no way to go on. It now asks, naming both offices, and on Yes
    restores the backup as that office."""
    from petdesk.services import office as office_service

    ours, theirs = _backup_of_another_office(db, tmp_path)
    _window, dialog = _restore_first(qtbot, db)
    box = dialog.take_over_box
    assert box.objectName() == "confirm_take_over"
    text = box.text()
    assert f"office Laptop EU (id {theirs})" in text and f"office Shanghai (id {ours})" in text
    assert "must no longer be used" in text
    assert _live_contacts(db) == 0  # nothing restored while it asks
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Restored"), timeout=10000)
    assert f"This installation is now office Laptop EU (id {theirs})." in dialog.message.text()
    assert _live_contacts(db) == 1
    with db.transaction() as session:
        assert office_service.get_self(session).id == theirs


def test_declining_to_take_over_another_office_restores_nothing(qtbot, db: Database, tmp_path: Path) -> None:
    from petdesk.services import office as office_service

    ours, _theirs = _backup_of_another_office(db, tmp_path)
    _window, dialog = _restore_first(qtbot, db)
    qtbot.mouseClick(
        dialog.take_over_box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.message.text() == "Not restored; this installation stays office Shanghai."
    with db.transaction() as session:
        assert office_service.get_self(session).id == ours
    assert dialog.restore_button.isEnabled()


def test_an_encrypted_backup_over_the_plain_open_database_says_what_to_do(
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Field test 7, defect 2: a backup made while the database was encrypted (it has been decrypted
    since) was refused in the window with the command line's "no passphrase was given: give
    --passphrase-file FILE before the command". The window cannot replace its open file by an
    encrypted one; it now says so and how to do it, and changes nothing."""
    import shutil

    from petdesk import connection
    from petdesk.services import encryption

    _add_contacts(db, 2)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    then = tmp_path / "then" / db.path.name
    then.parent.mkdir()
    shutil.copyfile(db.path, then)
    encryption.encrypt(then, "tulip harbour 47 lantern")
    folder = backups.folder_for(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    backups.create(then, backups.MANUAL, out=folder / f"{db.path.name}-20261201T080000000000Z.gz")
    monkeypatch.setattr(connection, "_passphrases", {})  # this window never opened an encrypted file
    monkeypatch.setattr(connection, "_latest", None)
    monkeypatch.delenv(connection.ENV_PASSPHRASE, raising=False)
    _add_contacts(db, 1)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.backups_action.trigger()
    dialog = window.backups_dialog
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        confirm_box(qtbot, dialog).button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Not done"), timeout=10000)
    text = dialog.message.text()
    assert "no passphrase was given" not in text, text
    assert "is encrypted and" in text and "encrypt the database first" in text, text
    assert _live_contacts(db) == 3 and not connection.is_encrypted(db.path)


def test_a_plain_backup_over_the_encrypted_office_is_restored_encrypted(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, translators
) -> None:
    """Field test 17 §4 and §6: the list showed the raw reason "before-encrypt" and not which backups
    are plain; restoring a plain one over the encrypted office was refused after Yes, pointing to a
    command. The list now names the reason and the encryption, the confirmation says the backup is
    plain, and the restore encrypts it with the office's passphrase."""
    import shutil

    from petdesk import connection
    from petdesk.db import open_database
    from petdesk.services import backups, encryption

    translators("zh_CN")
    path = tmp_path / "office.sqlite"
    plain = open_database(path)
    _add_contacts(plain, 2)
    plain.close()
    backups.create(path, "manual")  # plain: made before the office was encrypted
    encryption.encrypt(path, "tulip harbour 47 lantern")  # its own backup is encrypted
    db = open_database(path)
    _add_contacts(db, 1)
    window = MainWindow(db, locale="zh_CN")
    qtbot.addWidget(window)
    window.backups_action.trigger()
    dialog = window.backups_dialog
    model = dialog.model
    rows = [[model.data(model.index(r, c), 0) for c in (1, 2)] for r in range(model.rowCount())]
    assert rows[0] == ["加密之前", "已加密"] and rows[1][1] == "未加密", rows
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "加密"
    if shots := os.environ.get("PETDESK_SHOTS"):
        dialog.grab().save(f"{shots}/backups_plain_encrypted.png")
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "此备份未加密" in confirm_box(qtbot, dialog).text()
    qtbot.mouseClick(
        confirm_box(qtbot, dialog).button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    # Encrypting the restored copy takes a while under load.
    qtbot.waitUntil(lambda: dialog.message.text().startswith("已恢复"), timeout=60000)
    assert "已用本数据库的密码加密" in dialog.message.text(), dialog.message.text()
    assert connection.is_encrypted(path) and _live_contacts(db) == 2
    # the plain backup stays what it was; every backup made since is encrypted
    assert [model.data(model.index(r, 2), 0) for r in range(model.rowCount())].count("未加密") == 1
    shutil.rmtree(backups.folder_for(path))  # the plain copy, not left in the temporary folder
    db.close()


def test_delete_several_backups_after_asking(qtbot, db: Database, translators) -> None:  # type: ignore[no-untyped-def]
    """Field test 17 §8: the window had no way to delete the backups an erasure says to delete."""
    from petdesk.gui.qt import QItemSelectionModel

    translators("en")
    made = [backups.create(db.path, backups.MANUAL).path for _ in range(3)]
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.backups_action.trigger()
    dialog = window.backups_dialog
    assert not dialog.delete_button.isEnabled()
    selection = dialog.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):  # the newest and the oldest
        selection.select(dialog.model.index(row, 0), flags)
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.delete_box
    assert "Delete 2 backups for good?" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert all(path.exists() for path in made)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.delete_box
    next(b for b in box.buttons() if b.text().replace("&", "") == "Delete").click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Deleted 2 backups.", timeout=5000)
    assert [path.exists() for path in made] == [False, True, False]
    assert not Path(f"{made[0]}{backups.SIDECAR}").exists()
    assert dialog.model.rowCount() == 1


def test_a_backup_file_from_anywhere_is_restored(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Field test 53, defect 6: only ``petdesk.sqlite-*.gz`` files in the backup folder were offered;
    the handover backup on the stick (``backup --out``) could not be chosen."""
    from petdesk.gui.qt import QFileDialog

    _add_contacts(db, 3)
    stick = tmp_path / "usb" / "stuttgart-handover.gz"
    stick.parent.mkdir()
    backups.create(db.path, backups.MANUAL, out=stick)
    _add_contacts(db, 4)
    window = MainWindow(db, locale="en")
    qtbot.addWidget(window)
    window.backups_action.trigger()
    dialog = window.backups_dialog
    assert dialog.model.rowCount() == 0  # not in the backup folder
    if shots := os.environ.get("PETDESK_SHOTS"):
        dialog.grab().save(str(Path(shots) / "backups_restore_file.png"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(stick), ""))

    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        confirm_box(qtbot, dialog).button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Restored"), timeout=10000)

    assert _live_contacts(db) == 3
