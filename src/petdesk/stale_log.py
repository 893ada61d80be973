"""A write-ahead log of an OLDER state of the file is set aside before SQLite applies it (field test 70).

Two officers share one database in a synced folder (Nextcloud, Dropbox, an SMB share). The sync program
uploads ``petdesk.sqlite`` and ``petdesk.sqlite-wal`` at different moments, so a log of an older state
can land beside a newer main file. SQLite replays any log it finds as soon as it reads the file, and
the old commit frames (with the old database size) then truncate it: damaged for good, although the
main file alone was intact. Nothing done after opening can undo that, so before petdesk opens a file
whose ``-wal`` has no live owner it tries the pair read-only (through hard links in a temporary
folder, copies only where none can be made): when the file read with the log is damaged and the main
file alone is healthy, the log is renamed ``<file>-wal.stale-<time>`` (never deleted) and the user is
told where it is. A log that replays into a healthy file is the file's own (this computer's petdesk
stopped before it checkpointed: a crash, a kill) and is kept and replayed as always: nothing typed
before a crash is lost.

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
    told). Nothing is written to ``path`` and neither it nor its log is copied (7.2 s for 265 MB
    under load, stale51): SQLite reads them read-only through hard links in the temporary folder (so
    its -shm is made there too, not beside the file, where the sync program would upload it); the
    file alone is read with ``immutable``, which ignores any log.
    Only where no hard link can be made (the temporary folder on another file system) is it copied."""
    import tempfile  # only with a log to judge: the normal start stays quick

    told = _Progress(path)
    with tempfile.TemporaryDirectory(prefix="petdesk-log-") as folder:
        trial = Path(folder) / "trial.sqlite"
        try:
            os.link(path, trial)
            os.link(wal, f"{trial}-wal")  # read-only too: SQLite writes a log only to replay it
        except OSError:
            told.copying = True
            trial.unlink(missing_ok=True)
            shutil.copyfile(wal, f"{trial}-wal")
            _copy(path, trial, told)
        with_log = _healthy(trial, path, passphrase, told)
    if with_log is not False:
        told.finish()
        return None if with_log is None else False
    alone = _healthy(path, path, passphrase, told, immutable=True)
    told.finish()
    return alone


#: Called with how far the trial of a leftover log is, in percent (the command line prints it on
#: stderr, the window shows it at its start): on a large file it reads the whole file once or twice.
PROGRESS: list[Callable[[int], None]] = []
#: Smaller files are checked in well under a second: their trial says nothing.
PROGRESS_MIN_BYTES = 32 << 20
#: SQLite's progress handler is called every this many virtual machine steps.
_STEPS = 1000
#: Calls of the handler per page that ``PRAGMA quick_check`` makes (measured on a demo file of
#: 64,595 pages: 0.55); the estimate only drives the percentage, capped below 100 until done.
_CALLS_PER_PAGE = 0.55


class _Progress:
    """The percentage of one trial: a quick check with the log, maybe one of the file alone (a
    fallback copy counts as one more pass), told to :data:`PROGRESS` when it changes."""

    def __init__(self, path: Path) -> None:
        self.copying = False
        self.passes_done = 0
        self.told = -1
        try:
            size = os.stat(path).st_size
            self.pages = max(1, int(size // max(512, _page_size(path))))
        except OSError:
            size, self.pages = 0, 1
        self.large = size >= PROGRESS_MIN_BYTES

    def passes(self) -> int:
        return 3 if self.copying else 2

    def tell(self, fraction: float) -> None:
        """``fraction`` of the current pass done."""
        done = (self.passes_done + min(fraction, 1.0)) / self.passes()
        percent = min(99, int(done * 100))
        if percent != self.told and PROGRESS and self.large:
            self.told = percent
            for listener in list(PROGRESS):
                listener(percent)

    def next_pass(self) -> None:
        self.passes_done += 1

    def finish(self) -> None:
        if self.told >= 0:  # only a trial that said anything says it is done
            for listener in list(PROGRESS):
                listener(100)


def _page_size(path: Path) -> int:
    """The page size in the file's header (an encrypted file's header is not readable: 4096)."""
    header = connection.read_header(path, 18)  # closing a descriptor of it could drop SQLite's locks
    if len(header) < 18 or not header.startswith(b"SQLite format 3"):
        return 4096
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _copy(source: Path, target: Path, told: _Progress) -> None:
    total = max(1, os.stat(source).st_size)
    done = 0
    with open(source, "rb") as src, open(target, "wb") as dst:
        while chunk := src.read(8 << 20):
            dst.write(chunk)
            done += len(chunk)
            told.tell(done / total)
    told.next_pass()


def _healthy(
    trial: Path, original: Path, passphrase: str | None, told: _Progress, *, immutable: bool = False
) -> bool | None:
    """SQLite's quick check of ``trial`` read-only (encrypted as ``original`` is, with its
    passphrase); None without a passphrase that opens it."""
    key = None
    if connection.is_encrypted(original):
        key = passphrase or connection.passphrase_for(original)
    calls = 0

    def step() -> int:
        nonlocal calls
        calls += 1
        told.tell(calls / (told.pages * _CALLS_PER_PAGE))
        return 0

    told.tell(0.0)  # this pass starts (a damaged file may fail at once, before any step)
    try:
        conn = connection.connect(
            trial, passphrase=key, timeout=0, guard=False, readonly=True, immutable=immutable
        )
        try:
            conn.set_progress_handler(step, _STEPS)
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except connection.PassphraseError:
        return None
    except connection.DatabaseError:
        return False
    finally:
        told.next_pass()
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
