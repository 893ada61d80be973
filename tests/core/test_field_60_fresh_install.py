"""Field test 60: a new colleague at a Chinese partner office installs petdesk on a fresh laptop and
fills her database from a sync package before anyone named her office. ``stats`` and ``sync
offices`` then printed the placeholder "Regional Office" in an otherwise Chinese terminal, while the
window's status bar and the dossier said 地区办公室."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.language import office_name


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_unnamed_office_is_said_in_chinese_after_a_first_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", "共享密码 field sixty")
    sender, laptop = tmp_path / "chengdu.sqlite", tmp_path / "laptop.sqlite"
    package = tmp_path / "first.pdsync"
    _run(capsys, "--db", str(sender), "office", "--name", "Chengdu Office", "--name-zh", "成都办公室")
    _run(capsys, "--db", str(sender), "sync", "export", "--all", "--out", str(package))
    _run(capsys, "--db", str(laptop), "--lang", "zh_CN", "sync", "import", str(package))

    stats = _run(capsys, "--db", str(laptop), "--lang", "zh_CN", "stats")
    offices = _run(capsys, "--db", str(laptop), "--lang", "zh_CN", "sync", "offices")
    assert "地区办公室" in stats and "成都办公室" in offices and "地区办公室" in offices
    assert "Regional Office" not in stats + offices
    # English keeps the placeholder's own words, and a named office keeps its name
    assert "Regional Office" in _run(capsys, "--db", str(laptop), "--lang", "en", "stats")


def test_office_name_rule() -> None:
    assert office_name("Regional Office", "", "zh_CN") == "地区办公室"
    assert office_name("Regional Office", "", "en") == "Regional Office"
    assert office_name("Regional Office", "北京代表处", "zh_CN") == "北京代表处"
    assert office_name("Bonn Office", None, "zh_CN") == "Bonn Office"
