"""A database file that a failed command made is taken away again.

The imports and ``restore`` may start a new database (``creates_database``). When one of them fails
on a path that did not exist, a mistyped path plus a bad file left an empty ``petdesk.sqlite``, its
``-wal`` and ``-shm`` and a ``backups`` folder behind (field testers). Only a file that holds no
record is taken away: anything committed into it stays.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from petdesk import connection
from petdesk.services.backups import default_folder

#: Files SQLite keeps beside a database while it is open (or after a crash).
_COMPANIONS = ("-wal", "-shm", "-journal")


class NewDatabase:
    """Remembers, before a command runs, that its database file does not exist yet."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.backups = default_folder(path)
        #: A backups folder that was there before belongs to other files too: it is never removed.
        self.backups_existed = self.backups.exists()
        #: Folders of the path that are missing now, deepest first: the command may make them.
        self.missing_folders = [folder for folder in path.parents if not folder.exists()]

    def remove_if_empty(self) -> bool:
        """Delete the file (with its companions, the backups and the folders this command made) when it
        holds no record. True when nothing is left of it."""
        if self.path.is_file() and not holds_no_records(self.path):
            return False
        for suffix in ("", *_COMPANIONS):
            _remove(Path(f"{self.path}{suffix}"))
        if not self.backups_existed and self.backups.is_dir():
            # Only this file's backups (and their sidecars): anything else found there is left.
            for made in self.backups.glob(f"{self.path.stem}-*"):
                _remove(made)
            with suppress(OSError):  # not empty: something else is kept there
                self.backups.rmdir()
        for folder in self.missing_folders:
            with suppress(OSError):  # not empty: left
                folder.rmdir()
        return True


def _remove(path: Path) -> None:
    """Delete ``path`` if it is there. A path under a file (HOME set to a file) raises
    NotADirectoryError, which ``missing_ok`` does not hide: nothing was made there, so nothing is
    left to remove (field test 20, defect 3)."""
    with suppress(FileNotFoundError, NotADirectoryError):
        path.unlink()


def holds_no_records(path: Path) -> bool:
    """True when no table of ``path`` has a row, apart from what making the file writes by itself
    (the schema revision, SQLite's and the full-text index's own tables). False when unsure."""
    try:
        conn = connection.connect(path, readonly=True)
    except connection.FAILURES_OR_OS:
        return False
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        made_by_itself = ("alembic_version",)
        for table in tables:
            if table in made_by_itself or table.startswith(("sqlite_", "search_fts_")):
                continue
            if conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
                return False
        return True
    except connection.FAILURES:
        return False
    finally:
        conn.close()
