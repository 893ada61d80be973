"""Field test 66: upgrade day. Jonas Weber, the agency's IT person, moves twelve laptops from the
version of stop 48 (schema 0049) to today's (0051: kana readings stored Japanese, an index on finance
leads). The first start upgrades each file behind a backup; nothing is lost, search finds the same
people, the backup restores, and a laptop put back on the old version (the backup restored, a week's
work added) gets a fresh backup on its next upgrade rather than the stale first one."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk.db import code_heads, file_revisions, make_upgrade_engine, open_database, upgrade
from petdesk.services import backups, search
from petdesk.sync import hlc
from tests.core.test_migration_honorifics import V1_DB
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401  (a fixture)

OLD = "0049_traditional_han"
_NOTE = "met at the trade fair"


@pytest.fixture(scope="module")
def laptop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office file as stop 48 left it: schema 0049, a person saved Chinese though read in kana."""
    path = tmp_path_factory.mktemp("old") / "office.sqlite"
    shutil.copy(V1_DB, path)
    engine = make_upgrade_engine(path)
    upgrade(engine, OLD)
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        first = "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
        [sato] = conn.execute(first).fetchone()
        conn.execute(
            "UPDATE contact SET family_name_zh = '佐藤', given_name_zh = '浩', "
            "phonetic_family_name = 'さとう', phonetic_given_name = 'ひろし', native_name_language = '' "
            "WHERE id = ?",
            [sato],
        )
    conn.close()
    return path


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'search_%'"  # the index is rebuilt for the kana reading: not data
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _office_file(laptop_file: Path, folder: Path) -> Path:
    path = folder / "office.sqlite"
    shutil.copyfile(laptop_file, path)
    return path


def test_first_start_upgrades_behind_a_backup_that_restores_and_loses_nothing(
    laptop_file: Path, tmp_path: Path
) -> None:
    path = _office_file(laptop_file, tmp_path)
    before = _counts(path)
    assert before["contact"] > 0 and "finance_lead" in before

    db = open_database(path)
    try:
        assert file_revisions(db.engine) == code_heads()
        assert db.upgraded is not None and db.upgraded.old == {OLD}
        backup = db.upgraded.backup
        search.catch_up(db)  # as the window and the search command do first
        with db.reading() as s:
            found = [r.entity_id for r in search.search(s, "さとう", kind=search.CONTACT)]
            assert len(found) == 1
            [(language,)] = (
                search._dbapi(s)
                .execute("SELECT native_name_language FROM contact WHERE id = ?", found)
                .fetchall()
            )
            assert language == "ja"  # 0050 stored what the kana reading says
            index = (
                search._dbapi(s)
                .execute("SELECT 1 FROM sqlite_master WHERE name = 'ix_finance_lead_investor_contact_id'")
                .fetchall()
            )
            assert index  # 0051
    finally:
        db.close()
    after = _counts(path)
    records = {t for t in before if not t.startswith("sync_")}
    assert {t: after[t] for t in records} == {t: before[t] for t in records}  # no record lost or added
    assert after["sync_change"] == before["sync_change"] + 1  # 0050's edit, recorded so that it travels

    assert backup is not None and backup.exists()
    [info] = [b for b in backups.backups_of(path) if b.path == backup]
    assert info.ok and info.schema == OLD
    backups.restore(path, backup)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(OLD,)]
    finally:
        conn.close()
    assert _counts(path) == before


def test_a_second_upgrade_after_a_restore_and_older_work_backs_up_that_work(
    laptop_file: Path, tmp_path: Path
) -> None:
    """Defect 1: the upgrade reused its first backup whatever had happened since, so a laptop put
    back on the old version for a week was upgraded again behind a copy without that week."""
    path = _office_file(laptop_file, tmp_path)
    db = open_database(path)
    db.close()
    assert db.upgraded is not None and db.upgraded.backup is not None
    first = db.upgraded.backup
    backups.restore(path, first)

    # The old version at work: an edit, which moves the office's sync clock on as every save did.
    conn = sqlite3.connect(path)
    with conn:
        row = conn.execute("SELECT value FROM sync_state WHERE key = ?", [hlc.STATE_KEY]).fetchone()
        ms, counter = hlc.decode(row[0] if row else hlc.ZERO)
        conn.execute(
            "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
            [hlc.STATE_KEY, hlc.encode(ms + 60_000, counter)],
        )
        conn.execute(f"UPDATE contact SET notes = '{_NOTE}' WHERE id = (SELECT min(id) FROM contact)")
    conn.close()

    again = open_database(path)
    again.close()
    assert again.upgraded is not None
    second = again.upgraded.backup
    assert second is not None and second != first
    with backups.unpacked(second, tmp_path) as copy:
        kept = sqlite3.connect(copy)
        try:
            assert kept.execute("SELECT count(*) FROM contact WHERE notes = ?", [_NOTE]).fetchone() == (1,)
        finally:
            kept.close()


def test_an_attempt_after_a_failed_one_still_reuses_its_backup(laptop_file: Path, tmp_path: Path) -> None:
    """The reuse the check keeps: the same data (a killed or failed attempt) gets no second copy."""
    from petdesk.db import backup_path

    path = _office_file(laptop_file, tmp_path)
    made = backups.create(path, f"before-upgrade-{OLD}").path
    assert backup_path(path, {OLD}) == made


@pytest.mark.skipif(os.name != "posix", reason="process ids as on POSIX")
def test_the_packed_part_of_a_killed_upgrade_backup_goes_with_the_next_backup(
    laptop_file: Path, tmp_path: Path
) -> None:
    """Defect 2: kill -9 during the upgrade's backup left the hidden ``.NAME.gz.PID-XXXX.part`` (72 MB
    of the 100,000-contact file) until a backup an hour later pruned it: a backup's name carries its
    time, so the retry's backup, written to another name, did not remove it, and found that much less
    space. The uncompressed copy beside it was already removed."""
    path = _office_file(laptop_file, tmp_path)
    folder = backups.folder_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    killed = f".{path.name}-20261206T030636811666Z-before-upgrade-{OLD}.gz"
    part = folder / f"{killed}.{_ended_pid()}-ef3e4349.part"
    part.write_bytes(b"\x1f\x8b half a packed database")
    raw = folder / f"{killed}.db-{_ended_pid()}"
    raw.write_bytes(b"SQLite format 3\0 the whole database")
    running = folder / f"{killed}.{os.getpid()}-0badc0de.part"  # a writer still at work: kept
    running.write_bytes(b"\x1f\x8b")

    db = open_database(path)  # the upgrade takes its backup again
    db.close()
    assert db.upgraded is not None and db.upgraded.backup is not None
    assert not part.exists() and not raw.exists()
    assert running.exists()


def _ended_pid() -> int:
    """The id of a process that has just ended."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


def test_the_upgraded_laptop_s_package_is_one_the_old_version_reads_and_carries_the_kana_fix(
    laptop_file: Path, tmp_path: Path
) -> None:
    """Offices upgrade one at a time: the package of an upgraded laptop names no local revision
    (0050 and 0051 change only this office's file; until round 51's exchanged columns, 0054 and
    0055, it named stop 48's schema), and carries 0050's edit, so the other offices receive it as
    an ordinary change rather than keeping the Chinese treatment."""
    from petdesk.sync import package as pkg
    from petdesk.sync import service
    from tests.core.sync.helpers import PASSPHRASE, export, make_office

    path = _office_file(laptop_file, tmp_path)
    tokyo = open_database(path)
    osaka = make_office(tmp_path / "osaka", "Osaka office")
    try:
        sent = tmp_path / "tokyo.petdesk-sync"
        export(tokyo, sent)
        schema = pkg.read(sent, PASSPHRASE).manifest["schema"]
        assert schema == service.content_revisions(code_heads())
        assert not {"0050_kana_readings", "0051_finance_lead_investor_index"} & set(schema)
        result = service.import_package(osaka, sent, PASSPHRASE, backup=False)
        assert result.applied and not result.conflicts
        conn = sqlite3.connect(osaka.path)
        try:
            languages = conn.execute(
                "SELECT native_name_language FROM contact WHERE phonetic_family_name = 'さとう'"
            ).fetchall()
        finally:
            conn.close()
        assert languages == [("ja",)]
    finally:
        tokyo.close()
        osaka.close()


@pytest.mark.usefixtures("tree_catalogue")
def test_the_upgrade_backup_outlives_a_day_of_imports(laptop_file: Path, tmp_path: Path) -> None:
    """Defect 3: the backup taken before the upgrade counted as one of the last 10 event backups, so
    ten contact or sync imports on upgrade day removed the only copy the old version can open, while
    the notice still named it. The newest one is kept until the next upgrade; older ones age out."""
    from petdesk.services import privacy

    path = _office_file(laptop_file, tmp_path)
    older = backups.create(path, "before-upgrade-0048_peer_schema").path  # an earlier upgrade's
    db = open_database(path)
    try:
        assert db.upgraded is not None and db.upgraded.backup is not None
        upgrade_backup = db.upgraded.backup
        for _ in range(backups.KEEP_EVENTS + 1):  # each import backs up first, then prunes
            backups.create(path, "before-sync-import")
        assert upgrade_backup.exists()
        assert not older.exists()
        ages_out = {b.path: b.ages_out for b in privacy.backup_files(db, "zh_CN")}
        assert ages_out[upgrade_backup] == "保留到数据库下次升级时"
    finally:
        db.close()
