"""A run builds the parser of its one command (:mod:`petdesk.cli.one_command`); every help text and
error must stay what the whole parser, built eagerly, gives (so a lazy build can never drift)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from petdesk.cli import _subcommand_parsers, build_parser, command_names, main
from petdesk.cli import one_command as lazy
from petdesk.cli.context import ENGLISH, translator_for
from petdesk.cli.parser_language import argparse_speaking


def _helps(parser: argparse.ArgumentParser, command: str) -> dict[str, str]:
    """The help of ``command``'s parser and of each one below it (``sync export``), by prog."""
    return {
        p.prog: p.format_help()
        for p in _subcommand_parsers(parser)
        if p.prog == f"petdesk {command}" or p.prog.startswith(f"petdesk {command} ")
    }


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_each_command_built_alone_helps_as_in_the_whole_parser(locale: str) -> None:
    _ = ENGLISH if locale == "en" else translator_for(locale)
    with argparse_speaking(_):
        whole = build_parser(_)
        names = command_names(whole)
        assert len(names) > 40
        for name in names:
            alone = build_parser(_, only=name)
            assert command_names(alone) == [name], name  # built alone indeed
            expected = _helps(whole, name)
            assert expected and _helps(alone, name) == expected, name
            assert alone.format_usage() == whole.format_usage()


def test_a_name_of_no_command_builds_the_whole_parser() -> None:
    assert command_names(build_parser(only="contacts")) == command_names(build_parser())


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ([], "gui"),
        (["visits"], "visits"),
        (["--db", "x", "--lang", "zh_CN", "--verbose", "stats", "--json"], "stats"),
        (["--db=x", "--passphrase-file=f", "search", "zhang"], "search"),
        (["--db", "visits", "stats"], "stats"),  # a value named like a command
        (["--help"], None),
        (["-h", "visits"], None),
        (["--version"], None),
        (["--d", "x", "visits"], None),  # argparse would take --d for --db: not read here
        (["--", "visits"], None),
        (["--db"], None),
        (["--db", "-x", "visits"], None),
        (["--verbose", "--lang", "en"], "gui"),
    ],
)
def test_the_command_named(words: list[str], named: str | None) -> None:
    assert lazy.named_command(words) == named


#: Command lines whose output (help, errors, usage) the lazy build must leave as it was.
COMMAND_LINES = [
    ["--help"],
    ["visits", "--help"],
    ["sync", "--help"],
    ["sync", "export", "--help"],
    ["technologies", "--help"],
    ["contacts", "--help"],  # no such command: argparse lists them all
    ["visitz"],
    ["visits", "--bogus"],
    ["visits", "--from", "not-a-date"],
    ["sync"],
    ["--lang", "zh_CN", "followups", "--help"],
    ["--lang", "zh_CN", "sync", "export", "--help"],
    ["--lang", "zh_CN", "visits", "--status", "nope"],
    ["--lang", "zh_CN", "nope"],
    ["--db", "x", "--", "stats", "--by", "nothing"],
    ["--d", "x", "stats", "--nothing"],
    ["--lang", "xx", "stats"],
]


@pytest.mark.parametrize("words", COMMAND_LINES, ids=" ".join)
def test_output_is_the_whole_parsers(
    words: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each command line's exit status and output, built lazily, then with the whole parser."""
    monkeypatch.chdir(tmp_path)  # "nope" and "visitz" are no files here
    seen = []
    for named in (lazy.named_command, lambda _words: None):
        monkeypatch.setattr("petdesk.cli.named_command", named)
        try:
            code: object = main(
                ["--db", str(tmp_path / "none.sqlite"), *words] if words[0] != "--db" else words
            )
        except SystemExit as stopped:  # argparse's help and errors
            code = stopped.code
        seen.append((code, capsys.readouterr()))
    assert seen[0] == seen[1]
    assert seen[0][1].out or seen[0][1].err


def test_a_command_other_than_the_one_built_gets_the_whole_parser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should the reading of the words ever differ from argparse's, the command argparse finds is
    parsed by the whole parser, not refused as unknown."""
    path = tmp_path / "new.sqlite"
    assert main(["--db", str(path), "office"]) == 0
    capsys.readouterr()
    monkeypatch.setattr("petdesk.cli.named_command", lambda _words: "visits")
    assert main(["--db", str(path), "stats"]) == 0
    assert "Regional Office" in capsys.readouterr().out
