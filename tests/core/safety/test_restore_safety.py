"""Restoring a backup keeps offices and erasures apart (field test 5, defects 1, 4, 8 and 12)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.services import backups, privacy
from tests.core.privacy.test_erasure import leaks, make_person
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id
from tests.helpers.old_files import set_back_to


def _office_of(path: Path) -> tuple[str, str]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, name FROM office WHERE is_self = 1").fetchone()
    finally:
        con.close()


def test_another_office_s_backup_is_refused_even_over_an_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hub's backup restored onto a wiped laptop (a database without records) made the laptop
    a second hub, silently: both signed changes with one office id and parted for good."""
    hub = make_office(tmp_path / "hub", "Shanghai")
    hub_id = office_id(hub)
    hub_backup = backups.create(hub.path, backups.MANUAL).path
    hub.close()
    laptop = make_office(tmp_path / "laptop", "Laptop EU")
    laptop_id = office_id(laptop)
    path = str(laptop.path)
    laptop.close()
    capsys.readouterr()
    assert main(["--db", path, "restore", str(hub_backup)]) == 1
    err = capsys.readouterr().err
    assert f"backup of office Shanghai (id {hub_id})" in err and f"office Laptop EU (id {laptop_id})" in err
    assert "petdesk sync export --all" in err and "petdesk sync import" in err and "--take-over-office" in err
    assert _office_of(laptop.path) == (laptop_id, "Laptop EU")  # unchanged
    # Taking over says so, and does not send the laptop to ask its own old identity for a package.
    assert main(["--db", path, "restore", str(hub_backup), "--take-over-office"]) == 0
    out, err = capsys.readouterr()
    assert f"This installation is now office Shanghai (id {hub_id})." in out
    assert "stop using it" in err and "Laptop EU" not in err
    assert _office_of(laptop.path) == (hub_id, "Shanghai")


def test_a_new_computer_takes_its_office_s_backup_and_says_which_office_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = make_office(tmp_path / "hub", "Shanghai")
    hub_id = office_id(hub)
    hub_backup = backups.create(hub.path, backups.MANUAL).path
    hub.close()
    fresh = tmp_path / "new-computer" / "petdesk.sqlite"
    capsys.readouterr()
    assert main(["--db", str(fresh), "restore", str(hub_backup)]) == 0
    out, err = capsys.readouterr()
    assert f"This installation is now office Shanghai (id {hub_id})." in out
    assert "if another installation still works as office Shanghai, stop using it" in err
    # Restoring an office's own backup over itself says nothing of the kind.
    assert main(["--db", str(fresh), "restore", str(hub_backup)]) == 0
    out, err = capsys.readouterr()
    assert "This installation is now" not in out and "stop using it" not in err


def test_a_backup_from_before_an_erasure_does_not_bring_the_person_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_office(tmp_path / "dbs", "Chengdu")
    pid, _fid = make_person(db)
    older = backups.create(db.path, backups.MANUAL).path
    erased = privacy.erase(db, pid)
    path = str(db.path)
    db.close()
    capsys.readouterr()
    assert main(["--db", path, "restore", str(older)]) == 0
    out = capsys.readouterr().out
    assert f"{erased.total} records erased here after this backup was made were erased again." in out
    assert "(1 contact, 1 visit)." in out  # what was restored: the bystander and the visit
    assert leaks(db) == []  # no byte of the person in the file or its WAL
    assert main(["--db", path, "search", "Quixotewald"]) == 1
    csv = tmp_path / "all.csv"
    assert main(["--db", path, "export-contacts", "--out", str(csv)]) == 0
    assert "Quixotewald" not in csv.read_text("utf-8-sig") and "Bystander" in csv.read_text("utf-8-sig")
    con = sqlite3.connect(path)
    try:
        markers = con.execute("SELECT count(*) FROM sync_erasure WHERE person_id = ?", (pid,)).fetchone()[0]
    finally:
        con.close()
    assert markers == erased.total
    # The backup of the file as it was (taken before the restore) holds no one erased either.
    capsys.readouterr()
    assert main(["--db", path, "person", "backups", pid]) == 0
    listed = capsys.readouterr().out
    assert str(older) in listed and "before-restore" not in listed


def test_person_backups_lists_only_backups_that_hold_the_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Backups made before the person ever reached this office were listed as holding them, and
    the user was told to delete good restore points."""
    db = make_office(tmp_path / "dbs", "Chengdu")
    without = backups.create(db.path, backups.MANUAL).path
    pid, _fid = make_person(db)
    holding = backups.create(db.path, backups.MANUAL).path
    # A backup that cannot be opened may hold the person: it is named, with the reason.
    unreadable = holding.with_name(holding.name.replace("-manual", "9-manual"))
    unreadable.write_bytes(b"\x1f\x8b\x08\x00broken")
    path = str(db.path)
    db.close()
    capsys.readouterr()
    assert main(["--db", path, "person", "erase", pid, "--yes"]) == 0
    for command in ([], ["--db", path, "person", "backups", pid[:8]]):
        if command:
            assert main(command) == 0
        out = capsys.readouterr().out
        assert "1 backup made before the erasure still holds the person" in out
        assert str(holding) in out and str(without) not in out
        assert "1 backup made before the erasure may hold the person; it cannot" in out
        assert f"{unreadable}  ({unreadable} is damaged" in out


def test_an_import_that_changes_nothing_names_no_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """It printed "Imported. Backup taken before importing: None"."""
    hub = make_office(tmp_path / "dbs", "Shanghai")
    branch = make_office(tmp_path / "dbs", "Chengdu")
    make_person(hub)
    first, again = tmp_path / "first.pds", tmp_path / "again.pds"
    export(hub, first)
    export(hub, again)  # the same changes in a new package
    path = str(branch.path)
    hub.close()
    branch.close()
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", PASSPHRASE)
    assert main(["--db", path, "sync", "import", str(first)]) == 0
    assert "Backup taken before importing: " in capsys.readouterr().out
    assert main(["--db", path, "sync", "import", str(again)]) == 0
    out = capsys.readouterr().out
    assert "None" not in out and "Imported; nothing here changed, so no backup was kept." in out


@pytest.mark.skipif(os.name != "posix", reason="a file size limit (RLIMIT_FSIZE) stands for a full disk")
def test_a_backup_that_fails_for_want_of_space_leaves_no_file(tmp_path: Path) -> None:
    """On a full disk the copy's SQLite journal stayed in the target folder. A test cannot mount a
    small file system; a file size limit makes SQLite's writes fail the same way (a real full
    tmpfs was checked by hand)."""
    db = make_office(tmp_path / "dbs", "Shanghai")
    make_person(db)
    db.close()
    # Bigger than SQLite's page cache (2 MB): the copy then writes, and fails, before its commit.
    con = sqlite3.connect(db.path)
    with con:
        con.execute("INSERT INTO setting (key, value) VALUES ('padding', hex(randomblob(3000000)))")
    con.close()
    out = tmp_path / "stick"
    limit = db.path.stat().st_size // 2
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from petdesk.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, "--db", str(db.path), "backup", "--out", str(out / "hub-backup.gz")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert run.returncode == 1 and "petdesk: error: " in run.stderr
    assert sorted(p.name for p in out.iterdir()) == []


def test_backups_line_up_whatever_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = make_office(tmp_path / "dbs", "Shanghai")
    backups.create(db.path, backups.MANUAL)
    backups.create(db.path, "before-sync-import")
    db.close()
    capsys.readouterr()
    assert main(["--db", str(db.path), "backups"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert len(rows) == 2
    # Where each row's size ends: the same column in every row.
    ends = {re.search(r"\d+(\.\d)? [kM]B", row).end() for row in rows}  # type: ignore[union-attr]
    assert len(ends) == 1, rows


def test_restore_speaks_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The refusal and what a restore says, in the user's language (the catalogue of /work/main
    until this branch is merged)."""
    hub = make_office(tmp_path / "hub", "Shanghai")
    hub_id = office_id(hub)
    hub_backup = backups.create(hub.path, backups.MANUAL).path
    hub.close()
    laptop = make_office(tmp_path / "laptop", "Laptop EU")
    laptop.close()
    capsys.readouterr()
    assert main(["--lang", "zh_CN", "--db", str(laptop.path), "restore", str(hub_backup)]) == 1
    err = capsys.readouterr().err
    assert f"是办公室 Shanghai（编号 {hub_id}）的备份" in err and "--take-over-office" in err
    fresh = tmp_path / "new" / "petdesk.sqlite"
    assert main(["--lang", "zh_CN", "--db", str(fresh), "restore", str(hub_backup)]) == 0
    out, err = capsys.readouterr()
    assert f"本机现在是办公室 Shanghai（编号 {hub_id}）。" in out and "请停用它" in err


def test_a_backup_of_an_older_schema_is_upgraded_before_the_erasures_are_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup made before the version table was compacted (0023) is restored after an erasure:
    the erasure works on this petdesk's tables, so the backup is brought up to them first."""
    import shutil

    db = make_office(tmp_path / "dbs", "Chengdu")
    pid, _fid = make_person(db)
    db.close()
    old = tmp_path / "old" / db.path.name
    old.parent.mkdir()
    con = sqlite3.connect(db.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copyfile(db.path, old)
    set_back_to(old, "0022_search_compact")
    older = backups.create(old, backups.MANUAL).path
    erased = privacy.erase(db, pid)
    capsys.readouterr()
    assert main(["--db", str(db.path), "restore", str(older)]) == 0
    assert f"{erased.total} records erased here after this backup was made were erased again." in (
        capsys.readouterr().out
    )
    assert leaks(db) == []
    assert main(["--db", str(db.path), "search", "Quixotewald"]) == 1
    assert main(["--db", str(db.path), "check"]) == 0


@pytest.mark.skipif(os.name != "posix", reason="file modes as on POSIX")
def test_a_backup_restored_where_no_database_is_yet_is_private(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Restored on a new laptop, the whole office was mode 644 (field test 17 §2)."""
    hub = make_office(tmp_path / "hub", "Shanghai")
    hub_backup = backups.create(hub.path, backups.MANUAL).path
    hub.close()
    fresh = tmp_path / "new-laptop" / "petdesk.sqlite"
    old_umask = os.umask(0o022)
    try:
        assert main(["--db", str(fresh), "restore", str(hub_backup)]) == 0
    finally:
        os.umask(old_umask)
    assert fresh.stat().st_mode & 0o777 == 0o600, oct(fresh.stat().st_mode)
