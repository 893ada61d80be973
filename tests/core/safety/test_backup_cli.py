"""petdesk backup / backups / restore / check on real files, and the retention rule."""

from __future__ import annotations

import datetime as dt
import gzip
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.types import stored_time
from petdesk.services import backups
from petdesk.services.backups import BackupInfo

TESTS_DATA = Path(__file__).resolve().parents[2] / "data"


def _live_contacts(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        conn.close()


def _digest(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump()).encode()
    finally:
        conn.close()


def _overwrite_middle_page(path: Path) -> None:
    pages = path.stat().st_size // 4096
    with open(path, "r+b") as fh:
        fh.seek((pages // 2) * 4096)
        fh.write(os.urandom(4096))


def test_backup_list_and_restore_latest(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(demo_db.path)
    assert main(["--db", path, "backup"]) == 0
    out = capsys.readouterr().out
    assert "200 contact" in out
    [made] = backups.backups_of(demo_db.path)
    assert made.reason == "manual" and made.ok and made.counts["contact"] == 200
    with gzip.open(made.path) as fh:
        assert fh.read(16) == b"SQLite format 3\x00"

    # Lose contacts, then restore the backup: the current file is backed up first.
    with demo_db.raw() as conn:
        deleted = stored_time(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        conn.execute("UPDATE contact SET deleted_at = ? WHERE rowid % 2 = 0", (deleted,))
    demo_db.close()
    assert _live_contacts(demo_db.path) < 200
    assert main(["--db", path, "restore", "--latest"]) == 0
    assert _live_contacts(demo_db.path) == 200
    reasons = [b.reason for b in backups.backups_of(demo_db.path)]
    assert reasons == ["before-restore", "manual"]

    assert main(["--db", path, "backups"]) == 0
    listing = capsys.readouterr().out
    assert "before-restore" in listing and "manual" in listing and "200 contact" in listing
    assert main(["--db", path, "check"]) == 0


def test_backup_out_file(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere" / "copy.gz"
    assert main(["--db", str(demo_db.path), "backup", "--out", str(out)]) == 0
    assert backups.preview(out)["contact"] == 200
    assert not backups.backups_of(demo_db.path)  # not in the backup folder


def test_backup_out_does_not_replace_a_file_without_force(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 53, §8: the handover backup on the stick was silently overwritten."""
    out = tmp_path / "usb" / "stuttgart-handover.gz"
    out.parent.mkdir()
    out.write_bytes(b"the last good copy")
    capsys.readouterr()

    assert main(["--db", str(demo_db.path), "backup", "--out", str(out)]) == 1

    assert f"{out} exists already; nothing was written" in capsys.readouterr().err
    assert out.read_bytes() == b"the last good copy"
    assert main(["--db", str(demo_db.path), "backup", "--out", str(out), "--force"]) == 0
    assert backups.preview(out)["contact"] == 200


@pytest.mark.parametrize("kind", ["damaged", "not a database", "truncated gzip", "other sqlite"])
def test_restore_refuses_bad_files(
    demo_db: Database, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_db.close()
    bad = tmp_path / "bad.sqlite"
    if kind == "damaged":
        shutil.copyfile(demo_db.path, bad)
        _overwrite_middle_page(bad)
    elif kind == "not a database":
        bad.write_text("name,email\nZhang Wei,zw@example.org\n")
    elif kind == "truncated gzip":
        main(["--db", str(demo_db.path), "backup", "--out", str(bad)])
        bad.write_bytes(bad.read_bytes()[:5000])
    else:
        sqlite3.connect(bad).execute("CREATE TABLE t (x)").connection.close()
    before = _digest(demo_db.path)
    capsys.readouterr()
    assert main(["--db", str(demo_db.path), "restore", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err
    assert _digest(demo_db.path) == before
    assert not backups.backups_of(demo_db.path)  # refused before anything was backed up


def test_check_finds_overwritten_page_and_points_to_backup(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db.path), "backup"]) == 0
    demo_db.close()
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_db.path, copy)
    assert main(["--db", str(copy), "check"]) == 0
    _overwrite_middle_page(copy)
    capsys.readouterr()
    assert main(["--db", str(copy), "check", "--repair"]) == 1
    out = capsys.readouterr().out
    assert "damage" in out and "no good backup" in out  # the copy's folder holds no backup
    # The original's folder has one: check names it.
    _overwrite_middle_page(demo_db.path)
    assert main(["--db", str(demo_db.path), "check"]) == 1
    assert "petdesk restore" in capsys.readouterr().out


def test_check_repairs_search_index_and_sync_log(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.raw() as conn:
        conn.execute("DROP TRIGGER search_fts_ad")
        conn.execute("DELETE FROM search_entry WHERE rowid IN (SELECT rowid FROM search_entry LIMIT 3)")
        conn.execute("INSERT OR IGNORE INTO sync_entity (name) VALUES ('contact')")
        conn.execute(
            "INSERT INTO sync_row_version (entity, row_id, base_hlc, base_office, fields, max_hlc) "
            "VALUES ((SELECT code FROM sync_entity WHERE name = 'contact'), 'no-such-id', 0, 0, NULL, 0)"
        )
    demo_db.close()
    path = str(demo_db.path)
    assert main(["--db", path, "check"]) == 1
    out = capsys.readouterr().out
    assert "search_fts_ad" in out and "missing from the search index" in out and "sync log" in out
    assert main(["--db", path, "check", "--repair"]) == 0
    assert "repaired" in capsys.readouterr().out
    assert main(["--db", path, "check"]) == 0
    assert main(["--db", path, "search", "zhang"]) == 0


def test_import_and_merge_take_backups(db: Database, tmp_path: Path) -> None:
    path = str(db.path)
    csv = TESTS_DATA / "import" / "contacts_outlook.csv"
    assert main(["--db", path, "import-contacts", str(csv), "--dry-run"]) == 0
    assert not backups.backups_of(db.path)
    assert main(["--db", path, "import-contacts", str(csv)]) == 0
    assert [b.reason for b in backups.backups_of(db.path)] == ["before-import"]
    # The same file again changes nothing, and keeps no backup (ten such pushed useful ones out).
    assert main(["--db", path, "import-contacts", str(csv)]) == 0
    assert [b.reason for b in backups.backups_of(db.path)] == ["before-import"]
    # A refused merge keeps no backup.
    assert main(["--db", path, "merge", "no-such", "other"]) == 1
    assert [b.reason for b in backups.backups_of(db.path)] == ["before-import"]


def test_backup_folder_setting(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "usb" / "petdesk-backups"
    assert main(["--db", str(db.path), "backups", "--folder", str(folder)]) == 0
    assert main(["--db", str(db.path), "backup"]) == 0
    assert len(list(folder.glob("*.gz"))) == 1
    assert main(["--db", str(db.path), "backups", "--default-folder"]) == 0
    assert backups.folder_for(db.path) == db.path.parent / "backups"


def _info(name: str, created: dt.datetime, reason: str) -> BackupInfo:
    return BackupInfo(path=Path(name), created=created, reason=reason, size=1)


def test_retention_rule_like_anki() -> None:
    start = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)
    # Two periodic backups a day for 400 days, 30 event backups, 3 manual ones.
    found = [_info(f"d{i}", start - dt.timedelta(hours=12 * i), "daily") for i in range(800)]
    found += [_info(f"e{i}", start - dt.timedelta(hours=i), "before-import") for i in range(30)]
    found += [_info(f"m{i}", start - dt.timedelta(days=300 * i), "manual") for i in range(3)]
    found.sort(key=lambda b: b.created, reverse=True)
    keep = backups.to_keep(found)
    kept = [b for b in found if b.path in keep]
    assert sum(b.reason == "manual" for b in kept) == 3
    assert [b.path.name for b in kept if b.reason == "before-import"] == [f"e{i}" for i in range(10)]
    periodic = [b for b in kept if b.periodic]
    days = {b.created.date() for b in periodic}
    assert len(periodic) == len(days)  # at most one per day
    assert {start.date() - dt.timedelta(days=i) for i in range(7)} <= days
    months = {(b.created.year, b.created.month) for b in periodic}
    assert len(months) == 12
    assert len(periodic) <= 7 + 4 + 12


def test_periodic_backup_only_when_due(db: Database) -> None:
    assert backups.backup_if_due(db.path) is not None
    assert backups.backup_if_due(db.path) is None
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1, minutes=1)
    assert backups.is_due(db.path, now=later)


def test_bulk_delete_takes_a_backup_and_a_failed_write_keeps_none(db: Database) -> None:
    with backups.guard_bulk(db.path, 3):
        pass
    assert not backups.backups_of(db.path)  # a few records: Undo is enough
    with pytest.raises(RuntimeError), backups.guard_bulk(db.path, backups.BULK_DELETE):
        raise RuntimeError("the delete failed")
    assert not backups.backups_of(db.path)
    with backups.guard_bulk(db.path, backups.BULK_DELETE):
        pass
    assert [b.reason for b in backups.backups_of(db.path)] == ["before-delete"]


def test_backup_of_a_large_file_reports_progress_on_stderr(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from petdesk.cli import safety

    out = tmp_path / "small.gz"
    assert main(["--db", str(demo_db.path), "backup", "--out", str(out)]) == 0
    assert capsys.readouterr().err == ""  # a small file: quiet
    monkeypatch.setattr(safety, "PROGRESS_FROM_BYTES", 0)
    monkeypatch.setattr(backups, "_PACK_CHUNK", 64 << 10)
    assert main(["--db", str(demo_db.path), "backup", "--out", str(tmp_path / "large.gz")]) == 0
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0] == "backup: 0%" and lines[-1] == "backup: 100%" and len(lines) >= 4
    assert captured.out.startswith("Backup written: ")


def test_restore_of_another_office_s_backup_asks_for_it(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup of office B restored over office A's records made both installations one office."""
    other = tmp_path / "bonn.sqlite"
    assert main(["--db", str(other), "office", "--name", "Bonn Office"]) == 0
    copy = tmp_path / "bonn-backup.gz"
    assert main(["--db", str(other), "backup", "--out", str(copy)]) == 0
    path = str(demo_db.path)
    demo_db.close()
    capsys.readouterr()
    # --yes: Bonn's backup holds fewer records than the database; the office is still asked for
    assert main(["--db", path, "restore", str(copy), "--yes"]) == 1
    assert "is a backup of office Bonn Office (id " in capsys.readouterr().err
    assert _live_contacts(demo_db.path) == 200  # unchanged
    # The option's earlier name still works.
    assert main(["--db", path, "restore", str(copy), "--other-office", "--yes"]) == 0
    assert _live_contacts(demo_db.path) == 0
    # Where there is no database yet (a new computer), the office's backup is restored.
    fresh = tmp_path / "laptop" / "petdesk.sqlite"
    assert main(["--db", str(fresh), "restore", str(copy)]) == 0


def test_backup_to_a_folder_that_takes_no_file_names_the_folder(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "cannot back up petdesk.sqlite (unable to open database file)": the database's fault."""
    assert main(["--db", str(demo_db.path), "backup", "--out", "/proc/petdesk-backup.gz"]) == 1
    err = capsys.readouterr().err
    assert "cannot write the backup to /proc" in err and "cannot back up" not in err


@pytest.mark.skipif(os.name != "posix", reason="file modes and process ids as on POSIX")
def test_backups_are_private_and_a_killed_backup_s_copy_is_cleared(demo_db: Database, tmp_path: Path) -> None:
    """Backups were mode 644 beside a 600 database (the unencrypted one taken before `encrypt`
    too), and a killed backup left its uncompressed copy of the whole database, hidden, for ever."""
    import subprocess
    import sys

    old_umask = os.umask(0o022)
    try:
        info = backups.create(demo_db.path, backups.MANUAL)
        out = backups.create(demo_db.path, backups.MANUAL, out=tmp_path / "for-the-stick.gz")
    finally:
        os.umask(old_umask)
    for path in (info.path, Path(f"{info.path}{backups.SIDECAR}"), out.path):
        assert path.stat().st_mode & 0o077 == 0, (path, oct(path.stat().st_mode))
    # The copy a killed backup leaves: named after a process that has ended.
    script = "import os; print(os.getpid())"
    ended = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    folder = info.path.parent
    stray = folder / f".{demo_db.path.name}-20261204T120000Z-manual.gz.db-{ended.stdout.strip()}"
    stray.write_bytes(demo_db.path.read_bytes())
    mine = folder / f".{demo_db.path.name}-20261204T120000Z-manual.gz.db-{os.getpid()}x"  # not a process id
    mine.write_bytes(b"keep")
    backups.create(demo_db.path, backups.MANUAL)
    assert not stray.exists() and mine.exists()


def test_backup_and_backups_in_chinese(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(demo_db.path)
    assert main(["--lang", "zh_CN", "--db", path, "backup"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("备份已写入：") and "联系人 200、" in out and "contact" not in out
    assert main(["--lang", "zh_CN", "--db", path, "backups"]) == 0
    head, row = capsys.readouterr().out.splitlines()
    assert head.startswith(f"{path} 的备份（位于 ") and head.endswith("）：1 个")
    assert "  手动创建         " in row and "联系人 200" in row and row.endswith("-manual.gz")
    # English: counted as English counts ("200 contact" until field test 20)
    assert main(["--lang", "en", "--db", path, "backups"]) == 0
    head, row = capsys.readouterr().out.splitlines()
    assert head.startswith(f"Backups of {path} in ") and head.endswith(": 1")
    assert "  manual           " in row and ", 200 contacts, " in row
