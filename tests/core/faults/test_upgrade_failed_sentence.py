"""A schema upgrade that fails on a migration's own error (a constraint, SQL) says so in plain
words in the user's language: what failed, that the file is unchanged, where the copy from before
is; Python's exception text goes to the log and a "Details" part, never inside the sentence."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from petdesk import db as dbmod
from petdesk.cli import main
from petdesk.db import DatabaseError, backup_path, inspect_file, open_database
from tests.core.faults.v1_file import V1_DB

RAW = "UNIQUE constraint failed: contact_method.key"


@pytest.fixture
def failing_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An old file whose upgrade stops on a migration's error, and a log in ``tmp_path``."""
    path = tmp_path / "v1.sqlite"
    shutil.copy(V1_DB, path)

    def upgrade_that_fails(engine, target="heads", watch=None):  # type: ignore[no-untyped-def]
        raise sqlite3.IntegrityError(RAW)

    monkeypatch.setattr(dbmod, "upgrade", upgrade_that_fails)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return path


def _log(tmp_path: Path) -> str:
    return (tmp_path / "data" / "petdesk" / "petdesk-errors.log").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "could not be upgraded"), ("zh_CN", "无法升级")],
)
def test_the_sentence_is_plain_and_the_cause_is_kept_apart(
    failing_upgrade: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, words: str
) -> None:
    monkeypatch.setenv("PETDESK_LANG", lang)
    with pytest.raises(DatabaseError) as failed:
        open_database(failing_upgrade)
    sentence = str(failed.value)
    assert words in sentence, sentence
    assert "UNIQUE" not in sentence and "constraint" not in sentence, sentence
    backup = backup_path(failing_upgrade, {"0001_initial"})
    assert backup is not None and str(backup) in sentence
    assert failed.value.detail == f"IntegrityError: {RAW}"
    assert RAW in _log(tmp_path)
    assert inspect_file(failing_upgrade).revisions == {"0001_initial"}  # unchanged


@pytest.mark.parametrize(("lang", "words"), [("en", "could not be upgraded"), ("zh_CN", "无法升级")])
def test_the_command_line_says_the_sentence_then_the_details(
    failing_upgrade: Path, capsys: pytest.CaptureFixture[str], lang: str, words: str
) -> None:
    assert main(["--lang", lang, "--db", str(failing_upgrade), "stats"]) == 1
    error, details = capsys.readouterr().err.strip().splitlines()[-2:]
    assert words in error and "UNIQUE" not in error, error
    assert RAW in details and details != error, details
