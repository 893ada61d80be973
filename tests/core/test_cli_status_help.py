"""``petdesk trainings --status`` and ``petdesk visits --status`` had no help text (field test 92): the
option was listed bare in ``--help``, in English and in Chinese."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize("command", ["trainings", "visits"])
@pytest.mark.parametrize(
    ("language", "words"), [("en", "only this status (repeatable)"), ("zh_CN", "只看此状态")]
)
def test_status_has_its_help(
    command: str, language: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", language, command, "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    option = text[text.index("\n  --status {") :]  # the option list, not the usage line
    # the help follows the option, before the next option
    assert words in option[: option.index("\n  --json")], option
