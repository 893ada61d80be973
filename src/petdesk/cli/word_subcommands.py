"""Command groups whose first word is either a subcommand or a free word: ``petdesk projects ID``
shows a project and ``petdesk technologies WORDS`` searches, beside ``add`` and ``set``."""

from __future__ import annotations

import argparse
from typing import Any


class _AnyWord(dict[str, argparse.ArgumentParser]):
    """What argparse checks a subcommand against: any word passes (one that names no subcommand
    goes to the default one); an option does not."""

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and not key.startswith("-")


class WordOrSubcommand(argparse._SubParsersAction):
    """Subcommands where a first word that names none is read as ``free_word_to WORD…``."""

    #: The subcommand a free word is handed to (not ``default``: argparse's actions have one).
    free_word_to = ""
    #: Whether a repeatable option given both before and after the subcommand adds up (argparse
    #: otherwise keeps only the subcommand's list).
    merge_lists = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.choices = _AnyWord()

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if values[0] not in self._name_parser_map:
            values = [self.free_word_to, *values]
        before = {key: value for key, value in vars(namespace).items() if isinstance(value, list)}
        super().__call__(parser, namespace, values, option_string)
        if not self.merge_lists:
            return
        for key, value in before.items():
            after = getattr(namespace, key)
            if after is not value and isinstance(after, list):
                setattr(namespace, key, value + after)


def subcommands(action: argparse._SubParsersAction) -> dict[str, argparse.ArgumentParser]:
    """The subcommands' parsers by name, a :class:`WordOrSubcommand`'s too: its ``choices`` takes any
    word and lists none, so that ``technologies add`` was classified in :data:`.writing.WRITES` as
    "technologies" (a reading command) and missed the global options after it."""
    return action._name_parser_map
