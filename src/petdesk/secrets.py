"""Passphrases remembered in the system keyring, never in the database, a backup or a log.

The sync passphrase and the database passphrase are secrets: stored in the database's ``setting``
table they would travel in every backup and copy of the file. When the user asks petdesk to
remember one, it goes to the operating system's keyring (the ``keyring`` library: Secret Service,
macOS Keychain, Windows Credential Locker); otherwise it is asked each time.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

# ``keyring`` is imported where it is used: its import (0.2-0.5 s) would delay every window's start,
# and only an encrypted database asks the keyring for its passphrase (issue 18).

#: The keyring "service" under which petdesk's secrets are filed.
SERVICE = "petdesk"
SYNC = "sync-passphrase"
DATABASE = "database-passphrase"


class SecretStoreError(Exception):
    """The secret could not be remembered (no usable keyring on this machine)."""


def account(kind: str, db_path: Path) -> str:
    """One entry per kind of secret and database file (two files may have two passphrases)."""
    return f"{kind}:{Path(db_path).expanduser().resolve()}"


def get(kind: str, db_path: Path) -> str | None:
    """The remembered secret, or None (also when no keyring is available)."""
    # A broken keyring backend (locked, misconfigured) must never keep the program from starting.
    with suppress(Exception):
        import keyring

        return keyring.get_password(SERVICE, account(kind, db_path)) or None
    return None


#: Why nothing can be remembered on this machine (the window's tick box and the CLI say it).
NO_KEYRING = "no system keyring is available to remember the passphrase; it will be asked each time"


def available() -> bool:
    """Whether a system keyring can remember secrets here (``keyring`` falls back to a backend
    that refuses every write when there is none, a Linux laptop without Secret Service)."""
    with suppress(Exception):
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0
    return False


def put(kind: str, db_path: Path, secret: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(kind, db_path), secret)
    except (KeyringError, RuntimeError) as exc:
        raise SecretStoreError(NO_KEYRING) from exc


def forget(kind: str, db_path: Path) -> None:
    with suppress(Exception):  # nothing stored, or no keyring: nothing to forget
        import keyring

        keyring.delete_password(SERVICE, account(kind, db_path))
