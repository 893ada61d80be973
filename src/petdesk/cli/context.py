"""What every command handler gets: the database, opened on first use, and its error type."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from petdesk.db import DatabaseError
from petdesk.paths import default_db_path

if TYPE_CHECKING:
    from petdesk.db import Database

EXIT_OK = 0
#: Something went wrong that the user can fix (bad file, unknown id ...).
EXIT_ERROR = 1
#: The command line itself was wrong (argparse uses 2 as well).
EXIT_USAGE = 2


class CliError(Exception):
    """An error to print as one plain sentence, with the exit code to return."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class Context:
    db_path: Path | None = None
    _db: Database | None = field(default=None, init=False, repr=False)

    @property
    def path(self) -> Path:
        return (self.db_path or default_db_path()).expanduser()

    @property
    def db(self) -> Database:
        if self._db is None:
            from petdesk.db import open_database

            try:
                self._db = open_database(self.path)
            except DatabaseError as exc:
                raise CliError(str(exc)) from exc
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
