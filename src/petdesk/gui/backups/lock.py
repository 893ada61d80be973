"""One window per database file: a lock file beside it, held while the window is open."""

from __future__ import annotations

from pathlib import Path

from petdesk import connection, lock_owner
from petdesk.gui.qt import QCoreApplication, QLockFile, QMessageBox, QWidget


def lock_path(db_path: Path) -> Path:
    return lock_owner.lock_file(db_path)


def lock_database(db_path: Path) -> QLockFile | None:
    """The held lock, or None when another petdesk window has the file open.

    A lock left by a crashed window is taken over: QLockFile checks whether its process still runs.
    """
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # never stale by age: a window may stay open for days
    return lock if lock.tryLock(0) else None


def refused(db_path: Path, lock: QLockFile | None) -> bool:
    """Whether the window must not open ``db_path`` without ``lock``. No lock file can be made on a
    write-protected stick, a CD or a read-only folder, and nobody can change the file there either:
    it is opened to look at (field test 70: it was refused as "already open in another petdesk
    window")."""
    return lock is None and not connection.read_only_place(db_path)


def already_open_text(db_path: Path) -> str:
    """Why the window does not open ``db_path``: a window on this computer, or one on another computer
    sharing the folder, named, with the way out when that window is gone without tidying up (QLockFile
    cannot check a process on another computer, so its lock never goes stale by itself)."""
    return _already_open_text(db_path, lock_owner.held_elsewhere(db_path))


def _already_open_text(db_path: Path, elsewhere: lock_owner.LockOwner | None) -> str:
    if elsewhere is None:
        return QCoreApplication.translate("App", "%1 is already open in another petdesk window.").replace(
            "%1", str(db_path)
        )
    return (
        QCoreApplication.translate(
            "App",
            "%1 is open in petdesk on the computer “%2”. Only one person can work in it at a time: "
            "ask there to close petdesk, then open it again. If petdesk there was closed without "
            "tidying up (a crash, a power cut), delete %3 and open the file again.",
        )
        .replace("%1", str(db_path))
        .replace("%2", elsewhere.host)
        .replace("%3", str(lock_path(db_path)))
    )


def already_open_box(db_path: Path, parent: QWidget | None = None) -> QMessageBox:
    """The refusal of ``db_path`` (:func:`already_open_text`); when a window on another computer has
    it, with "Open Read-Only" beside Close (object name ``open_read_only``): the second officer may
    look at the file without waiting (field test 70). A window on this computer is only switched to."""
    elsewhere = lock_owner.held_elsewhere(db_path)  # the lock file read once for the text and the button
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "petdesk"),
        _already_open_text(db_path, elsewhere),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("already_open")
    if elsewhere is not None:
        look = box.addButton(
            QCoreApplication.translate("App", "Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole
        )
        look.setObjectName("open_read_only")
    return box


def chose_to_look(box: QMessageBox, db_path: Path) -> bool:
    """Whether ``box`` was answered "Open Read-Only": then every connection of this process to
    ``db_path`` is read-only from now on (``connection.look_only``), and the window read-only."""
    clicked = box.clickedButton()
    if clicked is None or clicked.objectName() != "open_read_only":
        return False
    connection.look_only(db_path)
    return True
