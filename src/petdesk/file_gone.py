"""A database file that went away under an open connection (a USB stick pulled out, its folder
removed): noticed after each write, and its content rescued from the connection still open.

Linux lets a process go on writing to a file that has been deleted: an import said "1000 added"
and the window saved edits without a word while the file and its folder were gone (field test 39,
defect 2). The connection still reads the deleted file, write-ahead log included, so SQLite's
backup API copies everything, the last changes too, into a new file elsewhere: nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any

from petdesk import connection

#: Same file: the device and inode it was opened as.
Identity = tuple[int, int]


def identity(path: Path) -> Identity | None:
    """The file at ``path`` (None when there is none)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def is_gone(path: Path, opened_as: Identity | None) -> bool:
    """Whether the file opened as ``opened_as`` is no longer at ``path``: removed, or replaced by
    another file (a new empty one, another stick's)."""
    return opened_as is not None and identity(path) != opened_as


def rescue(dbapi_conn: Any, path: Path, folder: Path | None = None) -> Path:
    """Copy the database that ``dbapi_conn`` (a connection still open on the deleted file) reads
    into a new mode-600 file in ``folder`` (petdesk's data folder): its path. Raises OSError or the
    driver's error when no copy can be made."""
    from petdesk import paths

    folder = folder or paths.data_dir() / "rescued"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = folder / f"{path.stem}-rescued-{stamp}{path.suffix or '.sqlite'}"
    tmp = copy.with_name(f".{copy.name}.partial")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    # An encrypted database is copied with its own key: the copy stays encrypted.
    key = None if isinstance(dbapi_conn, sqlite3.Connection) else connection.passphrase_for(path)
    try:
        target = connection.connect(tmp, passphrase=key)
        try:
            dbapi_conn.backup(target)
        finally:
            target.close()
        os.replace(tmp, copy)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return copy


def gone_message(dbapi_conn: Any | None, path: Path) -> tuple[str, Path | None]:
    """The sentence for ``path`` gone, and the copy rescued through ``dbapi_conn`` (None if none
    could be made, or there is no connection left to make it from)."""
    # petdesk.messages brings babel: not on the command line's quick path (test_cli_startup)
    from petdesk.messages import GONE_LOST, GONE_REPLACED, GONE_RESCUED, NONE_OPEN

    if dbapi_conn is None:
        return GONE_LOST.format(path=path, reason=NONE_OPEN), None
    try:
        copy = rescue(dbapi_conn, path)
    except Exception as exc:  # whatever stopped the copy, the sentence says the file is gone
        reason = getattr(exc, "strerror", None) or str(exc)
        return GONE_LOST.format(path=path, reason=reason), None
    # another file where it was: the sync client's, not a stick pulled out
    template = GONE_REPLACED if identity(path) is not None else GONE_RESCUED
    return template.format(path=path, copy=copy), copy


def save_copy(copy: Path, target: Path) -> None:
    """Put the rescued ``copy`` at ``target`` too (the user's choice: another stick, the
    desktop), mode 600 like the database, whole or not at all."""
    import shutil

    from petdesk import outfile

    with open(copy, "rb") as src, outfile.writing(target, durable=True) as out:
        shutil.copyfileobj(src, out, 1 << 20)
