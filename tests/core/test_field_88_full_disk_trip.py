"""Field test 88: Mr. Tang Hao on a trip, with an old office laptop whose disk is nearly full and a
cheap USB stick that fills up. He imports a 3,000-row Outlook export, the laptop's battery dies in
the middle of an import, he writes a sync package, a dossier, a partner overview and a backup to the
stick. Every failure must say plainly what happened and which file, nothing half-written may stay
under its final name, and the database must stay whole: the import done or undone as one.

The full disk is simulated with RLIMIT_FSIZE (``tests.helpers.file_limit``): the system refuses a
write past the limit (EFBIG), as a full disk refuses one; the field test itself also used real
tmpfs mounts of a few MB (ENOSPC), which a test cannot make. The battery dying is SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import open_database
from petdesk.dossier.partner_overview import build_partner_overview
from petdesk.services import backups
from tests.core.faults.test_import_full_disk import contacts, outlook_csv, room_for_backup_only
from tests.helpers.file_limit import file_size_limit
from tests.helpers.tt61d_cheap_package_key import cheap_package_key

__all__ = ["cheap_package_key"]  # the fixture, imported to be used here

SYNC_PASSPHRASE = "granite willow 88 harbour"
ROWS = 3_000


def _visible(folder: Path) -> list[str]:
    """The files a person sees on the stick (work files start with a dot)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def _whole(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def _killed_during_import(db: Path, file: Path) -> None:
    """Run the import as its own process and SIGKILL it once it has reported progress."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "petdesk", "--db", str(db), "import-contacts", str(file)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    for line in proc.stderr:  # "import-contacts outlook.csv: 10% (300 / 3,000)": mid-import
        if "%" in line:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stderr.close()


def test_a_trip_with_a_full_laptop_and_a_full_stick(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    new_database_file: Callable[[Path], Path],
    cheap_package_key: None,  # the package fails at its write: its key derivation is not the point
) -> None:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", SYNC_PASSPHRASE)
    laptop, stick = tmp_path / "laptop", tmp_path / "stick"
    laptop.mkdir()
    stick.mkdir()
    db = new_database_file(laptop / "petdesk.sqlite")  # a copy of the session's new file
    assert main(["--db", str(db), "demo", "--contacts", "40", "--seed", "8"]) == 0
    before = contacts(db)
    file = outlook_csv(tmp_path / "outlook.csv", ROWS)

    # 1. The import on a laptop with room for the backup only: plain words, the database named.
    capsys.readouterr()
    with file_size_limit(room_for_backup_only(db)):
        assert main(["--db", str(db), "import-contacts", str(file)]) == 1
    err = capsys.readouterr().err
    assert f"writing to the database {db} failed" in err and "INSERT" not in err, err
    assert contacts(db) == before
    _whole(db)
    assert backups.backups_of(db) == []  # the import's backup went with the import

    # 2. The battery dies mid-import: on restart nothing of the import is there, the file is whole.
    _killed_during_import(db, file)
    assert contacts(db) in (before, before + ROWS)  # never a part of the file
    _whole(db)
    assert main(["--db", str(db), "check"]) == 0

    # 3. With room again the import goes through whole.
    assert main(["--db", str(db), "import-contacts", "--on-match", "skip", str(file)]) == 0
    assert contacts(db) == before + ROWS

    # 4. The stick fills up: a package, a dossier, a backup, an export and an overview each fail
    # plainly, naming the file, and leave nothing under the name.
    capsys.readouterr()
    with file_size_limit(64 * 1024):  # the database's shared memory fits, none of these files
        for argv, out in [
            (["sync", "export", "--all", "--out"], stick / "to-beijing.petdesk-sync"),
            (["backup", "--out"], stick / "petdesk-backup.gz"),  # names the stick's folder
            (["export-contacts", "--out"], stick / "contacts.xlsx"),
        ]:
            assert main(["--db", str(db), *argv, str(out)]) == 1, argv
            err = capsys.readouterr().err
            assert str(stick) in err and "Errno" not in err and "File too large" not in err, err
            assert "I/O error" not in err, err
        visit = _first_visit(db)
        assert main(["--db", str(db), "dossier", "visit", visit, "--out", str(stick / "visit.pdf")]) == 1
        assert "FAT32" in capsys.readouterr().err
    with file_size_limit(40 * 1024), pytest.raises(OSError):  # a one-page overview is some 60 KB
        build_partner_overview(open_database(db), _first_organisation(db), stick / "partner.pdf")
    assert _visible(stick) == []
    _whole(db)
    assert contacts(db) == before + ROWS


def _first_visit(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT id FROM visit ORDER BY start_date DESC LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def _first_organisation(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT id FROM organisation LIMIT 1").fetchone()[0])
    finally:
        conn.close()
