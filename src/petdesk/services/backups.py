"""Backups of the database file: made with SQLite's backup API, gzip-compressed, kept by a rule.

A backup is ``<db name>-<UTC stamp>-<reason>.gz`` plus a JSON sidecar (when, why, size, counts,
whether the copy passed SQLite's quick check). Every file is written to a temporary name, flushed
to disk and renamed, and the ``.gz`` is renamed last: a process killed at any moment leaves either
no backup or a complete one, never half of one. Periodic backups are kept in the manner of Anki
(newest per day for 7 days, per week for 4 weeks, per month for 12 months); the last 10 event
backups (before an import, a merge, a restore ...) are kept besides, and the newest made before a
schema upgrade until the next upgrade; backups the user made by hand are never removed.

Restoring copies the backup into the live file with the backup API too, in one SQLite
transaction, so the file is either the old or the restored database, with the current one backed
up first. No Qt here: the command line and the window both call these functions.
"""

from __future__ import annotations

import datetime as dt
import errno
import glob
import gzip
import json
import os
import re
import shutil
import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple

from petdesk import connection, outfile
from petdesk.i18n import N_, translator
from petdesk.sizes import file_size

#: Setting (in the database's local ``setting`` table) naming the backup folder chosen by the user.
FOLDER_SETTING = "backup.folder"
#: Setting listing (JSON) the backup folders chosen before the current one: their backups stay there.
PAST_FOLDERS_SETTING = "backup.folders.past"
#: Reasons of periodic backups (pruned by day/week/month); any other reason is an event backup.
PERIODIC = "daily"
#: Backups the user asked for; never pruned.
MANUAL = "manual"
#: The start of the reason of a backup taken before a schema upgrade (the old revision follows).
UPGRADE_REASON = "before-upgrade"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY, KEEP_EVENTS = 7, 4, 12, 10
#: A periodic backup is due when the newest backup is older than this.
PERIOD = dt.timedelta(days=1)
#: ... or when the data changed since the newest backup and that one is older than this, or holds
#: no records at all: the empty file backed up at the first start must not be the only copy of the
#: first day's work (field test 38, defect 2). Pruning keeps one periodic backup a day, so this adds
#: at most a few files that the next backup of the day replaces.
CHANGED_AFTER = dt.timedelta(hours=3)
#: A backup dated later than this past the computer's clock was made while the clock ran ahead (a
#: dead CMOS battery set a year ahead, then put right: field test 72); the slack spares the small
#: steps back of a clock kept right by the network.
AHEAD_SLACK = dt.timedelta(hours=1)
SUFFIX = ".gz"
SIDECAR = ".json"
_STAMP = "%Y%m%dT%H%M%S%fZ"
#: The end of a backup's name as ``create`` writes it: ``<database>-<stamp>-<reason>.gz``.
_NAMED = re.compile(r"-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9-]+)" + re.escape(SUFFIX) + "$")
#: The reason of a backup that neither its sidecar nor its name tells.
UNKNOWN_REASON = "unknown"
#: Tables counted in the metadata and in the restore preview (live rows only).
COUNTED_TABLES = ("organisation", "contact", "visit", "training", "activity", "project")
_SQLITE_HEADER = b"SQLite format 3\x00"


#: Why a backup was made, in words: one table for the command line and the window.
REASONS = {
    "daily": N_("daily"),
    "manual": N_("made by hand"),
    "before-import": N_("before an import"),
    "before-sync-import": N_("before a sync import"),
    "before-merge": N_("before a merge"),
    "before-restore": N_("before a restore"),
    "before-delete": N_("before deleting"),
    "before-upgrade": N_("before a database upgrade"),
    "before-encrypt": N_("before encrypting"),
    "before-decrypt": N_("before decrypting"),
    "before-passphrase-change": N_("before a passphrase change"),
    #: A file without a sidecar whose name does not say why it was made either.
    UNKNOWN_REASON: N_("reason unknown"),
}


#: Why a listed backup cannot be read: a broken link is listed, not a reason to stop listing.
PROBLEMS = {
    "gone": N_("the file it points to is gone"),
    "not-a-file": N_("not a file"),
    "short": N_("the file is cut short"),
    "damaged": N_("the file is damaged"),
    "unreadable": N_("the file cannot be read"),
}


def problem_text(problem: str, locale: str) -> str:
    """Why a backup cannot be read, in the language of ``locale``."""
    return translator(locale)(PROBLEMS[problem]) if problem in PROBLEMS else problem


def reason_text(reason: str, locale: str) -> str:
    """Why a backup was made, in the language of ``locale`` (an unknown reason as it is named)."""
    key = "before-upgrade" if reason.startswith("before-upgrade") else reason
    return translator(locale)(REASONS[key]) if key in REASONS else reason


class BackupError(Exception):
    """A backup that cannot be made, read or restored, with one sentence for the user."""


class BackupPassphraseError(BackupError):
    """A backup that does not open with the passphrase given (made before a passphrase change,
    or the wrong one typed): its own passphrase opens it (``restore(backup_passphrase=…)``)."""


class OtherOfficeBackup(BackupError):
    """A backup of another office, refused over this installation's database unless told to take
    that office over (see :func:`_refuse_other_office`); the window asks and retries."""

    def __init__(self, message: str, *, theirs: tuple[str, str], ours: tuple[str, str]) -> None:
        super().__init__(message)
        #: (id, name) of the backup's office and of this installation's office.
        self.theirs = theirs
        self.ours = ours


@dataclass
class BackupInfo:
    """One backup file and what its sidecar says about it."""

    path: Path
    created: dt.datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    #: False when SQLite's quick check found damage in the copy (it is then never offered).
    ok: bool = True
    schema: str = ""
    #: The data's version when the copy was made (the sync clock, which every recorded change
    #: advances): "" when not known (a backup made before petdesk wrote it).
    data_version: str = ""
    #: Why the file cannot be read (a key of :data:`PROBLEMS`), "" when it can: listed all the same.
    problem: str = ""
    #: Found in a folder chosen before the current one (:func:`all_backups`).
    earlier_folder: bool = False

    @property
    def empty(self) -> bool:
        """Whether the copy holds no records at all (a backup of a new, empty file)."""
        return bool(self.counts) and not any(self.counts.values())

    @property
    def periodic(self) -> bool:
        return self.reason == PERIODIC

    @property
    def encrypted(self) -> bool:
        """Whether the backup is encrypted (SQLCipher); read from its first bytes, whatever the
        sidecar says, since a plain copy of an office is what a user must know to find."""
        return is_encrypted_backup(self.path)


def is_encrypted_backup(path: Path) -> bool:
    """Whether the backup file at ``path`` (gzip-packed or not) holds an encrypted database."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(2)
        opener: Any = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as fh:
            return len(start := fh.read(16)) == 16 and start != _SQLITE_HEADER
    except (OSError, EOFError, zlib.error):
        return False


# -- where backups live --------------------------------------------------------------------------


def default_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def folder_for(db_path: Path) -> Path:
    """The folder chosen in the database's settings, else ``backups/`` beside the file.

    Read with a plain connection and any failure ignored: a damaged file must still find its
    backups."""
    chosen_folder = _read_settings(db_path).get(FOLDER_SETTING)
    return Path(chosen_folder).expanduser() if chosen_folder else default_folder(db_path)


def folders_of(db_path: Path) -> list[Path]:
    """Every folder that may hold backups of ``db_path``: the current one, the default one beside
    the file and those chosen before. Backups stay where they were made when the folder changes,
    and they are this office's all the same: removing the office must find them (field test 53)."""
    settings = _read_settings(db_path)
    folders = [folder_for(db_path), default_folder(db_path)]
    folders += [Path(p).expanduser() for p in _past_list(settings.get(PAST_FOLDERS_SETTING))]
    unique: dict[Path, Path] = {}
    for folder in folders:
        unique.setdefault(_resolved(folder), folder)
    return list(unique.values())


def backups_everywhere(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path`` in every folder it has used (:func:`folders_of`), newest first;
    those outside the current folder are marked ``earlier_folder``: they are this office's copies
    all the same, and a plain one there exposes the office as much (listed, and warned about)."""
    current = _resolved(folder_for(db_path))
    found = []
    for folder in folders_of(db_path):
        earlier = _resolved(folder) != current
        for info in list_backups(folder, db_path.name):
            info.earlier_folder = earlier
            found.append(info)
    return sorted(found, key=lambda b: b.created, reverse=True)


def left_behind(db_path: Path) -> dict[Path, int]:
    """How many backups of ``db_path`` each earlier folder still holds (none listed when empty):
    backups stay where they were made when the folder changes, and whoever changed it should be
    told where they are (the command line and the window say it alike)."""
    current = _resolved(folder_for(db_path))
    counts = {
        folder: len(list_backups(folder, db_path.name))
        for folder in folders_of(db_path)
        if _resolved(folder) != current
    }
    return {folder: n for folder, n in counts.items() if n}


def set_folder(conn: sqlite3.Connection, folder: Path | None) -> None:
    """Remember ``folder`` as the backup folder (None: back to the default), and the folder
    chosen until now among the past ones: its backups stay there."""
    with conn:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (FOLDER_SETTING,)).fetchone()
        if row and row[0]:
            _remember_past_folder(conn, str(row[0]))
        if folder is None:
            conn.execute("DELETE FROM setting WHERE key = ?", (FOLDER_SETTING,))
        else:
            _put_setting(conn, FOLDER_SETTING, str(folder.expanduser().resolve()))


def move_backups(db_path: Path, target: Path) -> list[Path]:
    """Move the backups of ``db_path`` found in its other folders into ``target``; returns the
    moved backups' new paths. Each backup's sidecar goes first and the backup after it, each
    copied before the original is removed (``shutil.move``): nothing is lost if it stops half-way.
    A name already in ``target`` is left where it is."""
    moved = []
    target.mkdir(parents=True, exist_ok=True)
    for folder in folders_of(db_path):
        if _resolved(folder) == _resolved(target):
            continue
        for info in list_backups(folder, db_path.name):
            new_path = target / info.path.name
            if new_path.exists():
                continue
            if _sidecar(info.path).exists():
                shutil.move(_sidecar(info.path), _sidecar(new_path))
            shutil.move(info.path, new_path)
            moved.append(new_path)
        with suppress(OSError):
            folder.rmdir()  # only when empty
    return moved


def plain_copies(db_path: Path, paths: list[Path]) -> list[Path]:
    """The plain (unencrypted) backups among ``paths`` when the database at ``db_path`` is encrypted:
    made before the encryption, each holds the office in clear wherever it now lies. A move to a USB
    stick took one along without a word (field test 80); whoever moves them is told, with the way to
    delete them."""
    if not connection.is_encrypted(db_path):
        return []
    return [path for path in paths if not is_encrypted_backup(path)]


def _resolved(folder: Path) -> Path:
    try:
        return folder.expanduser().resolve()
    except OSError:
        return folder


def _read_settings(db_path: Path) -> dict[str, str]:
    """The backup settings of the database at ``db_path`` ({} when unreadable)."""
    with suppress(*connection.FAILURES_OR_OS):
        if db_path.exists():
            conn = connection.connect(db_path, readonly=True)
            try:
                rows = conn.execute(
                    "SELECT key, value FROM setting WHERE key IN (?, ?)",
                    (FOLDER_SETTING, PAST_FOLDERS_SETTING),
                ).fetchall()
            finally:
                conn.close()
            return {str(key): str(value) for key, value in rows if value}
    return {}


def _past_list(value: str | None) -> list[str]:
    try:
        past = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(p) for p in past] if isinstance(past, list) else []


def _remember_past_folder(conn: sqlite3.Connection, folder: str) -> None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (PAST_FOLDERS_SETTING,)).fetchone()
    past = _past_list(row[0] if row else None)
    if folder not in past:
        _put_setting(conn, PAST_FOLDERS_SETTING, json.dumps([*past, folder]))


def _put_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


# -- backups running, and offices being removed ------------------------------------------------------

#: Backups running in this process, per database file, and the files being removed from this
#: computer, of which no backup starts any more: the window's start-up backup, running in the
#: background, wrote a full copy after forget-office had counted the files (field test 53, defect 2).
_running: dict[str, int] = {}
_forgotten: set[str] = set()
_backups_changed = threading.Condition()


def _file_key(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


@contextmanager
def _backing_up(db_path: Path) -> Iterator[None]:
    key = _file_key(db_path)
    with _backups_changed:
        if key in _forgotten:
            raise BackupError(f"{db_path} is being removed from this computer: no backup of it is made")
        _running[key] = _running.get(key, 0) + 1
    try:
        yield
    finally:
        with _backups_changed:
            _running[key] -= 1
            if not _running[key]:
                del _running[key]
            _backups_changed.notify_all()


def stop_backups(db_path: Path) -> None:
    """No backup of ``db_path`` starts from now on in this process, and the ones running are
    waited for: their files are then there to be removed with the office."""
    key = _file_key(db_path)
    with _backups_changed:
        _forgotten.add(key)
        _backups_changed.wait_for(lambda: key not in _running)


def resume_backups(db_path: Path) -> None:
    """Undo :func:`stop_backups`: removing the office failed before any file went, so the office
    stays open and must still be backed up (review 47, finding 5)."""
    with _backups_changed:
        _forgotten.discard(_file_key(db_path))
        _backups_changed.notify_all()


def backups_stopped(db_path: Path) -> bool:
    """Whether :func:`stop_backups` was called for ``db_path`` (the office is being removed)."""
    return _file_key(db_path) in _forgotten


# -- writing -------------------------------------------------------------------------------------


class _Counted:
    """A binary file that counts the bytes written through it (a pipe cannot tell its size)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh, self.size = fh, 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return self.fh.write(data)

    def flush(self) -> None:
        self.fh.flush()


def connect(path: Path) -> sqlite3.Connection:
    """A plain connection for copying; waits for a writer in another process instead of failing."""
    conn = connection.connect(path, timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


#: How the work of a backup splits for its progress: the copy and its check, then the packing (in
#: percent). The copy is one step of SQLite's backup API: copied in steps, it would start again
#: whenever another connection (the window) wrote meanwhile.
_COPY_SHARE = 40


def _copy(source: sqlite3.Connection, target: Path, db_path: Path) -> None:
    # A backup of an encrypted database is encrypted with the same passphrase (the backup API
    # copies pages between two connections of one driver and one key).
    key = connection.passphrase_for(db_path) if connection.is_encrypted(db_path) else None
    dest = None
    try:
        dest = connection.connect(target, passphrase=key)
        dest.execute("PRAGMA user_version")  # SQLite opens lazily: creating the file happens here
    except connection.FAILURES as exc:  # the destination's fault, not the database's
        if dest is not None:
            dest.close()
        raise OSError(f"no file can be made there: {exc}") from exc
    try:
        source.backup(dest)
        # A backup is one self-contained file: no WAL beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def live_rows(conn: sqlite3.Connection, *, newest: bool = False) -> dict[str, tuple[int, object]]:
    """Per kind of :data:`COUNTED_TABLES` the file has (an old one lacks some): its live rows and,
    with ``newest``, the latest ``updated_at`` of all its rows, deleted ones too (else None).
    Shared by :func:`inspect` and the restore's comparison (``restore_compare.held``)."""
    found: dict[str, tuple[int, object]] = {}
    for table in COUNTED_TABLES:
        query = (
            f"SELECT sum(deleted_at IS NULL), max(updated_at) FROM {table}"
            if newest
            else f"SELECT count(*), NULL FROM {table} WHERE deleted_at IS NULL"  # no updated_at needed
        )
        with suppress(*connection.Error):
            count, last = conn.execute(query).fetchone()
            found[table] = (int(count or 0), last)
    return found


def inspect(path: Path) -> tuple[bool, dict[str, int], str]:
    """(passes quick check, live counts, schema revision) of an uncompressed database file."""
    conn = connection.connect(path, readonly=True)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        counts = {table: count for table, (count, _newest) in live_rows(conn).items()}
        schema = ""
        with suppress(*connection.Error):
            schema = "+".join(sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version")))
        return ok, counts, schema
    except connection.DatabaseError:
        return False, {}, ""
    finally:
        conn.close()


def create(
    db_path: Path,
    reason: str,
    *,
    folder: Path | None = None,
    out: Path | None = None,
    source: sqlite3.Connection | None = None,
    prune_after: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> BackupInfo:
    """Back up ``db_path`` (through ``source`` if given) into the backup folder, or to ``out``.

    ``out`` gets the same gzip-compressed file (with its sidecar) and is not pruned.
    ``progress(done, 100)`` says how far it is; if it raises (``Cancelled``), no backup is left."""
    with _backing_up(db_path):
        return _create(
            db_path, reason, folder=folder, out=out, source=source, prune_after=prune_after, progress=progress
        )


def _create(
    db_path: Path,
    reason: str,
    *,
    folder: Path | None = None,
    out: Path | None = None,
    source: sqlite3.Connection | None = None,
    prune_after: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> BackupInfo:
    report = progress or (lambda _done, _total: None)
    folder = (out.parent if out is not None else folder or folder_for(db_path)).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if out is None and exc.errno in _UNWRITABLE:  # says which folder to change, and how
            raise _backup_failed(exc, db_path, folder, backup_folder=True) from exc
        raise BackupError(f"cannot create the backup folder {folder} ({exc.strerror})") from exc
    now = dt.datetime.now(dt.UTC)
    target = out if out is not None else folder / f"{db_path.name}-{now.strftime(_STAMP)}-{reason}{SUFFIX}"
    work, name = outfile.work_folder(target), outfile.target(target).name
    _remove_stray_copies(work, name)
    _remove_stray_restores(db_path.parent)  # where a killed restore left its copy
    raw = work / f".{name}{_RAW_MARK}{os.getpid()}"
    _refuse_if_short_of_space(db_path, work, backup_folder=out is None)
    own = source is None
    try:
        conn = source if source is not None else connect(db_path)
        try:
            report(0, 100)
            # The uncompressed copy is the whole database in clear (a plain one's): only its owner
            # may read it, as the database itself.
            os.close(os.open(raw, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
            _copy(conn, raw, db_path)
        finally:
            if own:
                conn.close()
        ok, counts, schema = inspect(raw)
        version = data_version(raw)
        # The backup exists from the end of this block on (the rename, for an ordinary file).
        with open(raw, "rb") as src, outfile.writing(target, durable=True, private=True) as fh:
            packed = _Counted(fh)
            # Level 1: a 113 MB file (20,000 contacts) packs to 40 MB in 5.5 s; level 6 saves 10% more
            # and takes four times as long, too slow for the backup at start and close.
            with gzip.GzipFile(filename="", mode="wb", fileobj=packed, compresslevel=1, mtime=0) as gz:
                _pack(src, gz, raw.stat().st_size, report)
            info = BackupInfo(
                path=target,
                created=now,
                reason=reason,
                size=packed.size,
                counts=counts,
                ok=ok,
                schema=schema,
                data_version=version,
            )
            _write_sidecar(info)
    except connection.FAILURES_OR_OS as exc:
        raise _backup_failed(exc, db_path, folder, backup_folder=out is None) from exc
    finally:
        # SQLite's journal of the copy too: a copy that failed (a full disk) leaves one beside it.
        for extra in ("", "-journal", "-wal", "-shm"):
            # On a read-only disk even removing a file that is not there fails (EROFS, not ENOENT),
            # and would hide the sentence saying which folder to change (field test 28 §6).
            with suppress(OSError):
                raw.with_name(raw.name + extra).unlink(missing_ok=True)
    if out is None and prune_after:
        prune(folder, db_path.name)
    return info


#: The free space a backup needs, as a share of the database's size: the uncompressed copy (the
#: whole database: SQLite's backup API gives the consistent copy, WAL content included, that
#: reading the file itself would not), and the packed file beside it until the copy is deleted
#: (a third of the size at level 1), with some room to spare.
SPACE_NEEDED_SHARE = 1.5


def _refuse_if_short_of_space(db_path: Path, folder: Path, *, backup_folder: bool) -> None:
    """Refuse (BackupError, with the numbers) a backup the disk cannot hold, before it starts: a
    3 GB file needed 3.7 GB more for a while, and a disk filled half-way helps nobody (field
    test 30). In the backup folder it says how to choose another one: an import on a nearly full
    laptop was refused with "choose another backup folder" and no word of how (field test 88)."""
    try:
        size = sum(
            Path(f"{db_path}{suffix}").stat().st_size
            for suffix in ("", "-wal")
            if Path(f"{db_path}{suffix}").exists()
        )
        disk = shutil.disk_usage(folder)
    except OSError:
        return  # the copy itself says what is wrong
    free, need = disk.free, int(size * SPACE_NEEDED_SHARE)
    if disk.total and free < need:  # (a pseudo file system such as /proc has no size: left to the copy)
        # (not in brackets at the end: "cannot back up {file} ({reason})" would take the sentence)
        how = ""
        if backup_folder:
            how = " with petdesk backups --folder DIR or File › Backups… › Change Folder…"
        raise BackupError(
            f"cannot back up {db_path}: the backup needs about {file_size(need)} free in {folder} "
            f"while it is made, and {file_size(free)} is free there; free some space there or "
            f"choose another backup folder{how}"
        )


def _backup_failed(exc: BaseException, db_path: Path, folder: Path, *, backup_folder: bool) -> BackupError:
    """The sentence for a backup that failed, with what to do when the disk is full (field test 17
    §5) or the backup folder cannot be written (field test 28 §6: a sync import's backup on a
    read-only stick did not say that the backup folder was meant, nor how to change it)."""
    from petdesk import faults

    if backup_folder and isinstance(exc, OSError) and exc.errno in _UNWRITABLE:
        return BackupError(
            f"cannot write to the backup folder {folder} ({exc.strerror or exc}); choose another "
            "backup folder (petdesk backups --folder DIR, or File › Backups… › Change Folder…) and "
            "try again"
        )
    if faults.classify(exc) == faults.FULL:
        return BackupError(
            f"cannot back up {db_path}: the disk holding {folder} is full; free some space there or "
            "choose another backup folder"
        )
    if isinstance(exc, OSError):
        return BackupError(f"cannot write the backup to {folder} ({exc.strerror or exc})")
    if faults.classify(exc) == faults.IO:
        # SQLite's bare "disk I/O error" while it writes the copy: a file too large for the stick
        # (FAT32), a stick pulled out. The folder says which disk (field test 88: the database was named).
        return BackupError(f"cannot write the backup to {folder} (disk I/O error)")
    return BackupError(f"cannot back up {db_path} ({exc})")


#: Why a folder cannot take files: read-only disk, no permission, gone (a stick pulled out).
_UNWRITABLE = frozenset({errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT})


def check_writable(folder: Path) -> None:
    """Refuse (BackupError) a folder where no backup can be written: a file is made in it and
    removed again (a read-only stick or a folder of another user is accepted by ``mkdir``)."""
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".petdesk-probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise BackupError(
            f"cannot use {folder} as the backup folder: no file can be written there "
            f"({exc.strerror or exc}); choose another folder"
        ) from exc


#: Between a backup's name and its process id in the name of its uncompressed copy.
_RAW_MARK = ".db-"


#: Between a backup's name and its process id in the name of the copy a restore unpacks.
_RESTORE_MARK = ".restore-"


def _remove_stray_copies(folder: Path, name: str) -> None:
    """Delete uncompressed copies and packed parts that a killed backup left (hidden, never listed)
    of any backup in ``folder`` or of ``name``: those whose process no longer runs. Windows
    keeps them (no safe liveness check)."""
    found = {*folder.glob(f".*{SUFFIX}{_RAW_MARK}*"), *folder.glob(f".{glob.escape(name)}{_RAW_MARK}*")}
    _remove_if_owner_ended(found, _RAW_MARK)
    outfile.remove_stale_parts_in(folder, SUFFIX)  # the packed half of a killed backup


def _remove_stray_restores(folder: Path) -> None:
    """Delete the unpacked copies that a killed restore left in ``folder`` (``.NAME.restore-PID``:
    the whole database in clear, beside the database, on a stick perhaps; field test 39, defect 1)."""
    _remove_if_owner_ended(set(folder.glob(f".*{_RESTORE_MARK}*")), _RESTORE_MARK)


def _remove_if_owner_ended(found: set[Path], mark: str) -> None:
    """Delete each file of ``found`` named ``…MARK<pid>`` (with its SQLite journals) whose process
    no longer runs. Windows keeps them (no safe liveness check)."""
    if os.name != "posix":
        return
    for stray in found:
        pid = stray.name.rpartition(mark)[2]
        if pid.isdigit() and int(pid) != os.getpid() and _ended(int(pid)):
            for extra in ("", "-wal", "-shm", "-journal"):
                with suppress(OSError):  # a read-only disk: left, as before
                    stray.with_name(stray.name + extra).unlink(missing_ok=True)


#: Bytes packed between two reports of progress.
_PACK_CHUNK = 8 << 20


def _pack(src: IO[bytes], gz: gzip.GzipFile, size: int, report: Callable[[int, int], None]) -> None:
    """Copy ``src`` into ``gz`` (``size`` bytes) a chunk at a time, reporting after each."""
    done = 0
    report(_COPY_SHARE, 100)
    while chunk := src.read(_PACK_CHUNK):
        gz.write(chunk)
        done += len(chunk)
        report(_COPY_SHARE + done * (100 - _COPY_SHARE) // max(size, 1), 100)


def _write_sidecar(info: BackupInfo) -> None:
    """The sidecar beside the backup's file (a symlink followed); none for a pipe or a device,
    which no backup list reads, and whose folder (/dev) is no place for it."""
    if not outfile.is_special(info.path):
        meta = json.dumps(_meta(info), indent=1).encode()
        outfile.write_bytes(_sidecar(outfile.target(info.path)), meta, durable=True, private=True)


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR)


def _meta(info: BackupInfo) -> dict[str, Any]:
    return {
        "created": info.created.isoformat(),
        "reason": info.reason,
        "size": info.size,
        "counts": info.counts,
        "ok": info.ok,
        "schema": info.schema,
        "data_version": info.data_version,
    }


# -- listing and pruning ---------------------------------------------------------------------------


def read_info(path: Path) -> BackupInfo:
    """What is known about a backup file: its sidecar, else its name and size. A file that cannot
    be read (a link whose target is gone, a folder, a cut or damaged file) comes back with its
    ``problem``, never as an exception: the other backups are still listed."""
    try:
        meta = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        info = BackupInfo(
            path=path,
            created=dt.datetime.fromisoformat(meta["created"]),
            reason=str(meta["reason"]),
            size=int(meta.get("size") or 0),
            counts={str(k): int(v) for k, v in (meta.get("counts") or {}).items()},
            ok=bool(meta.get("ok", True)),
            schema=str(meta.get("schema") or ""),
            data_version=str(meta.get("data_version") or ""),
        )
    except (OSError, ValueError, KeyError, TypeError):
        info = _info_from_name(path)
    problem = _problem(path, info.size)
    if not info.size or problem:
        with suppress(OSError):
            info.size = path.stat().st_size
    if problem:
        info.problem, info.ok = problem, False
    return info


def _info_from_name(path: Path) -> BackupInfo:
    """What a backup's name says when its sidecar cannot be read: when and why it was made. A link
    whose target is gone was listed with the link's own time and "unknown" (English in the Chinese
    window, field test 63) though its name says both."""
    if named := _NAMED.search(path.name):
        with suppress(ValueError):
            created = dt.datetime.strptime(named["stamp"], _STAMP).replace(tzinfo=dt.UTC)
            return BackupInfo(path=path, created=created, reason=named["reason"], size=0)
    return BackupInfo(path=path, created=_modified(path), reason=UNKNOWN_REASON, size=0)


def _modified(path: Path) -> dt.datetime:
    """When the file (or the link itself, when its target is gone) was last changed."""
    for stat in (path.stat, path.lstat):
        with suppress(OSError):
            return dt.datetime.fromtimestamp(stat().st_mtime, dt.UTC)
    return dt.datetime.fromtimestamp(0, dt.UTC)


def _problem(path: Path, size: int) -> str:
    """Why the backup at ``path`` cannot be read ("" when its start reads as a database): a cheap
    look (the sidecar's size and the first bytes), as the list is shown often."""
    try:
        if not path.exists():
            return "gone"
        if not path.is_file():
            return "not-a-file"
        if size and path.stat().st_size < size:
            return "short"  # fewer bytes than were written
        with open(path, "rb") as fh:
            packed = fh.read(2) == b"\x1f\x8b"
        opener: Any = gzip.open if packed else open
        with opener(path, "rb") as fh:
            return "" if len(fh.read(16)) == 16 else "short"
    except EOFError:
        return "short"
    except (zlib.error, gzip.BadGzipFile):
        return "damaged"
    except OSError:
        return "unreadable"


def list_backups(folder: Path, db_name: str) -> list[BackupInfo]:
    """Backups of the database named ``db_name`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [read_info(p) for p in folder.glob(f"{db_name}-*{SUFFIX}") if not p.name.startswith(".")]
    return sorted(found, key=lambda b: b.created, reverse=True)


def backups_of(db_path: Path) -> list[BackupInfo]:
    return list_backups(folder_for(db_path), db_path.name)


def made_ahead(info: BackupInfo, now: dt.datetime) -> bool:
    """Whether ``info`` is dated ahead of the computer's clock ``now``: made while it ran ahead."""
    return info.created > now + AHEAD_SLACK


def by_age(backups: list[BackupInfo], now: dt.datetime | None = None) -> list[BackupInfo]:
    """``backups`` (sorted newest first) youngest first by the computer's clock: those made while
    it ran ahead come after every other one. By their dates they stayed the newest for as long as
    the clock had run ahead (a year), so no daily backup was due and every new one was pruned at
    once (field test 72); as the oldest, they go once newer copies fill their places."""
    now = now or dt.datetime.now(dt.UTC)
    return [b for b in backups if not made_ahead(b, now)] + [b for b in backups if made_ahead(b, now)]


def to_keep(backups: list[BackupInfo], now: dt.datetime | None = None) -> set[Path]:
    """The retention rule (see the module docstring), over backups sorted newest first; those made
    while the clock ran ahead of ``now`` (default: the computer's clock) count as the oldest."""
    backups = by_age(backups, now)
    keep = {b.path for b in backups if b.reason == MANUAL}
    events = [b for b in backups if not b.periodic and b.reason != MANUAL]
    keep.update(b.path for b in events[:KEEP_EVENTS])
    keep.update([b.path for b in events if is_upgrade_backup(b)][:1])
    periodic = [b for b in backups if b.periodic]
    for period, limit in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: set[Any] = set()
        for b in periodic:
            key = period(b.created)
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.add(key)
            keep.add(b.path)  # the newest backup of each period
    return keep


def is_upgrade_backup(info: BackupInfo) -> bool:
    """Whether ``info`` was taken before a schema upgrade: the newest such copy is the only one the
    version before can open, so the rule keeps it until the next upgrade takes another (field test
    66, defect 3: ten imports or sync packages on upgrade day removed it, the notice still naming it)."""
    return info.reason.startswith(UPGRADE_REASON)


def prune(folder: Path, db_name: str) -> list[Path]:
    """Remove backups the rule no longer keeps, and temporary files of killed runs; returns removed."""
    # what cannot be read is the user's to remove (a folder, a link to a drive not plugged in)
    backups = [b for b in list_backups(folder, db_name) if not b.problem]
    keep = to_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            discard(b.path)
            removed.append(b.path)
    for stray in folder.glob(f".{db_name}-*"):
        with suppress(OSError):
            if dt.datetime.now().timestamp() - stray.stat().st_mtime > 3600:
                stray.unlink()
    return removed


def discard(path: Path) -> None:
    """Remove a backup and its sidecar (the backup first, so no half pair is ever listed)."""
    path.unlink(missing_ok=True)
    _sidecar(path).unlink(missing_ok=True)


def chosen(db_path: Path, names: list[str]) -> list[BackupInfo]:
    """The backups of ``db_path`` named by their file names (as listed) or paths; BackupError
    naming those that are not its backups, so that nothing is deleted on a typing mistake."""
    everywhere = sorted(backups_everywhere(db_path), key=lambda b: b.earlier_folder)
    found, unknown = [], []
    for name in names:
        given = Path(name)
        if given.name == name:  # a name as listed: the current folder's first
            info = next((b for b in everywhere if b.path.name == name), None)
        else:
            info = next((b for b in everywhere if b.path.resolve() == given.expanduser().resolve()), None)
        if info is None:
            unknown.append(name)
        elif info not in found:
            found.append(info)
    if unknown:
        raise BackupError("not a backup of {file}: {names}".format(file=db_path, names=", ".join(unknown)))
    return found


def delete(infos: list[BackupInfo]) -> None:
    """Delete backups for good (each file and its sidecar): after an erasure, the copies that still
    hold the person (field test 17 §8)."""
    for info in infos:
        discard(info.path)


def data_version(path: Path) -> str:
    """The version of the data in the database file at ``path``: the sync clock, which every
    recorded change advances (one row read); "" when the file has none or cannot be read."""
    from petdesk.sync.hlc import STATE_KEY

    try:
        conn = connection.connect(path, readonly=True)
    except connection.FAILURES:
        return ""
    try:
        row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (STATE_KEY,)).fetchone()
        return str(row[0]) if row else ""
    except connection.Error:
        return ""
    finally:
        conn.close()


def is_due(db_path: Path, now: dt.datetime | None = None) -> bool:
    """True when no backup of ``db_path`` is younger than a day, or when the data changed since
    the newest backup and that one is older than :data:`CHANGED_AFTER` or holds no records."""
    now = now or dt.datetime.now(dt.UTC)
    # a broken link is no copy, nor one dated ahead of the clock (made while the clock ran ahead)
    backups = [b for b in backups_of(db_path) if not b.problem and not made_ahead(b, now)]
    if not backups or now - backups[0].created >= PERIOD:
        return True
    newest = backups[0]
    if not (newest.empty or now - newest.created >= CHANGED_AFTER):
        return False
    return data_version(db_path) != newest.data_version  # "" (not known) against a version: changed


def backup_if_due(db_path: Path) -> BackupInfo | None:
    """The periodic backup, at start and close of the window; nothing if a recent one holds the
    same data (see :func:`is_due`)."""
    if backups_stopped(db_path):
        return None  # the office is being removed: no new copy of it
    if db_path.exists() and db_path.stat().st_size > 0 and is_due(db_path):
        return create(db_path, PERIODIC)
    return None


@contextmanager
def guard(
    db_path: Path, reason: str, *, progress: Callable[[int, int], None] | None = None
) -> Iterator[BackupInfo]:
    """A backup before a risky write; removed again if the write fails (nothing changed then).
    ``progress``: the backup's (see :func:`create`)."""
    info = create(db_path, reason, progress=progress)
    try:
        yield info
    except BaseException:
        discard(info.path)
        raise


#: Deleting at least this many records at once takes a backup first.
BULK_DELETE = 10


def guard_bulk(db_path: Path, n: int) -> AbstractContextManager[object]:
    """``guard`` before deleting many records at once; nothing for one or a few (Undo covers those)."""
    return guard(db_path, "before-delete") if n >= BULK_DELETE else nullcontext()


# -- restoring -----------------------------------------------------------------------------------


@contextmanager
def unpacked(path: Path, work_dir: Path) -> Iterator[Path]:
    """The backup ``path`` decompressed into a temporary file in ``work_dir`` (a plain SQLite
    file is taken as is), removed afterwards. The copy is the whole database in clear: mode 600,
    as the database, and one that a killed restore left is removed by the next (its process ended)."""
    _remove_stray_restores(work_dir)
    tmp = work_dir / f".{path.name}{_RESTORE_MARK}{os.getpid()}"
    try:
        with open(path, "rb") as fh:
            magic = fh.read(16)
            fh.seek(0)
            if magic[:2] == b"\x1f\x8b":
                try:
                    with gzip.GzipFile(fileobj=fh) as gz, _private_file(tmp) as out:
                        shutil.copyfileobj(gz, out, 1 << 20)
                except (OSError, EOFError) as exc:
                    raise BackupError(f"{path} is damaged (the compressed data is incomplete)") from exc
            elif magic == _SQLITE_HEADER or connection.is_encrypted(path):
                with _private_file(tmp) as out:
                    shutil.copyfileobj(fh, out, 1 << 20)
            else:
                raise BackupError(f"{path} is not a petdesk database or backup")
        yield tmp
    except FileNotFoundError as exc:
        raise BackupError(f"{path} does not exist") from exc
    finally:
        tmp.unlink(missing_ok=True)
        for extra in ("-wal", "-shm", "-journal"):
            tmp.with_name(tmp.name + extra).unlink(missing_ok=True)


def _private_file(path: Path) -> IO[bytes]:
    """``path`` opened for writing, emptied, mode 600 whatever the umask (only its owner may read
    a copy of the database)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    if hasattr(os, "fchmod"):  # a leftover of an earlier process with the same id kept its mode
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, "wb")


def verify(path: Path, label: Path) -> dict[str, int]:
    """Refuse (BackupError) an unpacked file that is not a sound petdesk database; its counts."""
    with open(path, "rb") as fh:
        if fh.read(16) != _SQLITE_HEADER and not connection.is_encrypted(path):
            raise BackupError(f"{label} is not a petdesk database")
    try:
        conn = connection.connect(path, readonly=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "setting", "contact"} <= tables:
                raise BackupError(f"{label} is not a petdesk database")
            result = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
        finally:
            conn.close()
    except connection.PassphraseError as exc:
        if connection.passphrase_for(path) is None:
            raise BackupError(
                f"{label} is encrypted and no passphrase was given: give the database's passphrase "
                f"(--passphrase-file FILE before the command, or ${connection.ENV_PASSPHRASE})"
            ) from exc
        raise BackupPassphraseError(
            f"{label} is encrypted with another passphrase and cannot be restored with this one: give "
            "the passphrase the backup was made with (petdesk restore --backup-passphrase-file FILE); "
            "the restored database then opens with the database's passphrase"
        ) from exc
    except connection.DatabaseError as exc:
        raise BackupError(f"{label} is damaged and cannot be restored ({exc})") from exc
    if result != ["ok"]:
        raise BackupError(f"{label} is damaged and cannot be restored (integrity check: {result[0]})")
    return inspect(path)[1]


def preview(path: Path, *, passphrase: str | None = None) -> dict[str, int]:
    """Counts of a backup, checked as a restore would check it (BackupError if unusable);
    ``passphrase`` opens an encrypted one (see :func:`restore`)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="petdesk-preview-") as work, unpacked(path, Path(work)) as tmp:
        _use_passphrase(tmp, passphrase)
        return verify(tmp, path)


def _use_passphrase(unpacked_backup: Path, passphrase: str | None) -> None:
    """Open the unpacked backup with ``passphrase`` when one is given: the passphrases known to
    the process are those of databases opened, and a restore onto a new computer (or over a plain
    database) has opened none (field test 7, defect 2)."""
    if passphrase is not None:
        connection.set_passphrase(unpacked_backup, passphrase)


class OfficeIdentity(NamedTuple):
    """The office a database file belongs to."""

    id: str
    name: str
    #: Its Chinese name, "" if it has none (a Chinese interface shows it: ``language.office_name``).
    name_zh: str


@dataclass
class RestoreResult:
    restored: Path
    counts: dict[str, int]
    #: The backup of the file as it was just before the restore (None if it could not be read).
    before: BackupInfo | None
    #: The office this installation is now, when it was no office or another one before (a new
    #: computer, ``take_over_office``); None when it stays the office it was.
    new_office: OfficeIdentity | None = None
    #: Office id of the database replaced (None: there was none, or it could not be read).
    replaced_office: str | None = None
    #: Records the replaced database had erased that the backup still held, erased again.
    erased_again: int = 0
    #: The file's own bytes, copied when the backup before the restore could not be made.
    before_copy: Path | None = None
    #: The database replaced was plain and is encrypted now, as the backup was.
    encrypted_now: bool = False
    #: The backup was plain and was encrypted with the passphrase of the office it replaced.
    encrypted_as_office: bool = False
    #: The backup was made with another passphrase and was re-encrypted with the database's.
    rekeyed: bool = False


def restore(
    db_path: Path,
    backup: Path,
    *,
    take_over_office: bool = False,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
    closed: bool = False,
) -> RestoreResult:
    """Replace the database at ``db_path`` by the backup, after checking the backup and backing up
    the current file. Either the old or the restored database remains, never a mixture. A backup of
    another office's database is refused unless ``take_over_office`` (see
    :func:`_refuse_other_office`). The erasures of the database replaced are applied to the
    restored one (:func:`_carry_erasures`). ``passphrase`` opens an encrypted backup (else the
    passphrase known for the database). An encrypted backup over a plain database replaces the
    file whole, leaving it encrypted: only when the caller has ``closed`` the database everywhere
    (the command line; a window would go on with the old file). A plain backup over an encrypted
    database is encrypted with that database's passphrase first: the office stays encrypted.
    ``backup_passphrase`` opens a backup made with another passphrase (before a passphrase change):
    over an encrypted database it is re-encrypted with that database's passphrase first."""
    db_path = db_path.expanduser()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    present = db_path.exists() and db_path.stat().st_size > 0
    with unpacked(backup, db_path.parent) as tmp:
        encrypted_here = present and connection.is_encrypted(db_path)
        encrypted_as_office = encrypted_here and not connection.is_encrypted(tmp)
        if encrypted_as_office:
            # A plain backup over an encrypted office: encrypted with the office's passphrase
            # first, so that the office stays encrypted (field test 17 §4).
            _encrypt_unpacked(tmp, db_path)
        encrypts = connection.is_encrypted(tmp) and not encrypted_here
        if present and encrypts and not closed:
            raise BackupError(
                f"{backup} is encrypted and {db_path} is not; encrypt the database first, or close "
                "the window and restore with petdesk --passphrase-file FILE restore BACKUP"
            )
        _use_passphrase(tmp, passphrase)
        rekeyed = _use_backup_passphrase(tmp, backup, db_path, backup_passphrase, passphrase, encrypted_here)
        try:
            counts = verify(tmp, backup)
        except BackupPassphraseError as exc:
            if encrypted_here:
                raise  # made before a passphrase change: its own passphrase opens it
            # No database passphrase here (a new laptop, a plain database): the one given was
            # for the backup, and it is wrong (field test 53, §7).
            raise BackupPassphraseError(
                f"wrong passphrase for this backup {backup}; nothing was changed"
            ) from exc
        _refuse_if_newer(tmp, backup)
        theirs, ours = _office(tmp), _office(db_path) if present else None
        if not take_over_office:
            _refuse_other_office(theirs, ours, backup)
        _refuse_if_in_use(db_path)
        before, before_copy = None, None
        if present:
            try:
                before = create(db_path, "before-restore")
            except BackupError as exc:
                # Never restore over the only copy of the current data (field test 112): the file's
                # bytes as they are, when SQLite cannot copy it (damaged, or the folder refused).
                before_copy = _plain_copy_before_restore(db_path, exc)
        erased_again = _carry_erasures(db_path, tmp) if present else 0
        if erased_again:
            counts = inspect(tmp)[1]  # what is restored, without the people erased again
        try:
            if encrypts and present:
                _replace_file(tmp, db_path)  # SQLite's backup API cannot copy across encryption
            else:
                _replace_contents(tmp, db_path)
        except connection.Error as exc:
            raise BackupError(f"cannot restore into {db_path} ({exc}); it is unchanged") from exc
        if encrypts and (backup_passphrase or passphrase) is not None:
            # the restored file opens with its own passphrase now
            connection.set_passphrase(db_path, backup_passphrase or passphrase)
    changed = theirs is not None and (ours is None or ours[0] != theirs[0])
    return RestoreResult(
        restored=backup,
        counts=counts,
        before=before,
        new_office=theirs if changed else None,
        replaced_office=ours[0] if ours else None,
        erased_again=erased_again,
        before_copy=before_copy,
        encrypted_now=encrypts and present,
        encrypted_as_office=encrypted_as_office,
        rekeyed=rekeyed,
    )


def _plain_copy_before_restore(db_path: Path, why: BackupError) -> Path:
    """The database file (and its WAL) copied as it is, into the backup folder or else beside it;
    BackupError, and nothing restored, when neither takes it."""
    stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
    last: OSError | None = None
    for folder in (folder_for(db_path), db_path.parent):
        target = folder / f"{db_path.name}-{stamp}-before-restore.sqlite"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(db_path, target)
            wal = db_path.with_name(db_path.name + "-wal")
            if wal.exists():
                shutil.copy2(wal, target.with_name(target.name + "-wal"))
            return target
        except OSError as exc:
            last = exc
    raise BackupError(
        f"the database as it is now could not be copied before the restore ({why}; {last}); "
        "nothing was changed"
    ) from last


#: The name an encrypted database whose passphrase is lost is kept under, beside where it was.
SET_ASIDE_MARK = ".encrypted-"


def set_aside_encrypted(db_path: Path) -> Path:
    """Move the encrypted database at ``db_path`` (and SQLite's files beside it) aside, under a
    name of its own beside it, so that a plain backup can be restored in its place when its
    passphrase is forgotten (README: the way back; field test 53, defect 5). Nothing is deleted:
    should the passphrase come back, the file is still there. Returns the file's new path."""
    stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
    aside = db_path.with_name(f"{db_path.name}{SET_ASIDE_MARK}{stamp}")
    for extra in ("-wal", "-shm"):  # with the file they belong to, not left to a new one
        beside = db_path.with_name(db_path.name + extra)
        if beside.exists():
            beside.rename(aside.with_name(aside.name + extra))
    db_path.rename(aside)
    return aside


def put_back(aside: Path, db_path: Path) -> None:
    """Undo :func:`set_aside_encrypted` (the restore failed): the file goes back where it was."""
    for extra in ("-wal", "-shm"):
        moved = aside.with_name(aside.name + extra)
        if moved.exists():
            moved.rename(db_path.with_name(db_path.name + extra))
    aside.rename(db_path)


def restore_new_installation(db_path: Path, backup: Path, *, passphrase: str | None = None) -> RestoreResult:
    """Restore ``backup`` (from anywhere, ``passphrase`` opening an encrypted one) into the new
    database at ``db_path``: the welcome page of a new laptop (field test 53, defect 6). This
    installation becomes the backup's office, with its identity and sync state; the identity the
    new file was given a moment ago goes. Refused when the database holds records: only a new,
    empty one is replaced without the questions of File › Backups. The caller has closed it."""
    if db_path.exists() and db_path.stat().st_size > 0 and any(inspect(db_path)[1].values()):
        raise BackupError(f"{db_path} is not a new database; restore the backup with File › Backups")
    return restore(db_path, backup, take_over_office=True, passphrase=passphrase, closed=True)


def _use_backup_passphrase(
    tmp: Path, backup: Path, db_path: Path, backup_key: str | None, given: str | None, encrypted_here: bool
) -> bool:
    """Open the unpacked encrypted backup with its own passphrase ``backup_key``; over an encrypted
    database whose passphrase differs, re-encrypt it with that one, so that the office keeps
    opening with the passphrase it has now (field test 28). Whether it was re-encrypted."""
    if backup_key is None or not connection.is_encrypted(tmp):
        return False
    current = (given or connection.passphrase_for(db_path)) if encrypted_here else None
    connection.set_passphrase(tmp, backup_key)
    if current is None or current == backup_key:
        return False
    verify(tmp, backup)  # a wrong backup passphrase is told as such before anything else
    _encrypt_unpacked(tmp, db_path, key=current)
    return True


def _encrypt_unpacked(tmp: Path, db_path: Path, *, key: str | None = None) -> None:
    """Encrypt the unpacked backup ``tmp`` (plain, or encrypted with the passphrase known for it)
    in place with ``key``, by default the passphrase ``db_path`` is open with, so that it can
    replace that encrypted database."""
    key = key or connection.passphrase_for(db_path)
    if key is None:
        raise BackupError(
            f"{db_path} is encrypted and no passphrase was given: give the database's passphrase "
            f"(--passphrase-file FILE before the command, or ${connection.ENV_PASSPHRASE})"
        )
    from petdesk.db import APPLICATION_ID

    keyed = tmp.with_name(tmp.name + ".keyed")
    conn = connection.connect(tmp, cipher=True, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS keyed KEY ?", (str(keyed), key))
        conn.execute("SELECT sqlcipher_export('keyed')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA keyed.user_version = {int(version)}")
        conn.execute(f"PRAGMA keyed.application_id = {APPLICATION_ID}")
        conn.execute("DETACH DATABASE keyed")
    except connection.Error as exc:
        keyed.unlink(missing_ok=True)
        raise BackupError(f"cannot encrypt the backup to restore it ({exc}); nothing was restored") from exc
    finally:
        conn.close()
    os.replace(keyed, tmp)
    connection.set_passphrase(tmp, key)


def _office(path: Path) -> OfficeIdentity | None:
    """The office whose database ``path`` is; None if it cannot be read."""
    try:
        conn = connection.connect(path, readonly=True)
    except connection.FAILURES:
        return None
    try:
        row = conn.execute("SELECT id, name, name_zh FROM office WHERE is_self = 1 LIMIT 1").fetchone()
        return None if row is None else OfficeIdentity(str(row[0]), str(row[1]), str(row[2] or ""))
    except connection.FAILURES:
        return None
    finally:
        conn.close()


#: What applying erasures to a backup may raise: the database's failures, a table unknown here.
_ERASURE_FAILURES: tuple[type[Exception], ...] = (*connection.FAILURES, ValueError)


def _carry_erasures(db_path: Path, restored: Path) -> int:
    """Apply the erasure markers of the database at ``db_path`` to the unpacked backup
    ``restored``, as a sync import applies another office's (a backup made before an erasure
    would otherwise bring the person back); returns how many records were erased again.

    A file whose markers cannot be read (damaged) gives none: the backup is restored as it is."""
    try:
        conn = connection.connect(db_path, readonly=True)
        try:
            markers = conn.execute(
                "SELECT entity, row_id, hlc, office, erased_at, person_id FROM sync_erasure"
            ).fetchall()
        finally:
            conn.close()
    except connection.FAILURES:
        return 0
    if not markers:
        return 0
    from petdesk.sync.erasure import apply_erasures, scrub
    from petdesk.sync.hlc import PersistentClock, Version
    from petdesk.sync.tracking import self_office_id

    _upgrade_if_older(restored)
    conn = connection.connect(restored, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        cursor = conn.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            local = Version(PersistentClock(cursor).tick(), self_office_id(cursor))
            erased = apply_erasures(cursor, [tuple(m) for m in markers], local=local)
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        cursor.execute("COMMIT")
    except _ERASURE_FAILURES as exc:
        raise BackupError(
            f"the erasures of {db_path} cannot be applied to the backup ({exc}); nothing was restored"
        ) from exc
    finally:
        conn.close()
    if erased:
        scrub(restored)  # the restored file then holds no byte of the erased rows
    return erased


def _refuse_if_newer(path: Path, label: Path) -> None:
    """Refuse a backup made by a newer petdesk before anything changes: restored, it replaced a
    working database by one this petdesk cannot open (field test 53, defect 4)."""
    from petdesk import db

    conn = connection.connect(path, readonly=True)
    try:
        revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    finally:
        conn.close()
    if unknown := revisions - db.known_revisions():
        raise BackupError(
            f"{label} was made by a newer petdesk (schema {', '.join(sorted(unknown))}): update petdesk "
            "to restore it; nothing was changed"
        )


def _upgrade_if_older(path: Path) -> None:
    """Bring a backup made by an older petdesk to this one's schema (as opening it would), so
    that erasure finds the tables and columns it knows."""
    from petdesk import db

    conn = connection.connect(path, readonly=True)
    try:
        revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    finally:
        conn.close()
    if revisions == db.code_heads() or not revisions <= db.known_revisions():
        return  # current, or newer than this petdesk (which cannot upgrade it)
    engine = db.make_upgrade_engine(path)
    try:
        db.upgrade(engine)
    finally:
        engine.dispose()


def _refuse_if_in_use(db_path: Path) -> None:
    """Refuse, before anything is written, to restore over a file another process is writing.

    Python's backup API would otherwise wait for that writer without end."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    from petdesk import faults
    from petdesk.db import BUSY_TIMEOUT_MS

    # any other fault of the current file: the restore replaces it anyway
    if (locked := write_lock_refused(db_path, BUSY_TIMEOUT_MS / 1000)) is not None:
        raise BackupError(faults.sentence(faults.LOCKED)) from locked


def write_lock_refused(db_path: Path, timeout_s: float) -> BaseException | None:
    """The error of another process's write lock on ``db_path`` if it holds one past
    ``timeout_s``; None when the lock could be taken (and is let go at once). Other faults of the
    file are not this question's and give None too."""
    from petdesk import faults

    try:
        conn = connection.connect(db_path, timeout=timeout_s, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    except connection.FAILURES as exc:
        if faults.classify(exc) == faults.LOCKED:
            return exc
    return None


def _refuse_other_office(theirs: OfficeIdentity | None, ours: OfficeIdentity | None, backup: Path) -> None:
    """Refuse a backup of another office over a database of its own, even an empty one: two
    installations would then be one office to sync, each taking the other's changes for its own,
    and their records would part for good. Where there is no database yet (a new computer
    replacing the office's own), any backup is restored; the caller says which office it is then.
    Another office's records come here by a full sync package, not by its backup."""
    if theirs is None or ours is None or theirs[0] == ours[0]:
        return
    raise OtherOfficeBackup(
        f"{backup} is a backup of office {theirs[1]} (id {theirs[0]}), not of this installation's "
        f"office {ours[1]} (id {ours[0]}): restoring it would make two installations one office and "
        "spoil their sync. To have that office's records here, import a full package from it instead "
        "(petdesk sync export --all --out FILE there, then petdesk sync import FILE here); to make "
        "this installation that office in place of the other one, which must then no longer be used, "
        "give --take-over-office",
        theirs=(theirs.id, theirs.name),
        ours=(ours.id, ours.name),
    )


def _replace_file(source: Path, db_path: Path) -> None:
    """Put ``source`` in place of the sound database ``db_path`` by renaming a complete copy over
    it: an encrypted backup over a plain file, which SQLite's backup API cannot write page by page.
    The old file's WAL is checkpointed first, so no frame of it is left to be read into the new
    file, and a kill leaves the old file or the new one."""
    db_path = outfile.target(db_path)
    conn = connection.connect(db_path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    # A copy written beside, forced to disk and renamed over: as private as the file it replaces.
    with outfile.writing(db_path, durable=True, permissions=outfile.KEPT) as fh, open(source, "rb") as src:
        shutil.copyfileobj(src, fh)
    for extra in ("-wal", "-shm"):
        db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
    outfile.sync_folder(db_path.parent)  # the removals too, not only the rename


def _replace_contents(source: Path, db_path: Path) -> None:
    db_path = outfile.target(db_path)  # a symlinked database is restored where it lives, the link kept
    sound = False
    if db_path.exists():
        with open(db_path, "rb") as fh:
            sound = fh.read(16) == _SQLITE_HEADER or connection.is_encrypted(db_path)
    if not sound:
        # Not an SQLite file at all (or none): keep what was there aside, then move the new one in.
        if db_path.exists():
            os.replace(db_path, db_path.with_name(f"{db_path.name}.damaged-{dt.datetime.now():%Y%m%d%H%M%S}"))
        for extra in ("-wal", "-shm"):
            db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
        # Mode 600 as every file petdesk writes: a restore on a new laptop is the whole office.
        with open(source, "rb") as copy, outfile.writing(db_path, durable=True, private=True) as fh:
            shutil.copyfileobj(copy, fh)
        return
    # The backup API writes every page in one transaction of the live file (WAL or rollback
    # journal), so other connections and a kill see the old or the new database, never both.
    src = connection.connect(source, readonly=True)
    dest = connect(db_path)
    try:
        src.backup(dest)
        dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dest.close()
        src.close()


def window_holding(db_path: Path) -> int | None:
    """The process id of a petdesk window that has ``db_path`` open, if one runs on this machine.

    Reads the lock file the window holds (Qt's QLockFile: process id on the first line) without
    importing Qt, so that the command line can refuse to restore under an open window."""
    lock = db_path.with_name(db_path.name + ".lock")
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").splitlines()[0])
    except (OSError, ValueError, IndexError):
        return None
    if pid == os.getpid() or _ended(pid):
        return None  # ours, or a window that crashed: its lock is stale
    return pid


def _ended(pid: int) -> bool:
    """Whether no process ``pid`` runs (one of another user's, which we may not signal, runs)."""
    return outfile.process_ended(pid)


def newest_good(db_path: Path) -> BackupInfo | None:
    """The newest backup whose copy passed the quick check when it was made."""
    return next((b for b in backups_of(db_path) if b.ok and b.reason != UNKNOWN_REASON), None)
