"""Who holds a database file's window lock: the ``.lock`` file beside it, as Qt's QLockFile writes
it (process id, application name and computer name, one a line).

One database file in a shared folder (Nextcloud, Dropbox, SMB) is opened from two computers: the
second officer was told "already open in another petdesk window", though no window was open on
their computer, and not told whose it was nor what to do when that window had crashed (field test
70). The computer's name is read here, without Qt, so the command line can say it too.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path


def lock_file(db_path: Path) -> Path:
    """The lock file of the window open on ``db_path``."""
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True)
class LockOwner:
    pid: int
    #: The computer's name, as QSysInfo.machineHostName gives it ("" when the file did not say).
    host: str

    def elsewhere(self) -> bool:
        """Whether the window is on another computer (whose process cannot be checked from here)."""
        # computer names are the same in any case (Windows gives either, by the call asked)
        return bool(self.host) and self.host.casefold() != socket.gethostname().casefold()


def lock_owner(db_path: Path) -> LockOwner | None:
    """The holder named in the lock file of ``db_path``, or None when there is none or it is unreadable
    (half written by a sync client, emptied)."""
    try:
        lines = lock_file(db_path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    if not lines or not lines[0].strip().isdigit():
        return None
    return LockOwner(int(lines[0]), lines[2].strip() if len(lines) > 2 else "")


def held_elsewhere(db_path: Path) -> LockOwner | None:
    """The window on another computer that has ``db_path`` open, if any: nothing here may write
    the file then (each computer's writes make the sync program's conflicted copies)."""
    owner = lock_owner(db_path)
    return owner if owner is not None and owner.elsewhere() else None
