"""``--db``, ``--passphrase-file`` and ``--lang`` are taken after the command too: ``petdesk demo
--db F`` was refused ("unrecognized arguments: --db F") while ``petdesk --db F demo`` worked."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from petdesk.cli import build_parser, main


@pytest.mark.parametrize("db_after_command", [False, True], ids=["--db F demo", "demo --db F"])
def test_demo_takes_the_database_before_or_after_the_command(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    new_database_file: Callable[[Path], Path],
    db_after_command: bool,
) -> None:
    # a copy of the session's new file: where --db stands is the point, making new files another test's
    path = new_database_file(tmp_path / "demo.sqlite")
    argv = ["demo", "--db", str(path)] if db_after_command else ["--db", str(path), "demo"]
    # a few contacts: where --db stands is the point, not the default 2,000 (5.5 s quiet, 24 s loaded)
    assert main([*argv, "--contacts", "20"]) == 0, capsys.readouterr().err
    assert str(path) in capsys.readouterr().out
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT count(*) FROM contact").fetchone()[0] > 0


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "zh_CN", "--db", "{db}", "stats"],
        ["stats", "--db", "{db}", "--lang", "zh_CN"],
        ["--db", "{db}", "stats", "--lang", "zh_CN"],
    ],
)
def test_stats_takes_the_global_options_in_either_place(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    new_database_file: Callable[[Path], Path],
) -> None:
    path = new_database_file(tmp_path / "s.sqlite")  # a copy of the session's new file: no migrations
    assert main(["--db", str(path), "office", "--name", "Beijing Office", "--region", "East Asia"]) == 0
    capsys.readouterr()
    assert main([word.replace("{db}", str(path)) for word in argv]) == 0
    out = capsys.readouterr().out
    assert f"数据库：         {path}" in out, out


def _commands(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                found += [command, *_commands(command)]
    return found


def test_every_command_takes_the_database_after_it() -> None:
    commands = _commands(build_parser())
    assert len(commands) > 40  # the walk reaches the actions of groups (sync export, tags add ...)
    missing = [c.prog for c in commands if "--db" not in c._option_string_actions]
    assert not missing, missing


def test_a_value_before_the_command_stays_and_one_after_it_wins() -> None:
    parser = build_parser()
    assert parser.parse_args(["--db", "a.sqlite", "stats"]).db == Path("a.sqlite")
    assert parser.parse_args(["stats", "--db", "b.sqlite"]).db == Path("b.sqlite")
    assert parser.parse_args(["--db", "a.sqlite", "stats", "--db", "b.sqlite"]).db == Path("b.sqlite")
    assert parser.parse_args(["stats"]).db is None


def test_a_command_s_own_option_of_the_same_name_keeps_its_meaning() -> None:
    """``visits --lang`` is the listing's language and ``sync export --passphrase-file`` the
    package's passphrase: neither becomes the global option."""
    parser = build_parser()
    visits = parser.parse_args(["visits", "--lang", "zh_CN"])
    assert visits.lang == "zh_CN" and visits.ui_lang is None
    export = parser.parse_args(["sync", "export", "--all", "--out", "x", "--passphrase-file", "p"])
    assert export.sync_passphrase_file == Path("p") and export.passphrase_file is None


def test_the_command_s_help_stays_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["demo", "--help"])
    assert "--db" not in capsys.readouterr().out  # hidden there: the top-level help explains it
