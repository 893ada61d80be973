"""A HOME petdesk cannot write to (a file, or a path under a file: a cron job with a bad HOME) only
costs the conveniences kept there; commands given ``--db`` work, and the others say why they cannot
(field test 20, defect 3). Tests run as root, where a read-only folder still takes writes, so the
unwritable HOME is a file or a path below one."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from petdesk.cli import main

#: Commands that read or write a database given with --db.
WITH_DB = {
    "stats": ["stats"],
    "search": ["search"],
    "visits": ["visits"],
    "import-contacts": ["import-contacts", "{csv}"],
}


@pytest.fixture(params=["a file", "under a file"])
def bad_home(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    homefile = tmp_path / "homefile"
    homefile.write_text("not a folder\n", encoding="utf-8")
    home = homefile if request.param == "a file" else homefile / "me"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("PETDESK_DB", raising=False)
    monkeypatch.setenv("PETDESK_LANG", "en")
    return home


@pytest.fixture
def old_db(tmp_path: Path, empty_template: Path) -> Path:
    """A good database written a while ago: only then is its passed check remembered (racy clean)."""
    path = tmp_path / "office.sqlite"
    shutil.copy(empty_template, path)
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))
    return path


@pytest.mark.parametrize("command", WITH_DB)
def test_commands_given_a_database_work_with_a_bad_home(
    command: str, bad_home: Path, old_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text("name,email\nZhang Wei,zw@example.org\n", encoding="utf-8")
    argv = [word.format(csv=csv) for word in WITH_DB[command]]
    assert main(["--db", str(old_db), *argv]) == 0, capsys.readouterr().err
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("command", [["demo", "--contacts", "3"], ["office"]])
def test_commands_on_the_default_database_say_why_they_cannot(
    command: list[str], bad_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(command) == 1  # no traceback: main returns
    err = capsys.readouterr().err
    assert err.startswith("petdesk: error: ") and "not a folder" in err, err
    assert bad_home.parent.is_file() or bad_home.is_file()  # and nothing was made in its place
