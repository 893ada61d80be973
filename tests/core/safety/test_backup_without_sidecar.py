"""A backup whose .json file is missing (an older backup copied to a USB disk by its .gz alone) is
listed with its contents unknown, not as "empty" (field test 112: Lena's backup of a month before,
holding 60 contacts, was listed as empty, and one that says so is one to delete)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import backups


def _without_sidecar(db: Database) -> Path:
    info = backups.create(db.path, backups.MANUAL)
    info.path.with_name(info.path.name + ".json").unlink()
    return info.path


def test_a_backup_without_its_json_is_not_called_empty(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["--db", str(demo_db.path), "backups", "--folder", str(usb)]) == 0
    copied = _without_sidecar(demo_db)
    assert copied.parent == usb
    assert not copied.with_name(copied.name + ".json").exists()
    capsys.readouterr()
    assert main(["--db", str(demo_db.path), "backups"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if copied.name in line)
    assert "empty" not in line
    assert "contents not known" in line
    # What it holds is found when it is restored: 200 contacts, as the demo had.
    assert backups.preview(copied)["contact"] == 200
