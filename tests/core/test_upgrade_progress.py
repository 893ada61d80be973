"""Field test 30, defects 1 and 4: an upgrade that takes minutes on a large file tells which step it
is in (backup, each migration) and can be stopped, leaving the file as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.db import (
    BACKUP_STEP,
    COMPACT_STEP,
    MIGRATE_STEP,
    UpgradeStopped,
    UpgradeWatch,
    code_heads,
    inspect_file,
    open_database,
)
from tests.helpers.old_files import file_at

OLD = "0035_substitutes"


@pytest.fixture(scope="module")
def old_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return file_at(tmp_path_factory.mktemp("old") / "old.sqlite", OLD)


def _copy(old_file: Path, folder: Path) -> Path:
    path = folder / "office.sqlite"
    shutil.copyfile(old_file, path)
    return path


def test_the_watch_hears_the_backup_each_migration_and_the_end(old_file: Path, tmp_path: Path) -> None:
    path = _copy(old_file, tmp_path)
    heard: list[tuple[str, int, int, str]] = []
    open_database(path, watch=UpgradeWatch(lambda *step: heard.append(step))).close()
    steps = [step for step, *_ in heard]
    assert steps[0] == BACKUP_STEP and (BACKUP_STEP, 100, 100, "") in heard
    [backup] = [detail for step, done, _total, detail in heard if step == BACKUP_STEP and detail]
    assert Path(backup).is_file()
    migrations = [(done, total, rev) for step, done, total, rev in heard if step == MIGRATE_STEP]
    total = migrations[0][1]
    assert total >= 2 and [done for done, *_ in migrations] == list(range(total))
    assert migrations[-1][2] in code_heads()
    assert steps[-1] == COMPACT_STEP


def test_a_stop_during_the_migrations_leaves_the_file_as_it_was(old_file: Path, tmp_path: Path) -> None:
    path = _copy(old_file, tmp_path)
    asked: list[str] = []

    def report(step: str, done: int, total: int, detail: str) -> None:
        if step == MIGRATE_STEP and done == 1:
            asked.append(detail)  # the user pressed Stop while the second migration runs

    with pytest.raises(UpgradeStopped):
        open_database(path, watch=UpgradeWatch(report, stop_requested=lambda: bool(asked)))
    assert inspect_file(path).revisions == {OLD}
    # the next open upgrades it (reusing the backup)
    db = open_database(path)
    db.close()
    assert inspect_file(path).revisions == code_heads()
