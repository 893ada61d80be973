"""The SQLite database: connections, transactions and schema migrations.

One file per installation, WAL journal (readers never wait for the writer, a killed process
never leaves a half-written transaction), foreign keys enforced on every connection, and the
schema upgraded in place by the Alembic migrations shipped in ``petdesk/migrations``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from petdesk.connection import session_sqlite as session_sqlite  # re-exported: its older home

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


_listeners_installed = False


def install_session_listeners() -> None:
    """Register what every session does, here where sessions are made (so ``models`` never
    imports ``services``): field versions for the exchange between offices on every ORM write, and
    the search index worked off after each flush and before each commit. Idempotent."""
    global _listeners_installed
    if _listeners_installed:
        return
    # Imported here: both import the models, which import nothing of db.
    from petdesk.services import search
    from petdesk.sync import tracking

    tracking.install()
    event.listen(Session, "after_flush", lambda session, _context: search.after_flush(session))
    event.listen(Session, "before_commit", search.before_commit)
    _listeners_installed = True


class DatabaseError(Exception):
    """A database file that petdesk cannot open, with a message for the user."""


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable in WAL mode except for the last transaction on power loss.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    # Lists of visits and trainings match typed pinyin against Chinese titles ("xinjiapo" finds 新加坡).
    dbapi_conn.create_function("petdesk_pinyin", 1, _pinyin_text, deterministic=True)


def _pinyin_text(text: str | None) -> str:
    """Folded pinyin of ``text`` with and without spaces and its initials, for LIKE searches."""
    if not text:
        return ""
    from petdesk.services import names  # imported late: names imports the models

    if not names.has_cjk(text):
        return ""
    syllables = names.pinyin_syllables(text, phrase=True)
    return " ".join(syllables) + " " + "".join(syllables) + " " + names.initials(syllables)


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
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
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_alembic_config()).get_heads())


def file_revisions(engine: Engine) -> set[str]:
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def schema_version(engine: Engine) -> str:
    """A readable schema version: the file's revisions joined, or "empty"."""
    revs = sorted(file_revisions(engine))
    return "+".join(revs) if revs else "empty"


def upgrade(engine: Engine, target: str = "heads") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), target)


@dataclass
class Database:
    """An open petdesk database file."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        install_session_listeners()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing is committed."""
        with self.sessions() as session:
            yield session

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection to the same file (for bulk work and benchmarks)."""
        conn = sqlite3.connect(self.path)
        _on_connect(conn, None)
        return conn

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    An existing file with an older schema is backed up first (to the backup folder), so an
    interrupted or failed upgrade never costs the user their data.
    """
    path = Path(path).expanduser()
    if path.exists() and path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > 0:
        _check_is_sqlite(path)
    engine = make_engine(path)
    try:
        current = file_revisions(engine)
        unknown = current - known_revisions()
        if unknown:
            raise DatabaseError(
                f"{path} was written by a newer petdesk (schema {', '.join(sorted(unknown))}); "
                "please update petdesk to open it"
            )
        if migrate and current != code_heads():
            if current:
                _backup(engine, path, "+".join(sorted(current)))
            upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(path=path, engine=engine)


def _check_is_sqlite(path: Path) -> None:
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise DatabaseError(f"{path} is not a petdesk database (not an SQLite file)")


def _backup(engine: Engine, path: Path, revision: str) -> Path:
    """A backup before a schema upgrade, in the backup store (see ``services.backups``)."""
    from petdesk.services import backups

    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return backups.create(path, f"before-upgrade-{revision[:12]}").path
