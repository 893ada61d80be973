"""The SQLite database: connections, transactions and schema migrations.

One file per installation, WAL journal (readers never wait for the writer, a killed process
never leaves a half-written transaction), foreign keys enforced on every connection, and the
schema upgraded in place by the Alembic migrations shipped in ``petdesk/migrations``.
"""

from __future__ import annotations

import ast
import itertools
import os
import re
import shutil
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk import connection, file_gone, outfile, stale_log
from petdesk.connection import begin_real_transaction as begin_real_transaction  # re-exported
from petdesk.connection import session_sqlite as session_sqlite  # re-exported: its older home
from petdesk.language import N_

if TYPE_CHECKING:
    # SQLAlchemy is imported where engines and sessions are made: ``DatabaseError`` and the file
    # checks stay cheap to import for the command line (issue 18).
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


_listeners_installed = False


def install_session_listeners() -> None:
    """Register what every session does, here where sessions are made (so ``models`` never
    imports ``services``): field versions for the exchange between offices on every ORM write, and
    the search index worked off after each flush and before each commit. Idempotent."""
    global _listeners_installed
    if _listeners_installed:
        return
    # Imported here: tracking imports the models' tables, which import nothing of db.
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from petdesk.sync import tracking

    tracking.install()
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "before_commit", _before_commit)
    _listeners_installed = True


# The search service (and with it every model, half a second) is imported on the first write, not
# when a file opens: commands that only read, such as ``clashes``, never need it.
def _after_flush(session: Session, _context: Any) -> None:
    from petdesk.services import search

    search.after_flush(session)


def _before_commit(session: Session) -> None:
    from petdesk.services import catalogue_search, search

    search.before_commit(session)
    catalogue_search.before_commit(session)


#: ``PRAGMA application_id`` of petdesk files ("PETD"), so another program's SQLite file is told apart.
APPLICATION_ID = 0x50455444
#: How long the integrity check on open may take before it is cut short (a full check is on demand).
QUICK_CHECK_BUDGET_S = 2.0
#: How long a writer waits for another one before giving up (tests shorten it).
BUSY_TIMEOUT_MS = int(os.environ.get("PETDESK_BUSY_TIMEOUT_MS", "5000"))


class DatabaseError(Exception):
    """A database file that petdesk cannot open, with a message for the user.

    ``kind`` is one of the kinds of :mod:`petdesk.faults` (or "foreign", "newer", "upgrade", "removed",
    "paused": refused while the file is converted, see ``Database.released``)."""

    def __init__(self, message: str, kind: str = "other", detail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        #: The technical cause (an exception's text) for a "Details" section: never in the sentence.
        self.detail = detail


class DatabaseGone(DatabaseError):
    """The database file was removed (or replaced) under the open database after a write: the
    changes went to a deleted file. ``copy`` holds them all when it could be made."""

    def __init__(self, message: str, path: Path, copy: Path | None) -> None:
        super().__init__(message, kind="gone")
        self.path = path
        self.copy = copy


def _office_now() -> str:
    from petdesk.services.deadline_time import office_now

    return office_now().strftime("%Y-%m-%d %H:%M")


def _deadline_here(deadline: str | None, time: str | None, zone: str | None) -> str | None:
    from petdesk.services.deadline_time import sql_here

    return sql_here(deadline, time, zone)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable in WAL mode except for the last transaction on power loss.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    # Lists of visits and trainings match typed pinyin against Chinese titles ("xinjiapo" finds 新加坡).
    dbapi_conn.create_function("petdesk_pinyin", 1, _pinyin_text, deterministic=True)
    # Lists of names in SQL (technologies, city needs, projects) sort as the organisations do:
    # English without case or a leading "The", Chinese by pinyin.
    dbapi_conn.create_function("petdesk_sort_en", 2, _sort_en, deterministic=True)
    dbapi_conn.create_function("petdesk_sort_zh", 2, _sort_zh, deterministic=True)
    # ... and numbered names by their numbers' value ("Phase 2" before "Phase 10"; field test 76).
    dbapi_conn.create_function("petdesk_numbered_en", 2, _numbered_en, deterministic=True)
    dbapi_conn.create_function("petdesk_numbered_zh", 2, _numbered_zh, deterministic=True)
    # Names compared in any script's case (SQLite's lower() folds A-Z only: "Ørsted" stays "Ørsted").
    dbapi_conn.create_function("petdesk_name_key", 1, _name_key, deterministic=True)
    # A city shown in one language, the known city's name standing in for an empty one (field test 57).
    dbapi_conn.create_function("petdesk_city", 3, _city, deterministic=True)
    # A country code by its name in one language: the Visits list shows and sorts "Vietnam", not "VN".
    dbapi_conn.create_function("petdesk_country", 2, _country, deterministic=True)
    # A timed project deadline on this office's clock, so the Projects list sorts and filters by the
    # real moment (0072_project_deadline_time). Not deterministic: it follows the computer's zone.
    dbapi_conn.create_function("petdesk_deadline_here", 3, _deadline_here)
    # now on the office's clock, "YYYY-MM-DD HH:MM", which a timed deadline is compared with
    dbapi_conn.create_function("petdesk_office_now", 0, _office_now)
    # Han characters Simplified (張偉 -> 张伟): filters and name matches treat the two scripts alike.
    dbapi_conn.create_function("petdesk_simplified", 1, _simplified, deterministic=True)


def _country(code: str | None, language: str) -> str:
    from petdesk.labels import country_name

    return country_name(code or "", language)


def _city(en: str | None, zh: str | None, language: str) -> str:
    from petdesk.city_names import shown_city

    return shown_city(en or "", zh or "", language)


def _simplified(text: str | None) -> str:
    from petdesk.han_script import simplified

    return simplified(text or "")


def _name_key(text: str | None) -> str:
    from petdesk.chinese_names import same_name_key

    return same_name_key(text or "")


def _pinyin_text(text: str | None) -> str:
    """Folded pinyin of ``text`` with and without spaces and its initials, for LIKE searches."""
    if not text:
        return ""
    from petdesk.services import names  # imported late: names imports the models

    if not names.has_cjk(text):
        return ""
    syllables = names.pinyin_syllables(text, phrase=True)
    return " ".join(syllables) + " " + "".join(syllables) + " " + names.initials(syllables)


def _sort_en(name_en: str | None, name_zh: str | None) -> str:
    from petdesk.services import names

    return names.organisation_sort_key_en(name_en=name_en or "", name_zh=name_zh or "")


def _sort_zh(name_en: str | None, name_zh: str | None) -> str:
    from petdesk.services import names

    return names.organisation_sort_key_zh(name_en=name_en or "", name_zh=name_zh or "")


def _numbered_en(name_en: str | None, name_zh: str | None) -> str:
    from petdesk.services.numbered_names import numbered_key_en

    return numbered_key_en(name_en or "", name_zh or "")


def _numbered_zh(name_en: str | None, name_zh: str | None) -> str:
    from petdesk.services.numbered_names import numbered_key_zh

    return numbered_key_zh(name_en or "", name_zh or "")


def _engine(path: Path, admit: Callable[[], None] | None = None) -> Engine:
    """An engine whose connections all come from :func:`petdesk.connection.connect` (SQLCipher
    for an encrypted file: SQLAlchemy then wraps that driver's errors too). ``admit`` is called
    before each new connection opens the file, and may refuse it by raising."""
    from sqlalchemy import create_engine

    def creator() -> sqlite3.Connection:
        if admit is not None:
            admit()
        return connection.connect(path, check_same_thread=False)

    module = connection.sqlcipher3.dbapi2 if connection.is_encrypted(path) else sqlite3
    return create_engine(f"sqlite:///{path}", future=True, module=module, creator=creator)


def make_engine(path: Path, admit: Callable[[], None] | None = None) -> Engine:
    from sqlalchemy import event

    engine = _engine(path, admit)
    event.listen(engine, "connect", _on_connect)
    return engine


def _alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def code_heads() -> set[str]:
    """Schema revisions the running code expects (one per migration branch head)."""
    revisions, parents = _migration_graph()
    return revisions - {p for ps in parents for p in ps}


@cache
def _migration_graph() -> tuple[set[str], list[tuple[str, ...]]]:
    """(every revision, every revision's parents), read from the migration files' ``revision`` and
    ``down_revision`` lines rather than through Alembic, whose import and script loading cost more
    than the rest of opening a file (issue 18; tests/core/test_migrations.py compares the two)."""
    parents = _revision_parents()
    return set(parents), list(parents.values())


@cache
def _revision_parents() -> dict[str, tuple[str, ...]]:
    """Each revision's parents, from the migration files' lines (see :func:`_migration_graph`)."""
    found: dict[str, tuple[str, ...]] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        rev = _REVISION_LINE.search(text)
        if rev is None:
            continue
        down = _DOWN_REVISION_LINE.search(text)
        value = ast.literal_eval(down.group(1).strip()) if down else None
        parents = tuple(value) if isinstance(value, (tuple, list)) else (value,) if value else ()
        found[ast.literal_eval(rev.group(1).strip())] = parents
    return found


def with_ancestors(revisions: Iterable[str]) -> set[str]:
    """These revisions and every revision before them, as far as this petdesk knows them."""
    parents = _revision_parents()
    seen: set[str] = set()
    todo = list(revisions)
    while todo:
        revision = todo.pop()
        if revision not in seen:
            seen.add(revision)
            todo.extend(parents.get(revision, ()))
    return seen


_REVISION_LINE = re.compile(r"^revision\b[^=\n]*=\s*([^\n]+)$", re.M)
_DOWN_REVISION_LINE = re.compile(r"^down_revision\b[^=\n]*=\s*(\([^)]*\)|[^\n]+)$", re.M)


def alembic_heads() -> set[str]:
    """The heads as Alembic itself finds them (for tests and ``petdesk check``)."""
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_alembic_config()).get_heads())


def file_revisions(engine: Engine) -> set[str]:
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def known_revisions() -> set[str]:
    return set(_migration_graph()[0])


def schema_version(engine: Engine) -> str:
    """A readable schema version: the file's revisions joined, or "empty"."""
    with engine.connect() as conn:
        # read directly: the same table Alembic reads, without importing Alembic
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all() if has_table else []
    revs = sorted(r[0] for r in rows)
    return "+".join(revs) if revs else "empty"


def upgrade(engine: Engine, target: str = "heads", watch: UpgradeWatch | None = None) -> None:
    """Run the migrations up to ``target`` in ONE transaction: all of them, or none.

    pysqlite only opens a transaction before INSERT/UPDATE/DELETE, so a CREATE TABLE would otherwise
    commit on its own and a kill would leave a half-upgraded file (issue 12). ``engine`` should come
    from :func:`make_upgrade_engine`, whose transactions begin for real. ``watch`` hears which
    migration runs, and may stop the upgrade (it is rolled back: the file stays as it was)."""
    from alembic import command

    with engine.begin() as conn:
        cfg = _alembic_config(conn)
        if watch is not None:
            _watch_migrations(cfg, conn, target, watch)
        command.upgrade(cfg, target)
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _watch_migrations(cfg: Any, conn: Any, target: str, watch: UpgradeWatch) -> None:
    """Tell ``watch`` of each migration as it starts, and let a stop asked for meanwhile interrupt
    the statement running (SQLite's progress handler): the transaction then rolls back."""
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(cfg)
    current = MigrationContext.configure(conn).get_current_heads()
    pending = [rev.revision for rev in script.iterate_revisions(target, current or "base")]
    pending.reverse()  # iterate_revisions walks from the heads down
    total = len(pending)

    done = 0

    def starting() -> None:
        if done < total:
            watch.step(MIGRATE_STEP, done, total, pending[done])
        else:
            watch.check_stop()

    def applied(**_kwargs: Any) -> None:
        nonlocal done
        done += 1
        starting()

    cfg.attributes["on_version_apply"] = applied
    starting()
    # every 100,000 virtual-machine steps (a few ms): a non-zero answer interrupts the statement
    conn.connection.driver_connection.set_progress_handler(lambda: int(watch.stop_requested()), 100_000)


def make_upgrade_engine(path: Path) -> Engine:
    """An engine whose transactions are real SQLite transactions, DDL included (SQLAlchemy's
    pysqlite recipe: the driver's own transaction handling off, ``BEGIN IMMEDIATE`` on begin)."""
    from sqlalchemy import event

    engine = _engine(path)

    def connect(dbapi_conn: sqlite3.Connection, record: Any) -> None:
        dbapi_conn.isolation_level = None
        _on_connect(dbapi_conn, record)

    def begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", connect)
    event.listen(engine, "begin", begin)
    return engine


class Database:
    """An open petdesk database file.

    SQLAlchemy's engine and sessions are made at their first use: the commands that work through
    plain connections (``raw``: a sync export or import, for one) never import SQLAlchemy, a
    quarter of a second of each."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._making = threading.Lock()  # background reads may ask for the first session at once
        #: The schema upgrade made when this file was opened, if any (the window tells of it).
        self.upgraded: Upgrade | None = None
        #: An older state's write-ahead log moved aside when this file was opened (the window tells).
        self.set_aside: stale_log.SetAside | None = None
        #: The file as opened: a write that finds another file (or none) at the path says so.
        self._opened_as = file_gone.identity(path)
        #: Why the file is gone, once its content was rescued (the copy is made once).
        self._gone: DatabaseGone | None = None
        self._rescuing = threading.Lock()
        #: Set by :meth:`retire`: the file is being removed from this computer.
        self.retired = False
        # Header reads of this file keep their descriptor while this Database has connections
        # (see connection.read_header): held now, and again by a connection made after close().
        self._held = False
        self._holding = threading.Lock()
        self._hold()
        # Connections handed out by the engine's pool (by id of their pool record), and whether new
        # ones are refused: see released().
        self._gate = threading.Condition()
        self._out: set[int] = set()
        self._paused = False
        #: Plain connections handed out by raw() and not closed yet: {number: who asked for it}.
        self._raw_out: dict[int, str] = {}
        self._raw_numbers = itertools.count()
        #: Commits made through this Database's engine (counted before each commit): the window's
        #: watcher of outside changes tells its own writes apart by it, since ``PRAGMA data_version``
        #: changes for those of this process's other connections too.
        self.own_commits = 0
        #: The one connection ``data_version`` is read on (its value means something per connection).
        self._version_conn: sqlite3.Connection | None = None
        self._version_lock = threading.Lock()
        #: The integrity check of opening, still running beside the command (``open_database``'s
        #: ``check_beside``): every transaction and plain connection waits for its verdict first.
        self.pending_check: CheckBeside | None = None
        if engine is not None:
            self._watch(engine)

    def __repr__(self) -> str:
        return f"Database(path={self.path!r})"

    @property
    def engine(self) -> Engine:
        self._refuse_if_retired()
        if self._engine is None:
            with self._making:
                if self._engine is None:
                    from sqlalchemy import event

                    self._engine = make_engine(self.path, admit=self._admit)
                    event.listen(self._engine, "connect", lambda *_: self._hold())
                    self._watch(self._engine)
        return self._engine

    def _watch(self, engine: Engine) -> None:
        """Count the connections the pool hands out, and refuse them while released() runs."""
        from sqlalchemy import event

        event.listen(engine, "checkout", self._checked_out)
        event.listen(engine, "checkin", self._checked_in)
        event.listen(engine, "commit", self._committing)
        event.listen(engine, "begin", self._beginning)

    def _beginning(self, _conn: Any) -> None:
        # Before anything is read or written: a command's "Logged …" is printed before its commit.
        self.await_check()

    def _committing(self, _conn: Any) -> None:
        with self._gate:
            self.own_commits += 1

    def await_check(self) -> None:
        """Wait for the integrity check running beside (if any); raise :class:`DatabaseError` if it
        found the file damaged. Once passed, it is not asked again."""
        check = self.pending_check
        if check is not None:
            check.verdict()
            self.pending_check = None

    def data_version(self) -> int | None:
        """SQLite's ``PRAGMA data_version`` read on one connection kept for it: a new value means
        another connection (another process, or this one's pool: see ``own_commits``) committed
        since the last call. None when the file cannot be looked at now (being converted, removed
        on purpose, or gone: a new connection would open whatever is at the path)."""
        with self._version_lock:
            if self._version_conn is None:
                if self.retired or self.is_gone():
                    return None
                with self._gate:
                    if self._paused:
                        return None
                self._hold()
                self._version_conn = connection.connect(self.path, check_same_thread=False)
            return int(self._version_conn.execute("PRAGMA data_version").fetchone()[0])

    def close_version_connection(self) -> None:
        """Close the connection ``data_version`` reads on (the next call opens another)."""
        with self._version_lock:
            conn, self._version_conn = self._version_conn, None
        if conn is not None:
            conn.close()

    def _admit(self) -> None:
        with self._gate:
            if self._paused:
                raise DatabaseError(
                    f"{self.path} is being converted; its connections are closed until that is done",
                    kind="paused",
                )

    def _checked_out(self, _dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        # Raising here makes the pool invalidate (close) the connection it was handing out.
        with self._gate:
            self._admit()
            self._out.add(id(record))

    def _checked_in(self, _dbapi_conn: Any, record: Any) -> None:
        with self._gate:
            self._out.discard(id(record))
            self._gate.notify_all()

    @contextmanager
    def released(self, timeout_s: float = 30.0) -> Iterator[None]:
        """Inside: no connection of this Database is open, and none is made, so that other code of
        this process can replace the file (encrypt it, change its passphrase, decrypt it).

        Closing the pool is not enough: a connection a background read (the window's status bar,
        a page) has checked out stays open through ``dispose()``, and a read that starts later
        opens a new one, with the file's lock or its WAL in use under the conversion ("database
        is locked"). So new connections are refused first (a refused read fails with
        ``DatabaseError`` of kind "paused"), the ones out are waited for, then the pool is
        closed and the engine dropped: the next one is made for the converted file and its
        driver. Plain connections from :meth:`raw` (a sync export, a backup, an erasure) are waited
        for too. Raises ``DatabaseError`` (kind "locked") if a connection is not returned in time."""
        self._refuse_if_retired()
        with self._gate:
            self._paused = True
        self.close_version_connection()  # data_version() opens none while paused
        with self._gate:
            if not self._gate.wait_for(lambda: not self._out and not self._raw_out, timeout_s):
                self._paused = False
                raise self._busy_error()
        try:
            with self._making:
                if self._engine is not None:
                    self._engine.dispose()
                self._engine, self._sessions = None, None
            self._release()
            yield
        finally:
            with self._gate:
                self._paused = False

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            engine = self.engine
            with self._making:
                if self._sessions is None:
                    from sqlalchemy.orm import sessionmaker

                    install_session_listeners()
                    self._sessions = sessionmaker(engine, expire_on_commit=False)
        return self._sessions

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error. Its
        connection is held past the commit, to tell whether the file is still there
        (:meth:`refuse_if_gone`), and the file is looked at first: nothing goes to another file
        put in its place."""
        self.refuse_if_gone()
        with self.engine.connect() as conn:
            with self.sessions(bind=conn) as session, session.begin():
                yield session
            self.refuse_if_gone(conn.connection.dbapi_connection)

    def is_gone(self) -> bool:
        """Whether the file this Database opened is no longer at its path (a stick pulled out)."""
        return file_gone.is_gone(self.path, self._opened_as)

    def refuse_if_gone(self, dbapi_conn: Any | None = None) -> None:
        """Raise :class:`DatabaseGone` if the file went away: the changes committed went to a
        deleted file. A connection still open on it (``dbapi_conn``, else an idle one of the
        pool) copies everything into a new file first: never a new connection, which would open
        (or create) whatever is at the path now."""
        if not self.is_gone():
            return
        with self._rescuing:  # background writes and the idle checkpoint may find it at once
            self._refuse_gone(dbapi_conn)

    def _refuse_gone(self, dbapi_conn: Any | None) -> None:
        if self._gone is not None and dbapi_conn is None:  # no commit since the copy was made
            raise DatabaseGone(str(self._gone), self.path, self._gone.copy)
        if dbapi_conn is None and self._engine is not None and _idle_connections(self._engine):
            with self._engine.connect() as conn:
                message, copy = file_gone.gone_message(conn.connection.dbapi_connection, self.path)
        else:
            message, copy = file_gone.gone_message(dbapi_conn, self.path)
        self._gone = DatabaseGone(message, self.path, copy) if copy is not None else None
        raise DatabaseGone(message, self.path, copy)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing is committed."""
        with self.sessions() as session:
            yield session

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection to the same file (for bulk work and benchmarks).

        It counts as open until closed (or dropped): :meth:`released` waits for it, and while the
        file is being converted none is handed out."""
        self._refuse_if_retired()
        self.await_check()  # a plain connection may write at once
        number = next(self._raw_numbers)
        with self._gate:
            self._admit()
            self._raw_out[number] = _caller()
        self._hold()
        try:
            conn = connection.connect(self.path, on_close=lambda: self._raw_closed(number))
            _on_connect(conn, None)
        except BaseException:
            self._raw_closed(number)
            raise
        return conn

    def _raw_closed(self, number: int) -> None:
        with self._gate:
            self._raw_out.pop(number, None)
            self._gate.notify_all()

    def _busy_error(self) -> DatabaseError:
        """Why :meth:`released` gave up: the connections still out, named for the log and details."""
        from petdesk import faults

        if not self._raw_out:
            return DatabaseError(faults.sentence(faults.LOCKED), kind=faults.LOCKED)
        holders = ", ".join(sorted(set(self._raw_out.values())))
        return DatabaseError(
            _(
                "the database is busy: another task of petdesk (an export, an import, a backup or an "
                "erasure) still has it open; try again when it has finished. Nothing was changed"
            ),
            kind=faults.LOCKED,
            detail=f"plain connections still open, made by {holders}",
        )

    def close(self) -> None:
        from petdesk import i18n

        i18n.forget_office_country(str(self.path))  # its office no longer groups the amounts shown
        if self.pending_check is not None:  # its thread reads the file: let it end first
            self.pending_check.wait()
            self.pending_check = None
        self.close_version_connection()
        if self._engine is not None:
            self._engine.dispose()
        self._release()

    def _hold(self) -> None:
        with self._holding:  # background reads may open connections at once: hold the file once
            if not self._held:
                self._held = True
                connection.hold(self.path)

    def _release(self) -> None:
        with self._holding:
            if self._held:
                self._held = False
                connection.release(self.path)

    def retire(self) -> None:
        """Close for good: the file is about to be removed from this computer, and a late read (the
        window's status bar) must not make a new empty database in its place."""
        self.retired = True
        self.close_version_connection()
        if self._engine is not None:
            self._engine.dispose()
            self._engine, self._sessions = None, None
        self._release()

    def _refuse_if_retired(self) -> None:
        if self.retired:
            raise DatabaseError(f"{self.path} was removed from this computer", kind="removed")


def _idle_connections(engine: Engine) -> int:
    """How many open connections wait in ``engine``'s pool."""
    checkedin = getattr(engine.pool, "checkedin", None)
    return int(checkedin()) if checkedin is not None else 0


def _caller() -> str:
    """The function that asked :meth:`Database.raw` for a connection (module.function), for the
    details of a "busy" error: which task still holds the file."""
    frame = sys._getframe(2)
    return f"{frame.f_globals.get('__name__', '?')}.{frame.f_code.co_name}"


def open_database(
    path: Path | str,
    *,
    migrate: bool = True,
    check_budget_s: float = QUICK_CHECK_BUDGET_S,
    watch: UpgradeWatch | None = None,
    check_beside: CheckBeside | None = None,
) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    The file is inspected read-only first: another program's SQLite file, a file written by a newer
    petdesk and a damaged file are refused before anything is written. An older schema is backed up
    once into the backup store (a later attempt reuses that copy) and upgraded in one transaction;
    if the upgrade fails the file is left as it was, or restored from that copy.

    ``check_beside`` is the integrity check of this file already running in a thread (started by a
    command that writes a little, such as ``activities add``, before it imports the models): the
    file is then only identified here, and the first transaction or plain connection waits for that
    check's verdict, so a damaged file is still never read or written. An upgrade or stamp waits here.
    """
    path = Path(path).expanduser()
    if path.exists() and path.is_dir():
        raise DatabaseError(_("{path} is a directory, not a database file").format(path=path), "os")
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        _create_private(path)
    state = inspect_file(path, budget_s=check_budget_s, integrity=check_beside is None)
    _refuse_if_unfit(state)
    current = state.revisions == code_heads() and state.application_id == APPLICATION_ID
    if check_beside is not None and (migrate and not current):
        check_beside.verdict()  # upgrading or stamping writes at once
        check_beside = None
    upgraded = None
    if migrate and state.revisions != code_heads():
        upgraded = _upgrade_file(path, state.revisions, watch)
    elif migrate and state.application_id != APPLICATION_ID:
        _mark_as_ours(path)
    database = Database(path=path)
    database.pending_check = check_beside
    database.upgraded = upgraded
    database.set_aside = stale_log.taken(path)  # connection.connect moved it (field test 70)
    return database


def needs_upgrade(path: Path | str) -> bool:
    """Whether opening ``path`` will upgrade an older schema: minutes for a large file, which the
    window shows with its progress (field test 30). A file that cannot be read so is left to
    :func:`open_database`, whose sentence says what is wrong."""
    try:
        conn = connection.connect(Path(path).expanduser(), readonly=True, timeout=2)
        try:
            revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
        finally:
            conn.close()
    except connection.FAILURES_OR_OS:
        return False
    return bool(revisions) and revisions != code_heads() and revisions <= known_revisions()


def open_for_reading(
    path: Path | str, *, check_budget_s: float = QUICK_CHECK_BUDGET_S, check_same_thread: bool = True
) -> sqlite3.Connection:
    """A read-only sqlite3 connection to a petdesk file whose schema is current, without SQLAlchemy
    (for quick reads such as ``petdesk stats``). The file is checked as :func:`open_database`
    checks it (for at most ``check_budget_s``); a missing, older or unstamped file is opened by
    :func:`open_database` first, which creates, upgrades or stamps it. Without
    ``check_same_thread`` the connection may be used from another thread (one at a time)."""
    path = Path(path).expanduser()
    _make_readable(path, budget_s=check_budget_s)
    return _reading_connection(path, check_same_thread)


def _make_readable(path: Path, *, budget_s: float = QUICK_CHECK_BUDGET_S, integrity: bool = True) -> None:
    """Refuse another program's, a newer or a damaged file (see :func:`inspect_file`); a missing,
    older or unstamped file is opened by :func:`open_database` first, which checks it itself and
    creates, upgrades or stamps it."""
    state = inspect_file(path, budget_s=budget_s, integrity=integrity) if path.is_file() else None
    if state is not None:
        _refuse_if_unfit(state)
    if state is None or state.revisions != code_heads() or state.application_id != APPLICATION_ID:
        open_database(path).close()


def _refuse_if_unfit(state: FileState) -> None:
    if state.problem is not None:
        raise DatabaseError(state.message, state.problem)


def _reading_connection(path: Path, check_same_thread: bool) -> sqlite3.Connection:
    conn = _ro_connect(path, check_same_thread=check_same_thread)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


class CheckBeside:
    """The integrity check of opening a file (see :func:`inspect_file`), run in a thread of its own
    beside a command that only reads the file: a whole-file export or search for duplicates starts
    at once instead of after the check (a quarter of a second at 100,000 contacts, a tenth of an
    export), and :meth:`verdict` before its result is kept tells whether the file proved damaged."""

    def __init__(self, path: Path, budget_s: float) -> None:
        self._path = path
        self._budget_s = budget_s
        self._state: FileState | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="petdesk-file-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._state = inspect_file(self._path, budget_s=self._budget_s)
        except BaseException as exc:  # handed to verdict(), in the command's thread
            self._error = exc

    def wait(self) -> None:
        """Wait for the check to end, whatever it finds."""
        self._thread.join()

    def verdict(self) -> None:
        """Wait for the check; raise :class:`DatabaseError` for a file it found damaged (or the
        error that stopped it)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        if self._state is not None:
            _refuse_if_unfit(self._state)


def open_for_bulk_reading(
    path: Path | str, *, check_budget_s: float = QUICK_CHECK_BUDGET_S, check_same_thread: bool = True
) -> tuple[sqlite3.Connection, CheckBeside]:
    """:func:`open_for_reading` for a command that reads the whole file and writes what it read
    elsewhere: the file is identified first (another program's, newer, older or unstamped files are
    handled as there), and its integrity check runs beside the reading (:class:`CheckBeside`), whose
    ``verdict()`` the caller asks for before it keeps its result."""
    path = Path(path).expanduser()
    _make_readable(path, integrity=False)
    check = CheckBeside(path, check_budget_s)
    return _reading_connection(path, check_same_thread), check


@contextmanager
def bulk_reading(
    path: Path | str, *, check_budget_s: float = QUICK_CHECK_BUDGET_S, check_same_thread: bool = True
) -> Iterator[tuple[sqlite3.Connection, CheckBeside]]:
    """:func:`open_for_bulk_reading` for a ``with`` block: however the block ends, the connection is
    closed and the check's thread has ended. A reading that failed (a damaged page) skipped the
    verdict, and the check went on reading the file after the command had returned, while the
    next one opened it (crash 58)."""
    conn, check = open_for_bulk_reading(
        path, check_budget_s=check_budget_s, check_same_thread=check_same_thread
    )
    try:
        yield conn, check
    finally:
        conn.close()
        check.wait()


def _(text: str) -> str:
    from petdesk.i18n import system_locale, translator

    return translator(system_locale())(text)


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found. ``problem`` is None for a healthy file."""

    path: Path
    problem: str | None = None
    message: str = ""
    revisions: set[str] = field(default_factory=set)
    application_id: int = 0
    #: False when the quick check ran out of its time budget (the file was not fully looked at).
    checked: bool = True

    @property
    def healthy(self) -> bool:
        return self.problem is None


def _ro_connect(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    return connection.connect(path, readonly=True, timeout=5, check_same_thread=check_same_thread)


def inspect_file(
    path: Path | str, *, full: bool = False, budget_s: float = QUICK_CHECK_BUDGET_S, integrity: bool = True
) -> FileState:
    """Look at a database file without writing to it: is it petdesk's, which schema, is it intact?

    ``full`` runs ``PRAGMA integrity_check`` without a time limit; otherwise ``PRAGMA quick_check``
    runs for at most ``budget_s`` seconds; without ``integrity`` neither runs (the file is identified
    only, and counts as not fully checked). A missing or empty file is healthy (petdesk creates it).
    Database and disk faults while looking (locked, unreadable) raise ``sqlite3``/``OSError``."""
    from petdesk import faults

    path = Path(path).expanduser()
    if not path.exists() or path.stat().st_size == 0:
        return FileState(path)
    header = connection.read_header(path)  # not open()/close(): that would drop this process's locks
    if header != connection.SQLITE_HEADER and connection.is_encrypted(path):
        # The connection that tries the passphrase is the one that looks: each SQLCipher connection
        # derives the key anew (a fifth of a second of CPU), and this was one more per command.
        try:
            conn = _ro_connect(path)
        except connection.PassphraseError as exc:
            return FileState(path, "passphrase", str(exc))
    elif header != connection.SQLITE_HEADER:
        return FileState(
            path,
            faults.NOT_A_DATABASE,
            _("{path} is not a petdesk database (not an SQLite file)").format(path=path),
        )
    else:
        conn = _ro_connect(path)
    try:
        try:
            try:
                app_id, tables, revisions = _identify(conn)
            except connection.OperationalError as exc:
                if faults.classify(exc) != faults.READONLY or not _writable(path):
                    raise
                # After a crash the WAL index must be rebuilt, which a read-only connection cannot
                # do; SQLite's recovery on a normal connection changes no content.
                conn.close()
                conn = connection.connect(path, timeout=5)
                app_id, tables, revisions = _identify(conn)
        except connection.DatabaseError as exc:
            if faults.classify(exc) in (faults.DAMAGED, faults.NOT_A_DATABASE):
                return FileState(path, faults.DAMAGED, faults.sentence(faults.DAMAGED))
            raise
        unknown = revisions - known_revisions()
        foreign = app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and (not revisions or unknown))
        if foreign:
            return FileState(
                path,
                "foreign",
                _(
                    "{path} is an SQLite file of another program, not a petdesk database; "
                    "it was left unchanged"
                ).format(path=path),
                revisions,
                app_id,
            )
        if unknown:
            return FileState(
                path,
                "newer",
                _(
                    "{path} was written by a newer petdesk (schema {schema}); "
                    "please update petdesk to open it"
                ).format(path=path, schema=", ".join(sorted(unknown))),
                revisions,
                app_id,
            )
        before, seen_at = _file_key(path), time.time_ns()
        if not full and _checked_unchanged(path, before):
            ok, checked = True, True
        elif not integrity:
            ok, checked = True, False
        else:
            ok, checked = _integrity(conn, full=full, budget_s=budget_s)
            if ok and checked and _file_key(path) == before:
                _remember_check(path, before, seen_at)
        if not ok:
            return FileState(path, faults.DAMAGED, faults.sentence(faults.DAMAGED), revisions, app_id)
        return FileState(path, None, "", revisions, app_id, checked)
    finally:
        conn.close()


def _identify(conn: sqlite3.Connection) -> tuple[int, set[str], set[str]]:
    """(application id, table names, schema revisions) of an open file."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    revisions: set[str] = set()
    if "alembic_version" in tables:
        revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
    return app_id, tables, revisions


#: Where complete, passed checks are remembered: {resolved path: file key}, a few dozen at most.
CHECKS_FILE = "checked.json"
_CHECKS_KEPT = 40


def _file_key(path: Path) -> list[int]:
    """Device, inode, size and modification time of the file and its WAL: what changes whenever
    anything (petdesk, another program, a disk fault repaired by copying) writes either of them. An
    empty WAL counts as none: SQLite creates and removes empty ones when connections come and go."""
    key: list[int] = []
    for part in (path, Path(f"{path}-wal")):
        try:
            st = part.stat()
        except FileNotFoundError:
            st = None
        if st is None or (part is not path and st.st_size == 0):
            key += [0, 0, 0, 0]
        else:
            key += [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns]
    return key


def _checks_path() -> Path:
    from petdesk.paths import data_dir

    return data_dir() / CHECKS_FILE


def _load_checks() -> dict[str, list[int]]:
    import json

    try:
        data = json.loads(_checks_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _checked_unchanged(path: Path, key: list[int]) -> bool:
    """Whether ``path`` passed a complete quick check and neither it nor its WAL changed since.

    The quick check reads every page (0.5 s for 100,000 contacts); repeating it for a file nobody
    wrote since would only delay the start (issue 18). Any write changes the key, so the file is
    checked again before petdesk writes to it."""
    return _load_checks().get(str(path.resolve())) == key


#: Files written this shortly before they were looked at are not remembered: the file system's clock
#: ticks coarsely, so a write in the same tick could leave the same modification time (git's "racy
#: clean" problem).
_RACY_NS = 100_000_000


@contextmanager
def remembering_a_full_check(path: Path) -> Iterator[Callable[[], None]]:
    """For ``petdesk check``: calling the function yielded once the whole file passed remembers it,
    as a complete check on open does, unless the file changed meanwhile. A file too large for the
    2-second check on open (3 GB, a million contacts) otherwise paid those 2 s on every command and
    was never found checked (field test 30: ``petdesk search`` 3.5-6 s)."""
    before, seen_at = _file_key(path), time.time_ns()

    def passed() -> None:
        if _file_key(path) == before:
            _remember_check(path, before, seen_at)

    yield passed


def _remember_check(path: Path, key: list[int], seen_at_ns: int) -> None:
    """Note a passed check; a folder we cannot write to only means checking again next time."""
    import json

    if max(key[3], key[7]) > seen_at_ns - _RACY_NS:
        return
    checks = _load_checks()
    checks.pop(str(path.resolve()), None)
    checks[str(path.resolve())] = key
    kept = dict(list(checks.items())[-_CHECKS_KEPT:])
    target = _checks_path()
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        # A HOME that is a file or read-only (a cron job): even the clean-up may fail with
        # NotADirectoryError, which ``missing_ok`` does not hide (field test 20, defect 3).
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def is_healthy(path: Path | str, *, full: bool = False) -> bool:
    """Whether ``path`` is a petdesk database petdesk can open and trust (or a missing/empty file)."""
    try:
        return inspect_file(path, full=full).healthy
    except connection.FAILURES_OR_OS:
        return False


def _integrity(conn: sqlite3.Connection, *, full: bool, budget_s: float) -> tuple[bool, bool]:
    """(intact, fully checked). The quick check is interrupted after ``budget_s`` seconds so that
    opening a large file stays fast; an interrupted check counts as passed but not complete."""
    deadline = time.monotonic() + budget_s
    watchdog = None
    if not full:
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        # The check runs in few virtual-machine steps, so the progress handler alone is asked too
        # rarely (a 50 ms budget ended after 2.4 s on 100,000 contacts, after 20 s with a cold
        # cache): a timer interrupts it on time (``interrupt`` is meant to be called from another
        # thread).
        watchdog = threading.Timer(budget_s, conn.interrupt)
        watchdog.name = "petdesk-check-watchdog"
        watchdog.daemon = True
        watchdog.start()
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    except connection.OperationalError as exc:
        if "interrupted" in str(exc).lower():
            return True, False
        raise
    except connection.DatabaseError:
        return False, True
    finally:
        if watchdog is not None:
            watchdog.cancel()
            # ended before the connection closes: an interrupt already under way must not reach
            # it later, and no timer thread outlives the check (one per command was left running)
            watchdog.join()
        conn.set_progress_handler(None, 0)
    return rows == [("ok",)], True


def _create_private(path: Path) -> None:
    """An empty file with mode 600 (SQLite gives its -wal and -shm files the same mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _mark_as_ours(path: Path) -> None:
    """Stamp a petdesk file from before application ids; a read-only file simply stays unstamped."""
    conn = connection.connect(path, timeout=5)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.commit()
    except connection.Error:
        pass
    finally:
        conn.close()


def _upgrade_reason(revisions: set[str]) -> str:
    """``before-upgrade-`` and the whole revision id(s) the file had: cutting them to 12 characters
    gave "before-upgrade-0023_sync_ve" (field test 8, defect 5)."""
    return f"before-upgrade-{'+'.join(sorted(revisions))}"


def _older_upgrade_reason(revisions: set[str]) -> str:
    """The reason petdesk wrote before the revision was kept whole: its backup is still reused."""
    return f"before-upgrade-{'+'.join(sorted(revisions))[:12]}"


@dataclass(frozen=True)
class Upgrade:
    """A file's schema brought up to date when it was opened."""

    path: Path
    #: The revision(s) the file had, and those it has now.
    old: frozenset[str]
    new: frozenset[str]
    #: The copy taken before the upgrade (None for a file with no schema yet).
    backup: Path | None


#: Called with every :class:`Upgrade` made in this process (the command line says it on stderr).
UPGRADE_LISTENERS: list[Callable[[Upgrade], None]] = []

#: The steps of an upgrade, as :class:`UpgradeWatch` hears them (English, marked for the catalogue).
BACKUP_STEP = N_("making a backup")
MIGRATE_STEP = N_("upgrading the schema")
COMPACT_STEP = N_("compacting the file")


class UpgradeStopped(DatabaseError):
    """The user stopped the upgrade: it was rolled back, the file is as it was."""


@dataclass
class UpgradeWatch:
    """Eyes on an upgrade that takes minutes on a large file (field test 30: 4 minutes of nothing).

    ``report(step, done, total, detail)`` hears each step (``BACKUP_STEP`` in percent,
    ``MIGRATE_STEP`` in migrations with the revision as detail, ``COMPACT_STEP``); it is called in
    the upgrading thread. ``stop_requested`` is asked often: once it says True the upgrade stops
    at the next check and rolls back, leaving the file as it was."""

    report: Callable[[str, int, int, str], None]
    stop_requested: Callable[[], bool] = lambda: False

    def step(self, step: str, done: int, total: int, detail: str = "") -> None:
        self.check_stop()
        self.report(step, done, total, detail)

    def check_stop(self) -> None:
        if self.stop_requested():
            raise UpgradeStopped(_("the upgrade was stopped; the file is as it was"), "stopped")


#: Watchers of every upgrade made in this process (the command line prints progress on stderr).
UPGRADE_WATCHERS: list[UpgradeWatch] = []


def _all_watchers(watch: UpgradeWatch | None) -> UpgradeWatch | None:
    """One watch telling ``watch`` and the process's watchers, asking all of them whether to stop."""
    watchers = [*UPGRADE_WATCHERS, *([watch] if watch is not None else [])]
    if not watchers:
        return None

    def report(step: str, done: int, total: int, detail: str) -> None:
        for one in watchers:
            one.report(step, done, total, detail)

    return UpgradeWatch(report, lambda: any(one.stop_requested() for one in watchers))


def upgrade_notice(upgrade: Upgrade, locale: str) -> str:
    """One sentence saying that ``upgrade`` happened, where the copy from before it is, and that
    older petdesk versions no longer open the file (field test 8, defect 4: it was silent). Plain
    words: the revision codes meant nothing to users and are in :func:`upgrade_details`."""
    from petdesk.i18n import translator

    _ = translator(locale)
    return _(
        "petdesk updated this file for the new version; older versions of petdesk can no longer open "
        "it. A copy from before the update is kept in: {backup}"
    ).format(backup=upgrade.backup)


def upgrade_details(upgrade: Upgrade, locale: str) -> str:
    """The schema revisions before and after ``upgrade``, for IT (a tooltip, Details, ``--verbose``)."""
    from petdesk.i18n import translator

    _ = translator(locale)
    return _("Schema revision: {old} → {new}").format(
        old="+".join(sorted(upgrade.old)), new="+".join(sorted(upgrade.new))
    )


def backup_path(path: Path, revisions: set[str]) -> Path | None:
    """The good backup taken before upgrading ``path`` from ``revisions`` that still holds the file's
    data, if there is one. A copy from a failed or killed attempt is reused; one from an upgrade
    undone by a restore is not once the older petdesk has changed the file since (field test 66: the
    second upgrade pointed at a copy a week old, without that week's records)."""
    from petdesk.services import backups

    reasons = {_upgrade_reason(revisions), _older_upgrade_reason(revisions)}
    current = backups.data_version(path)
    for info in backups.backups_of(path):
        if info.reason in reasons and info.ok and info.data_version == current:
            return info.path
    return None


def _upgrade_file(path: Path, revisions: set[str], watch: UpgradeWatch | None = None) -> Upgrade | None:
    """Upgrade the file's schema from ``revisions``; what was done, or None for a new file."""
    from petdesk.services import backups

    watch = _all_watchers(watch)
    backup = None
    if revisions:
        # The first good copy is kept: a later attempt (after a failure or a kill) reuses it
        # rather than adding copies of a file that may be the worse for the attempts.
        backup = backup_path(path, revisions)
        if backup is None:
            progress = None if watch is None else lambda done, total: watch.step(BACKUP_STEP, done, total)
            try:
                backup = backups.create(path, _upgrade_reason(revisions), progress=progress).path
            except backups.BackupError as exc:
                # No room for the copy on a nearly full laptop: its sentence (how much, where, what to
                # do), not "an unexpected error happened" with the reason in the log (field test 88).
                raise DatabaseError(
                    _("the database could not be upgraded to this version of petdesk: {reason}").format(
                        reason=exc
                    ),
                    "upgrade",
                ) from exc
        if watch is not None:
            watch.step(BACKUP_STEP, 100, 100, str(backup))  # where it is, while the rest runs
    engine = make_upgrade_engine(path)
    try:
        upgrade(engine, watch=watch)
    except Exception as exc:
        engine.dispose()
        if watch is not None and watch.stop_requested():
            # rolled back (the SQLite interrupt or UpgradeStopped): the file is as it was
            raise UpgradeStopped(_("the upgrade was stopped; the file is as it was"), "stopped") from exc
        from petdesk import faults

        kind = faults.classify(exc)
        restored = backup is not None and _restore_if_changed(path, revisions, backup)
        faults.log_exception(exc, f"upgrading {path}")
        detail = f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:300]}"  # the log has all
        raise DatabaseError(_upgrade_failed(kind, restored, backup), kind or "upgrade", detail) from exc
    if watch is not None:
        watch.report(COMPACT_STEP, 0, 0, "")  # the upgrade is in: no stopping now
    _reclaim_free_pages(engine)
    engine.dispose()
    if not revisions:
        return None  # a new file got its schema: nothing older to tell about
    done = Upgrade(path, frozenset(revisions), frozenset(code_heads()), backup)
    for listener in list(UPGRADE_LISTENERS):
        listener(done)
    return done


def _upgrade_failed(kind: str | None, restored: bool, backup: Path | None) -> str:
    """What a failed upgrade left, in plain words: what failed, that the file is as it was and
    where the copy from before is. A migration's own error (SQL, a constraint) is no sentence for
    the user: it goes to the log and the message's ``detail``."""
    from petdesk import faults

    if restored:
        return _(
            "the database could not be upgraded to this version of petdesk; it was put back as it "
            "was from the copy taken before the upgrade: {backup}"
        ).format(backup=backup)
    # A full disk, a locked file ...: its sentence says what to do about it.
    reason = faults.sentence(kind) if kind is not None else _("the file is unchanged")
    if backup is None:
        return _("the database could not be upgraded to this version of petdesk: {reason}").format(
            reason=reason
        )
    return _(
        "the database could not be upgraded to this version of petdesk: {reason}. The copy taken "
        "before the upgrade: {backup}"
    ).format(reason=reason, backup=backup)


def _reclaim_free_pages(engine: Engine) -> None:
    """VACUUM after an upgrade that left an eighth of the file free (0019_compact frees some 160 MB
    of search index at 100,000 contacts, which SQLite would otherwise keep in the file for ever).
    A failure leaves the upgraded file as it is."""
    raw = engine.raw_connection()
    try:
        conn: Any = raw.driver_connection
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        total = conn.execute("PRAGMA page_count").fetchone()[0]
        if total and free * 8 > total:
            conn.execute("VACUUM")
    except connection.FAILURES_OR_OS:
        pass  # a full disk or a reader holding the file: the file is upgraded, only not smaller
    finally:
        raw.close()


def _restore_if_changed(path: Path, revisions: set[str], backup: Path) -> bool:
    """Put the backup back if the failed upgrade left the file other than it was."""
    try:
        state = inspect_file(path)
        if state.healthy and state.revisions == revisions:
            return False
    except connection.FAILURES_OR_OS:
        pass
    from petdesk.services import backups

    path = outfile.target(path)  # the file a symlink points to is put back, not the link replaced
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    tmp = path.with_name(f".{path.name}.restore.partial")
    tmp.unlink(missing_ok=True)
    _create_private(tmp)  # copyfile keeps the mode of the file it writes into: 600, not the umask's
    with backups.unpacked(backup, path.parent) as raw:
        shutil.copyfile(raw, tmp)
    os.replace(tmp, path)
    return True


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a database (SQLite's backup API: WAL content included) written to a
    temporary name, flushed and renamed, mode 600: ``target`` is either absent or complete."""
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    _create_private(tmp)
    try:
        src = connection.connect(source, readonly=True, timeout=5)
        try:
            key = connection.passphrase_for(source) if connection.is_encrypted(source) else None
            dst = connection.connect(tmp, passphrase=key)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
