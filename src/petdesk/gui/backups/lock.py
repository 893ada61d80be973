"""One window per database file: a lock file beside it, held while the window is open."""

from __future__ import annotations

from pathlib import Path

from petdesk.gui.qt import QLockFile


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def lock_database(db_path: Path) -> QLockFile | None:
    """The held lock, or None when another petdesk window has the file open.

    A lock left by a crashed window is taken over: QLockFile checks whether its process still runs.
    """
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # never stale by age: a window may stay open for days
    return lock if lock.tryLock(0) else None
