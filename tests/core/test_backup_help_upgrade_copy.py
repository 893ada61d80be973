"""Polish 49: the help of ``backup`` and ``backups`` gives the whole keep rule, the newest copy made
before an upgrade included (kept until the next upgrade: field test 66, defect 3), in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese (new sentences of polish 49)


def help_text(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps lines anywhere


@pytest.mark.parametrize("command", ["backup", "backups"])
@pytest.mark.parametrize(
    ("lang", "rule"),
    [("en", "kept until the next upgrade"), ("zh_CN", "保留到下次升级")],
)
def test_the_help_says_the_upgrade_copy_stays_until_the_next_upgrade(
    capsys: pytest.CaptureFixture[str], command: str, lang: str, rule: str, tree_catalogue: Path
) -> None:
    text = help_text(capsys, "--lang", lang, command)
    if lang == "zh_CN":
        text = text.replace(" ", "")  # Chinese is wrapped between any two characters
    assert rule in text, text
