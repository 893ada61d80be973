"""Field test 92: ``petdesk contact add --help`` in Chinese said "选项:" and "姓名（…）:" with argparse's
half-width colon (field test 60 gave the top commands the full-width one; the command groups with
their own subcommands action, ``contact`` and ``organisation``, lost it). Every command's help now."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from petdesk.cli import build_parser, main
from petdesk.cli.word_subcommands import subcommands
from petdesk.i18n import translator

HALF_WIDTH_AFTER_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]:$", re.MULTILINE)


def _paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen: set[int] = set()
            for name, command in subcommands(action).items():
                if id(command) not in seen:  # aliases share one parser
                    seen.add(id(command))
                    yield (*path, name)
                    yield from _paths(command, (*path, name))


def test_every_chinese_help_heading_takes_the_full_width_colon(capsys: pytest.CaptureFixture[str]) -> None:
    paths = list(_paths(build_parser(translator("zh_CN"))))
    assert ("contact", "add") in paths and ("organisation", "add") in paths
    bad = []
    for path in paths:
        capsys.readouterr()
        with pytest.raises(SystemExit):
            main(["--lang", "zh_CN", *path, "--help"])
        out = capsys.readouterr().out
        if "选项：" not in out or HALF_WIDTH_AFTER_CJK.search(out):
            bad.append(" ".join(path))
    assert not bad, bad


def test_english_nested_help_is_argparse_own(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "contact", "add", "--help"])
    assert "\noptions:\n" in capsys.readouterr().out
