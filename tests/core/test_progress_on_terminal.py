"""Field test 30, defect 4: the upgrade and ``petdesk check`` of a large file took minutes with
nothing on stderr; a person at a terminal now sees each step (a script's stderr stays as it was)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.cli import main, progress
from petdesk.db import code_heads, open_database
from tests.helpers.old_files import file_at

OLD = "0035_substitutes"


@pytest.fixture(scope="module")
def old_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return file_at(tmp_path_factory.mktemp("old") / "old.sqlite", OLD)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "stderr_is_terminal", lambda: True)


def test_an_upgrade_tells_its_backup_and_each_migration(
    old_file: Path, tmp_path: Path, terminal: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.sqlite"
    shutil.copyfile(old_file, path)
    assert main(["--db", str(path), "stats"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "upgrade, making a backup: 0%" in err and "upgrade, making a backup: 100%" in err
    assert any(line.startswith("upgrade: the backup is at /") for line in err)
    steps = [line for line in err if line.startswith("upgrade: upgrading the schema ")]
    total = len(steps)  # every revision after 0035, each with its number out of all of them
    # the migrations' codes only with --verbose (polish 49: users read them as an error)
    assert [line.split()[-1] for line in steps] == [f"{n}/{total}" for n in range(1, total + 1)]
    assert "upgrade: compacting the file…" in err
    assert err[-1].startswith("petdesk updated this file for the new version")


def test_verbose_names_each_migration(
    old_file: Path, tmp_path: Path, terminal: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.sqlite"
    shutil.copyfile(old_file, path)
    assert main(["--db", str(path), "stats", "--verbose"]) == 0
    err = capsys.readouterr().err.splitlines()
    steps = [line for line in err if line.startswith("upgrade: upgrading the schema ")]
    assert steps[0].endswith(f" 1/{len(steps)} 0036_joined_latin_names")
    assert steps[-1].endswith(" " + sorted(code_heads())[0])
    assert err[-1] == f"Schema revision: 0035_substitutes → {sorted(code_heads())[0]}"


def test_check_tells_each_step(tmp_path: Path, terminal: None, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "check: reading every page…",
        "check: foreign keys…",
        "check: search index…",
        "check: sync log…",
        "check: records…",
        "check: stored times…",
        "check: times ahead of the clock…",
    ]
    assert "no damage found" in captured.out


def test_without_a_terminal_check_says_only_its_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.sqlite"
    open_database(path).close()
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 0
    assert capsys.readouterr().err == ""


def test_a_passed_check_is_remembered_so_later_commands_skip_theirs(tmp_path: Path) -> None:
    """Field test 30: a 3 GB file's check on open never finished in its 2 s, so every command
    (``petdesk search``: 3.5-6 s) paid them; a passed ``petdesk check`` now counts until the file
    changes."""
    import os

    from petdesk import db as database

    path = tmp_path / "office.sqlite"
    open_database(path).close()
    for part in (path, Path(f"{path}-wal")):
        if part.exists():  # written a moment ago would be "racy": not remembered
            os.utime(part, ns=(1_000_000_000, 1_000_000_000))
    database._checks_path().unlink(missing_ok=True)
    assert not database._checked_unchanged(path, database._file_key(path))
    assert main(["--db", str(path), "check"]) == 0
    assert database._checked_unchanged(path, database._file_key(path))
