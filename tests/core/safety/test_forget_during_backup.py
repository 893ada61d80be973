"""Removing an office while a backup of it runs in the background (field test 53, defect 2): the
window's start-up backup wrote a full copy of the office after forget-office had counted the files."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from petdesk.db import open_database
from petdesk.services import backups, forget_office
from petdesk.services import contacts as cs


def _office(tmp_path: Path) -> Path:
    path = tmp_path / "office" / "petdesk.sqlite"
    path.parent.mkdir()
    db = open_database(path)
    with db.transaction() as s:
        cs.create_contact(s, family_name="Müller", given_name="Anna")
    db.close()
    return path


def _wait_for(condition, seconds: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_forget_waits_for_a_running_backup_and_removes_its_copy(tmp_path: Path) -> None:
    path = _office(tmp_path)
    started, go = threading.Event(), threading.Event()

    def held(done: int, _total: int) -> None:
        if done >= 40 and not started.is_set():  # copied, not packed yet
            started.set()
            go.wait(30)

    backup = threading.Thread(target=lambda: backups.create(path, backups.PERIODIC, progress=held))
    backup.start()
    assert started.wait(30)
    outcome: list[forget_office.Outcome] = []
    removal = threading.Thread(target=lambda: outcome.append(forget_office.forget(path)))
    removal.start()
    # the removal waits for the backup (or, without the fix, is over already)
    _wait_for(lambda: backups.backups_stopped(path) or not removal.is_alive())
    go.set()
    backup.join(30)
    removal.join(30)

    assert outcome and not outcome[0].failed
    assert not path.exists()
    assert backups.list_backups(backups.default_folder(path), path.name) == []
    assert not backups.default_folder(path).exists()


def test_no_backup_starts_once_the_office_is_being_removed(tmp_path: Path) -> None:
    path = _office(tmp_path)
    backups.stop_backups(path)

    with pytest.raises(backups.BackupError, match="being removed"):
        backups.create(path, backups.MANUAL)
    assert backups.backup_if_due(path) is None  # the window's start and close backups
    assert not backups.default_folder(path).exists()


def test_a_removal_that_fails_before_removing_anything_lets_backups_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review 47, finding 5: forget() stopped backups and, when it then failed, left them stopped for
    the rest of the session. The failure then was a backup link whose target is gone; backups list
    such a link as unreadable now (stop 48), so a drive error while surveying stands in for it."""
    path = _office(tmp_path)

    def drive_error(_db_path: Path) -> object:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(forget_office, "survey", drive_error)
    with pytest.raises(OSError):
        forget_office.forget(path)
    assert path.exists() and not backups.backups_stopped(path)
    assert backups.create(path, backups.MANUAL) is not None  # Back Up Now works again


def test_a_backup_link_whose_target_is_gone_does_not_stop_the_removal(tmp_path: Path) -> None:
    path = _office(tmp_path)
    folder = backups.default_folder(path)
    folder.mkdir()
    link = folder / f"{path.name}-2026-12-05-on-a-drive-not-plugged-in.gz"
    link.symlink_to(tmp_path / "gone.gz")
    forget_office.forget(path)
    assert not path.exists() and not link.is_symlink()
