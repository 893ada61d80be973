"""Field test 30, defect 5: a backup of a 3 GB file needed 3.7 GB more for a while and nothing
warned before; it is refused before it starts, with the numbers, when the disk is short."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from petdesk.cli import main
from petdesk.db import open_database
from petdesk.services import backups
from petdesk.sizes import file_size


def _disk_with(free: int) -> Any:
    real = shutil.disk_usage

    def usage(path: Any) -> Any:
        total, used, _free = real(path)
        return type(real(path))(total, used, free)

    return usage


def test_a_backup_the_disk_cannot_hold_is_refused_before_it_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    size = path.stat().st_size
    monkeypatch.setattr(backups.shutil, "disk_usage", _disk_with(size))  # less than 1.5 times
    with pytest.raises(backups.BackupError) as caught:
        backups.create(path, backups.MANUAL)
    message = str(caught.value)
    assert "free some space there or choose another backup folder" in message
    assert "the backup needs about " in message and f"and {file_size(size)} is free there" in message
    folder = backups.folder_for(path)
    assert not any(folder.iterdir())  # nothing started, nothing left


def test_enough_room_backs_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    monkeypatch.setattr(backups.shutil, "disk_usage", _disk_with(path.stat().st_size * 2))
    assert backups.create(path, backups.MANUAL).path.is_file()


def test_the_command_line_says_it_in_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    monkeypatch.setattr(backups.shutil, "disk_usage", _disk_with(10))
    assert main(["--db", str(path), "backup"]) != 0
    err = capsys.readouterr().err
    assert "the backup needs about" in err and "10 B" not in err and "Traceback" not in err
