"""Every command that opens a database, against every fault a database file meets in real life.

Locked by another writer, read-only file, read-only folder, full disk, a damaged page, a truncated
file, a file that is not a database and another program's SQLite file: the command ends with exit
code 0 (a read that still works) or 1 with ONE line on stderr and no traceback, and the file keeps
its bytes wherever nothing should have changed. Commands run in-process through
``petdesk.cli.main`` so the whole matrix stays fast.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import db as dbmod
from petdesk.cli import main
from petdesk.sync import service as sync_service
from tests.core.sync.helpers import TEST_KDF_N
from tests.helpers.fixtures import new_file_at
from tests.helpers.tt61d_cheap_package_key import cheap_package_key

__all__ = ["cheap_package_key"]  # the fixture, imported to be used here

PASSPHRASE = "correct horse battery staple"

#: (name, argv after --db PATH, writes?) — every command that opens the database.
COMMANDS: list[tuple[str, list[str], bool]] = [
    ("stats", ["stats"], False),
    ("office", ["office", "--name", "Other Office"], True),
    ("demo", ["demo", "--contacts", "5", "--seed", "77"], True),
    ("search", ["search", "wang"], False),
    ("search-offset", ["search", "--offset", "9000000000000000000", "wang"], False),
    ("reindex", ["reindex"], True),
    ("import-contacts", ["import-contacts", "{work}/people.csv"], True),
    ("export-contacts", ["export-contacts", "--format", "csv", "--out", "{work}/out.csv"], False),
    ("duplicates", ["duplicates"], False),
    ("merge-list", ["merge", "--list"], False),
    ("visits", ["visits"], False),
    ("trainings", ["trainings"], False),
    ("clashes", ["clashes"], False),
    (
        "calendar",
        ["calendar", "--from", "2020-01-01", "--to", "2030-01-01", "--out", "{work}/out.ics"],
        False,
    ),
    ("reminders", ["reminders"], False),
    ("dossier", ["dossier", "visit", "no-such-visit", "--out", "{work}/d.pdf"], False),
    ("sync-export", ["sync", "export", "--all", "--out", "{work}/out.pdsync"], False),
    ("sync-import", ["sync", "import", "{base}/in.pdsync"], True),
    ("sync-journal", ["sync", "journal"], False),
    ("sync-offices", ["sync", "offices"], False),
    ("sync-conflicts", ["sync", "conflicts"], False),
]

FAULTS = [
    "locked",
    "readonly-file",
    "readonly-folder",
    "disk-full",
    "damaged-page",
    "truncated",
    "not-a-database",
    "foreign",
]
#: Faults found when the file is opened: every command is refused and the file is not touched.
REFUSED_ON_OPEN = {"damaged-page", "truncated", "not-a-database", "foreign"}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Iterator[Path]:
    """A small petdesk database (a few contacts, a visit, a training) and a package for it, in a
    folder any user may enter (the read-only cases drop root's privileges). Both files start as
    copies of the session's new file: making them is not what is tested here."""
    folder = Path(tempfile.mkdtemp(prefix="petdesk-faults-"))
    folder.chmod(0o777)
    os.environ["PETDESK_SYNC_PASSPHRASE"] = PASSPHRASE
    src = new_file_at(empty_template, folder / "src.sqlite")
    assert main(["--db", str(src), "demo", "--contacts", "10", "--seed", "3"]) == 0
    other = new_file_at(empty_template, folder / "other.sqlite")
    assert main(["--db", str(other), "demo", "--contacts", "3", "--seed", "4"]) == 0
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(sync_service.export_changes.__kwdefaults__, "kdf_n", TEST_KDF_N)
        assert main(["--db", str(other), "sync", "export", "--all", "--out", str(folder / "in.pdsync")]) == 0
    dbmod.copy_database(src, folder / "base.sqlite")
    (folder / "base.sqlite").chmod(0o666)
    (folder / "in.pdsync").chmod(0o644)
    yield folder
    os.environ.pop("PETDESK_SYNC_PASSPHRASE", None)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _quiet_env(monkeypatch: pytest.MonkeyPatch, base: Path, cheap_package_key: None) -> None:
    logs = base / "logs"
    logs.mkdir(exist_ok=True)
    logs.chmod(0o777)
    monkeypatch.setenv("XDG_DATA_HOME", str(logs))
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PETDESK_LANG", "en")
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)


def _can_mount() -> bool:
    if os.geteuid() != 0:
        return False
    target = Path(tempfile.mkdtemp(prefix="petdesk-mnt-"))
    ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(target)], capture_output=True)
    if ok.returncode == 0:
        subprocess.run(["umount", str(target)], check=False)
    target.rmdir()
    return ok.returncode == 0


CAN_MOUNT = _can_mount()


@contextlib.contextmanager
def as_nobody() -> Iterator[None]:
    """Run as an unprivileged user, so that permissions count even when the tests run as root."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@contextlib.contextmanager
def faulty_database(fault: str, base: Path, work: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The base database with ``fault`` applied; yields its path while the fault lasts."""
    path = work / "petdesk.sqlite"
    shutil.copyfile(base / "base.sqlite", path)
    path.chmod(0o666)
    if fault == "locked":
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            yield path
        finally:
            holder.rollback()
            holder.close()
    elif fault == "readonly-file":
        path.chmod(0o444)
        with as_nobody():
            yield path
    elif fault == "readonly-folder":
        work.chmod(0o555)
        path.chmod(0o444)
        try:
            with as_nobody():
                yield path
        finally:
            work.chmod(0o777)
    elif fault == "disk-full":
        if CAN_MOUNT:
            mnt = work / "small"
            mnt.mkdir()
            size = path.stat().st_size + 160 * 1024
            subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mnt)], check=True)
            try:
                full = mnt / "petdesk.sqlite"
                shutil.copyfile(path, full)
                free = shutil.disk_usage(mnt).free  # leave a few pages free, no more
                with open(mnt / "filler", "wb") as fh:
                    fh.write(b"\0" * max(0, free - 8 * 4096))
                yield full
            finally:
                subprocess.run(["umount", "-l", str(mnt)], check=False)
        else:  # simulated SQLITE_FULL: the file may not grow by one page
            original = dbmod._on_connect

            def capped(conn: sqlite3.Connection, record: object) -> None:
                original(conn, record)
                pages = conn.execute("PRAGMA page_count").fetchone()[0]
                conn.execute(f"PRAGMA max_page_count = {pages}")

            monkeypatch.setattr(dbmod, "_on_connect", capped)
            yield path
    elif fault == "damaged-page":
        data = bytearray(path.read_bytes())
        page = 4096
        middle = (len(data) // page // 2) * page
        data[middle : middle + page] = os.urandom(page)
        data[3 * page : 3 * page + 64] = b"\xff" * 64
        path.write_bytes(bytes(data))
        yield path
    elif fault == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
        yield path
    elif fault == "not-a-database":
        path.write_bytes(b"Minutes of the meeting of 3 May, not a database.\n" * 200)
        yield path
    elif fault == "foreign":
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.executemany("INSERT INTO notes (body) VALUES (?)", [(f"note {i}",) for i in range(100)])
        conn.commit()
        conn.close()
        path.chmod(0o666)
        yield path
    else:  # pragma: no cover
        raise AssertionError(fault)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.suffix == ".sqlite"}


@pytest.mark.parametrize("fault", FAULTS)
def test_every_command_ends_in_one_sentence(
    fault: str,
    base: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    outcomes: dict[str, int] = {}
    if fault == "locked":  # sync export and import waited 120 s each for the lock: 242 s of CI
        monkeypatch.setattr(sync_service, "WRITE_PATIENCE_S", 0.25)  # the refusal, not the wait
    for name, argv, writes in COMMANDS:
        work = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=base))
        work.chmod(0o777)
        (work / "people.csv").write_text("family_name,given_name,email\nZhang,Wei,zw@example.org\n")
        with faulty_database(fault, base, work, monkeypatch) as path:
            before = path.read_bytes()
            args = [a.format(work=work, base=base) for a in argv]
            capsys.readouterr()
            code = main(["--db", str(path), *args])
            out, err = capsys.readouterr()
            after = path.read_bytes() if path.exists() else b""
        outcomes[name] = code
        if os.environ.get("PETDESK_FAULTS_SHOW"):
            print(f"{fault:16} {name:16} {code} {err.strip()[:150]}", file=sys.__stderr__)
        label = f"{fault} / {name}: exit {code}, stderr {err!r}"
        assert "Traceback" not in err and "Traceback" not in out, label
        assert code in (0, 1, 3), label
        if code == 1 and not err and out.startswith("Nothing matches"):
            pass  # search finds nothing (exit 1, like grep): the read worked
        elif code != 0:
            assert err.strip() and "\n" not in err.strip(), label
            assert err.startswith("petdesk: error: "), label
        if fault in REFUSED_ON_OPEN:
            assert code == 1, label
            assert after == before, label
        if fault in ("readonly-file", "readonly-folder") or (fault == "locked" and not writes):
            assert after == before, label
        shutil.rmtree(work, ignore_errors=True)
    if fault in ("locked", "readonly-file", "readonly-folder", "disk-full"):
        # commands that write cannot succeed (a sentence instead), reads go on working
        for name, _argv, writes in COMMANDS:
            if writes and name not in ("sync-import",):
                assert outcomes[name] == 1, f"{fault} / {name} succeeded"
