"""``petdesk restore`` over a database holding more or newer records than the backup asks first
(phones58): it only warned, and went ahead."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.services import restore_compare
from tests.core.safety.test_restore_compare import _office_with_older_backup
from tests.helpers.terminal import type_at_terminal


def _contacts(path: Path) -> int:
    return restore_compare.held(path)["contact"].count


@pytest.mark.parametrize("typed", ["\n", "n\n", "否\n"])
def test_a_no_or_enter_at_the_terminal_restores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    db_path, backup = _office_with_older_backup(tmp_path)
    type_at_terminal(monkeypatch, typed)
    assert main(["--db", str(db_path), "--lang", "en", "restore", str(backup)]) == 1
    out = capsys.readouterr().out
    assert "Restore anyway? [y/N]" in out and "Nothing changed." in out
    assert _contacts(db_path) == 2  # Schulz, added after the backup, is still there


def test_a_yes_at_the_terminal_restores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path, backup = _office_with_older_backup(tmp_path)
    type_at_terminal(monkeypatch, "y\n")
    assert main(["--db", str(db_path), "--lang", "en", "restore", str(backup)]) == 0
    assert "Restored " in capsys.readouterr().out
    assert _contacts(db_path) == 1


def test_without_a_terminal_it_refuses_naming_yes_and_yes_restores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path, backup = _office_with_older_backup(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))  # a pipe: no answer is taken from it
    assert main(["--db", str(db_path), "--lang", "en", "restore", str(backup)]) != 0
    err = capsys.readouterr().err
    assert "Nothing was restored" in err and "Add --yes to restore anyway." in err
    assert _contacts(db_path) == 2
    assert main(["--db", str(db_path), "--lang", "en", "restore", str(backup), "--yes"]) == 0
    assert _contacts(db_path) == 1


def test_a_backup_holding_everything_is_restored_without_a_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path, _older = _office_with_older_backup(tmp_path)
    assert main(["--db", str(db_path), "backup"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--db", str(db_path), "--lang", "en", "restore", "--latest"]) == 0
    assert "Restore anyway?" not in capsys.readouterr().out
    assert _contacts(db_path) == 2
