"""A backup refused for lack of room in the backup folder says how to choose another one (field
test 88: an import on a nearly full laptop was refused with "choose another backup folder" and not
a word of how; the same refusal of a write to the folder later named the command and the menu).
A backup written with --out names no backup folder to change."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from petdesk.cli import main
from petdesk.db import open_database
from petdesk.services import backups
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _disk_with(free: int) -> Any:
    """shutil.disk_usage reporting ``free`` bytes: a disk of a few MB free cannot be made in a test."""
    real = shutil.disk_usage
    return lambda path: type(real(path))(*real(path)[:2], free)


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_backup_folder_refusal_names_the_command_and_the_menu(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    monkeypatch.setattr(backups.shutil, "disk_usage", _disk_with(1024))
    capsys.readouterr()
    assert main(["--lang", lang, "--db", str(path), "backup"]) == 1
    err = capsys.readouterr().err
    assert "petdesk backups --folder DIR" in err, err
    assert ("Change Folder…" in err) if lang == "en" else ("更改文件夹" in err and "needs" not in err), err


def test_a_backup_to_a_named_file_names_no_backup_folder_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    monkeypatch.setattr(backups.shutil, "disk_usage", _disk_with(1024))
    with pytest.raises(backups.BackupError) as caught:
        backups.create(path, backups.MANUAL, out=tmp_path / "stick" / "copy.gz")
    assert "--folder" not in str(caught.value) and "free some space there" in str(caught.value)
