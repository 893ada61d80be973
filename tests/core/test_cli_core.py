"""The foundation's command line: --help, --version, --db, PETDESK_DB, stats, office, errors."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import __version__
from petdesk.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "petdesk", *args], capture_output=True, text=True, env=env, check=False
    )


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("gui", "demo", "stats", "office"):
        assert command in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_office_set_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "o.sqlite")
    assert (
        main(["--db", db, "office", "--name", "Beijing Representation Office", "--region", "East Asia"]) == 0
    )
    first = capsys.readouterr().out
    assert main(["--db", db, "office"]) == 0
    second = capsys.readouterr().out
    assert "Beijing Representation Office" in second and "East Asia" in second
    # the office id is stable
    assert first.splitlines()[0] == second.splitlines()[0]


def test_office_rejects_empty_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "o.sqlite"), "office", "--name", "  "]) == 1
    assert "must not be empty" in capsys.readouterr().err


def test_stats_reads_env_database(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "PETDESK_DB": str(tmp_path / "env.sqlite")}
    result = run("stats", env=env)
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "env.sqlite") in result.stdout
    assert "schema version" in result.stdout and "contacts" in result.stdout


def test_bad_database_gives_plain_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    result = run("--db", str(bad), "stats")
    assert result.returncode == 1
    assert "not a petdesk database" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_command_is_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2


def test_demo_twice_with_same_seed_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite")
    assert main(["--db", db, "demo", "--contacts", "20", "--seed", "5", "--anchor", "2026-11-01"]) == 0
    assert main(["--db", db, "demo", "--contacts", "20", "--seed", "5", "--anchor", "2026-11-01"]) == 1
    assert "choose another --seed" in capsys.readouterr().err


def _subcommand_dests(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, str]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from ((f"{path} {name}", a.dest) for a in sub._actions if a.dest != "help")
                yield from _subcommand_dests(sub, f"{path} {name}")


def test_no_subcommand_option_takes_the_place_of_a_main_option() -> None:
    """argparse copies a subcommand's values over the main ones of the same dest (defaults too), so
    ``sync export --passphrase-file`` once replaced the database's ``--passphrase-file``."""
    from petdesk.cli import build_parser

    parser = build_parser()
    main_dests = {a.dest for a in parser._actions if a.dest != "help"}
    assert [(cmd, dest) for cmd, dest in _subcommand_dests(parser, "petdesk") if dest in main_dests] == []


@pytest.mark.parametrize("command", [["stats"], ["search", "zhang"], ["export-contacts", "--out", "x.csv"]])
def test_a_mistyped_database_path_is_not_made_into_an_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """`--db typo/x.sqlite stats` made the folders and an empty file, and said 0 contacts (a new
    file in an existing folder is still made: tests/core/test_cli_startup.py)."""
    typo = tmp_path / "typo" / "x.sqlite"
    assert main(["--db", str(typo), *command]) == 1
    assert "there is no database at" in capsys.readouterr().err
    assert not typo.parent.exists() and not (tmp_path / "x.csv").exists()


def test_a_new_database_is_still_made_by_the_demo_and_the_office(tmp_path: Path) -> None:
    assert main(["--db", str(tmp_path / "new" / "a.sqlite"), "office", "--name", "Bonn Office"]) == 0
    assert main(["--db", str(tmp_path / "new" / "a.sqlite"), "stats"]) == 0


def test_the_window_without_a_display_is_a_plain_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over ssh without a display, Qt aborted the process (exit 134) with a plugin message."""
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert main(["--db", str(tmp_path / "a.sqlite"), "gui"]) == 1
    assert "needs a display" in capsys.readouterr().err
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert main(["--db", str(tmp_path / "a.sqlite"), "gui"]) == 1  # X11 asked for, none there
