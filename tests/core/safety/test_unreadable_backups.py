"""Backups that cannot be read (a link whose target is gone, a folder, a cut or damaged file) are
listed with a plain reason, and the other backups still are; backups in the folders chosen before
the current one are listed, marked, and counted in the warning about plain backups."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import backups, encryption

PASSPHRASE = "tulip harbour 47 lantern"


def _broken_backups(db: Database) -> tuple[backups.BackupInfo, dict[str, Path]]:
    """A good backup and, beside it, one unreadable backup of each kind, by its expected problem."""
    good = backups.create(db.path, backups.MANUAL)
    folder, name = good.path.parent, db.path.name
    gone = folder / f"{name}-20260101T000000000000Z-manual.gz"
    gone.symlink_to(folder / "on-a-stick-not-plugged-in.gz")
    not_a_file = folder / f"{name}-20250101T000000000000Z-manual.gz"
    not_a_file.mkdir()
    short = folder / f"{name}-20240101T000000000000Z-manual.gz"
    short.write_bytes(good.path.read_bytes()[:12])
    damaged = folder / f"{name}-20230101T000000000000Z-manual.gz"
    damaged.write_bytes(good.path.read_bytes()[:10] + os.urandom(3000))
    # a cut copy whose sidecar says how long it was (the start still reads)
    cut = folder / f"{name}-20220101T000000000000Z-daily.gz"
    cut.write_bytes(good.path.read_bytes()[: good.size // 2])
    sidecar = json.loads(Path(f"{good.path}.json").read_text(encoding="utf-8"))
    Path(f"{cut}.json").write_text(json.dumps({**sidecar, "reason": "daily"}), encoding="utf-8")
    return good, {"gone": gone, "not-a-file": not_a_file, "short": short, "damaged": damaged, "cut": cut}


def test_unreadable_backups_come_back_with_their_problem(db: Database) -> None:
    good, broken = _broken_backups(db)
    for expected, path in broken.items():
        info = backups.read_info(path)
        assert info.problem == ("short" if expected == "cut" else expected), path
        assert not info.ok and not info.encrypted
    assert backups.read_info(good.path).problem == ""
    listed = backups.backups_of(db.path)
    assert len(listed) == 6 and [b.path for b in listed if not b.problem] == [good.path]


def test_backups_lists_the_unreadable_ones_and_goes_on(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    good, broken = _broken_backups(db)
    assert main(["--db", str(db.path), "backups"]) == 0
    out = capsys.readouterr().out
    assert good.path.name in out
    for path in broken.values():
        assert path.name in out
    assert "UNREADABLE: the file it points to is gone" in out
    assert "UNREADABLE: not a file" in out
    assert "UNREADABLE: the file is damaged" in out
    assert out.count("UNREADABLE: the file is cut short") == 2
    assert main(["--db", str(db.path), "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["backups"]
    assert {b["file"]: b["problem"] for b in listed}[broken["gone"].name] == "gone"


def test_pruning_and_the_next_backup_pass_over_unreadable_ones(db: Database) -> None:
    """A folder or a dead link among the backups is left to the user, and is no recent copy."""
    _good, broken = _broken_backups(db)
    for path in broken.values():
        os.utime(path, follow_symlinks=False)  # as new as can be
    backups.prune(backups.folder_for(db.path), db.path.name)
    assert all(p.is_symlink() or p.exists() for p in broken.values())


def _moved_folder(db: Database, tmp_path: Path) -> tuple[Path, Path]:
    """A backup made in the default folder, then the folder changed and a backup made there."""
    earlier = backups.create(db.path, backups.MANUAL).path
    conn = db.raw()
    try:
        backups.set_folder(conn, tmp_path / "moved")
    finally:
        conn.close()
    now = backups.create(db.path, backups.MANUAL).path
    assert now.parent == (tmp_path / "moved").resolve()
    return earlier, now


def test_backups_in_an_earlier_folder_are_listed_and_marked(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier, now = _moved_folder(db, tmp_path)
    assert main(["--db", str(db.path), "backups"]) == 0
    out = capsys.readouterr().out
    assert f"Backups of {db.path} in {now.parent}: 1" in out
    [line] = [line for line in out.splitlines() if earlier.name in line]
    assert str(earlier) in line and "(in an earlier folder)" in line
    assert now.name in out and "(in an earlier folder)" not in next(
        line for line in out.splitlines() if now.name in line
    )
    marks = {b.path: b.earlier_folder for b in backups.backups_everywhere(db.path)}
    assert marks == {earlier: True, now: False}
    # deleted by the name listed, as those of the current folder are
    assert main(["--db", str(db.path), "backups", "--delete", earlier.name, "--yes"]) == 0
    assert not earlier.exists() and now.exists()


def test_encrypting_warns_about_plain_backups_in_earlier_folders(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier, now = _moved_folder(db, tmp_path)
    db.close()
    result = encryption.encrypt(db.path, PASSPHRASE)
    try:
        assert set(result.plain_backups) == {earlier, now}
        with gzip.open(earlier) as fh:
            assert fh.read(16) == connection.SQLITE_HEADER
    finally:
        connection._passphrases.clear()
        connection._latest = None
    shutil.rmtree(tmp_path / "moved")


def test_the_encrypt_command_names_the_earlier_folder(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    earlier, now = _moved_folder(db, tmp_path)
    db.close()
    pfile = tmp_path / "pass.txt"
    pfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    try:
        assert main(["--db", str(db.path), "--passphrase-file", str(pfile), "encrypt"]) == 0
    finally:
        connection._passphrases.clear()
        connection._latest = None
    out = capsys.readouterr().out
    assert "Warning: 2 older backups in" in out
    assert str(earlier.parent) in out and str(now.parent) in out
