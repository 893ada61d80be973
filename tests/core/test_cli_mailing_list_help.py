"""``petdesk mailing-list --help`` says that people marked "do not contact" are left out (the command
leaves them out and names them; its help named only people who left and people without an address)."""

from __future__ import annotations

import pytest

from petdesk.cli import main
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


@pytest.mark.usefixtures("tree_catalogue")
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", 'People marked "do not contact" (petdesk person restrict) are left out and named too.'),
        ("zh_CN", "标记为“请勿联系”的人（petdesk person restrict）也不列入，并会列出其姓名。"),
    ],
)
def test_help_says_do_not_contact_is_left_out(
    language: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", language, "mailing-list", "--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    joined = "".join(text.split()) if language == "zh_CN" else " ".join(text.split())
    assert ("".join(words.split()) if language == "zh_CN" else words) in joined
