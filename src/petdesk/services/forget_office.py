"""Removing an office from this computer: the laptop is handed back (field test 17 §8).

Deleting the database file by hand left copies petdesk knows of: the backups (plain ones made before
an encryption too), the record of its checks in ``checked.json``, the error log's command lines
(with the words searched for), the recently opened records in the window's settings and the
passphrases in the keyring. :func:`survey` lists them all, so that the user confirms knowing what
goes; :func:`forget` removes them and says what it could not. Files the user exported or saved
elsewhere are theirs: petdesk does not know where they went and leaves them.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from petdesk import connection, faults, secrets
from petdesk.paths import APP_NAME, default_db_path
from petdesk.services import backups
from petdesk.sync.unsent import Unsent, unsent_here

#: The files SQLite and petdesk keep beside a database.
_BESIDE = ("-wal", "-shm", "-journal", ".lock")
#: Where the window's settings hold this office's records: the recently opened list (record ids).
_SETTINGS_GROUP, _SETTINGS_KEY = "navigation", "recent"


class InUse(Exception):
    """Another petdesk has the database open: nothing was removed."""

    def __init__(self, path: Path, pid: int | None) -> None:
        super().__init__(f"{path} is open in another petdesk (process {pid or '?'}); close it first")
        self.path = path
        self.pid = pid


@dataclass
class Survey:
    """What removing the office takes away, to be confirmed before anything goes."""

    path: Path
    #: Live records per kind ("contact"); None when unreadable (encrypted, passphrase unknown).
    counts: dict[str, int] | None
    #: Files to delete: the database, the files beside it, the backups and their sidecars.
    files: list[Path]
    backups: int
    #: The folders those backups are in (the current backup folder and earlier ones).
    backup_folders: list[Path]
    #: Whether the error log, checked.json, the settings and the keyring hold anything of it.
    log_entries: int
    remembered_check: bool
    settings_entry: bool
    keyring_entries: list[str]
    #: Changes made here that no other office has acknowledged: lost with the office unless
    #: exported first (None: none, or not readable).
    unsent: Unsent | None = None


@dataclass
class Outcome:
    """What was removed, and what could not be (path, reason)."""

    removed: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    log_entries: int = 0
    remembered_check: bool = False
    settings_entry: bool = False
    keyring_entries: list[str] = field(default_factory=list)


def settings_path() -> Path:
    """The window's settings file (Qt's INI file on Linux: ``~/.config/petdesk/petdesk.conf``)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / f"{APP_NAME}.conf"


def survey(db_path: Path) -> Survey:
    """What :func:`forget` would remove for the database at ``db_path``; removes nothing."""
    db_path = Path(db_path).expanduser()
    backup_list = backups.backups_everywhere(db_path)  # earlier backup folders too (field test 53)
    files = [p for p in _files_beside(db_path) if p.exists()]
    for info in backup_list:
        # A link whose target is gone (a drive not plugged in) goes too: its name names the office.
        files += [p for p in (info.path, _sidecar(info.path)) if p.exists() or p.is_symlink()]
    return Survey(
        path=db_path,
        counts=_counts(db_path),
        files=files,
        backups=len(backup_list),
        backup_folders=sorted({info.path.parent for info in backup_list}),
        log_entries=len(_log_entries(db_path)[1]),
        remembered_check=_key(db_path) in _load_checks(),
        settings_entry=_settings_lines(settings_path())[1] is not None,
        keyring_entries=[kind for kind in (secrets.DATABASE, secrets.SYNC) if secrets.get(kind, db_path)],
        unsent=_unsent(db_path),
    )


def forget(db_path: Path) -> Outcome:
    """Remove the office at ``db_path`` from this computer (see the module's docstring). Refused
    with :class:`InUse`, before anything is removed, while another petdesk has the file open."""
    db_path = Path(db_path).expanduser()
    _refuse_if_open(db_path)
    # A backup running in the background (the window's at start-up) would leave its copy behind.
    backups.stop_backups(db_path)
    try:
        folders = backups.folders_of(db_path)  # read from the database's settings, so before it goes
        found = survey(db_path)
    except BaseException:
        backups.resume_backups(db_path)  # nothing is removed: the office stays, backed up as before
        raise
    outcome = Outcome()
    for path in found.files:
        try:
            path.unlink()
            outcome.removed.append(path)
        except OSError as exc:
            outcome.failed.append((path, faults.os_problem(exc)))
    for folder in folders:
        with suppress(OSError):
            folder.rmdir()  # only when empty: other databases' backups may share it
    outcome.log_entries = _forget_in_log(db_path, outcome)
    outcome.remembered_check = _forget_check(db_path, outcome)
    outcome.settings_entry = _forget_setting(outcome)
    for kind in found.keyring_entries:
        secrets.forget(kind, db_path)
    outcome.keyring_entries = found.keyring_entries
    return outcome


# -- the database and its backups ------------------------------------------------------------------


def _files_beside(db_path: Path) -> list[Path]:
    """The database, SQLite's and petdesk's files beside it, and the damaged or encrypted files a
    restore set aside."""
    beside = [db_path.with_name(db_path.name + extra) for extra in _BESIDE]
    damaged = sorted(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    damaged += sorted(db_path.parent.glob(f"{db_path.name}{backups.SET_ASIDE_MARK}*"))
    return [db_path, *beside, *damaged]


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def _counts(db_path: Path) -> dict[str, int] | None:
    from petdesk.services.stats import COUNTED, live_counts

    try:
        conn = connection.connect(db_path, readonly=True)
    except connection.PassphraseError:
        return None  # encrypted, and its passphrase is not known here
    except connection.FAILURES_OR_OS:
        return None
    try:
        tables = dict(COUNTED)  # keyed by kind of record ("contact"), as a backup's counts are
        return {tables[label]: n for label, n in live_counts(conn).items()}
    except connection.FAILURES:
        return None
    finally:
        conn.close()


def _unsent(db_path: Path) -> Unsent | None:
    try:
        conn = connection.connect(db_path, readonly=True)
    except connection.PassphraseError:
        return None
    except connection.FAILURES_OR_OS:
        return None
    try:
        return unsent_here(conn)
    except connection.FAILURES:
        return None  # no sync tables (a database older than the sync) or unreadable
    finally:
        conn.close()


def _refuse_if_open(db_path: Path) -> None:
    if (pid := backups.window_holding(db_path)) is not None:
        raise InUse(db_path, pid)
    if not db_path.is_file() or connection.is_encrypted(db_path):
        return  # an encrypted file cannot be locked without its passphrase; the window's lock is the sign
    if (locked := backups.write_lock_refused(db_path, 0.5)) is not None:
        raise InUse(db_path, None) from locked


# -- what petdesk remembers of it elsewhere -------------------------------------------------------------


def _key(db_path: Path) -> str:
    return str(db_path.resolve())


def _checks_file() -> Path:
    from petdesk.db import _checks_path

    return _checks_path()


def _load_checks() -> dict[str, object]:
    try:
        data = json.loads(_checks_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _forget_check(db_path: Path, outcome: Outcome) -> bool:
    checks = _load_checks()
    if checks.pop(_key(db_path), None) is None:
        return False
    return _rewrite(_checks_file(), json.dumps(checks), outcome)


def _log_entries(db_path: Path) -> tuple[list[str], list[str]]:
    """(entries kept, entries of this database) of the error log. An entry starts with ``--- time
    context``; it is this database's when it names the file, or when it names none and this is the
    database petdesk opens without ``--db`` (a ``petdesk search WORD`` ran on it). The file's name
    is enough: a log line too many removed costs nothing, one left behind may hold a name."""
    try:
        text = faults.log_path().read_text(encoding="utf-8", errors="replace")
    except OSError:
        return [], []
    entries = ["--- " + part for part in text.split("\n--- ") if part]
    if entries:
        entries[0] = entries[0].removeprefix("--- ")
    is_default = _key(db_path) == _key(default_db_path())
    kept: list[str] = []
    ours: list[str] = []
    for entry in entries:
        head = entry.split("\n", 1)[0]
        named = db_path.name in entry
        unnamed_default = is_default and "--db" not in head
        (ours if named or unnamed_default else kept).append(entry)
    return kept, ours


def _forget_in_log(db_path: Path, outcome: Outcome) -> int:
    kept, ours = _log_entries(db_path)
    if not ours:
        return 0
    text = "\n".join(entry.rstrip("\n") for entry in kept)
    return len(ours) if _rewrite(faults.log_path(), text + "\n" if text else "", outcome) else 0


def _settings_lines(path: Path) -> tuple[list[str], int | None]:
    """The settings file's lines and the index of the recently-opened line, if there is one."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except (OSError, ValueError):
        return [], None
    group = ""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            group = stripped[1:-1]
        elif group == _SETTINGS_GROUP and stripped.split("=", 1)[0].strip() == _SETTINGS_KEY:
            return lines, i
    return lines, None


def _forget_setting(outcome: Outcome) -> bool:
    path = settings_path()
    lines, index = _settings_lines(path)
    if index is None:
        return False
    del lines[index]
    return _rewrite(path, "".join(lines), outcome)


def _rewrite(path: Path, text: str, outcome: Outcome) -> bool:
    """Replace ``path``'s text (kept private), noting a failure in ``outcome``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        with suppress(OSError):
            tmp.unlink()
        outcome.failed.append((path, faults.os_problem(exc)))
        return False
    return True
