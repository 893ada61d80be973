"""Every SQLite connection petdesk makes, plain or encrypted, and the sqlite3 connection under a
session (a leaf module: services import it without importing ``db``).

A database may be encrypted at rest with SQLCipher (issue 11). :func:`connect` is the one place
connections are made: an encrypted file is opened with ``sqlcipher3`` and its passphrase, a plain
one with ``sqlite3``. Both modules have the same DB-API but separate exception classes, so code that
catches database errors catches the tuples :data:`Error`, :data:`DatabaseError`,
:data:`OperationalError` and :data:`IntegrityError` defined here.

The passphrase of a file is given once per process (:func:`set_passphrase`, from the window's
prompt, ``--passphrase-file``, ``PETDESK_DB_PASSPHRASE`` or the keyring) and never written
anywhere. Backups and temporary copies of an encrypted file share its passphrase.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import threading
import weakref
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

try:  # SQLCipher: a runtime dependency, but a plain database must open without it
    import sqlcipher3
except ImportError:  # pragma: no cover - only without the package
    sqlcipher3 = None

SQLITE_HEADER = b"SQLite format 3\x00"
#: Environment variable holding the database passphrase (for scripts and servers).
ENV_PASSPHRASE = "PETDESK_DB_PASSPHRASE"

_cipher_modules: tuple[Any, ...] = (sqlcipher3.dbapi2,) if sqlcipher3 is not None else ()
#: Exception classes of both drivers, for ``except`` and ``isinstance``.
Error: tuple[type[Exception], ...] = (sqlite3.Error, *(m.Error for m in _cipher_modules))
DatabaseError: tuple[type[Exception], ...] = (
    sqlite3.DatabaseError,
    *(m.DatabaseError for m in _cipher_modules),
)
OperationalError: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    *(m.OperationalError for m in _cipher_modules),
)
IntegrityError: tuple[type[Exception], ...] = (
    sqlite3.IntegrityError,
    *(m.IntegrityError for m in _cipher_modules),
)
#: Connection classes of both drivers.
CONNECTIONS: tuple[type, ...] = (sqlite3.Connection, *(m.Connection for m in _cipher_modules))


class PassphraseError(Exception):
    """An encrypted database whose passphrase is missing or wrong, as one sentence."""


#: What opening or reading a database can raise: either driver's errors or a passphrase problem.
FAILURES: tuple[type[Exception], ...] = (*Error, PassphraseError)
#: The same and file-system errors.
FAILURES_OR_OS: tuple[type[Exception], ...] = (*FAILURES, OSError)


_passphrases: dict[str, str] = {}
_latest: str | None = None


def _key(path: Path | str) -> str:
    return str(Path(path).expanduser().resolve())


def set_passphrase(path: Path | str, passphrase: str | None) -> None:
    """Use ``passphrase`` for the database at ``path`` (and its backups) in this process."""
    global _latest
    if passphrase is None:
        _passphrases.pop(_key(path), None)
        return
    _passphrases[_key(path)] = passphrase
    _latest = passphrase


def passphrase_for(path: Path | str) -> str | None:
    """The passphrase given for ``path``, else the one given last (a backup or a copy of that
    database), else ``$PETDESK_DB_PASSPHRASE``."""
    return _passphrases.get(_key(path)) or _latest or os.environ.get(ENV_PASSPHRASE) or None


def is_encrypted(path: Path | str) -> bool:
    """Whether ``path`` looks like an SQLCipher file: not an SQLite header, whole pages of bytes
    that look random. (Which passphrase opens it, and whether any does, only a key can tell.)"""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size < 1024 or size % 512:
            return False
        return read_header(path) != SQLITE_HEADER
    except OSError:
        return False


#: Files a :class:`petdesk.db.Database` of this process has open (by real path), with how many.
_HELD: dict[str, int] = {}
#: A descriptor kept open for reading the header of each held file: see :func:`read_header`.
_HEADER_FDS: dict[str, int] = {}
#: Reentrant: a connection's finaliser (:func:`_track`) takes it, and the cycle collector may run
#: that finaliser inside any block holding it, in the same thread (an allocation starts a
#: collection). A plain Lock then waited for ever: crash 58, a test worker hung in read_header.
_HELD_LOCK = threading.RLock()


def hold(path: Path | str) -> None:
    """A Database of this process opens ``path``: its header is read without closing a descriptor
    from now until :func:`release`."""
    key = os.path.realpath(path)
    with _HELD_LOCK:
        _HELD[key] = _HELD.get(key, 0) + 1


def release(path: Path | str) -> None:
    """The Database that held ``path`` closed its connections: the header's descriptor may go."""
    key = os.path.realpath(path)
    with _HELD_LOCK:
        left = _HELD.get(key, 0) - 1
        if left > 0:
            _HELD[key] = left
            return
        _HELD.pop(key, None)
        fd = _HEADER_FDS.pop(key, None)
    if fd is not None:
        os.close(fd)


#: Files this process has SQLite connections to (by real path): a token per open connection.
_OPEN_HERE: dict[str, set[int]] = {}
_tokens = itertools.count()
#: Held while :mod:`petdesk.stale_log` probes a -shm's locks: a connection of another thread of this
#: process opening meanwhile would lose its locks when the probe unlocks and closes its descriptor.
PROBING = threading.Lock()


def open_here(path: Path | str) -> bool:
    """Whether this process has a connection to ``path`` open: its WAL, if any, is a live one, and
    no descriptor of the file's -shm may be opened and closed here (that drops SQLite's locks)."""
    key = os.path.realpath(path)
    with _HELD_LOCK:
        return key in _OPEN_HERE or key in _HELD


def _track(path: Path, on_close: Callable[[], None] | None) -> Callable[[], None]:
    """``on_close`` extended to forget the connection made now to ``path`` (see :func:`open_here`);
    safe to call twice (a close and then the finaliser)."""
    key, token = os.path.realpath(path), next(_tokens)
    with PROBING, _HELD_LOCK:
        _OPEN_HERE.setdefault(key, set()).add(token)

    def closed() -> None:
        with _HELD_LOCK:
            tokens = _OPEN_HERE.get(key)
            if tokens is not None:
                tokens.discard(token)
                if not tokens:
                    del _OPEN_HERE[key]
        if on_close is not None:
            on_close()

    return closed


def read_header(path: Path | str, size: int = 16) -> bytes:
    """The first ``size`` bytes of ``path``.

    On POSIX systems closing ANY descriptor of a file drops every lock this process holds on it,
    SQLite's included: a header read with ``open()``/``close()`` while the window had the file
    open let another program take the file as unused, checkpoint and delete the write-ahead log
    under the window, and the window's later saves went to a deleted file (field test 25,
    defect 1). So while a Database of this process holds the file, its header is read through one
    descriptor kept open until the Database closes. Windows has no such locks."""
    key = os.path.realpath(path)
    with _HELD_LOCK:
        if not hasattr(os, "pread") or key not in _HELD:
            with open(path, "rb") as fh:
                return fh.read(size)
        fd = _HEADER_FDS.get(key)
        if fd is not None and os.fstat(fd).st_ino != os.stat(path).st_ino:
            os.close(fd)  # the file was replaced (encrypted, restored): no lock of ours is on the old one
            fd = None
        if fd is None:
            fd = _HEADER_FDS[key] = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        return os.pread(fd, size, 0)


def read_only_place(path: Path) -> bool:
    """Whether the existing file at ``path`` cannot be written where it is: a read-only file, a
    folder that is read-only or on a read-only file system (a write-protected stick)."""
    if not path.is_file():
        return False
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


#: Files this process opens to look at only (:func:`look_only`), resolved.
_LOOKING: set[Path] = set()


def look_only(path: Path, looking: bool = True) -> None:
    """Open ``path`` read-only from now on in this process (``looking`` False: no longer). The
    window does so when the file is open in petdesk on another computer and its user chose to look
    at it only (field test 70): every connection to it is then read-only, whatever opens it."""
    resolved = Path(path).expanduser().resolve()
    if looking:
        _LOOKING.add(resolved)
    else:
        _LOOKING.discard(resolved)


def looking_only(path: Path) -> bool:
    """Whether this process opened ``path`` to look at only (:func:`look_only`)."""
    return bool(_LOOKING) and Path(path).expanduser().resolve() in _LOOKING


def read_only(path: Path) -> bool:
    """Whether nothing may change ``path`` here: it cannot be written where it is (a write-protected
    stick), or it was opened to look at only. The window's one switch for both."""
    return looking_only(path) or read_only_place(path)


def _wal_with_content(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


#: SQLCipher 4's key derivation, as petdesk's files use it (the driver's defaults: none is changed).
_KDF = ("sha512", 256_000, 32)
#: Keys derived in this process: {(passphrase, the file's salt): the key, in hex}.
_DERIVED: dict[tuple[str, bytes], str] = {}
_DERIVING = threading.Lock()


def _derived_key(path: Path, passphrase: str) -> str:
    """The key SQLCipher derives from ``passphrase`` for the file at ``path`` (its salt is the
    file's first 16 bytes), derived once per process: SQLCipher derives it anew for every
    connection (a tenth to a fifth of a second of CPU), and one command opened three or more."""
    salt = read_header(path)
    with _DERIVING:  # the integrity check's thread may ask at the same time: derive once
        key = _DERIVED.get((passphrase, salt))
        if key is None:
            import hashlib

            digest, rounds, length = _KDF
            key = hashlib.pbkdf2_hmac(digest, passphrase.encode("utf-8"), salt, rounds, length).hex()
            _DERIVED[(passphrase, salt)] = key
        return key


def connect(
    path: Path | str,
    *,
    readonly: bool = False,
    timeout: float = 5.0,
    isolation_level: Any = "",
    check_same_thread: bool = True,
    passphrase: str | None = None,
    cipher: bool | None = None,
    on_close: Callable[[], None] | None = None,
    guard: bool = True,
    immutable: bool = False,
    derive: bool = True,
) -> sqlite3.Connection:
    """A connection to ``path``: SQLCipher for an encrypted file (or when ``passphrase`` is given,
    to create one), sqlite3 otherwise. ``cipher`` forces the choice of driver (the conversions open
    a plain file with SQLCipher). A missing or wrong passphrase raises :class:`PassphraseError`.
    ``on_close`` is called when the connection is closed, or dropped without being closed (it may
    be called twice). Without ``guard`` a log beside the file is not looked at first (for the trials
    of :mod:`petdesk.stale_log` themselves); ``immutable`` reads the main file alone, read-only,
    whatever log lies beside it (SQLite then neither reads a log nor makes a -shm). The key of an
    existing encrypted file is derived once per process (:func:`_derived_key`); ``derive=False``
    leaves the derivation to SQLCipher (a file whose key that derivation does not open)."""
    path = Path(path).expanduser()
    if guard:
        from petdesk import stale_log  # a leaf imported late: it uses this module

        stale_log.guard(path, passphrase)  # before SQLite reads the file: it applies any log it finds
    if cipher is None:
        cipher = passphrase is not None or is_encrypted(path)
    fixed = read_only_place(path)
    readonly = readonly or fixed or looking_only(path) or immutable
    # Nothing can change a file on a write-protected stick: SQLite need not make a -shm beside it
    # to read it (it cannot), unless a WAL there holds the last changes (field test 17 §7).
    alone = "&immutable=1" if immutable or (fixed and not _wal_with_content(path)) else ""
    target = f"{path.resolve().as_uri()}?mode=ro{alone}" if readonly else str(path)
    if not cipher:
        on_close = _track(path, on_close)
        try:
            plain: sqlite3.Connection = sqlite3.connect(
                target, uri=readonly, timeout=timeout, isolation_level=isolation_level,
                check_same_thread=check_same_thread, factory=_telling(sqlite3.Connection, on_close),
            )  # fmt: skip
        except BaseException:
            on_close()
            raise
        return _told(plain, on_close)
    if sqlcipher3 is None:
        raise PassphraseError(f"{path} is encrypted, and this petdesk was installed without SQLCipher")
    key = passphrase if passphrase is not None else passphrase_for(path) if is_encrypted(path) else None
    if key is None and is_encrypted(path):
        raise PassphraseError(
            f"{path} is encrypted: give its passphrase (--passphrase-file or {ENV_PASSPHRASE})"
        )
    on_close = _track(path, on_close)
    try:
        conn = sqlcipher3.connect(
            target, uri=readonly, timeout=timeout, isolation_level=isolation_level,
            check_same_thread=check_same_thread, factory=_telling(sqlcipher3.dbapi2.Connection, on_close),
        )  # fmt: skip
    except BaseException:
        on_close()
        raise
    _told(conn, on_close)
    raw = _derived_key(path, key) if derive and key is not None and is_encrypted(path) else None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would log to stderr
        if raw is not None:
            conn.execute(f"PRAGMA key = \"x'{raw}'\"")
        elif key is not None:
            conn.execute(f"PRAGMA key = {_quote(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        conn.close()
        if raw is not None and "not a database" in str(exc):
            # a wrong passphrase, or a file made with other settings: SQLCipher's own derivation tells
            return connect(
                path, readonly=readonly, timeout=timeout, isolation_level=isolation_level,
                check_same_thread=check_same_thread, passphrase=passphrase, cipher=cipher,
                on_close=on_close, guard=False, immutable=immutable, derive=False,
            )  # fmt: skip
        if "not a database" in str(exc):
            raise PassphraseError(
                f"the passphrase of {path} is wrong (or the file is not a petdesk database); "
                "nothing was changed"
            ) from exc
        raise
    return cast(sqlite3.Connection, conn)


def _telling(driver_class: type, on_close: Callable[[], None] | None) -> type:
    """The connection class to make: the driver's own, or one that says when it is closed."""
    return driver_class if on_close is None else _closing_class(driver_class)


@cache
def _closing_class(driver_class: Any) -> type:
    """A subclass of a driver's connection class whose ``close()`` calls its ``on_close``: neither
    driver tells when a connection is closed, nor lets one be weakly referenced."""

    def close(self: Any) -> None:
        try:
            driver_class.close(self)
        finally:
            if self.on_close is not None:
                self.on_close()

    return type(f"Closing{driver_class.__name__}", (driver_class,), {"close": close, "on_close": None})


def _told(conn: Any, on_close: Callable[[], None] | None) -> Any:
    """``conn`` with its ``on_close`` set, called also if it is dropped without ``close()``."""
    if on_close is not None:
        conn.on_close = on_close
        weakref.finalize(conn, on_close)
    return conn


def sqlite_of(source: Session | sqlite3.Connection) -> sqlite3.Connection:
    """The sqlite3 (or SQLCipher) connection of ``source``: itself, or the one under a session's
    transaction (services that read in bulk take either; the command line reads without SQLAlchemy)."""
    if isinstance(source, CONNECTIONS):
        return cast(sqlite3.Connection, source)
    return session_sqlite(cast("Session", source))


def session_sqlite(session: Session) -> sqlite3.Connection:
    """The sqlite3 (or SQLCipher) connection under the session's transaction, for bulk statements
    that skip SQLAlchemy's per-row work."""
    conn = session.connection().connection.driver_connection
    if not isinstance(conn, CONNECTIONS):
        raise TypeError(f"petdesk runs on sqlite3, not {type(conn).__name__}")
    return cast(sqlite3.Connection, conn)


def begin_real_transaction(conn: sqlite3.Connection) -> None:
    """Open the SQLite transaction now if the driver has not yet.

    pysqlite (in its default mode) only begins a transaction before INSERT/UPDATE/DELETE, so DDL
    such as DROP TRIGGER at the start of a session's work would otherwise commit by itself. The
    session's commit or rollback ends the transaction begun here."""
    if not conn.in_transaction:
        conn.execute("BEGIN")


def use_rows(conn: sqlite3.Connection) -> None:
    """Rows addressable by column name, from whichever driver made ``conn``."""
    plain = sqlcipher3 is None or isinstance(conn, sqlite3.Connection)
    conn.row_factory = sqlite3.Row if plain else sqlcipher3.dbapi2.Row


def limit_sqlite_memory(megabytes: int) -> None:
    """Keep SQLite's memory in this process (the page caches of all its connections together) near
    ``megabytes`` (0: no limit): past it, SQLite reuses its cached pages instead of taking more. A
    setting of the library, not of a connection; set in SQLCipher's copy of SQLite too."""
    for module in (sqlite3, *_cipher_modules):
        conn = module.connect(":memory:")
        try:
            conn.execute(f"PRAGMA soft_heap_limit = {int(megabytes) << 20}")
        finally:
            conn.close()
