"""Encryption at rest: convert a database file to SQLCipher and back, in place.

The conversion is a copy: ``sqlcipher_export`` writes the whole database into a temporary file
beside it (encrypted with the new passphrase, or plain), which is flushed to disk and renamed over the
original while this process still holds the write lock. A process killed at any moment leaves the old
file or the converted one, never a mixture; the temporary file of a killed run is removed by the next
conversion. No Qt here.

Each conversion leaves a backup of the data as it was, and never a new plain one beside an encrypted
database (field test 17): decrypting and changing the passphrase back up the encrypted file first (the
backup keeps the old passphrase); encrypting checks the encrypted copy, renames it into place, and then
backs it up, encrypted. A plain backup made first would be the whole office in clear on a travelling
laptop, which is what encrypting is meant to prevent; until the rename the plain original is untouched,
so nothing is lost if the copy fails.
"""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from petdesk import connection, outfile
from petdesk.services import backups


class EncryptionError(Exception):
    """A conversion that cannot be done, as one sentence; the file is unchanged."""


@dataclass
class Converted:
    path: Path
    #: The data as it was (after encrypting: the same data, encrypted); None if it could not be made.
    backup: backups.BackupInfo | None
    #: Older backups that are not encrypted (made before the encryption), which still expose data.
    plain_backups: list[Path]
    #: Why no backup could be made after an encryption (the database is encrypted all the same).
    backup_problem: str | None = None


def _temp(path: Path) -> Path:
    return path.with_name(f".{path.name}.convert-{os.getpid()}")


def _remove_strays(path: Path) -> None:
    for stray in path.parent.glob(f".{path.name}.convert-*"):
        with suppress(OSError):
            stray.unlink()


def encrypt(path: Path, passphrase: str) -> Converted:
    """Encrypt the plain database at ``path`` with ``passphrase``."""
    if not passphrase:
        raise EncryptionError("the passphrase is empty")
    if connection.is_encrypted(path):
        raise EncryptionError(
            f"{path} is encrypted already; to change its passphrase use petdesk encrypt --change"
        )
    result = _convert(path, passphrase, "before-encrypt", backup_first=False)
    connection.set_passphrase(path, passphrase)
    try:
        result.backup = backups.create(result.path, "before-encrypt")
    except backups.BackupError as exc:
        result.backup_problem = str(exc)
    # earlier backup folders too: moving the folder leaves the plain copies where they were
    result.plain_backups = [
        b.path for b in backups.backups_everywhere(path) if not b.problem and not _encrypted_backup(b.path)
    ]
    return result


def change_passphrase(path: Path, new_passphrase: str) -> Converted:
    """Re-encrypt the encrypted database at ``path`` (whose current passphrase is known) with
    ``new_passphrase``. The backup made first keeps the old passphrase."""
    if not new_passphrase:
        raise EncryptionError("the passphrase is empty")
    if not connection.is_encrypted(path):
        raise EncryptionError(f"{path} is not encrypted; encrypt it with petdesk encrypt")
    if new_passphrase == connection.passphrase_for(path):
        raise EncryptionError("the new passphrase is the same as the old one; nothing was changed")
    result = _convert(path, new_passphrase, "before-passphrase-change")
    connection.set_passphrase(path, new_passphrase)
    return result


def decrypt(path: Path) -> Converted:
    """Store the encrypted database at ``path`` (whose passphrase is known) in plain form."""
    if not connection.is_encrypted(path):
        raise EncryptionError(f"{path} is not encrypted")
    result = _convert(path, "", "before-decrypt")
    connection.set_passphrase(path, None)
    return result


def _encrypted_backup(path: Path) -> bool:
    import gzip

    try:
        with gzip.open(path, "rb") as fh:
            return fh.read(16) != connection.SQLITE_HEADER
    except OSError:
        return False


def _convert(path: Path, new_key: str, reason: str, *, backup_first: bool = True) -> Converted:
    """Copy ``path`` into a file keyed with ``new_key`` ("" for plain) and rename it over ``path``.
    Without ``backup_first`` the copy is checked (quick_check) before it replaces the original."""
    from petdesk import faults
    from petdesk.db import APPLICATION_ID, BUSY_TIMEOUT_MS

    # A symlinked database (e.g. into a synced folder) is converted where it really lives: the
    # rename below would otherwise put a plain file in place of the link and leave the target as it was.
    path = outfile.target(path.expanduser())
    if not path.exists() or path.stat().st_size == 0:
        raise EncryptionError(f"{path} does not exist")
    if (pid := backups.window_holding(path)) is not None:
        raise EncryptionError(f"{path} is open in a petdesk window (process {pid}); close it first")
    _remove_strays(path)
    # Checked before the backup, so that a wrong passphrase or a busy file changes nothing.
    connection.connect(path).close()
    info = None
    if backup_first:
        try:
            info = backups.create(path, reason)
        except backups.BackupError as exc:
            raise EncryptionError(str(exc)) from exc
    tmp = _temp(path)
    src = connection.connect(path, cipher=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        try:
            # Out of WAL mode: no -wal file stays behind that could belong to the other file. This
            # needs the file to ourselves, so it is also the check that nobody else has it open.
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if src.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower() != "delete":
                raise EncryptionError(faults.sentence(faults.LOCKED))
            src.execute("ATTACH DATABASE ? AS converted KEY ?", (str(tmp), new_key))
            src.execute("BEGIN IMMEDIATE")  # no writer gets in until the new file is in place
            src.execute("SELECT sqlcipher_export('converted')")
            version = src.execute("PRAGMA main.user_version").fetchone()[0]
            src.execute(f"PRAGMA converted.user_version = {int(version)}")
            src.execute(f"PRAGMA converted.application_id = {APPLICATION_ID}")
            src.execute("COMMIT")
            src.execute("DETACH DATABASE converted")
            if not backup_first:
                _check_copy(tmp, new_key)
        except connection.Error as exc:
            kind = faults.classify(exc)
            raise EncryptionError(
                faults.sentence(kind) if kind else f"the conversion failed ({exc}); nothing was changed"
            ) from exc
        src.execute("BEGIN IMMEDIATE")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)  # the commit point
        outfile.sync_folder(path.parent)
        src.execute("ROLLBACK")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return Converted(path=path, backup=info, plain_backups=[])


def _check_copy(copy: Path, key: str) -> None:
    """Refuse a converted copy that does not open with ``key`` or fails SQLite's quick check."""
    conn = connection.connect(copy, passphrase=key or None, cipher=bool(key))
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if verdict != "ok":
        raise EncryptionError(f"the converted copy failed its check ({verdict}); nothing was changed")
