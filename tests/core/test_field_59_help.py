"""Field test 59: the help of backup, backups and decrypt showed only their options, so someone
setting up backups on a USB stick could not read where backups go and how long they stay."""

from __future__ import annotations

import pytest

from petdesk.cli import main


def _help(capsys: pytest.CaptureFixture[str], lang: str, command: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main(["--lang", lang, command, "--help"])
    assert stop.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # as read, whatever the terminal width


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_backup_commands_say_what_they_do(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    backup, backups, decrypt = (_help(capsys, lang, c) for c in ("backup", "backups", "decrypt"))
    if lang == "en":
        assert "USB stick" in backup and "kept until deleted by hand" in backup and "7 days" in backup
        assert "unless --move is given" in backups.split("options:")[0]
        assert "anyone who can read the file" in decrypt
    else:
        assert "U 盘" in backup and "7 天" in backup
        assert "U 盘" in backups
        assert "任何" in decrypt
