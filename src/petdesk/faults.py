"""What went wrong, in one sentence: the classification of database and file-system faults.

The command line (``petdesk.cli.main``) and the window (``petdesk.gui.app``) both turn any
exception that reaches them into a sentence from here, with a hint of what to do; the traceback goes
to :func:`log_path`, never to the terminal. No Qt in here.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

from petdesk import connection
from petdesk.language import N_
from petdesk.package_data import PackageDataError

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM, _SQLITE_READONLY = 5, 6, 7, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26

#: Kinds of fault, each with its sentence below.
LOCKED, READONLY, FULL, DAMAGED, NOT_A_DATABASE, CANTOPEN, IO, MEMORY, OS = (
    "locked",
    "readonly",
    "full",
    "damaged",
    "not_a_database",
    "cantopen",
    "io",
    "memory",
    "os",
)


def _sqlite_error(exc: BaseException) -> Exception | None:
    """The sqlite3 or SQLCipher error behind ``exc`` (SQLAlchemy wraps it in ``.orig``), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, connection.Error):
            return current
        orig = getattr(current, "orig", None)
        if isinstance(orig, connection.Error):
            return orig
        current = current.__cause__ or current.__context__
    return None


def sqlite_error(exc: BaseException) -> Exception | None:
    """The SQLite error behind ``exc``, if any: a fault of the database rather than of another file."""
    return _sqlite_error(exc)


def classify(exc: BaseException) -> str | None:
    """The kind of fault ``exc`` is, or None for an error that is not a database or disk fault."""
    if isinstance(exc, MemoryError):
        return MEMORY
    err = _sqlite_error(exc)
    if err is not None:
        code = (getattr(err, "sqlite_errorcode", None) or 0) & 0xFF
        text = str(err).lower()
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text or "busy" in text:
            return LOCKED
        if code == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
            return READONLY
        if code == _SQLITE_FULL or "disk is full" in text:
            return FULL
        if code == _SQLITE_CORRUPT or "malformed" in text:
            return DAMAGED
        if code == _SQLITE_NOTADB or "not a database" in text:
            return NOT_A_DATABASE
        if code == _SQLITE_CANTOPEN or "unable to open" in text:
            return CANTOPEN
        if code == _SQLITE_NOMEM or "out of memory" in text:
            return MEMORY
        if code == _SQLITE_IOERR or "i/o error" in text:
            return IO
        return None
    if isinstance(exc, OSError):
        if exc.errno == 28:  # ENOSPC
            return FULL
        if exc.errno in (13, 30):  # EACCES, EROFS
            return READONLY
        return OS
    return None


def sentence(kind: str, exc: BaseException | None = None, locale: str | None = None) -> str:
    """The sentence (with its hint) for a kind of fault, in the user's language."""
    from petdesk.i18n import system_locale, translator  # babel: only when a sentence is needed

    _ = translator(locale or system_locale())
    if kind == LOCKED:
        return _(
            "the database is in use: another petdesk or another program is writing to it; "
            "close it and try again. Nothing was changed"
        )
    if kind == READONLY:
        return _(
            "the database cannot be written: the file or its folder is read-only; "
            "check their permissions. Nothing was changed"
        )
    if kind == FULL:
        return _("the disk is full: free some space and try again. Nothing was changed")
    if kind == DAMAGED:
        return _(
            "the database file is damaged: restore it from a backup. Nothing was written to it"
        )
    if kind == NOT_A_DATABASE:
        return _("the file is not a petdesk database (not an SQLite file). Nothing was changed")
    if kind == CANTOPEN:
        return _(
            "the database file cannot be opened: check that it and its folder exist and can be "
            "read. Nothing was changed"
        )
    if kind == IO:
        return _("the disk reported an error while reading or writing: check the disk. Nothing was changed")
    if kind == MEMORY:
        return _(
            "petdesk ran out of memory: close other programs or work on less data. Nothing was changed"
        )
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return _("the file system refused: {reason}{where}").format(
            reason=exc.strerror or type(exc).__name__, where=where
        )
    return _("an unexpected error happened; the details are in {log}").format(log=log_path())


#: File-system errors users meet when writing a file (an export, a package, a backup), each with
#: what to do (field test 17, §5). Keyed by errno; the English system text is never shown for these.
_OS_PROBLEMS: dict[int, str] = {
    errno.ENOSPC: N_("the disk is full: free some space or choose another folder, then try again"),
    errno.EDQUOT: N_("the disk is full: free some space or choose another folder, then try again"),
    errno.ENOENT: N_(
        "the folder is not there (was the USB stick pulled out?): plug it back in or choose another "
        "folder, then try again"
    ),
    # A FAT32 stick takes no file over 4 GB: a big package or backup ends in EFBIG (field test 59).
    errno.EFBIG: N_(
        "the file is too large for this disk (a USB stick formatted FAT32 takes at most 4 GB a file): "
        "choose another folder or a disk formatted exFAT or NTFS"
    ),
    errno.EROFS: N_("the disk is read-only (a write-protected USB stick?): choose another folder"),
    errno.EACCES: N_("permission denied: choose a folder you may write to, or check the file's permissions"),
    errno.EPERM: N_("permission denied: choose a folder you may write to, or check the file's permissions"),
    errno.EIO: N_(
        "the disk reported an error (was the USB stick pulled out?): plug it back in, then try again"
    ),
    errno.ENOTDIR: N_("a part of the path is a file, not a folder: choose another folder"),
    # a folder where a file was named: the system's "Is a directory" stayed English (errors53b)
    errno.EISDIR: N_("it is a folder, not a file: choose a file"),
}

#: SQLite's own words for the same, as they appear inside services' messages.
_SQLITE_TEXTS = {"database or disk is full": errno.ENOSPC}

#: SQLite says "disk I/O error" for any write the system refused: a stick pulled out, a file too
#: large for the disk (FAT32), a full quota; which one it was is lost (field test 59).
_SQLITE_IO = N_(
    "writing to the disk failed (the USB stick pulled out, the disk full, or the file too large for "
    "it?): check the disk, free some space or choose another folder, then try again"
)


#: SQLite's "unable to open database file" (SQLITE_CANTOPEN): the file or its folder went away
#: (a USB stick pulled out) or cannot be read. Never shown in SQLite's English words.
_SQLITE_CANTOPEN_TEXT = "unable to open database file"
_CANTOPEN_PLAIN = N_(
    "the database file cannot be reached (the USB stick pulled out, or its folder moved or removed?): "
    "reconnect the drive or put the file back, then try again"
)


def os_problem(exc: OSError, locale: str | None = None) -> str:
    """What went wrong with a file and what to do, in the user's language (the one mapping every
    export, package, backup and the window use); an error not listed keeps the system's words."""
    from petdesk.i18n import system_locale, translator

    if exc.errno in _OS_PROBLEMS:
        return translator(locale or system_locale())(_OS_PROBLEMS[exc.errno])
    return exc.strerror or str(exc)


def os_problem_of_text(text: str, locale: str | None = None) -> str | None:
    """The same sentence for an error already turned into the system's text ("No space left on
    device", "database or disk is full"), as services put it into their messages; None if unknown."""
    if text in ("disk I/O error", _SQLITE_CANTOPEN_TEXT):
        from petdesk.i18n import system_locale, translator

        plain = _SQLITE_IO if text == "disk I/O error" else _CANTOPEN_PLAIN
        return translator(locale or system_locale())(plain)
    code = _SQLITE_TEXTS.get(text) or next((c for c in _OS_PROBLEMS if os.strerror(c) == text), None)
    return None if code is None else os_problem(OSError(code, text), locale)


def describe(exc: BaseException, locale: str | None = None) -> str:
    """One sentence for any exception: a known fault's sentence, else a pointer to the log."""
    if (incomplete := _incomplete_install(exc)) is not None:
        from petdesk.i18n import system_locale, translator

        _ = translator(locale or system_locale())
        return _("petdesk is installed incompletely: {file} is missing. Reinstall petdesk").format(
            file=incomplete.missing or str(incomplete)
        )
    if isinstance(exc, OSError) and _sqlite_error(exc) is None and exc.errno in _OS_PROBLEMS:
        return os_problem(exc, locale)  # a file, not the database: "nothing was changed" is not ours to say
    kind = classify(exc)
    if kind is None and not isinstance(exc, OSError):
        return sentence("unexpected", exc, locale)
    return sentence(kind or OS, exc, locale)


def describe_database_write(exc: BaseException, database: Path | str, locale: str | None = None) -> str:
    """:func:`describe`, naming the database file when the disk refused a write to it (full, or
    SQLite's bare I/O error): with the backups on a USB stick, "the disk is full" alone did not say
    which disk to make room on (field test 88)."""
    text = describe(exc, locale)
    if _sqlite_error(exc) is None or classify(exc) not in (FULL, IO):  # a file's own error names it
        return text
    from petdesk.i18n import system_locale, translator

    _ = translator(locale or system_locale())
    if classify(exc) == IO:  # SQLite's bare "disk I/O error": a full disk often ends in it too
        text = _(
            "the disk refused the write (is it full, or was the USB stick pulled out?): free some "
            "space or check the disk, then try again. Nothing was changed"
        )
    return _("writing to the database {file} failed: {reason}").format(file=database, reason=text)


def _incomplete_install(exc: BaseException) -> PackageDataError | None:
    """The missing shipped file behind ``exc``, raised inside a flush or an import, if any."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, PackageDataError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def log_path() -> Path:
    """The log of tracebacks: ``petdesk-errors.log`` in the user's data folder."""
    from petdesk.paths import data_dir

    return data_dir() / "petdesk-errors.log"


def log_exception(exc: BaseException, context: str = "") -> Path | None:
    """Append the full traceback of ``exc`` to :func:`log_path`; the path, or None if it cannot be written."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')} {context}\n")
            import traceback

            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return path
