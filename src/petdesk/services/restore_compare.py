"""What a backup holds against what the database holds now, told before a restore replaces it.

A restore of an older backup after a theft (field test 112) silently dropped what the file held
that the backup did not: the counts per kind and the newest change of each, side by side, and a
plain warning when the current file holds more or newer records, come first. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from petdesk import connection
from petdesk.services import backups
from petdesk.stored_times import read_stored_time


@dataclass(frozen=True)
class Held:
    """One kind of record in one file: live records, and the newest change (deletions count)."""

    count: int
    newest: dt.datetime | None


@dataclass
class Comparison:
    backup: dict[str, Held]
    #: Empty when there is no current file (a new computer), or when it cannot be read.
    current: dict[str, Held]
    #: The current file exists but cannot be read (encrypted with a passphrase not given — the
    #: forgotten-passphrase restore — or damaged): nothing to compare it with.
    current_unreadable: bool = False

    @property
    def kinds(self) -> list[str]:
        """The kinds either file holds, in :data:`backups.COUNTED_TABLES` order."""
        return [k for k in backups.COUNTED_TABLES if k in self.backup or k in self.current]

    @property
    def more_here(self) -> list[str]:
        """Kinds the current file holds more records of than the backup."""
        return [k for k, h in self.current.items() if h.count > self._in_backup(k).count]

    @property
    def newer_here(self) -> list[str]:
        """Kinds changed in the current file after the newest change the backup holds."""
        return [
            k
            for k, h in self.current.items()
            if h.newest is not None
            and (self._in_backup(k).newest is None or h.newest > self._in_backup(k).newest)  # type: ignore[operator]
        ]

    @property
    def current_would_be_lost(self) -> bool:
        return bool(self.more_here or self.newer_here)

    def _in_backup(self, kind: str) -> Held:
        return self.backup.get(kind, Held(0, None))


def held(path: Path) -> dict[str, Held]:
    """What the database file at ``path`` holds, per kind of :data:`backups.COUNTED_TABLES`."""
    conn = connection.connect(path, readonly=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # no database at all: raises
        return {
            table: Held(count, _when(newest))
            for table, (count, newest) in backups.live_rows(conn, newest=True).items()
        }
    finally:
        conn.close()


def _when(value: object) -> dt.datetime | None:
    if not isinstance(value, int | str):
        return None
    try:
        when = read_stored_time(value)
    except (ValueError, OverflowError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)  # stored in UTC


#: What opening or reading a file that is no readable petdesk database raises.
_UNREADABLE: tuple[type[Exception], ...] = (*connection.Error, connection.PassphraseError)


def compare(db_path: Path, backup: Path, *, passphrase: str | None = None) -> Comparison:
    """The backup against the database at ``db_path``; the backup is checked as a restore checks it
    (:class:`backups.BackupError` if it cannot be restored). ``passphrase`` opens an encrypted one."""
    with (
        tempfile.TemporaryDirectory(prefix="petdesk-compare-") as work,
        backups.unpacked(backup, Path(work)) as tmp,
    ):
        if passphrase is not None:
            connection.set_passphrase(tmp, passphrase)
        backups.verify(tmp, backup)
        in_backup = held(tmp)
    present = db_path.exists() and db_path.stat().st_size > 0
    if not present:
        return Comparison(backup=in_backup, current={})
    try:
        return Comparison(backup=in_backup, current=held(db_path))
    except _UNREADABLE:
        return Comparison(backup=in_backup, current={}, current_unreadable=True)
