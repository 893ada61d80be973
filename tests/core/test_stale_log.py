"""Field test 70, the lost file: a sync program put the write-ahead log of an OLDER state of the shared
database beside a newer ``petdesk.sqlite``, and the first command that opened it let SQLite replay
that log: the file was truncated and damaged for good although the main file alone was intact.

petdesk now tries the pair on copies first and sets a stale log aside; the file's own log (this
computer's petdesk killed before it checkpointed) is replayed as always, and a log another running
process owns is never touched."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import connection, stale_log
from petdesk.cli import main
from petdesk.db import Database, open_database
from tests.helpers.stale_pair import StalePair, add_contacts
from tests.helpers.tree_catalogue import tree_catalogue
from tests.helpers.tt61a_stale_pair import built_stale_pair

# the fixtures: this tree's Chinese, and the stale pair written in one flush
__all__ = ["built_stale_pair", "tree_catalogue"]

ROOT = Path(__file__).resolve().parents[2]


def _family_names(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT family_name FROM contact WHERE deleted_at IS NULL")}
    finally:
        conn.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_an_older_states_log_is_set_aside_and_the_file_stays_whole(
    stale_db: StalePair, capsys: pytest.CaptureFixture[str]
) -> None:
    old_log, names, path = stale_db.old_log, stale_db.names, stale_db.path
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(path), "search", "Neu2999"]) == 0
    captured = capsys.readouterr()
    assert "Neu2999" in captured.out
    assert "an older state of this file" in captured.err and "moved (not deleted)" in captured.err
    set_aside = list(path.parent.glob(f"{path.name}-wal.stale-*"))
    assert len(set_aside) == 1 and str(set_aside[0]) in captured.err
    assert set_aside[0].read_bytes() == old_log.read_bytes()  # kept whole, never deleted
    assert _integrity(path) == "ok"
    assert _family_names(path) == names


def test_the_window_is_told_through_the_database(stale_db: StalePair) -> None:
    opened = open_database(stale_db.path)
    try:
        assert opened.set_aside is not None
        assert opened.set_aside.log.name.startswith(f"{stale_db.path.name}-wal.stale-")
        assert opened.set_aside.log.exists()
    finally:
        opened.close()
    assert _integrity(stale_db.path) == "ok"


@pytest.mark.usefixtures("tree_catalogue")
def test_the_notice_in_chinese(tmp_path: Path) -> None:
    done = stale_log.SetAside(tmp_path / "office.sqlite", tmp_path / "office.sqlite-wal.stale-20261206-0600")
    said = stale_log.notice(done, "zh_CN")
    assert "同步" in said and "没有删除" in said and str(done.log) in said


CHILD = """
import sys
from petdesk.db import open_database
from petdesk.services import contacts as contact_service
db = open_database(sys.argv[1])
for i in range(20):
    with db.transaction() as session:
        contact_service.create_contact(session, family_name=f"Getippt{i:02d}", given_name="Anke")
print("saved", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def child_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "XDG_DATA_HOME": str(tmp_path / "child-data")}


@pytest.fixture
def holder(db: Database, child_env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """Another petdesk that saved 20 contacts and still has the file open."""
    add_contacts(db, ["Zuerst"])
    db.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db.path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=child_env, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "saved"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=120)


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and POSIX locks")
def test_the_files_own_log_after_a_kill_is_replayed(db: Database, holder: subprocess.Popen[str]) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=120)
    wal = Path(f"{db.path}-wal")
    assert wal.stat().st_size > 0  # the saves are only in the log
    assert not stale_log.owned_elsewhere(db.path)
    opened = open_database(db.path)
    try:
        assert opened.set_aside is None
    finally:
        opened.close()
    assert not list(db.path.parent.glob("*.stale-*"))
    assert _family_names(db.path) == {"Zuerst", *(f"Getippt{i:02d}" for i in range(20))}
    assert _integrity(db.path) == "ok"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")
def test_a_log_another_process_holds_is_left_alone(db: Database, holder: subprocess.Popen[str]) -> None:
    wal = Path(f"{db.path}-wal")
    before = wal.stat()
    assert before.st_size > 0
    assert stale_log.owned_elsewhere(db.path)
    assert stale_log.guard(db.path) is None
    assert wal.stat().st_ino == before.st_ino and not list(db.path.parent.glob("*.stale-*"))
    opened = open_database(db.path)  # reads beside the other process, as field test 70 did
    try:
        assert opened.set_aside is None
    finally:
        opened.close()
    assert "Getippt19" in _family_names(db.path)
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=120)
    assert not stale_log.owned_elsewhere(db.path)


def _encrypted_stale_pair(path: Path, tmp_path: Path) -> None:
    """An SQLCipher file at state B beside its state A's log."""
    conn = connection.connect(path, passphrase="Hamburg-2026", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("CREATE INDEX note_body ON note (body)")
    conn.executemany("INSERT INTO note (body) VALUES (?)", [(f"Z{i}" * 40,) for i in range(1000)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as in petdesk's files, the log holds a few pages
    conn.execute("INSERT INTO note (body) VALUES ('A')")
    old_log = tmp_path / "state-a.wal"
    shutil.copyfile(f"{path}-wal", old_log)
    conn.executemany("INSERT INTO note (body) VALUES (?)", [(f"B{i}" * 40,) for i in range(3000)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copyfile(old_log, f"{path}-wal")


@pytest.mark.skipif(connection.sqlcipher3 is None, reason="SQLCipher")
def test_an_encrypted_files_log_is_judged_only_with_its_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    _encrypted_stale_pair(path, tmp_path)
    connection.set_passphrase(path, None)
    assert stale_log.guard(path) is None  # no key: the log cannot be judged, and is left
    assert Path(f"{path}-wal").stat().st_size > 0
    done = stale_log.guard(path, "Hamburg-2026")
    assert done is not None and done.log.exists()
    conn = connection.connect(path, passphrase="Hamburg-2026")
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM note").fetchone()[0] == 4001
    finally:
        conn.close()


def test_a_log_brought_again_during_the_trial_is_not_moved(
    stale_db: StalePair, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 50b: the copies take a while on a large file, and a sync program may deliver another
    log meanwhile; the guard moved whatever lay there then, a log it never judged."""
    old_log, path = stale_db.old_log, stale_db.path
    wal = Path(f"{path}-wal")
    judge = stale_log._log_damages

    def judged_then_brought_again(path: Path, log: Path, passphrase: str | None) -> bool | None:
        damages = judge(path, log, passphrase)  # the real trial on copies
        shutil.copyfile(old_log, wal)  # the sync program writes the log again
        later = wal.stat().st_mtime_ns + 2_000_000_000
        os.utime(wal, ns=(later, later))
        return damages

    monkeypatch.setattr(stale_log, "_log_damages", judged_then_brought_again)
    assert stale_log.guard(path) is None
    assert wal.stat().st_size > 0 and not list(path.parent.glob("*.stale-*"))
    monkeypatch.setattr(stale_log, "_log_damages", judge)
    assert stale_log.guard(path) is not None  # judged again at the next start, and set aside
    assert not wal.exists() and len(list(path.parent.glob("*.stale-*"))) == 1
