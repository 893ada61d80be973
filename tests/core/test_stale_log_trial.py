"""stale51: the trial of a leftover log no longer copies the whole file (7.2 s for 265 MB under load,
longer for a hub's 2.6 GB) and tells how far it is. The file is read in place, read-only, through a
hard link beside a copy of the log; it is copied only where no hard link can be made."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from petdesk import stale_log
from petdesk.cli import main
from tests.helpers.stale_pair import StalePair
from tests.helpers.tree_catalogue import tree_catalogue
from tests.helpers.tt61a_stale_pair import built_stale_pair

# the fixtures: this tree's Chinese, and the stale pair written in one flush
__all__ = ["built_stale_pair", "tree_catalogue"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, list[str]]]:
    """Each percentage told, with the file's link count and the temporary trial folders' files then."""
    monkeypatch.setattr(stale_log, "PROGRESS_MIN_BYTES", 0)  # the test files are small
    heard: list[tuple[int, int, list[str]]] = []
    return heard


def _listen(path: Path, heard: list[tuple[int, int, list[str]]], tmp: Path) -> None:
    def listener(percent: int) -> None:
        trial = sorted(p.name for d in tmp.glob("petdesk-log-*") for p in d.iterdir())
        heard.append((percent, os.stat(path).st_nlink, trial))

    stale_log.PROGRESS.append(listener)


def test_an_older_states_log_is_judged_without_copying_the_file(
    stale_db: StalePair,
    tmp_path: Path,
    told: list[tuple[int, int, list[str]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old_log = stale_db.old_log
    trials = tmp_path / "trials"
    trials.mkdir()
    monkeypatch.setenv("TMPDIR", str(trials))
    monkeypatch.setattr("tempfile.tempdir", None)
    before = _digest(stale_db.path)
    _listen(stale_db.path, told, trials)
    try:
        done = stale_log.guard(stale_db.path)
    finally:
        stale_log.PROGRESS.clear()
    assert done is not None and done.log.read_bytes() == old_log.read_bytes()
    assert _digest(stale_db.path) == before  # read, never written
    percents = [percent for percent, _, _ in told]
    assert percents == sorted(percents) and percents[-1] == 100 and len(set(percents)) > 2
    during = [(links, files) for percent, links, files in told if percent < 100]
    # the trial read the file through a second name (a hard link), the log too
    assert any(links == 2 and "trial.sqlite-wal" in files for links, files in during)
    assert done.log.stat().st_nlink == 1
    assert os.stat(stale_db.path).st_nlink == 1 and not list(trials.iterdir())  # and left nothing behind


def test_without_a_hard_link_the_trial_copies_the_file(
    stale_db: StalePair,
    tmp_path: Path,
    told: list[tuple[int, int, list[str]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A temporary folder on another file system (a tmpfs /tmp, another drive): the file is copied,
    and the copy is a pass of its own in the percentages."""

    def other_file_system(source: object, target: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(stale_log.os, "link", other_file_system)
    _listen(stale_db.path, told, tmp_path)
    try:
        done = stale_log.guard(stale_db.path)
    finally:
        stale_log.PROGRESS.clear()
    assert done is not None and done.log.exists()
    percents = [percent for percent, _, _ in told]
    assert percents == sorted(percents) and percents[-1] == 100
    assert all(links == 1 for _, links, _ in told)


def test_the_command_line_says_how_far_the_trial_is(
    stale_db: StalePair, told: list[tuple[int, int, list[str]]], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(stale_db.path), "search", "Neu2999"]) == 0
    err = capsys.readouterr().err.splitlines()
    lines = [line for line in err if line.startswith("Checking the database's leftover log… ")]
    assert lines[-1] == "Checking the database's leftover log… 100%"
    assert len(lines) == len(set(lines)) and len(lines) <= 11  # a line per tenth, at most
    assert not stale_log.PROGRESS  # the command's listener is gone again


@pytest.mark.usefixtures("tree_catalogue")
def test_the_command_line_says_it_in_chinese(
    stale_db: StalePair, told: list[tuple[int, int, list[str]]], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--lang", "zh_CN", "--db", str(stale_db.path), "search", "Neu2999"]) == 0
    err = capsys.readouterr().err
    assert "leftover" not in err and "100%" in err


def test_a_small_files_trial_says_nothing(stale_db: StalePair) -> None:
    heard: list[int] = []
    stale_log.PROGRESS.append(heard.append)
    try:
        assert stale_log.guard(stale_db.path) is not None
    finally:
        stale_log.PROGRESS.clear()
    assert heard == []  # well under a second: no line, no note
