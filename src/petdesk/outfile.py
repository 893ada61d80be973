"""Writing a file the user named (``--out``, a save dialog): every writer goes through :func:`writing`.

An ordinary file is written beside itself and renamed over the old one, so a failed or cancelled run
leaves the old file as it was. A symlink is followed: the new file replaces the link's final target,
and the link stays. A target that exists and is not an ordinary file (a FIFO, a character device such
as /dev/null, a socket) is written straight into: renaming over it would destroy it (as root,
``--out /dev/full`` replaced the device with an ordinary file), and its reader expects the bytes.
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal

#: ``permissions=KEPT``: the new file gets the mode of the file it replaces.
KEPT: Literal["kept"] = "kept"

#: Opens file descriptors in binary mode on Windows (the text layer does any newline translation).
_BINARY = getattr(os, "O_BINARY", 0)


def target(path: Path | str) -> Path:
    """The file the bytes go to: ``path`` with every symlink followed (it need not exist yet)."""
    return Path(os.path.realpath(path))


def is_special(path: Path | str) -> bool:
    """Whether ``path`` (symlinks followed) exists and is not an ordinary file: a FIFO, a device, a
    socket or a folder, which must be written into (or refused), never replaced."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # missing (or not reachable): written as a new file, where any error shows
        return False


def work_folder(path: Path | str) -> Path:
    """Where a writer of ``path`` keeps its work files: beside the target, on the same disk, or the
    system's temporary folder when the target is a pipe or device (its folder may be /dev)."""
    return Path(tempfile.gettempdir()) if is_special(path) else target(path).parent


@contextmanager
def writing(
    path: Path | str,
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
    private: bool = True,
    durable: bool = False,
    permissions: int | Literal["kept"] | None = KEPT,
) -> Iterator[IO[Any]]:
    """An open file (``mode`` "wb" or "w") whose content becomes ``path`` when the block ends
    without an error. ``private`` makes a new file mode 600 (else as the umask allows); ``durable``
    forces it to disk before the rename and the rename itself after (not for a pipe or a device,
    where fsync fails with EINVAL). ``permissions`` sets the file's mode bits exactly: a number,
    or ``"kept"`` for those of the file replaced (a database restored stays as private as it was);
    a new file under ``"kept"`` is made as ``private`` says.

    By default a new file is private and a replaced one keeps its mode: what petdesk writes
    (contacts, reports, dossiers, packages) holds personal data, as the database does, and a shared
    machine must not show it to every user (field test 17, §9); a file the user made readable to
    others stays so."""
    # A pipe is opened by the name given: /dev/stdout resolves to "/proc/PID/fd/pipe:[N]", no path.
    if is_special(path):
        with _written_into(Path(path), mode, encoding, newline) as fh:
            yield fh
        return
    final = target(path)
    bits = _mode_of(final) if isinstance(permissions, str) else permissions  # str: only KEPT
    with _replacing(final, mode, encoding, newline, private=private, durable=durable, permissions=bits) as fh:
        yield fh


def write_bytes(
    path: Path | str,
    data: bytes,
    *,
    private: bool = True,
    durable: bool = False,
    permissions: int | Literal["kept"] | None = KEPT,
) -> None:
    """``data`` as the whole content of ``path``, through :func:`writing`."""
    with writing(path, private=private, durable=durable, permissions=permissions) as fh:
        fh.write(data)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); Windows has no folder handles to sync."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _mode_of(final: Path) -> int | None:
    """The permission bits of the existing ``final``; None when there is none yet."""
    try:
        return stat.S_IMODE(os.stat(final).st_mode)
    except FileNotFoundError:
        return None


@contextmanager
def _written_into(final: Path, mode: str, encoding: str | None, newline: str | None) -> Iterator[IO[Any]]:
    """The pipe or device itself: no temporary file, no rename, no fsync, no mode of ours (it
    exists, its mode is its own, and it has no disk to sync); write errors (ENOSPC, EPIPE) are
    raised from the writes or the closing flush like any other."""
    with os.fdopen(os.open(final, os.O_WRONLY | _BINARY), mode, encoding=encoding, newline=newline) as fh:
        yield fh


@contextmanager
def _replacing(
    final: Path,
    mode: str,
    encoding: str | None,
    newline: str | None,
    *,
    private: bool,
    durable: bool,
    permissions: int | None,
) -> Iterator[IO[Any]]:
    tmp, fd = _create_beside(final, 0o600 if private else 0o666)
    try:
        if permissions is not None:
            os.chmod(tmp, permissions)  # exact, not less the umask: before any byte is written
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk, a cancel or a kill must not leave half a file
        raise
    if durable:
        sync_folder(final.parent)


def _create_beside(final: Path, mode: int) -> tuple[Path, int]:
    """A new hidden ``.NAME.PID-XXXXXXXX.part`` beside ``final``, created with ``mode`` less the
    umask (``tempfile.mkstemp`` would make it 600 whatever the umask says). The process id in the
    name lets a later writer of ``final`` remove what a killed one left (:func:`_remove_stale_parts`)."""
    _remove_stale_parts(final)
    while True:
        tmp = final.with_name(f".{final.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, mode)
        except FileExistsError:
            continue


def final_of(path: str | os.PathLike[str]) -> Path | None:
    """The file a work file of :func:`_create_beside` was to become, or None for another file: an
    error names the file the user chose, not ``.copy.sqlite.4711-1a2b3c4d.part`` (errors53)."""
    work = Path(path)
    match = re.fullmatch(r"\.(.+)\.(?:\d+-)?[0-9a-f]{8}\.part", work.name)
    return work.with_name(match.group(1)) if match else None


#: When this process started, near enough: a work file without a process id in its name (written
#: before ids were put in names) that is older than this is no writer's of ours.
_STARTED = time.time()


def _remove_stale_parts(final: Path) -> None:
    """Delete the work files of ``final`` that a killed writer left (field test 39, defect 4: a
    killed export's ``.NAME.XXXXXXXX.part`` stayed for ever): those whose process has ended, and
    those without a process id from before this process started. Windows keeps them (no safe
    liveness check: ``os.kill`` there ends the process)."""
    if os.name != "posix":
        return
    prefix = f".{final.name}."
    for part in final.parent.glob(f"{glob.escape(prefix)}*.part"):
        _remove_if_stale(part, part.name[len(prefix) : -len(".part")])


def remove_stale_parts_in(folder: Path, suffix: str) -> None:
    """Delete the work files that killed writers left in ``folder`` of any file named ``*suffix``,
    as :func:`_remove_stale_parts` does for one name. For files never written twice under one name
    (a backup's carries its time): a killed backup's part, up to the whole packed database, stayed
    until a backup an hour later pruned it, and meanwhile counted against the space the retry
    needs (field test 66, defect 2)."""
    if os.name != "posix":
        return
    for part in folder.glob(f".*{glob.escape(suffix)}.*.part"):
        _remove_if_stale(part, part.name[: -len(".part")].rpartition(".")[2])


def _remove_if_stale(part: Path, owner: str) -> None:
    """Delete ``part`` if its writer (``owner``: "PID-TOKEN", or a token alone from before process
    ids were put in names) is no longer running."""
    pid, dash, _token = owner.partition("-")
    try:
        stale = process_ended(int(pid)) if dash and pid.isdigit() else part.stat().st_mtime < _STARTED
        if stale and pid != str(os.getpid()):
            part.unlink()
    except OSError:  # gone meanwhile, or a read-only folder: the write itself says what is wrong
        pass


def remove_parts_of(path: Path | str, pid: int) -> None:
    """Delete the work files process ``pid`` left beside ``path``: the window calls it once a child
    it ran to write ``path`` has ended (killed by a Cancel, its part file stays otherwise)."""
    if is_special(path):
        return  # written straight into: no work file
    final = target(path)
    for part in final.parent.glob(f"{glob.escape(f'.{final.name}.{pid}-')}*.part"):
        try:
            part.unlink()
        except OSError:  # gone meanwhile, or a read-only folder
            continue


def process_ended(pid: int) -> bool:
    """Whether no process ``pid`` runs (POSIX; one of another user's, which we may not signal, runs)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
