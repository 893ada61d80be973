"""A write-ahead log of an OLDER state of the file is set aside before SQLite applies it (field test 70).

Two officers share one database in a synced folder (Nextcloud, Dropbox, an SMB share). The sync program
uploads ``petdesk.sqlite`` and ``petdesk.sqlite-wal`` at different moments, so a log of an older state
can land beside a newer main file. SQLite replays any log it finds as soon as it reads the file, and
the old commit frames (with the old database size) then truncate it: damaged for good, although the
main file alone was intact. Nothing done after opening can undo that, so before petdesk opens a file
whose ``-wal`` has no live owner it tries the pair on copies in a temporary folder: when the copy with
the log is damaged and the main file alone is healthy, the log is renamed
``<file>-wal.stale-<time>`` (never deleted) and the user is told where it is. A log that replays into a
healthy file is the file's own (this computer's petdesk stopped before it checkpointed: a crash, a
kill) and is kept and replayed as always: nothing typed before a crash is lost.

A log has a live owner while a process has the file open: every SQLite connection in WAL mode holds a
shared lock on the "dead man switch" byte of ``-shm`` (byte 128 after the eight WAL locks at 120-127,
see https://sqlite.org/walformat.html §2.3), so an exclusive lock on those bytes is refused. This
process's own connections are known without a probe (closing a probe's descriptor would drop SQLite's
POSIX locks of this process: field test 25, defect 1).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from petdesk import connection

#: The WAL locks and the "dead man switch" of the -shm file: offset and length (os_unix.c, os_win.c).
SHM_LOCKS = (120, 9)


@dataclass(frozen=True)
class SetAside:
    """A log found stale and moved: the database and where its log went."""

    path: Path
    log: Path


#: Called with every log set aside in this process (the command line says it on stderr).
LISTENERS: list[Callable[[SetAside], None]] = []
#: Logs set aside in this process and not yet told by the Database that opened the file (by real path).
_TOLD: dict[str, SetAside] = {}
#: Logs already judged the file's own in this process (by real path and the log's stat): each start
#: path (open_database, then its inspect_file) asks, and the copies are tried once.
_KEPT: set[tuple[str, int, int, int]] = set()


def guard(path: Path, passphrase: str | None = None) -> SetAside | None:
    """Before SQLite opens ``path``: set its ``-wal`` aside when it belongs to an older state of the
    file and would damage it (``passphrase``: of an encrypted file, when not given to
    :func:`connection.set_passphrase`). The normal start (no log, or an empty one) costs one ``stat``."""
    wal = Path(f"{path}-wal")
    try:
        st = os.stat(wal)
    except OSError:
        return None
    if st.st_size == 0:
        return None
    key = (os.path.realpath(path), st.st_ino, st.st_size, st.st_mtime_ns)
    if key in _KEPT or not path.is_file():
        return None
    with connection.PROBING:  # no connection of this process opens the file while its -shm is probed
        if connection.open_here(path) or owned_elsewhere(path):
            return None
    try:
        damages = _log_damages(path, wal, passphrase)
    except OSError:  # no room for the copies in the temporary folder: the file opens as it always did
        return None
    if damages is None:  # no key to read an encrypted file with: asked again with one
        return None
    if not damages:
        _KEPT.add(key)
        return None
    # The trial took a while: a sync program may have brought another log meanwhile, or another
    # process opened the file (its log is then live); move only the log judged, with no owner.
    with connection.PROBING:
        if _stat_key(path, wal) != key or connection.open_here(path) or owned_elsewhere(path):
            return None
        try:
            moved = _set_aside(wal)
        except OSError:  # a read-only place: SQLite cannot write the log into the file there either
            return None
    done = SetAside(path, moved)
    _TOLD[os.path.realpath(path)] = done
    for listener in list(LISTENERS):
        listener(done)
    return done


def _stat_key(path: Path, wal: Path) -> tuple[str, int, int, int] | None:
    """The log as :func:`guard` judged it: the file's real path, the log's inode, size and time."""
    try:
        st = os.stat(wal)
    except OSError:  # gone meanwhile
        return None
    return (os.path.realpath(path), st.st_ino, st.st_size, st.st_mtime_ns)


def taken(path: Path) -> SetAside | None:
    """The log set aside for ``path`` in this process since it was last asked (the window asks
    once it has the file open: the check before opening may be what moved it)."""
    return _TOLD.pop(os.path.realpath(path), None)


def owned_elsewhere(path: Path) -> bool:
    """Whether another process has ``path`` open (holds a lock of its ``-shm``). Without a -shm no
    SQLite has the file open; when it cannot be told (no write access to -shm), the log is left."""
    shm = Path(f"{path}-shm")
    try:
        fd = os.open(shm, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        return _locked(fd)
    finally:
        os.close(fd)


def _locked(fd: int) -> bool:
    start, length = SHM_LOCKS
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        os.lseek(fd, start, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
        except OSError:
            return True
        os.lseek(fd, start, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, length)
        return False
    import fcntl

    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start)
    except OSError:
        return True
    fcntl.lockf(fd, fcntl.LOCK_UN, length, start)
    return False


def _log_damages(path: Path, wal: Path, passphrase: str | None) -> bool | None:
    """Whether replaying ``wal`` damages ``path`` while the file alone is healthy (None: cannot be
    told): tried on copies in the temporary folder (not beside the file: the sync program would
    upload them)."""
    import tempfile  # only with a log to judge: the normal start stays quick

    with tempfile.TemporaryDirectory(prefix="petdesk-log-") as folder:
        copy = Path(folder) / "trial.sqlite"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, f"{copy}-wal")
        with_log = _healthy(copy, path, passphrase)
        if with_log is not False:
            return None if with_log is None else False
        for part in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            part.unlink(missing_ok=True)
        shutil.copyfile(path, copy)
        return _healthy(copy, path, passphrase)


def _healthy(copy: Path, original: Path, passphrase: str | None) -> bool | None:
    """SQLite's quick check of ``copy`` (encrypted as ``original`` is, with its passphrase); None
    without a passphrase that opens it."""
    key = None
    if connection.is_encrypted(original):
        key = passphrase or connection.passphrase_for(original)
    try:
        conn = connection.connect(copy, passphrase=key, timeout=0, guard=False)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except connection.PassphraseError:
        return None
    except connection.DatabaseError:
        return False
    return rows == [("ok",)]


def _set_aside(wal: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = wal.with_name(f"{wal.name}.stale-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = wal.with_name(f"{wal.name}.stale-{stamp}-{number}")
    os.rename(wal, target)
    return target


def notice(done: SetAside, locale: str) -> str:
    """What happened, in plain words and the user's language. The file's path comes after the
    sentence: first, it filled the room a status bar at 1024 px gives, and what had happened was
    cut off (shots50)."""
    from petdesk.i18n import translator

    _ = translator(locale)
    return _(
        "petdesk set aside a write-ahead log (-wal) of an older state of this file, probably brought "
        "by a file-sync program: applying it would have damaged the file. The file ({path}) was left "
        "as it is, and the log was moved (not deleted) to {log}"
    ).format(path=done.path, log=done.log)
