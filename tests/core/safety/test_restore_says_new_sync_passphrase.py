"""A restore that makes this installation the office of a stolen laptop says how to shut the laptop
out while staying that office: a new shared sync passphrase at every office (field test 112: the
words told only how to start as a new office, and Lena, who had already restored and imported, was
left with the thief's laptop still able to send packages as her office)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk import connection
from petdesk.cli import main
from tests.core.safety.test_encryption import pfile_for
from tests.core.safety.test_restore_new_installation import handover_backup


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_restore_names_a_new_shared_sync_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.delenv(connection.ENV_PASSPHRASE, raising=False)
    backup, _hub_id, _peers = handover_backup(tmp_path)
    new = tmp_path / "new laptop" / "petdesk.sqlite"
    capsys.readouterr()
    given = ["--db", str(new), "--passphrase-file", str(pfile_for(tmp_path)), "--lang", lang]
    assert main([*given, "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "petdesk sync passphrase --passphrase-file FILE" in out
    if lang == "en":
        assert "agree a new shared sync passphrase with the other offices" in out
    else:
        assert "新的共享同步密码" in out and "passphrase with" not in out
