"""Building the parser of the one command given, not all hundred (about 10–40 ms of every run).

``petdesk visits`` needs the parser of ``visits`` only: :func:`named_command` reads the command's
name from the words as argparse will, and :class:`OnlyCommand` (the ``add_subparsers`` action) builds
that command's parser and skips the others' ``add_parser`` calls, while each ``register`` still runs
as written. Whatever needs every command (``--help``, a mistyped command, a file in the command's
place, any option before the command we do not read exactly as argparse would) gets the whole parser.
tests/core/test_cli_one_command.py compares every help text with the whole parser's.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, cast

from petdesk.cli.parser_language import GLOBAL_WITH_VALUE

#: The global options before the command that take no value, as written in full.
GLOBAL_FLAGS = ("--verbose",)


def named_command(words: Sequence[str]) -> str | None:
    """The command ``words`` name (``"gui"`` when they name none, as ``main`` then runs), or None
    when only the whole parser can tell: help, ``--version``, an option shortened or unknown,
    ``--``, a value missing or looking like an option. The first word after the global options may
    still be no command (a file, a typo): :func:`build_parser` checks that."""
    index = 0
    while index < len(words):
        word = words[index]
        if word in GLOBAL_WITH_VALUE:
            if index + 1 >= len(words) or words[index + 1].startswith("-"):
                return None
            index += 2
        elif word.partition("=")[0] in GLOBAL_WITH_VALUE or word in GLOBAL_FLAGS:
            index += 1
        elif word.startswith("-") or not word:
            return None
        else:
            return word
    return "gui"


class NeedsAllCommands(Exception):
    """argparse met a command other than the one built (a reading :func:`named_command` missed)."""


def only_command(base: type[argparse.Action], name: str) -> type[argparse.Action]:
    """The subcommands action ``base`` (argparse's, or the Chinese parser's that wraps by columns)
    building the command ``name`` alone."""
    return type("OnlyCommand", (OnlyCommand, base), {"only": name})


class OnlyCommand(argparse._SubParsersAction):
    """The subcommands action of a parser built for the command ``only``: the other commands'
    ``add_parser`` return a stand-in that takes every call and builds nothing."""

    #: The command to build (:func:`only_command` makes the class that names it).
    only = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # argparse checks a command's name against the choices before it calls the action: every
        # name passes, so that one not built reaches __call__ (and the whole parser)
        self.choices = _EveryName(self._name_parser_map)  # type: ignore[assignment]  # a Mapping will do

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        if name == self.only or self.only in kwargs.get("aliases", ()):
            return super().add_parser(name, **kwargs)
        return cast(argparse.ArgumentParser, _Skipped())

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if values and values[0] not in self._name_parser_map:
            raise NeedsAllCommands(values[0])
        super().__call__(parser, namespace, values, option_string)


class _EveryName(Mapping[str, argparse.ArgumentParser]):
    """The commands built, as choices that hold every name."""

    def __init__(self, built: dict[str, argparse.ArgumentParser]) -> None:
        self._built = built

    def __getitem__(self, name: str) -> argparse.ArgumentParser:
        return self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._built)

    def __len__(self) -> int:
        return len(self._built)

    def __contains__(self, name: object) -> bool:
        return True


class _Skipped:
    """What ``add_parser`` gives for a command not built: every method call (``add_argument``,
    ``set_defaults``, ``add_argument_group``, ``add_subparsers`` …) is taken and answered by another
    stand-in, so a ``register`` runs unchanged."""

    def __getattr__(self, name: str) -> Any:
        return self._take

    def _take(self, *args: Any, **kwargs: Any) -> _Skipped:
        return _Skipped()
